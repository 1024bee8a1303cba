#!/usr/bin/env bash
# Builds bench/simd (kernel.c with -msimd128 for wasm, SSE2 natively, same
# CPU setting: generic x86-64 on both sides) and runs the driver.
#   bench/simd/run.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
out="$build/bench-simd"
mkdir -p "$out"
clang-19 --target=wasm32 -msimd128 -O2 -nostdlib -Wl,--no-entry -Wl,--export-memory \
  -o "$out/simdk.wasm" bench/simd/kernel.c
"$build/compiler/wasm2obj" -O2 --name=simdk "$out/simdk.wasm" -o "$out/simdk.o"
clang-19 -O2 -c bench/simd/kernel.c -o "$out/native.o"
cc -O2 -I runtime/include -I "$out" bench/simd/driver.c "$out/simdk.o" "$out/native.o" \
  "$build/runtime/libw2o_runtime.a" -lpthread -lm -o "$out/driver"
"$out/driver"
