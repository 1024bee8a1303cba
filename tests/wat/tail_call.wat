;; Guaranteed tail calls (tests/unit/test_tail_call.c): mutual recursion
;; 10^7 deep through return_call between functions of different
;; signatures, through return_call_indirect, with two results, and the same
;; depth through an ordinary call, which must exhaust the stack.
(module
  (type $count (func (param i64) (result i32)))
  (table $t 2 funcref)
  (elem (table $t) (i32.const 0) func $even_indirect $odd_indirect)

  ;; even(n) = 1 if n is even; 9 operators of fuel per step, 4 at n = 0
  (func $even (export "even") (param $n i64) (result i32)
    (if (result i32) (i64.eqz (local.get $n))
      (then (i32.const 1))
      (else (return_call $odd (i64.sub (local.get $n) (i64.const 1)) (i32.const 7) (f64.const 0.5)))))
  ;; a different signature from $even: tailcc needs no matching prototypes
  (func $odd (param $n i64) (param i32) (param f64) (result i32)
    (if (result i32) (i64.eqz (local.get $n))
      (then (i32.const 0))
      (else (return_call $even (i64.sub (local.get $n) (i64.const 1))))))

  (func $even_indirect (export "even_indirect") (type $count)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 1))
      (else (return_call_indirect $t (type $count)
              (i64.sub (local.get 0) (i64.const 1)) (i32.const 1)))))
  (func $odd_indirect (type $count)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 0))
      (else (return_call_indirect $t (type $count)
              (i64.sub (local.get 0) (i64.const 1)) (i32.const 0)))))

  ;; two results through the caller's results buffer: (n, acc) -> (0, acc + n*(n+1)/2)
  (func $sum (export "sum") (param $n i64) (param $acc i64) (result i64 i64)
    (if (result i64 i64) (i64.eqz (local.get $n))
      (then (local.get $n) (local.get $acc))
      (else (return_call $sum (i64.sub (local.get $n) (i64.const 1))
                              (i64.add (local.get $acc) (local.get $n))))))

  ;; the same depth without tail calls: call stack exhausted
  (func $deep (export "deep") (param $n i64) (result i32)
    (if (result i32) (i64.eqz (local.get $n))
      (then (i32.const 1))
      (else (call $deep (i64.sub (local.get $n) (i64.const 1)))))))
