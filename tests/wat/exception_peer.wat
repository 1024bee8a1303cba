;; The importing side of tests/wat/exception.wat: the tag $e and the
;; function that throws it come from there, across modules; "relay" comes
;; from exception_middle.wat, a module without exception handling.
(module
  (import "exception" "e" (tag $e (param i32)))
  (import "exception" "throw_e" (func $throw_e (param i32)))
  (import "middle" "relay" (func $relay (param i32)))
  (tag $own (param i32))

  ;; the other module's frame throws; this one catches by the imported tag
  (func (export "catch_imported") (param i32) (result i32)
    (try (result i32)
      (do (call $throw_e (local.get 0)) (i32.const 0))
      (catch $e (i32.const 2) (i32.mul))))

  ;; thrown two modules down, through the frame of one without handlers
  (func (export "catch_relayed") (param i32) (result i32)
    (try (result i32)
      (do (call $relay (local.get 0)) (i32.const 0))
      (catch $e)))

  ;; a tag of this module does not match the exporter's
  (func (export "own_tag_misses") (param i32) (result i32)
    (try (result i32)
      (do (call $throw_e (local.get 0)) (i32.const 0))
      (catch $own)))

  ;; thrown here with the imported tag, uncaught: the host sees that tag
  (func (export "throw_imported") (param i32) (local.get 0) (throw $e))
)
