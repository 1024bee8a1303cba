;; The store module: owns a memory of 32-bit slots and exports it with two
;; accessors. The app module imports all three.
(module
  (memory (export "memory") 1)
  ;; Slot k is at byte 4k. A slot past the memory's end traps (out of bounds).
  (func (export "put") (param $k i32) (param $v i32)
    (i32.store (i32.shl (local.get $k) (i32.const 2)) (local.get $v)))
  (func (export "get") (param $k i32) (result i32)
    (i32.load (i32.shl (local.get $k) (i32.const 2)))))
