#!/usr/bin/env bash
# Runtime microbenchmarks: builds bench/micro with wasm2obj -O2 and prints
# ns per operation (median of 7 batches).
#   bench/micro/run.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
out="$build/bench-micro"
mkdir -p "$out"
wat2wasm --enable-exceptions bench/micro/micro.wat -o "$out/micro.wasm"
"$build/compiler/wasm2obj" -O2 --name=micro "$out/micro.wasm" -o "$out/micro.o"
cc -O2 -I runtime/include -I libc-shim/include -I "$out" bench/micro/micro.c "$out/micro.o" \
  "$build/libc-shim/libw2o_wasi.a" "$build/runtime/libw2o_runtime.a" -lpthread -lm -o "$out/micro"
"$out/micro"
