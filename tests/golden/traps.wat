;; Every way generated code traps: unreachable, integer division by zero
;; and overflow, float-to-int truncation out of range, an out-of-bounds
;; access (guard mode), a null and a mistyped call_indirect, and deep
;; recursion against the stack limit.
(module
  (memory 1)
  (table 2 funcref)
  (type $v (func))
  (elem (i32.const 0) func $other)
  (func $other (param i32) (result i32) (local.get 0))
  (func (export "unreachable") (unreachable))
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "rem") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (export "trunc") (param f32) (result i32) (i32.trunc_f32_u (local.get 0)))
  (func (export "oob") (param i32) (result i32) (i32.load offset=65536 (local.get 0)))
  (func (export "bad_call") (param i32) (call_indirect (type $v) (local.get 0)))
  (func $recurse (export "recurse") (param i32) (result i32)
    (i32.add (i32.const 1) (call $recurse (local.get 0)))))
