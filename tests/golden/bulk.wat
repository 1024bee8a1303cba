;; Bulk memory and table operations: memory.copy/fill/init, data.drop,
;; table.copy/init, elem.drop, with a passive data and element segment.
(module
  (memory 1)
  (table 4 funcref)
  (data $d "bulk data")
  (elem $e func $f $f)
  (func $f)
  (func (export "copy") (param $dst i32) (param $src i32) (param $n i32)
    (memory.copy (local.get $dst) (local.get $src) (local.get $n)))
  (func (export "fill") (param $dst i32) (param $v i32) (param $n i32)
    (memory.fill (local.get $dst) (local.get $v) (local.get $n)))
  (func (export "init") (param $dst i32)
    (memory.init $d (local.get $dst) (i32.const 0) (i32.const 9))
    (data.drop $d))
  (func (export "tables") (param $i i32)
    (table.init $e (local.get $i) (i32.const 0) (i32.const 2))
    (table.copy (i32.const 2) (i32.const 0) (i32.const 2))
    (elem.drop $e)))
