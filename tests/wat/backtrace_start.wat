;; A start function that traps two calls deep (tests/unit/test_backtrace.c):
;; the failed instantiation still reports $boom and $init.
(module
  (func $boom (param i32) (result i32)
    (if (i32.eqz (local.get 0)) (then unreachable))
    (local.get 0))
  (func $init
    (drop (i32.add (call $boom (i32.const 0)) (i32.const 1))))
  (start $init))
