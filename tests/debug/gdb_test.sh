#!/usr/bin/env bash
# -g for a module without its own DWARF: gdb stops in a function by its name,
# shows the listing line (which names the wasm code offset), steps with
# `next`, shows parameters and locals at -O0 and a backtrace; -g does not
# change .text at -O0 or -O2; output with -g is deterministic; and
# -fdebug-prefix-map keeps the build directory out of the object.
# LDFLAGS, if set, is added when linking the demo (a sanitizer build needs it).
#   gdb_test.sh WASM2OBJ WAT2WASM RUNTIME_LIB RUNTIME_INCLUDE SOURCE_DIR WORK_DIR
set -euo pipefail
wasm2obj=$1 wat2wasm=$2 runtime=$3 include=$4 src=$5 work=$6
rm -rf "$work" && mkdir -p "$work" && cd "$work"
. "$src/tests/debug/common.sh"

"$wat2wasm" "$src/tests/example/demo.wat" -o demo.wasm
"$wasm2obj" -O0 -g demo.wasm -o demo.o
cc ${LDFLAGS:-} -g -I"$include" -I. "$src/tests/example/main.c" demo.o "$runtime" -lpthread -lm -o demo
gdb -batch -ex 'break func2' -ex run -ex bt -ex 'info locals' -ex next -ex next -ex frame ./demo > gdb.out 2>&1
grep -q 'Breakpoint 1, func2 (local0=16, local1=16) at ./demo.lst:' gdb.out || fail "no stop in func2: $(cat gdb.out)"
grep -q '^#1 .* in demo.entry' gdb.out || fail "backtrace: $(cat gdb.out)"
grep -q '^local2 = 0' gdb.out || fail "info locals: $(cat gdb.out)"
grep -Eq '^[0-9]+	  0x0000a5  i32.eqz' gdb.out || fail "next did not reach i32.eqz at 0xa5: $(cat gdb.out)"
echo "gdb: stop by name, bt, locals, next: ok"

check_text_unchanged demo.wasm

mkdir -p deep/dir
"$wasm2obj" -g -fdebug-prefix-map="$work"=/src demo.wasm -o "$work/deep/dir/m.o"
if grep -aq "$work" deep/dir/m.o; then fail "build path in the object despite the prefix map"; fi
strings deep/dir/m.o | grep '^/src/deep/dir$' >/dev/null || fail "mapped directory missing"
echo "-fdebug-prefix-map: ok"
echo "1 passed, 0 failed"
