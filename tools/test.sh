#!/usr/bin/env bash
# The README's test command: from a fresh Debian 12 machine to green tests.
# Installs missing packages, builds everything with warnings as errors,
# runs a sanitizer pass (ASan+UBSan, everything but the spec suite and the
# Bazel test) and then the whole ctest suite (unit tests, end-to-end tests,
# WASI programs, examples, the Bazel cache test, the spec suite).
#   tools/test.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
case "$build" in /*) build_abs="$build" ;; *) build_abs="$PWD/$build" ;; esac

tools/install-deps.sh

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DW2O_WERROR=ON
cmake --build "$build" -j "$(nproc)"

# Sanitizer pass: the compiler, runtime and libc shim built with ASan and
# UBSan (W2O_SANITIZE; the run-time options are set per test in
# CMakeLists.txt), and every test but the spec suite, the Bazel cache test,
# the benchmark check and the format check run against that build: unit
# tests, end-to-end tests of compiled code (traps, fuel, epochs,
# backtraces), out-of-memory injection, the golden tests, a partitioned
# compile on two threads, a 150-mutant fuzz run, the examples and the WASI
# programs. The WASI programs are compiled by the plain build's wasm2obj
# (W2O_TEST_WASM2OBJ; a sanitized one would take minutes) and linked with
# the sanitized runtime and shim they test.
cmake -S . -B "$build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DW2O_WERROR=ON -DW2O_SANITIZE=ON \
  -DW2O_TEST_WASM2OBJ="$build_abs/compiler/wasm2obj"
cmake --build "$build-asan" -j "$(nproc)"
(cd "$build-asan" && ctest -j "$(nproc)" --output-on-failure --timeout 900 -E '^(spec_.*|bazel_.*|bench_.*|format)$')

cd "$build"
ctest -j "$(nproc)" --output-on-failure --timeout 3000
