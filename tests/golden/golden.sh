#!/usr/bin/env bash
# One golden test: compiles NAME.wasm at -O0 for a fixed target and CPU to
# LLVM IR (--emit=llvm) and a C header, and compares both with the committed
# NAME.ll and NAME.h beside NAME.wat. Prints a unified diff and fails on any
# difference. With W2O_GOLDEN_UPDATE=1 in the environment it rewrites the
# expected files instead (tools/update-golden.sh does that for every test).
#   golden.sh WASM2OBJ WASM_DIR GOLDEN_DIR WORK_DIR NAME
# Extra wasm2obj flags come from a ";; golden-flags: ..." line in NAME.wat.
# The compiler runs inside WORK_DIR on a relative file name, so no build path
# reaches the output (the header's banner names its input; the IR's
# ModuleID and source_filename are the module name).
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 WASM2OBJ WASM_DIR GOLDEN_DIR WORK_DIR NAME" >&2; exit 2; }
wasm2obj=$1 wasm_dir=$2 golden_dir=$3 work=$4 name=$5

flags=$(sed -n 's/^;; golden-flags: //p' "$golden_dir/$name.wat")
mkdir -p "$work"
cp "$wasm_dir/$name.wasm" "$work/$name.wasm"
# shellcheck disable=SC2086 # flags are words
(cd "$work" && "$wasm2obj" -O0 --target=x86_64-pc-linux-gnu --cpu=generic $flags \
   --emit=llvm -o "$name.ll" --header="$name.h" "$name.wasm")

status=0
for ext in ll h; do
  expected="$golden_dir/$name.$ext" actual="$work/$name.$ext"
  if [ "${W2O_GOLDEN_UPDATE:-0}" = 1 ]; then
    cmp -s "$actual" "$expected" || { cp "$actual" "$expected"; echo "updated $expected"; }
  elif ! diff -u --label "expected: $expected" --label "actual: $actual" "$expected" "$actual"; then
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "golden $name: output differs from the committed files (diff above)." >&2
  echo "If the change is intended: tools/update-golden.sh, then review and commit tests/golden/." >&2
fi
exit $status
