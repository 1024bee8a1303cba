;; 128-bit SIMD: loads and stores, lane arithmetic, shuffles, lane access,
;; comparisons and float lanes (lower_simd.c).
(module
  (memory 1)
  (func (export "add4") (param $a i32) (param $b i32) (param $out i32)
    (v128.store (local.get $out)
      (i32x4.add (v128.load (local.get $a)) (v128.load (local.get $b)))))
  (func (export "dot") (param $a v128) (param $b v128) (result i32)
    (i32x4.extract_lane 0
      (i32x4.dot_i16x8_s (local.get $a) (local.get $b))))
  (func (export "shuffle") (param $a v128) (param $b v128) (result v128)
    (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get $a) (local.get $b)))
  (func (export "fmin") (param $a v128) (param $b v128) (result v128)
    (f32x4.min (f32x4.sqrt (local.get $a)) (f32x4.splat (f32.const 0.5))))
  (func (export "any_eq") (param $a v128) (param $b v128) (result i32)
    (v128.any_true (i8x16.eq (local.get $a) (local.get $b))))
  (func (export "splat_replace") (param $x i64) (result v128)
    (i64x2.replace_lane 1 (i64x2.splat (local.get $x)) (i64.const 7))))
