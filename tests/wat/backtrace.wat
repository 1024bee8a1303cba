;; Trap backtraces (tests/unit/test_backtrace.c): $a calls $b calls $c, and
;; $c traps the way `mode` says. $ia -> $ib -> $c is the same chain through
;; call_indirect, which LLVM cannot inline at -O2 (direct calls it may).
;; The additions after each call keep the calls out of tail position.
(module
  (import "host" "fail" (func $fail (param i32)))
  (type $chain (func (param i32) (result i32)))
  (memory 1)
  (table funcref (elem $ib $c))

  ;; mode 0: unreachable; 1: a load past the memory's end (in guard mode a
  ;; fault, so the backtrace is taken in the signal handler); 2: integer
  ;; divide by zero; 3: the host function traps; other: no trap, 42.
  (func $c (param $mode i32) (result i32)
    (if (i32.eq (local.get $mode) (i32.const 0))
      (then unreachable))
    (if (i32.eq (local.get $mode) (i32.const 1))
      (then (return (i32.load (i32.const 0x20000)))))
    (if (i32.eq (local.get $mode) (i32.const 2))
      (then (return (i32.div_u (i32.const 7) (i32.sub (local.get $mode) (i32.const 2))))))
    (if (i32.eq (local.get $mode) (i32.const 3))
      (then (call $fail (local.get $mode))))
    (i32.const 42))
  (func $b (param i32) (result i32)
    (i32.add (call $c (local.get 0)) (i32.const 1)))
  (func $a (export "a") (param i32) (result i32)
    (i32.add (call $b (local.get 0)) (i32.const 1)))

  (func $ib (param i32) (result i32)
    (i32.add (call_indirect (type $chain) (local.get 0) (i32.const 1)) (i32.const 1)))
  (func $ia (export "ia") (param i32) (result i32)
    (i32.add (call_indirect (type $chain) (local.get 0) (i32.const 0)) (i32.const 1)))

  ;; Runaway recursion: "call stack exhausted" thousands of frames deep.
  (func $recurse (export "recurse") (param i32) (result i32)
    (i32.add (call $recurse (i32.add (local.get 0) (i32.const 1))) (local.get 0))))
