;; Valid text, invalid module: wat2wasm --no-check turns it into a binary
;; that the validator must reject with "type mismatch" in function 1.
(module
  (func (result i32) (i32.const 0))
  (func (result i32) (f64.const 1)))
