;; Exception handling: a call inside try is an invoke to a landing pad that
;; tests the tag of each catch in order; a catch_all takes the rest; delegate
;; and unmatched exceptions go to the enclosing try or out of the function;
;; throw and rethrow call the runtime; handlers drop their exceptions when
;; the function returns.
(module
  (import "env" "e" (tag $e (param i32)))
  (tag $f (export "f") (param i64 f64))
  (func $callee (param i32) (local.get 0) (throw $e))
  (func (export "try") (param i32) (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (call $callee (local.get 0)) (i32.const 0))
          (delegate 0)))
      (catch $e)
      (catch $f (drop) (i32.wrap_i64))
      (catch_all (rethrow 0)))))
