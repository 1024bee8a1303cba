#!/usr/bin/env bash
# The README's test command: from a fresh Debian 12 machine to green tests.
# Installs missing packages, builds everything with warnings as errors, and
# runs a sanitizer pass (ASan+UBSan, a subset) and then the whole ctest
# suite (unit tests, end-to-end tests, spec suite).
#   tools/test.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"

tools/install-deps.sh

# Sanitizer pass: the compiler, runtime and libc shim built with ASan and
# UBSan (W2O_SANITIZE; the run-time options are set per test in
# CMakeLists.txt), and the tests that drive that C hardest run against it:
# the unit tests, end-to-end tests of compiled code (traps, fuel, epochs,
# backtraces), out-of-memory injection, the golden tests, a partitioned
# compile on two threads and a 150-mutant fuzz run. Only these targets are built (the WASI programs, compiled by a
# sanitized wasm2obj, would take minutes); the spec suite and WASI tests run
# on the plain build below.
sanitized=(test_runtime test_decode test_validate test_cli test_backend_oom fuzz_mutate cli_fixtures
           golden_fixtures test_exec_guard_O0 test_exec_guard_O2 test_exec_explicit_O0 test_exec_explicit_O2
           test_interrupt_guard test_interrupt_explicit test_interrupt_guard_O0 test_backtrace_guard_O0
           test_backtrace_guard_O2 test_backtrace_explicit_O0 test_partition)
cmake -S . -B "$build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DW2O_WERROR=ON -DW2O_SANITIZE=ON
cmake --build "$build-asan" -j "$(nproc)" --target "${sanitized[@]}"
(cd "$build-asan" && ctest -j "$(nproc)" --output-on-failure --timeout 900 \
   -R '^(test_(runtime|decode|validate|cli|backend_oom|exec_.*|interrupt_.*|backtrace_.*|partition)|golden_.*|fuzz_mutate_.*)$')

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DW2O_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
ctest -j "$(nproc)" --output-on-failure --timeout 3000
