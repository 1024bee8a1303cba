;; golden-flags: --bounds-checks=explicit
;; Explicit bounds checks: every access compares its end with the current
;; memory size (read from the instance context) and traps when past it;
;; memory.grow changes the size the next access sees.
(module
  (memory 1)
  (func (export "load") (param $p i32) (result i32) (i32.load offset=4 (local.get $p)))
  (func (export "store_wide") (param $p i32) (param $v i64) (i64.store (local.get $p) (local.get $v)))
  (func (export "grow_then_load") (param $p i32) (result i32)
    (drop (memory.grow (i32.const 1)))
    (i32.load8_u (local.get $p))))
