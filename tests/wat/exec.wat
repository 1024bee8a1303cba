;; Behaviour of compiled code, driven by tests/unit/test_exec.c in every
;; bounds-check mode and optimization level: traps of every kind, memory
;; growth and limits, stack exhaustion, tables, multi-value, imports.
(module
  (type $i_i (func (param i32) (result i32)))
  (type $v_v (func))
  (import "peer" "triple" (func $triple (type $i_i)))
  (import "host" "bump" (func $bump (param i64) (result i64)))
  (memory (export "memory") 1 4)
  (table 4 funcref)
  (elem (i32.const 0) $triple $double $nothing)
  (global $g (export "g") (mut i64) (i64.const 42))
  (data (i32.const 8) "\01\02\03\04\05\06\07\08")
  ;; interpret's program: 0: jz 8; 2: add; 4: dec; 6: jmp 0; 8: halt
  (data (i32.const 1024) "\04\08\01\00\02\00\05\00\00\00")

  (func $double (type $i_i) (i32.add (local.get 0) (local.get 0)))
  (func $nothing (type $v_v))

  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
  (func (export "div_u64") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
  (func (export "trunc_f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
  (func (export "trunc_f64_u64") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))
  (func (export "trunc_sat_f64_s") (param f64) (result i32) (i32.trunc_sat_f64_s (local.get 0)))
  (func (export "min") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
  (func (export "nearest") (param f32) (result f32) (f32.nearest (local.get 0)))
  (func (export "rotl") (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1)))
  (func (export "shl64") (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "ext8") (param i32) (result i32) (i32.extend8_s (local.get 0)))
  (func (export "unreachable") (unreachable))

  (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "load8_s") (param i32) (result i32) (i32.load8_s offset=2 (local.get 0)))
  (func (export "store32") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))

  (func (export "call_indirect") (param i32 i32) (result i32)
    (call_indirect (type $i_i) (local.get 1) (local.get 0)))
  (func (export "call_triple") (param i32) (result i32) (call $triple (local.get 0)))
  (func (export "call_bump") (param i64) (result i64) (call $bump (local.get 0)))

  (func $recurse (export "recurse") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $recurse (i32.sub (local.get 0) (i32.const 1)))))))
  (func $forever (export "forever") (param i32) (result i32)
    (i32.add (call $forever (local.get 0)) (i32.const 1)))

  (func (export "swap") (param i32 i64) (result i64 i32) (local.get 1) (local.get 0))
  (func (export "sum_pair") (param i32) (result i32)
    (local.get 0)
    (block (param i32) (result i32 i32) (i32.const 10))
    (i32.add))
  (func (export "br_table") (param i32) (result i32)
    (block $c (block $b (block $a
      (br_table $a $b $c (local.get 0)))
      (return (i32.const 100)))
      (return (i32.const 200)))
    (i32.const 300))
  (func (export "get_g") (result i64) (global.get $g))
  (func (export "set_g") (param i64) (global.set $g (local.get 0)))

  ;; x + c, c < 0, compiled as base + x + c (compiler/address_fold.c): where
  ;; x + c wraps past zero both must trap. (sp - 1) * 4 + fp is peeled to
  ;; (sp * 4 + fp) - 4; with an offset the sum is not folded.
  (func (export "load_below") (param i32) (result i32) (i32.load (i32.add (local.get 0) (i32.const -4))))
  (func (export "store_below") (param i32 i32)
    (i32.store (i32.add (local.get 0) (i32.const -65536)) (local.get 1)))
  (func (export "load_slot") (param i32 i32) (result i32)
    (i32.load (i32.add (i32.shl (i32.add (local.get 0) (i32.const -1)) (i32.const 2)) (local.get 1))))
  (func (export "load_below_offset") (param i32) (result i32)
    (i32.load offset=8 (i32.add (local.get 0) (i32.const -16))))
  ;; c > 0 is never folded: x + 8 that wraps is a low, valid address
  (func (export "load_above") (param i32) (result i32) (i32.load (i32.add (local.get 0) (i32.const 8))))

  ;; A bytecode interpreter's dispatch loop, the shape of every simple VM
  ;; compiled to wasm: the pc, loaded through, is set by the conditional
  ;; jump with a select between the target and the next instruction (a
  ;; branch in the object, lower_control.c). Two-byte instructions (op,
  ;; target) at 1024: halt, add (a += i), dec (i -= 1), jz, jmp. The
  ;; program returns i + (i - 1) + ... + 1.
  (func (export "interpret") (param $i i32) (result i32)
    (local $pc i32) (local $op i32) (local $arg i32) (local $a i32)
    (local.set $pc (i32.const 1024))
    (loop $next
      (local.set $op (i32.load8_u (local.get $pc)))
      (local.set $arg (i32.load8_u offset=1 (local.get $pc)))
      (local.set $pc (i32.add (local.get $pc) (i32.const 2)))
      (block $jmp (block $jz (block $dec (block $add (block $halt
        (br_table $halt $add $dec $halt $jz $jmp $halt (local.get $op)))
        (return (local.get $a)))
        (local.set $a (i32.add (local.get $a) (local.get $i)))
        (br $next))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $next))
        (local.set $pc (select (i32.add (i32.const 1024) (local.get $arg)) (local.get $pc)
                               (i32.eqz (local.get $i))))
        (br $next))
      (local.set $pc (i32.add (i32.const 1024) (local.get $arg)))
      (br $next))
    (unreachable))

  ;; The steps down a binary search tree of nodes {left, right, key} from p
  ;; to a leaf: the select picks the child the loop then loads through, but
  ;; the loop has no br_table, so it stays a conditional move.
  (func (export "tree_depth") (param $p i32) (param $key i32) (result i32)
    (local $steps i32)
    (block $done
      (loop $down
        (br_if $done (i32.eqz (local.get $p)))
        (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
        (local.set $p (select (i32.load (local.get $p)) (i32.load offset=4 (local.get $p))
                              (i32.lt_u (local.get $key) (i32.load offset=8 (local.get $p)))))
        (br $down)))
    (local.get $steps))

  ;; Runaway recursion behind control flow, through functions that no
  ;; funcref reaches (wasm2obj's internal convention): above -O0 the stack
  ;; is checked before a function's first call on each path, so the else
  ;; arm of $deep_if checks although its then arm did, and $deep_loop
  ;; checks before its loop. $depth counts the frames made.
  (global $depth (mut i32) (i32.const 0))
  (func $leaf (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
  (func $deep_if (param i32) (result i32)
    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
    (if (result i32) (i32.eqz (local.get 0))
      (then (call $leaf (local.get 0)))
      (else (i32.add (call $deep_if (local.get 0)) (i32.const 1)))))
  (func $deep_loop (param i32) (result i32)
    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
    (block $out
      (loop $again
        (br_if $out (i32.eqz (local.get 0)))
        (local.set 0 (call $deep_loop (local.get 0)))
        (br $again)))
    (local.get 0))
  (func (export "deep") (param i32) (result i32)
    (global.set $depth (i32.const 0))
    (if (result i32) (local.get 0)
      (then (call $deep_loop (i32.const 1)))
      (else (call $deep_if (i32.const 1)))))
  (func (export "depth") (result i32) (global.get $depth)))
