;; memory.size and memory.grow, with a declared maximum.
(module
  (memory 1 3)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param $pages i32) (result i32) (memory.grow (local.get $pages)))
  (func (export "grow_and_touch") (result i32)
    (drop (memory.grow (i32.const 1)))
    (i32.store (i32.const 65536) (i32.const 7))
    (i32.load (i32.const 65536))))
