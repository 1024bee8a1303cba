;; The provider of tests/wat/multi_memory.wat's imported memory: it exports
;; its memory and reads it back, so a test sees the other module's writes.
(module
  (memory (export "mem") 1 4)
  (data (i32.const 0) "abc")
  (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "pages") (result i32) (memory.size)))
