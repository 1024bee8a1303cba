#!/usr/bin/env bash
# -g for a module with its own DWARF: a C program built with
# `clang-19 --target=wasm32-wasi -g`, compiled with `wasm2obj -g` and linked
# by w2o-exe, debugged in gdb on its C source:
#   -O0: a breakpoint on a source line stops there; bt names every C frame
#        with file:line; `next` goes to the next line; `step` enters a call
#        at its first line, `finish` returns with its value; `info locals`
#        shows C locals with their values (in the frame and one frame up);
#        `print` of a struct, bit fields, an enum, an array, a union; `list`.
#   -O2: `break check`, bt names check, the inlined square, sum_squares and
#        main, each with its line.
# Also: .text identical with and without -g, deterministic output, and
# -fdebug-prefix-map keeping the source directory out of the object.
#   gdb_c_test.sh WASM2OBJ W2O_EXE CLANG SOURCE_DIR WORK_DIR
set -euo pipefail
wasm2obj=$1 w2o_exe=$2 clang=$3 src=$4 work=$5
rm -rf "$work" && mkdir -p "$work/srcdir" && cd "$work"
. "$src/tests/debug/common.sh"
cp "$src/tests/debug/dbg_prog.c" srcdir/
line_of() { grep -n "$1" srcdir/dbg_prog.c | head -1 | cut -d: -f1; }
l_check=$(line_of L_CHECK) l_square=$(line_of L_SQUARE) l_return=$(line_of L_RETURN)
l_call=$(line_of L_CALL) l_main=$(line_of L_MAIN) l_types=$(line_of L_TYPES)
run_gdb() { # run_gdb EXE OUT gdb-commands...
  local exe=$1 out=$2
  shift 2
  local args=()
  for c in "$@"; do args+=(-ex "$c"); done
  gdb -nx -batch "${args[@]}" "./$exe" > "$out" 2>&1 || true
}
expect() { # expect FILE REGEX WHAT
  grep -Eq "$2" "$1" || fail "$3; gdb said:
$(cat "$1")"
}

for opt in -O0 -O2; do
  (cd srcdir && "$clang" --target=wasm32-wasi --sysroot=/usr -g $opt dbg_prog.c -o "../prog$opt.wasm")
  W2O_WASM2OBJ="$wasm2obj" "$w2o_exe" $opt -g "prog$opt.wasm" -o "prog$opt"
  [ "$("./prog$opt")" = 140 ] || fail "prog$opt does not print 140"
done

# -O0: line breakpoint, backtrace, next, locals.
run_gdb prog-O0 o0.out "break dbg_prog.c:$l_square" run bt next 'info locals' up 'info locals' \
  'frame 2' 'print p' "list $l_main,$l_main"
expect o0.out "Breakpoint 1, square \(v=1\) at .*dbg_prog.c:$l_square" "no stop at dbg_prog.c:$l_square"
expect o0.out "^#0 +square \(v=1\) at .*dbg_prog.c:$l_square" "bt frame 0"
expect o0.out "^#1 .* in sum_squares \(n=7\) at .*dbg_prog.c:$l_call" "bt frame 1"
expect o0.out "^#2 .* in main \(argc=1, argv=0x[0-9a-f]+\) at .*dbg_prog.c:$l_main" "bt frame 2"
expect o0.out "^$l_return	  return r;" "next did not reach line $l_return"
expect o0.out "^r = 1$" "info locals in square"
expect o0.out "^i = 1$" "info locals in sum_squares (i)"
expect o0.out "^total = 0$" "info locals in sum_squares (total)"
expect o0.out '^\$1 = \{x = 3, y = 4\}$' "print of the struct in main"
expect o0.out "^$l_main	  int s = sum_squares" "list"
# Types translated from the module's DWARF: bit fields, enum, array, union.
run_gdb prog-O0 types.out "break dbg_prog.c:$l_types" run 'print fl' 'print c' 'print arr' 'print w'
expect types.out '^\$1 = \{a = 5, b = 17\}$' "bit fields"
expect types.out '^\$2 = GREEN$' "enum"
expect types.out '^\$3 = \{1, 2, 3\}$' "array"
expect types.out '^\$4 = \{i = 1065353216, f = 1\}$' "union"

# step into a call (past the callee's prologue: its parameter is readable), finish.
run_gdb prog-O0 step.out "break dbg_prog.c:$l_call" run step finish
expect step.out "^square \(v=1\) at .*dbg_prog.c:$l_square" "step into square did not stop at its first line"
expect step.out "^Value returned is \\\$1 = 1$" "finish out of square"
echo "-O0: break file:line, bt with C names and lines, next, step, finish, info locals, print, list: ok"

# -O2: names and lines of every frame, inlined square included.
run_gdb prog-O2 o2.out 'break check' run bt
expect o2.out "^#0 +check \(.*\) at .*dbg_prog.c:$l_check" "-O2 bt frame 0"
expect o2.out "^#1 .*square \(.*\) at .*dbg_prog.c:$l_square" "-O2 bt frame 1 (inlined square)"
expect o2.out "^#2 .*sum_squares \(.*\) at .*dbg_prog.c:$l_call" "-O2 bt frame 2"
expect o2.out "^#3 .*main \(.*\) at .*dbg_prog.c:$l_main" "-O2 bt frame 3"
echo "-O2: bt names check, inlined square, sum_squares, main with their lines: ok"

check_text_unchanged prog-O0.wasm
check_text_unchanged prog-O2.wasm

"$wasm2obj" -g -fdebug-prefix-map="$work"=/src prog-O0.wasm -o mapped.o
if grep -aq "$work" mapped.o; then fail "build path in the object despite the prefix map"; fi
strings mapped.o | grep '^/src/srcdir$' >/dev/null || fail "mapped source directory missing"
"$wasm2obj" -g -fdebug-prefix-map="$work"=/first -fdebug-prefix-map="$work/srcdir"=/second prog-O0.wasm \
  -o "$work/two.o"
strings two.o | grep '^/second$' >/dev/null || fail "the last matching -fdebug-prefix-map does not apply"
if strings two.o | grep '^/first/srcdir$' >/dev/null; then fail "an earlier -fdebug-prefix-map won"; fi
echo "-fdebug-prefix-map maps the module's source directories, the last match wins: ok"
echo "1 passed, 0 failed"
