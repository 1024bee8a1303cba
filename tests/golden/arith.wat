;; Integer and float arithmetic, comparisons and conversions: the numeric
;; lowering (lower_numeric.c), including the trapping division and
;; truncation paths and NaN-quieting float operators.
(module
  (func (export "i32_ops") (param $a i32) (param $b i32) (result i32)
    (i32.xor
      (i32.add (i32.mul (local.get $a) (local.get $b)) (i32.sub (local.get $a) (local.get $b)))
      (i32.or (i32.shl (local.get $a) (local.get $b)) (i32.rotr (local.get $a) (local.get $b)))))
  (func (export "i32_div") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.div_s (local.get $a) (local.get $b)) (i32.rem_u (local.get $a) (local.get $b))))
  (func (export "i64_bits") (param $a i64) (result i64)
    (i64.add (i64.clz (local.get $a)) (i64.add (i64.ctz (local.get $a)) (i64.popcnt (local.get $a)))))
  (func (export "i64_cmp") (param $a i64) (param $b i64) (result i32)
    (i32.and (i64.lt_s (local.get $a) (local.get $b)) (i64.eqz (local.get $a))))
  (func (export "f32_ops") (param $x f32) (param $y f32) (result f32)
    (f32.min (f32.sqrt (f32.add (local.get $x) (local.get $y))) (f32.copysign (local.get $x) (local.get $y))))
  (func (export "f64_ops") (param $x f64) (param $y f64) (result f64)
    (f64.max (f64.div (local.get $x) (local.get $y)) (f64.nearest (local.get $x))))
  (func (export "convert") (param $x f64) (result i64)
    (i64.add (i64.trunc_f64_s (local.get $x)) (i64.trunc_sat_f64_u (local.get $x))))
  (func (export "widen") (param $a i32) (result f64)
    (f64.add (f64.convert_i32_u (local.get $a))
             (f64.promote_f32 (f32.reinterpret_i32 (i32.extend8_s (local.get $a)))))))
