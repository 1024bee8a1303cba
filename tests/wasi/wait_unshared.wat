;; wait_unshared.wat — memory.atomic.wait32 on a memory that is not shared
;; traps "expected shared memory" (notify there returns 0 first).
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (if (memory.atomic.notify (i32.const 0) (i32.const 1)) (then (call $exit (i32.const 1))))
    (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 0)))))
