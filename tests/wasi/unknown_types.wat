;; unknown_types.wat — unknown imports of every result kind, all called.
;; With --default-values-unknown-imports each returns its zero, so the exit
;; code is 7 + 0 + 0 + 0 + (null is null: 0); with --trap-unknown-imports
;; the first call traps naming env.hook_none.
(module
  (import "env" "hook_none" (func $none (param i32 f64)))
  (import "env" "hook_i32" (func $i32 (param i32 i64) (result i32)))
  (import "env" "hook_i64" (func $i64 (param f32) (result i64)))
  (import "env" "hook_f64" (func $f64 (param f64) (result f64)))
  (import "env" "hook_f32" (func $f32 (result f32)))
  (import "env" "hook_ref" (func $ref (result externref)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (call $none (i32.const 1) (f64.const 2.5))
    (call $exit
      (i32.add
        (i32.add (i32.const 7) (call $i32 (i32.const 5) (i64.const 6)))
        (i32.add
          (i32.add (i32.wrap_i64 (call $i64 (f32.const 1.5)))
                   (i32.trunc_f64_s (f64.add (call $f64 (f64.const 9.75)) (f64.const 0.25))))
          (i32.add (i32.trunc_f32_s (call $f32))
                   (i32.xor (ref.is_null (call $ref)) (i32.const 1))))))))
