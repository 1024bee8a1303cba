;; unknown_import.wat — imports a function wasi_snapshot_preview1 does not
;; have: instantiation fails with status 125 and "unknown import".
(module
  (import "wasi_snapshot_preview1" "fd_nonsense" (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")))
