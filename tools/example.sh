#!/usr/bin/env bash
# The README's example command: compiles tests/example/demo.wat with
# wasm2obj, links it with tests/example/main.c and the runtime using the
# system cc, and runs it. Builds wasm2obj first if needed.
#   tools/example.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"

if [ ! -x "$build/compiler/wasm2obj" ] || [ ! -f "$build/runtime/libw2o_runtime.a" ]; then
  tools/install-deps.sh
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$build" --target wasm2obj w2o_runtime
fi
out="$build/example"
mkdir -p "$out"
set -x
wat2wasm tests/example/demo.wat -o "$out/demo.wasm"
"$build/compiler/wasm2obj" -O2 "$out/demo.wasm" -o "$out/demo.o"
cc ${CFLAGS:-} -std=c11 -Wall -Wextra -I runtime/include -I "$out" tests/example/main.c "$out/demo.o" \
  "$build/runtime/libw2o_runtime.a" -lpthread -lm -o "$out/demo"
"$out/demo"
