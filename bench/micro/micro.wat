;; Module for the runtime microbenchmarks (bench/micro/micro.c).
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1 65536)
  (data (i32.const 0) "\10\00\00\00\08\00\00\00")   ;; iovec {buf = 16, len = 8}
  (data (i32.const 16) "12345678")
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "trap") (unreachable))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  ;; Writes the 8-byte buffer to fd 1 n times; returns the last errno.
  (func (export "write_n") (param $n i32) (result i32) (local $e i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $e (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $e)))
