;; A module without tags or try between two that have them
;; (tests/unit/test_exception.c): its functions are compiled as not
;; unwinding, yet an exception thrown below them passes through their frames
;; (they have unwind tables) to the importer's handler above.
(module
  (import "exception" "throw_e" (func $throw_e (param i32)))
  (func (export "relay") (param i32)
    (call $throw_e (i32.add (local.get 0) (i32.const 1000)))))
