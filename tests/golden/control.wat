;; Structured control flow: block, loop, if/else, br, br_if, br_table,
;; select, return, and multi-value blocks and functions (lower_control.c).
(module
  (func $swap (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
  (func (export "classify") (param $n i32) (result i32)
    (block $c (block $b (block $a
      (br_table $a $b $c $b (local.get $n)))
      (return (i32.const 10)))
      (return (i32.const 20)))
    (i32.const 30))
  (func (export "sum_to") (param $n i32) (result i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $s (i32.add (local.get $s) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $l)))
    (local.get $s))
  (func (export "pick") (param $c i32) (param $a i64) (param $b i64) (result i64)
    (if (result i64) (local.get $c)
      (then (select (local.get $a) (local.get $b) (i32.gt_u (local.get $c) (i32.const 5))))
      (else (i64.const -1))))
  (func (export "multi") (param $a i32) (param $b i32) (result i32)
    (local.get $a) (local.get $b)
    (block $m (param i32 i32) (result i32 i32)
      (call $swap))
    (i32.sub))
  ;; A loop with parameters: (n, acc) -> (n - 1, acc + n) until n <= 1.
  (func (export "loop_params") (param $n i32) (result i32 i32) (local $acc i32)
    (local.get $n) (i32.const 0)
    (loop $l (param i32 i32) (result i32 i32)
      (local.set $acc)
      (local.set $n)
      (i32.sub (local.get $n) (i32.const 1))
      (i32.add (local.get $acc) (local.get $n))
      (br_if $l (i32.gt_u (local.get $n) (i32.const 1))))))
