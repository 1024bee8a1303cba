;; Several memories (multi-memory): memory 0 imported from another module
;; (tests/wat/multi_memory_provider.wat), memories 1 and 2 defined, 1 and 2
;; exported. Loads, stores, bulk operations, size and grow name each one;
;; tests/unit/test_multi_memory.c calls them through the generated header.
(module
  (import "provider" "mem" (memory $shared 1 4))
  (memory $own (export "own") 1 8)
  (memory $spare (export "spare") 0 2)
  (data (memory $own) (i32.const 16) "hello")
  (data $words "0123456789")

  (func (export "load_own") (param i32) (result i32) (i32.load8_u $own (local.get 0)))
  (func (export "load_shared") (param i32) (result i32) (i32.load8_u $shared (local.get 0)))
  (func (export "load_spare") (param i32) (result i32) (i32.load8_u $spare (local.get 0)))
  (func (export "store_own") (param i32 i32) (i32.store8 $own (local.get 0) (local.get 1)))
  (func (export "store_shared64") (param i32 i64) (i64.store $shared offset=1 (local.get 0) (local.get 1)))
  (func (export "load_own64") (param i32) (result i64) (i64.load $own offset=1 (local.get 0)))

  ;; copy n bytes from $own to $shared, from $shared to $own, within $own
  (func (export "own_to_shared") (param $dst i32) (param $src i32) (param $n i32)
    (memory.copy $shared $own (local.get $dst) (local.get $src) (local.get $n)))
  (func (export "shared_to_own") (param $dst i32) (param $src i32) (param $n i32)
    (memory.copy $own $shared (local.get $dst) (local.get $src) (local.get $n)))
  (func (export "fill_spare") (param $dst i32) (param $v i32) (param $n i32)
    (memory.fill $spare (local.get $dst) (local.get $v) (local.get $n)))
  (func (export "init_spare") (param $dst i32) (param $src i32) (param $n i32)
    (memory.init $spare $words (local.get $dst) (local.get $src) (local.get $n)))

  (func (export "grow_own") (param i32) (result i32) (memory.grow $own (local.get 0)))
  (func (export "grow_shared") (param i32) (result i32) (memory.grow $shared (local.get 0)))
  (func (export "grow_spare") (param i32) (result i32) (memory.grow $spare (local.get 0)))
  (func (export "size_own") (result i32) (memory.size $own))
  (func (export "size_spare") (result i32) (memory.size $spare))

  ;; sum of n bytes of $own from 0 and of $shared from 0, in one loop
  (func (export "sum_both") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s)
          (i32.add (i32.load8_u $own (local.get $i)) (i32.load8_u $shared (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $s)))
