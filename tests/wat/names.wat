;; Export and import names that collide when made C identifiers naively
;; (issue 18): names that differ only in bytes C forbids, that look like the
;; output of a mapping (the old "_N" suffix, the escaped "x_" form), fixed
;; API names of the header, the other kinds' infixes, empty, UTF-8 and
;; non-UTF-8 names, and imports whose module_field join is ambiguous or
;; repeated. tests/unit/test_names_exec.c calls every export through the
;; generated header: function export N returns N.
(module
  (type $tag (func (result i32)))
  (import "host" "log" (func $i0 (type $tag)))
  (import "host" "a.b" (func $i1 (type $tag)))
  (import "host" "a_b" (func $i2 (type $tag)))
  (import "host_a" "b" (func $i3 (type $tag)))
  (import "host" "a__b" (func $i4 (type $tag)))
  (import "x" "a" (func $i5 (type $tag)))
  (import "wasi_snapshot_preview1" "fd_write" (func $i6 (type $tag)))
  (import "static" "assert" (func $i7 (type $tag)))
  (import "size" "t" (func $i8 (type $tag)))
  (import "ENV" "LOG" (func $i9 (type $tag)))
  (import "w2o" "call" (func $i10 (type $tag)))
  (import "" "" (func $i11 (type $tag)))
  (import "\c3\a9" "\c3\a9" (func $i12 (type $tag)))
  (import "host" "log" (func $i13 (type $tag)))
  (import "host" "log" (func $i14 (type $tag)))
  (import "host" "x_a" (func $i15 (type $tag)))
  (import "x_4_host" "log" (func $i16 (type $tag)))
  (import "host" "" (func $i17 (type $tag)))

  (memory 1)
  (table 1 funcref)
  (global $g (mut i32) (i32.const 42))

  ;; The issue's example, as exports 0, 1 and 2: "_N" appended without a
  ;; second check gave two functions <prefix>_a__2.
  (func (export "a__2") (result i32) (i32.const 1))
  (func (export "a.") (result i32) (i32.const 2))
  (func (export "a_") (result i32) (i32.const 3))
  (func (export "a") (result i32) (i32.const 4))
  (func (export "_a") (result i32) (i32.const 5))
  (func (export "a__") (result i32) (i32.const 6))
  (func (export "a_2") (result i32) (i32.const 7))
  ;; Differ only in a byte C forbids.
  (func (export "a.b") (result i32) (i32.const 8))
  (func (export "a-b") (result i32) (i32.const 9))
  (func (export "a b") (result i32) (i32.const 10))
  (func (export "a_b") (result i32) (i32.const 11))
  ;; Look like escaped outputs: of "a." (x_a2e_), of "_a" (x_5f_a), of
  ;; "a." after the prefix (a2e_).
  (func (export "x_a2e_") (result i32) (i32.const 12))
  (func (export "x_5f_a") (result i32) (i32.const 13))
  (func (export "x_a") (result i32) (i32.const 14))
  (func (export "x") (result i32) (i32.const 15))
  (func (export "a2e_") (result i32) (i32.const 16))
  ;; The header's fixed names.
  (func (export "module") (result i32) (i32.const 17))
  (func (export "free") (result i32) (i32.const 18))
  (func (export "instantiate") (result i32) (i32.const 19))
  (func (export "imports") (result i32) (i32.const 20))
  (func (export "imports_t") (result i32) (i32.const 21))
  (func (export "instance_t") (result i32) (i32.const 22))
  (func (export "resolve_") (result i32) (i32.const 23))
  ;; The other kinds' infixes (memory "m", table "t", global "g" below).
  (func (export "memory_m") (result i32) (i32.const 24))
  (func (export "table_t") (result i32) (i32.const 25))
  (func (export "global_g") (result i32) (i32.const 26))
  ;; Empty, UTF-8, NUL, DEL, a keyword, upper case.
  (func (export "") (result i32) (i32.const 27))
  (func (export "\c3\a9t\c3\a9") (result i32) (i32.const 28))
  (func (export "\e5\90\8d\e5\89\8d") (result i32) (i32.const 29))
  (func (export "\00") (result i32) (i32.const 30))
  (func (export "\7f") (result i32) (i32.const 31))
  (func (export "int") (result i32) (i32.const 32))
  (func (export "ADD") (result i32) (i32.const 33))

  ;; Every import's tag, mixed in order: a field bound to the wrong import
  ;; changes the result.
  (func (export "mix") (result i64)
    (local $acc i64)
    (local.set $acc (i64.extend_i32_u (call $i0)))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i1))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i2))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i3))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i4))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i5))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i6))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i7))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i8))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i9))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i10))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i11))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i12))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i13))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i14))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i15))))
    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i16))))
    (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.extend_i32_u (call $i17))))

  (export "m" (memory 0))
  (export "m." (memory 0))
  (export "_m" (memory 0))
  (export "t" (table 0))
  (export "t." (table 0))
  (export "g" (global $g))
  (export "g." (global $g)))
