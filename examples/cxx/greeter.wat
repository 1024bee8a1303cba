;; The module of the C++ example: a host import, a memory, a mutable global
;; and exports with several results.
(module
  (import "host" "print" (func $print (param i32 i32)))
  (memory (export "memory") 1)
  (global $greetings (export "greetings") (mut i32) (i32.const 0))
  (data (i32.const 64) "Hello from wasm, called from C++")

  ;; Passes the greeting (pointer, length) to the host and counts it.
  (func (export "greet")
    (global.set $greetings (i32.add (global.get $greetings) (i32.const 1)))
    (call $print (i32.const 64) (i32.const 32)))

  ;; Quotient and remainder; traps (integer divide by zero) for d = 0.
  (func (export "divmod") (param $n i32) (param $d i32) (result i32 i32)
    (i32.div_u (local.get $n) (local.get $d))
    (i32.rem_u (local.get $n) (local.get $d)))

  (func (export "scale") (param $x f64) (param $k i64) (result f64)
    (f64.mul (local.get $x) (f64.convert_i64_s (local.get $k)))))
