;; Tables: an element segment, call_indirect (with its signature and null
;; checks), table.get/set/size/grow and ref.func.
(module
  (type $binop (func (param i32 i32) (result i32)))
  (table $t (export "table") 4 8 funcref)
  (elem (table $t) (i32.const 0) func $add $sub)
  (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
  (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
  (func (export "apply") (param $f i32) (param $a i32) (param $b i32) (result i32)
    (call_indirect $t (type $binop) (local.get $a) (local.get $b) (local.get $f)))
  (func (export "install") (param $i i32)
    (table.set $t (local.get $i) (ref.func $sub)))
  (func (export "is_null") (param $i i32) (result i32)
    (ref.is_null (table.get $t (local.get $i))))
  (func (export "grow") (result i32)
    (i32.add (table.grow $t (ref.null func) (i32.const 2)) (table.size $t))))
