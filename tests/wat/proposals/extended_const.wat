;; extended constant expressions: i32/i64 add, sub, mul with global.get in
;; global initializers and in data and element offsets. Compiles (exit 0).
(module
  (import "env" "base" (global $base i32))
  (global $a i32 (i32.add (global.get $base) (i32.mul (i32.const 4) (i32.const 16))))
  (global $b i64 (i64.sub (i64.const 100) (i64.mul (i64.const 6) (i64.const 7))))
  (memory 1)
  (table 8 funcref)
  (data (i32.add (global.get $base) (i32.const 8)) "hi")
  (elem (i32.sub (i32.const 3) (i32.const 1)) func $f)
  (func $f (result i32) (global.get $a))
  (export "b" (global $b)))
