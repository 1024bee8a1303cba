#!/usr/bin/env bash
# Regenerates the golden back-end outputs (tests/golden/*.ll and *.h) from the
# current compiler: builds wasm2obj and the fixtures in BUILD_DIR, then runs
# the golden tests with W2O_GOLDEN_UPDATE=1, which rewrites every expected
# file that differs. Review the result with `git diff tests/golden` and commit
# it with the change that caused it.
#   tools/update-golden.sh [BUILD_DIR]      (default: build, configured already)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target wasm2obj golden_fixtures
cd "$build"
W2O_GOLDEN_UPDATE=1 ctest -R '^golden_' --output-on-failure
