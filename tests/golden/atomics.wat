;; threads: atomics on a shared memory (guard mode, -O0): the alignment check
;; before each access, seq_cst loads, stores, read-modify-writes (narrow
;; ones zero-extended) and cmpxchg, the fence, and the runtime calls of
;; wait and notify after a bounds compare; memory.size read atomically.
(module
  (memory (export "memory") 1 4 shared)
  (func (export "load") (param $a i32) (result i64) (i64.atomic.load32_u offset=4 (local.get $a)))
  (func (export "store") (param $a i32) (param $v i32) (i32.atomic.store8 (local.get $a) (local.get $v)))
  (func (export "add") (param $a i32) (param $v i64) (result i64) (i64.atomic.rmw16.add_u (local.get $a) (local.get $v)))
  (func (export "cmpxchg") (param $a i32) (param $e i32) (param $r i32) (result i32)
    (i32.atomic.rmw.cmpxchg (local.get $a) (local.get $e) (local.get $r)))
  (func (export "fence") (atomic.fence))
  (func (export "wait") (param $a i32) (param $e i64) (param $t i64) (result i32)
    (memory.atomic.wait64 (local.get $a) (local.get $e) (local.get $t)))
  (func (export "notify") (param $a i32) (param $n i32) (result i32) (memory.atomic.notify (local.get $a) (local.get $n)))
  (func (export "size") (result i32) (memory.size)))
