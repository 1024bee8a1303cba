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
    (local.get $e))

  ;; Exception handling: n throws each caught `depth` frames up; a throw
  ;; that reaches the host; n calls of $leaf inside a try and outside any.
  (tag $e (param i32))
  (type $leaf_t (func (param i32) (result i32)))
  (table 1 funcref)
  (elem (i32.const 0) $leaf)
  (func $leaf (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $down (param $depth i32)
    (if (i32.eqz (local.get $depth)) (then (throw $e (i32.const 1))))
    (call $down (i32.sub (local.get $depth) (i32.const 1))))
  (func (export "throw_catch") (param $n i32) (param $depth i32) (result i32) (local $sum i32)
    (loop $next
      (try
        (do (call $down (local.get $depth)))
        (catch $e (local.set $sum (i32.add (local.get $sum)))))
      (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))
  (func (export "throw_uncaught") (throw $e (i32.const 7)))
  (func (export "calls") (param $n i32) (result i32) (local $x i32)
    (loop $next
      (local.set $x (call_indirect (type $leaf_t) (local.get $x) (i32.const 0)))
      (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $x))
  (func (export "calls_in_try") (param $n i32) (result i32) (local $x i32)
    (try
      (do
        (loop $next
          (local.set $x (call_indirect (type $leaf_t) (local.get $x) (i32.const 0)))
          (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
      (catch_all))
    (local.get $x)))
