;; golden-flags: --epoch
;; --epoch: function entries and loop back edges compare the process's
;; epoch with the instance's deadline; innermost loops get a check-free copy.
(module
  (func (export "spin") (param $n i32) (result i32) (local $i i32)
    (loop $outer
      (loop $inner
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $inner (i32.lt_u (local.get $i) (local.get $n))))
      (br_if $outer (i32.lt_u (local.get $i) (i32.const 1000))))
    (local.get $i))
  (func (export "leaf") (result i32) (i32.const 3)))
