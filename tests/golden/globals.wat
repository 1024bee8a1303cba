;; Globals of each value type, mutable and immutable, one initialised from
;; an imported global, and exported globals.
(module
  (import "env" "base" (global $base i32))
  (global $counter (export "counter") (mut i32) (i32.const 0))
  (global $scale (export "scale") f64 (f64.const 2.5))
  (global $wide (mut i64) (i64.const -1))
  (global $from_base i32 (global.get $base))
  (func (export "bump") (result i32)
    (global.set $counter (i32.add (global.get $counter) (global.get $from_base)))
    (global.get $counter))
  (func (export "widen") (result i64)
    (global.set $wide (i64.add (global.get $wide) (i64.trunc_f64_s (global.get $scale))))
    (global.get $wide)))
