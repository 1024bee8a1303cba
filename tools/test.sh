#!/usr/bin/env bash
# The README's test command: from a fresh Debian 12 machine to green tests.
# Installs missing packages, builds everything with warnings as errors, and
# runs the whole ctest suite (unit tests, end-to-end tests, spec suite).
#   tools/test.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"

tools/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DW2O_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
ctest -j "$(nproc)" --output-on-failure --timeout 3000
