;; Fuel and epoch behaviour, driven by tests/unit/test_interrupt.c. The
;; comments give each export's exact fuel cost (every operator 1; nop, drop,
;; block, loop, unreachable, return, else and end 0).
(module
  (memory 1)
  ;; 3: i32.const, i32.const, i32.add
  (func $straight (export "straight") (result i32) (i32.add (i32.const 1) (i32.const 2)))
  ;; 9 per iteration + 5: local.get x2, ge_u, br_if | local.get, const, add, local.set | br ; final local.get
  (func (export "count") (param $n i32) (result i32) (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $i))
  ;; 3 on either arm: local.get, if, i32.const
  (func (export "branch") (param i32) (result i32)
    (if (result i32) (local.get 0) (then (i32.const 10)) (else (nop) (i32.const 20))))
  ;; 4: call + 3 in $straight
  (func (export "call") (result i32) (call $straight))
  ;; 4 then trap: i32.const (drop: 0), i32.const, i32.const, i32.div_u
  (func (export "trap_mid") (result i32)
    (drop (i32.const 1)) (i32.div_u (i32.const 1) (i32.const 0)))
  ;; 3 then trap: i32.const, i32.const, i32.load (out of bounds; a trapping operator counts)
  (func (export "fault_mid") (result i32)
    (i32.add (i32.const 5) (i32.load (i32.const 70000))))
;; Four accesses in one straight run, 8 operators each (a load's 8th is
  ;; the local.set after it); access $bad goes out of bounds. Consumed:
  ;; 8 (bad 0, a store), 15 (1, a load), 24 (2), 31 (3); 33 and the result 4
  ;; when $bad is 4 (A3 reads back what A2 stored).
  (func (export "fault_nth") (param $bad i32) (result i32) (local $x i32)
    (i32.store (select (i32.const 70000) (i32.const 0) (i32.eq (local.get $bad) (i32.const 0)))
               (local.get $bad))
    (local.set $x (i32.load (select (i32.const 70000) (i32.const 0) (i32.eq (local.get $bad) (i32.const 1)))))
    (i32.store (select (i32.const 70000) (i32.const 8) (i32.eq (local.get $bad) (i32.const 2)))
               (local.get $bad))
    (local.set $x (i32.load (select (i32.const 70000) (i32.const 8) (i32.eq (local.get $bad) (i32.const 3)))))
    (local.get $x))
  ;; 15 per iteration + 1: sums the words at 0, 4, ... 4 * ($n - 1); the load
  ;; at 65536 (i = 16384) is out of bounds, after 5 operators of that iteration
  ;; (local.get, local.get, i32.const, i32.shl, i32.load).
  (func (export "fault_loop") (param $n i32) (result i32) (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  ;; 1 + 1 + 12 per iteration + 6: sums n..1 in a loop with two parameters
  ;; and a result (i32.const, local.get | local.set x2, local.get, i32.eqz,
  ;; if, local.get x2, i32.add, local.get, i32.const, i32.sub, br | last:
  ;; local.set x2, local.get, i32.eqz, if, local.get)
  (func (export "sum_to") (param $n i32) (result i32) (local $acc i32) (local $k i32)
    (i32.const 0) (local.get $n)
    (loop $l (param i32 i32) (result i32)
      (local.set $k) (local.set $acc)
      (if (result i32) (i32.eqz (local.get $k))
        (then (local.get $acc))
        (else (i32.add (local.get $acc) (local.get $k)) (i32.sub (local.get $k) (i32.const 1)) (br $l)))))
  ;; Counts to $n (as "count"), then loads the word at $addr: with little
  ;; fuel, the loop's header check runs the handler before the load.
  (func (export "load_after_count") (param $n i32) (param $addr i32) (result i32) (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (i32.load (local.get $addr)))
  ;; memory.grow two direct calls down (no import, no table on the way):
  ;; the load after the calls reads the new page. Compared accesses keep the
  ;; size in a variable and read it again only after calls that may grow
  ;; memory; $no_grow cannot, $grow_via can.
  (func $grow_page (result i32) (memory.grow (i32.const 1)))
  (func $grow_via (result i32) (call $grow_page))
  (func $no_grow (result i32) (i32.load (i32.const 0)))
  (func (export "load_after_grow") (param $addr i32) (result i32)
    (drop (call $no_grow))
    (drop (call $grow_via))
    (drop (call $no_grow))
    (i32.load (local.get $addr)))
  ;; 1 per iteration, forever
;; --epoch checks nothing at the entry of a function that does not call
  ;; ($leaf, $bounded), or whose calls are bounded without it ($wrapper:
  ;; it calls only a checking function), checks at the entry of one on a
  ;; cycle of calls ($checking), and checks no loop header of which
  ;; every path back to the header calls such a function: every spin must
  ;; still be interrupted.
  (func $leaf (result i32) (i32.const 1))
  (func $bounded (result i32) (local $i i32)
    (loop $l
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 3))))
    (local.get $i))
  (func $checking (param $n i32) (result i32)
    (if (result i32) (local.get $n)
      (then (call $checking (i32.sub (local.get $n) (i32.const 1))))
      (else (call $leaf))))
  (func $wrapper (export "wrapper") (result i32) (call $checking (i32.const 0)))
  (func (export "spin_calling_leaf") (loop $l (drop (call $leaf)) (br $l)))
  (func (export "spin_calling_bounded") (loop $l (drop (call $bounded)) (br $l)))
  (func (export "spin_calling_checking") (loop $l (block (drop (call $checking (i32.const 0)))) (br $l)))
  (func (export "spin_calling_wrapper") (loop $l (drop (call $wrapper)) (br $l)))
  ;; Every path back calls $checking; the way out does not: no header check.
  (func (export "spin_calling_after_exit") (param $out i32)
    (loop $l
      (if (local.get $out) (then (return)))
      (drop (call $checking (i32.const 0)))
      (br $l)))
  ;; The call is on one path only, not taken ($never = 0), or branched over
  ;; ($skip = 1): the header must still check.
  (func (export "spin_calling_sometimes") (param $never i32)
    (loop $l
      (if (local.get $never) (then (drop (call $checking (i32.const 0)))))
      (br $l)))
  (func (export "spin_skipping_call") (param $skip i32)
    (loop $l
      (block $b
        (br_if $b (local.get $skip))
        (drop (call $checking (i32.const 0))))
      (br $l)))
  ;; ack's shape: the two arms join before the way back, one calls, the
  ;; other ($n = 0) does not and gets the check instead of the header.
  (func (export "spin_join") (param $n i32)
    (loop $l
      (block $join
        (block $call
          (br_if $call (local.get $n))
          (br $join))
        (drop (call $checking (i32.const 0))))
      (br $l)))
  (func (export "spin") (loop $l (br $l)))
  ;; 1 per call, forever
  (func $recurse (export "recurse") (call $recurse))
  ;; Mutual recursion, forever: one of the two checks
  (func $ping (export "ping") (call $pong))
  (func $pong (call $ping)))
