;; wait_timeout.wat — memory.atomic.wait32/wait64 timeouts and results on a
;; shared memory, with no other thread: each check that fails exits with its
;; own status (proc_exit), so the ctest names the broken rule; 0 if all hold.
;;   1  wait32 on a value that differs returns 1 ("not-equal"), at once
;;   2  wait64 on a value that differs returns 1
;;   3  wait32 with timeout 0 on an equal value returns 2 ("timed-out")
;;   4  wait32 with a 20 ms timeout returns 2 ...
;;   5  ... after at least 20 ms (clock_time_get, monotonic)
;;   6  wait64 with a 20 ms timeout returns 2 ...
;;   7  ... after at least 20 ms
;;   8  notify with no waiter returns 0
;;   9  a wait32 at an unaligned address traps: checked in wait_unaligned
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1 1 shared)

  ;; monotonic nanoseconds (stored at address 64)
  (func $now (result i64)
    (drop (call $clock (i32.const 1) (i64.const 1) (i32.const 64)))
    (i64.load (i32.const 64)))

  (func $check (param $ok i32) (param $code i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $code)))))

  (func (export "_start")
    (local $t0 i64)
    (i64.store (i32.const 8) (i64.const 0x0000000100000007))
    (call $check (i32.eq (memory.atomic.wait32 (i32.const 8) (i32.const 6) (i64.const -1)) (i32.const 1))
                 (i32.const 1))
    (call $check (i32.eq (memory.atomic.wait64 (i32.const 8) (i64.const 7) (i64.const -1)) (i32.const 1))
                 (i32.const 2))
    (call $check (i32.eq (memory.atomic.wait32 (i32.const 8) (i32.const 7) (i64.const 0)) (i32.const 2))
                 (i32.const 3))
    (local.set $t0 (call $now))
    (call $check (i32.eq (memory.atomic.wait32 (i32.const 8) (i32.const 7) (i64.const 20000000))
                         (i32.const 2)) (i32.const 4))
    (call $check (i64.ge_u (i64.sub (call $now) (local.get $t0)) (i64.const 20000000)) (i32.const 5))
    (local.set $t0 (call $now))
    (call $check (i32.eq (memory.atomic.wait64 (i32.const 8) (i64.const 0x0000000100000007)
                                               (i64.const 20000000)) (i32.const 2)) (i32.const 6))
    (call $check (i64.ge_u (i64.sub (call $now) (local.get $t0)) (i64.const 20000000)) (i32.const 7))
    (call $check (i32.eqz (memory.atomic.notify (i32.const 8) (i32.const 1))) (i32.const 8))))
