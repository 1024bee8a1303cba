;; Imports and exports of each kind: function, table, memory and global
;; (the generated header's import struct and export accessors), plus an
;; exported imported function and the start function.
(module
  (import "host" "log" (func $log (param i32 i64 f32 f64)))
  (import "host" "now" (func $now (result i64)))
  (import "host" "table" (table $t 2 funcref))
  (import "host" "memory" (memory $m 1 2))
  (import "host" "limit" (global $limit (mut i32)))
  (export "log" (func $log))
  (export "table" (table $t))
  (export "memory" (memory $m))
  (export "limit" (global $limit))
  (global $started (mut i32) (i32.const 0))
  (func $start (global.set $started (i32.const 1)))
  (start $start)
  (func (export "report") (param $p i32) (result i64)
    (call $log (i32.load (local.get $p)) (call $now) (f32.const 1) (f64.const 2))
    (global.set $limit (i32.add (global.get $limit) (global.get $started)))
    (call $now)))
