;; exception handling: the tag section (id 13) and throw (compiles).
(module
  (tag $e (param i32))
  (func (throw $e (i32.const 1))))
