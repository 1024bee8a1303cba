;; golden-flags: --epoch
;; --epoch: function entries and loop back edges compare the process's
;; epoch with the instance's deadline; innermost loops get a check-free copy.
;; Both copies of a loop left on loaded data (walk) are marked not to unroll;
;; a counted one (spin's inner loop) is not marked.
(module
  (memory 1)
  (func (export "spin") (param $n i32) (result i32) (local $i i32)
    (loop $outer
      (loop $inner
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $inner (i32.lt_u (local.get $i) (local.get $n))))
      (br_if $outer (i32.lt_u (local.get $i) (i32.const 1000))))
    (local.get $i))
  (func (export "leaf") (result i32) (i32.const 3))
  (func (export "walk") (param $p i32) (result i32) (local $n i32)
    (loop $next
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $next (local.tee $p (i32.load (local.get $p)))))
    (local.get $n)))
