;; The bundled example: a module with a memory, a global, a host import and
;; a few exports, compiled by tools/example.sh and driven by main.c.
(module
  (import "host" "log" (func $log (param i32)))
  (memory (export "memory") 1)
  (global $calls (export "calls") (mut i32) (i32.const 0))
  (data (i32.const 16) "Hello from wasm!")

  ;; fib(n), iteratively.
  (func (export "fib") (param $n i32) (result i64)
    (local $a i64) (local $b i64)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (local.set $b (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $b (i64.add (local.get $a) (local.tee $a (local.get $b))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $a))

  ;; Sums the bytes of [ptr, ptr+len) and reports the sum to the host.
  (func (export "checksum") (param $ptr i32) (param $len i32) (result i32)
    (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $sum (i32.add (local.get $sum) (i32.load8_u (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 1)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (call $log (local.get $sum))
    (local.get $sum))

  ;; Traps with "integer divide by zero" when $d is 0.
  (func (export "divide") (param $n i32) (param $d i32) (result i32)
    (i32.div_u (local.get $n) (local.get $d))))
