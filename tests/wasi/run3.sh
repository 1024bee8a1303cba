#!/usr/bin/env bash
# run3.sh — runs one WASI test program up to three ways and checks that they
# agree on stdout and exit status:
#   native  the same C source built with the host cc, run in the directory
#   w2o     the wasm module built by tools/w2o-exe, the directory preopened as "."
#   node    the wasm module under Node's WASI (tests/wasi/node-run.mjs)
# Each way runs in a fresh directory WORK/NAME/WAY (removed first), with an
# empty environment plus the --env variables, and stdin from --stdin (or
# /dev/null).
#
# run3.sh NAME WORK [--native EXE] [--w2o EXE] [--node WASM] [--env N=V]...
#         [--stdin FILE] [--box] [--resolve walk] [--expect-status N]
#         [--expect-stdout REGEX] [--expect-stderr REGEX]
#         [--expect-stderr-line REGEX]... -- ARGS...
#   --box            the guest's "." is WORK/NAME/WAY/box; a file secret.txt
#                    lies beside it, outside the sandbox, and box/ holds
#                    symlinks hostout -> ../secret.txt, hostabs -> its
#                    absolute path, hostup -> .. (escape tests); afterwards
#                    secret.txt must be unchanged and nothing else outside box/
#   --resolve walk   w2o resolves paths without openat2
#   --w2o-flag FLAG  repeatable: a run-time flag for the w2o executable
#                    (e.g. --trap-unknown-imports), before its `--`
#   --expect-stderr  an extended regex each wasm way's stderr must match
#   --expect-stderr-line  repeatable: each wasm way's stderr must have lines
#                    matching these extended regexes, in this order
set -uo pipefail

name="$1" work="$2"
shift 2
ways=() native="" w2o="" wasm="" stdin=/dev/null box=0 resolve="" expect_status="" \
  expect_stderr="" expect_stdout=""
envs=() expect_lines=() w2o_flags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --native) native="$(realpath "$2")"; ways+=(native); shift 2 ;;
    --w2o) w2o="$(realpath "$2")"; ways+=(w2o); shift 2 ;;
    --node) wasm="$(realpath "$2")"; ways+=(node); shift 2 ;;
    --env) envs+=("$2"); shift 2 ;;
    --stdin) stdin="$2"; shift 2 ;;
    --box) box=1; shift ;;
    --resolve) resolve="$2"; shift 2 ;;
    --w2o-flag) w2o_flags+=("$2"); shift 2 ;;
    --expect-status) expect_status="$2"; shift 2 ;;
    --expect-stdout) expect_stdout="$2"; shift 2 ;;
    --expect-stderr) expect_stderr="$2"; shift 2 ;;
    --expect-stderr-line) expect_lines+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "run3.sh: bad option $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "$0")" && pwd)"
node_env=() w2o_env=()
for e in "${envs[@]+"${envs[@]}"}"; do node_env+=(--env "$e"); w2o_env+=(--env "$e"); done

# Makes the fresh directory of one way and prints the guest's "." in it.
prepare() {
  local d="$work/$name/$1"
  rm -rf "$d"
  mkdir -p "$d"
  if [ "$box" = 1 ]; then
    echo "outside the sandbox" > "$d/secret.txt"
    mkdir "$d/box"
    ln -s ../secret.txt "$d/box/hostout"
    ln -s "$(cd "$d" && pwd)/secret.txt" "$d/box/hostabs"
    ln -s .. "$d/box/hostup"
    d="$d/box"
  fi
  (cd "$d" && pwd)
}

# True if FILE has lines matching the regexes REGEX... in that order.
lines_in_order() {
  local file="$1" line k=0
  shift
  local res=("$@")
  while IFS= read -r line; do
    if [ "$k" -lt ${#res[@]} ] && [[ "$line" =~ ${res[$k]} ]]; then
      k=$((k + 1))
    fi
  done < "$file"
  [ "$k" -eq ${#res[@]} ]
}

run_way() {
  local way="$1" dir
  shift
  dir="$(prepare "$way")"
  case "$way" in
    native) (cd "$dir" && env -i "${envs[@]+"${envs[@]}"}" "$native" "$@") ;;
    w2o) (cd "$dir" && env -i ${resolve:+W2O_WASI_RESOLVE=$resolve} "$w2o" --dir .::. \
            "${w2o_env[@]+"${w2o_env[@]}"}" "${w2o_flags[@]+"${w2o_flags[@]}"}" -- "$@") ;;
    node) (cd "$dir" && node --no-warnings "$here/node-run.mjs" --dir .="$dir" \
            "${node_env[@]+"${node_env[@]}"}" "$wasm" "$@") ;;
  esac < "$stdin" > "$work/$name/$way.out" 2> "$work/$name/$way.err"
  echo $? > "$work/$name/$way.status"
  if [ "$box" = 1 ] && { [ "$(cat "$work/$name/$way/secret.txt")" != "outside the sandbox" ] ||
                         [ "$(ls "$work/$name/$way")" != "$(printf 'box\nsecret.txt')" ]; }; then
    echo "FAIL: $way changed something outside the sandbox"
    ls -l "$work/$name/$way"
    echo 1 > "$work/$name/$way.status"
  fi
}

fail=0
ref=""
for way in "${ways[@]}"; do
  run_way "$way" "$@"
  status="$(cat "$work/$name/$way.status")"
  echo "== $way: exit $status"
  cat "$work/$name/$way.out"
  sed 's/^/  stderr: /' "$work/$name/$way.err"
  if [ -z "$ref" ]; then
    ref="$way"
  elif ! cmp -s "$work/$name/$ref.out" "$work/$name/$way.out" ||
       [ "$status" != "$(cat "$work/$name/$ref.status")" ]; then
    echo "MISMATCH: $way differs from $ref:"
    diff "$work/$name/$ref.out" "$work/$name/$way.out"
    fail=1
  fi
  if [ -n "$expect_status" ] && [ "$status" != "$expect_status" ]; then
    echo "FAIL: $way exited $status, expected $expect_status"
    fail=1
  fi
  if [ -n "$expect_stdout" ] && ! grep -Eq "$expect_stdout" "$work/$name/$way.out"; then
    echo "FAIL: $way stdout does not match /$expect_stdout/"
    fail=1
  fi
  if [ "$way" != native ] && [ -n "$expect_stderr" ] &&
     ! grep -Eq "$expect_stderr" "$work/$name/$way.err"; then
    echo "FAIL: $way stderr does not match /$expect_stderr/"
    fail=1
  fi
  if [ "$way" != native ] && [ ${#expect_lines[@]} -gt 0 ] &&
     ! lines_in_order "$work/$name/$way.err" "${expect_lines[@]}"; then
    echo "FAIL: $way stderr does not have lines matching, in order:"
    printf '  /%s/\n' "${expect_lines[@]}"
    fail=1
  fi
done
exit $fail
