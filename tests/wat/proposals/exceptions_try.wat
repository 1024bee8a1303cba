;; exception handling: try/catch_all without tags (compiles).
(module (func (try (do nop) (catch_all))))
