;; The module of the consumer projects: a counter in a global, a division
;; that traps on zero, and a load that traps past the memory's end.
(module
  (memory 1)
  (global $count (mut i64) (i64.const 0))
  (func (export "add") (param $n i64) (result i64)
    (global.set $count (i64.add (global.get $count) (local.get $n)))
    (global.get $count))
  (func (export "divide") (param $n i32) (param $d i32) (result i32)
    (i32.div_s (local.get $n) (local.get $d)))
  (func (export "peek") (param $addr i32) (result i32)
    (i32.load (local.get $addr))))
