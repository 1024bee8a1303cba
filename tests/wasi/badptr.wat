;; badptr.wat — WASI calls with pointers and lengths outside linear memory
;; (one page, 65536 bytes). Every call must return EFAULT (21) and the
;; program must not crash: _start prints "bad pointers refused" and exits
;; 0 if all did, else exits with the 1-based number of the first call that
;; did not return 21. fd 3 is a preopened directory.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "bad pointers refused\n")
  ;; iovec at 32: the message. iovec at 40: a buffer running off the end.
  (data (i32.const 32) "\00\00\00\00\15\00\00\00")
  (data (i32.const 40) "\f0\ff\00\00\00\01\00\00")
  (data (i32.const 48) "file.txt")

  (func $expect (param $n i32) (param $errno i32)
    (if (i32.ne (local.get $errno) (i32.const 21))
      (then (call $proc_exit (local.get $n)))))

  (func (export "_start")
    (call $expect (i32.const 1) (call $fd_write (i32.const 1) (i32.const 0xfffffff8) (i32.const 1) (i32.const 100)))
    (call $expect (i32.const 2) (call $fd_write (i32.const 1) (i32.const 40) (i32.const 1) (i32.const 100)))
    (call $expect (i32.const 3) (call $fd_write (i32.const 1) (i32.const 32) (i32.const 1) (i32.const 65534)))
    (call $expect (i32.const 4) (call $fd_read (i32.const 0) (i32.const 40) (i32.const 1) (i32.const 100)))
    (call $expect (i32.const 5) (call $args_sizes_get (i32.const 65535) (i32.const 0)))
    (call $expect (i32.const 6) (call $args_get (i32.const 0xffffffff) (i32.const 0)))
    (call $expect (i32.const 7) (call $random_get (i32.const 65000) (i32.const 1000)))
    (call $expect (i32.const 8) (call $random_get (i32.const 0xffffffff) (i32.const 2)))
    (call $expect (i32.const 9) (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 65532)))
    (call $expect (i32.const 10) (call $path_open (i32.const 3) (i32.const 0) (i32.const 65530) (i32.const 100)
                                   (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 100)))
    (call $expect (i32.const 11) (call $path_open (i32.const 3) (i32.const 0) (i32.const 48) (i32.const 8)
                                   (i32.const 1) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 0x10000)))
    (call $expect (i32.const 12) (call $fd_prestat_dir_name (i32.const 3) (i32.const 65535) (i32.const 10)))
    ;; all refused: say so
    (drop (call $fd_write (i32.const 1) (i32.const 32) (i32.const 1) (i32.const 64))))
)
