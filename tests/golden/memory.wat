;; Loads and stores of every width, with offsets, signed and unsigned
;; extension, and a data segment, in the default guard-page mode: no
;; compare before the access (lower_memory.c).
(module
  (memory (export "mem") 1 4)
  (data (i32.const 16) "golden")
  (func (export "load_all") (param $p i32) (result i64)
    (i64.add
      (i64.add (i64.load8_s (local.get $p)) (i64.load16_u offset=2 (local.get $p)))
      (i64.add (i64.extend_i32_u (i32.load offset=4 align=2 (local.get $p)))
               (i64.load32_s offset=8 (local.get $p)))))
  (func (export "store_all") (param $p i32) (param $v i64)
    (i64.store (local.get $p) (local.get $v))
    (i32.store8 offset=9 (local.get $p) (i32.wrap_i64 (local.get $v)))
    (i64.store16 offset=10 (local.get $p) (local.get $v))
    (f32.store offset=12 (local.get $p) (f32.const 1.5))
    (f64.store offset=16 (local.get $p) (f64.load offset=24 (local.get $p)))))
