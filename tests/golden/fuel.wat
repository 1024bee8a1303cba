;; golden-flags: --fuel
;; --fuel: each straight-line run charges its operator count before it runs;
;; loops and calls charge again; running out traps. An innermost loop
;; without calls ("sum") is lowered twice: a copy without checks entered
;; when the fuel covers many iterations, and one that checks in batches;
;; its accesses compare with the size read on entry.
(module
  (memory 1)
  (func (export "sum") (param $n i32) (result i32) (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load (i32.shl (local.get $i) (i32.const 2)))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  (func $leaf (result i32) (i32.const 1))
  (func (export "count") (param $n i32) (result i32) (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (call $leaf)))
        (br $l)))
    (local.get $i))
  (func (export "branch") (param i32) (result i32)
    (if (result i32) (local.get 0) (then (i32.const 10)) (else (i32.const 20)))))
