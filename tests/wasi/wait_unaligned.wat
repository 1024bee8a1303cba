;; wait_unaligned.wat — a wait at an address that is not a multiple of 4
;; traps "unaligned atomic" before it could block.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "_start")
    (drop (memory.atomic.wait32 (i32.const 2) (i32.const 0) (i64.const -1)))))
