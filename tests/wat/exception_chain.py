#!/usr/bin/env python3
"""Writes a module of N functions f0..f(N-1) (default 9000, over 256 KiB of
code, so wasm2obj compiles it in partitions) to stdout, for
tests/unit/test_exception_partition.c. run(x) calls f0; f(i) calls f(i+1)
while x > i; f(x) throws tag $e with x; every f(i) on the way back catches
it, adds i and throws again, so run(x) returns x + x(x+1)/2: throws and
handlers across the partitions' hidden functions."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
out = ["(module", "  (tag $e (param i32))", "  (func $throw (param i32) (throw $e (local.get 0)))"]
for i in range(n):
    deeper = f"(call $f{i + 1} (local.get 0))" if i + 1 < n else "(call $throw (local.get 0))"
    out.append(f"  (func $f{i} (param i32)\n"
               f"    (try (do (if (i32.eq (local.get 0) (i32.const {i})) (then (call $throw (i32.const {i}))))\n"
               f"             (if (i32.gt_u (local.get 0) (i32.const {i})) (then {deeper})))\n"
               f"         (catch $e (i32.const {i}) (i32.add) (throw $e))))")
out.append('  (func (export "run") (param i32) (result i32)\n'
           '    (try (result i32) (do (call $f0 (local.get 0)) (i32.const -1)) (catch $e))))')
print("\n".join(out))
