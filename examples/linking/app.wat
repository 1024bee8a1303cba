;; The app module: imports the store's memory and functions and one host
;; function, and works on the store's slots through both.
(module
  (import "store" "memory" (memory 1))
  (import "store" "put" (func $put (param i32 i32)))
  (import "store" "get" (func $get (param i32) (result i32)))
  (import "host" "report" (func $report (param i32 i32)))

  ;; Slots 0..n-1 := i*i, through the store's put.
  (func (export "fill") (param $n i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (call $put (local.get $i) (i32.mul (local.get $i) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; Sum of slots 0..n-1, read from the shared memory directly; reports
  ;; (n, sum) to the host and returns the sum.
  (func $sum (export "sum") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s) (i32.load (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $report (local.get $n) (local.get $s))
    (local.get $s))

  ;; The mean of slots 0..n-1; traps (integer divide by zero) for n = 0.
  (func (export "mean") (param $n i32) (result i32)
    (i32.div_u (call $sum (local.get $n)) (local.get $n)))

  ;; Slot k through the store's get: traps in the store for a slot past its memory.
  (func (export "slot") (param $k i32) (result i32)
    (call $get (local.get $k))))
