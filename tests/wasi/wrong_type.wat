;; wrong_type.wat — imports fd_write with a wrong type (an i64 where WASI has
;; an i32): the resolver's exact types make instantiation fail (status 125,
;; "incompatible import type") instead of calling fd_write wrongly.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i64) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")))
