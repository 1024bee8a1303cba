;; golden-flags: --fuel
;; --fuel: each straight-line run charges its operator count before it runs;
;; loops and calls charge again; running out traps.
(module
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
