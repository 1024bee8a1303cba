#!/usr/bin/env bash
# w2o_run_test.sh — tools/w2o-run end to end: the first run compiles and
# caches, the second reuses the cached executable (same key), a different
# -O level makes another entry, the guest's exit status and arguments pass
# through, sandbox flags reach the guest, a trap gives 134, and the
# unknown-import flags reach the executable, and runs started together
# build a module once.
#   w2o_run_test.sh W2O_RUN WASM_DIR WORK
set -uo pipefail
run="$1" wasm="$2" work="$3"
rm -rf "$work"
mkdir -p "$work/dir"
export W2O_CACHE_DIR="$work/cache"
fail() { echo "FAIL: $*"; exit 1; }

"$run" "$wasm/exit_return.wasm" > "$work/out1"; s=$?
[ "$s" = 42 ] || fail "first run exited $s, expected 42"
grep -q "returning 42" "$work/out1" || fail "first run output"
n1="$(find "$work/cache" -type f | wc -l)"
"$run" "$wasm/exit_return.wasm" > /dev/null; s=$?
[ "$s" = 42 ] || fail "cached run exited $s"
n2="$(find "$work/cache" -type f | wc -l)"
{ [ "$n1" = 1 ] && [ "$n2" = 1 ]; } || fail "cache holds $n1 then $n2 files, expected 1 and 1"
"$run" -O0 "$wasm/exit_return.wasm" > /dev/null
n3="$(find "$work/cache" -type f | wc -l)"
[ "$n3" = 2 ] || fail "-O0 did not make a second cache entry ($n3)"

out="$("$run" "$wasm/args.wasm" a "b c" -- --dir)" || fail "args run failed"
[ "$out" = "$(printf 'argc=5\nargv[1]="a" (1 bytes)\nargv[2]="b c" (3 bytes)\nargv[3]="--" (2 bytes)\nargv[4]="--dir" (5 bytes)')" ] \
  || fail "arguments: $out"
out="$("$run" --env W2O_GREETING=hi "$wasm/env.wasm")" || fail "env run failed"
echo "$out" | grep -q "W2O_GREETING=hi" || fail "--env did not reach the guest: $out"
(cd "$work/dir" && "$run" --dir .::. "$wasm/file_rw.wasm" > "$work/rw.out") || fail "--dir run failed"
grep -q "lines read: 100" "$work/rw.out" || fail "file_rw under w2o-run"
[ -f "$work/dir/data.txt" ] || fail "--dir: the guest's file is not in the preopened directory"
"$run" "$wasm/trap_div.wasm" 2> "$work/trap.err" > /dev/null; s=$?
[ "$s" = 134 ] || fail "trap exited $s"
grep -qx "wasm trap: integer divide by zero" "$work/trap.err" || fail "trap message"
"$run" "$wasm/unknown_hook.wasm" > /dev/null 2> "$work/hook.err"; s=$?
[ "$s" = 125 ] || fail "unknown import without a flag exited $s, expected 125"
grep -q "unknown import nitrogql_helper.execute_node" "$work/hook.err" || fail "unknown import message"
out="$("$run" --trap-unknown-imports "$wasm/unknown_hook.wasm")" || fail "--trap-unknown-imports run failed"
[ "$out" = started ] || fail "--trap-unknown-imports: $out"
"$run" --trap-unknown-imports "$wasm/unknown_hook.wasm" call > /dev/null 2> "$work/hook.err"; s=$?
[ "$s" = 134 ] || fail "calling a trapping stub exited $s, expected 134"
grep -qx "wasm trap: call to unknown import nitrogql_helper.execute_node" "$work/hook.err" ||
  fail "trapping stub message: $(head -1 "$work/hook.err")"
out="$("$run" --default-values-unknown-imports "$wasm/unknown_hook.wasm" call)" ||
  fail "--default-values-unknown-imports run failed"
[ "$out" = "$(printf 'started\nhook returned 0')" ] || fail "--default-values-unknown-imports: $out"
# Four runs of one module started at once into an empty cache: all succeed,
# and only one of them builds it (the others wait for that build).
printf '#!/bin/sh\necho build >> "%s"\nexec "%s" "$@"\n' "$work/builds.log" "$(dirname "$run")/w2o-exe" \
  > "$work/count-exe"
chmod +x "$work/count-exe"
pids=()
for i in 1 2 3 4; do
  W2O_CACHE_DIR="$work/cache4" W2O_EXE="$work/count-exe" "$run" "$wasm/exit_return.wasm" > "$work/par$i.out" &
  pids+=($!)
done
for i in 1 2 3 4; do
  wait "${pids[$((i - 1))]}"; s=$?
  [ "$s" = 42 ] || fail "concurrent run $i exited $s, expected 42"
  grep -q "returning 42" "$work/par$i.out" || fail "concurrent run $i output"
done
[ "$(wc -l < "$work/builds.log")" = 1 ] || fail "4 concurrent runs built $(wc -l < "$work/builds.log") times, expected 1"
[ "$(find "$work/cache4" -type f | wc -l)" = 1 ] || fail "concurrent runs left $(find "$work/cache4" -type f)"
"$run" "$wasm/missing.wasm" 2> /dev/null; s=$?
[ "$s" = 125 ] || fail "missing module exited $s, expected 125"
echo "w2o-run: all checks passed"
