;; A second module for cross-module tests: exec.wat imports its function,
;; and calls it both directly and through its own table (call_indirect
;; checks signatures structurally, across modules).
(module
  (global $count (export "count") (mut i32) (i32.const 0))
  (func (export "triple") (param i32) (result i32)
    (global.set $count (i32.add (global.get $count) (i32.const 1)))
    (i32.mul (local.get 0) (i32.const 3)))
  (func (export "pair") (param i32) (result i32 i32)
    (local.get 0) (i32.add (local.get 0) (i32.const 1))))
