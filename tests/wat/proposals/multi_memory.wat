;; multi-memory: a second memory, and a load naming it (memarg bit 6).
(module
  (memory 1)
  (memory $b 1)
  (func (result i32) (i32.load $b (i32.const 0))))
