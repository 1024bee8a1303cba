;; A module using SIMD: v128 parameters and results cross the generic entry
;; and the generated header (as w2o_value_t); v128 globals and constants.
(module
  (global $g (mut v128) (v128.const i32x4 1 2 3 4))
  (func (export "splat") (result v128) (i32x4.splat (i32.const 1)))
  (func (export "add") (param v128 v128) (result v128)
    (i32x4.add (i32x4.add (local.get 0) (local.get 1)) (global.get $g))))
