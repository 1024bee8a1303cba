;; memory64 end to end (tests/unit/test_memory64.c): a 64-bit memory
;; imported from the host, a 64-bit memory defined here ($big, no maximum)
;; beside a 32-bit one ($small). i64 addresses and page counts, an access
;; above 4 GiB after growing, u64 address + offset sums that would wrap,
;; a copy between the 64-bit and the 32-bit memory (i32 length), and an
;; atomic (threads) at an i64 address.
(module
  (import "host" "mem64" (memory $host i64 1))
  (memory $big (export "big") i64 1)
  (memory $small (export "small") 1)
  (data (memory $big) (i64.const 16) "wide")
  (data (memory $small) (i32.const 16) "narrow")
  (func (export "load8") (param i64) (result i32) (i32.load8_u $big (local.get 0)))
  (func (export "load64_off") (param i64) (result i64)
    (i64.load $big offset=0xffffffff (local.get 0)))
  (func (export "store64") (param i64 i64) (i64.store $big (local.get 0) (local.get 1)))
  (func (export "store_host") (param i64 i32) (i32.store8 $host (local.get 0) (local.get 1)))
  (func (export "load_small") (param i32) (result i32) (i32.load8_u $small (local.get 0)))
  (func (export "pages") (result i64) (memory.size $big))
  (func (export "grow") (param i64) (result i64) (memory.grow $big (local.get 0)))
  (func (export "fill") (param i64 i32 i64) (memory.fill $big (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_to_small") (param i32 i64 i32)
    (memory.copy $small $big (local.get 0) (local.get 1) (local.get 2)))
  (func (export "atomic_add") (param i64 i64) (result i64)
    (i64.atomic.rmw.add 1 (local.get 0) (local.get 1))) ;; 1 = $big (wat2wasm 1.0.32 aborts on a name here)
  (func (export "v128_load") (param i64) (result i32)
    (i32x4.extract_lane 0 (v128.load $big (local.get 0)))))
