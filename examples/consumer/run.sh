#!/usr/bin/env bash
# run.sh — example 3 end to end: installs the build tree with `cmake --install`
# into a temporary prefix, moves the prefix elsewhere, checks that no installed
# file names the build or source directory, then -- with the build and source
# directories hidden (an empty tmpfs mounted over each in a private mount
# namespace, `unshare -rm`), so nothing can reach back into them -- builds
# and runs:
#   - the CMake project in this directory (find_package(wasm2obj CONFIG),
#     wasm2obj_add_module, static runtime; and a WASI command with the shim);
#   - the same program through pkg-config and the Makefile here (shared runtime);
#   - a WASI command through the installed w2o-exe and w2o-run.
#   run.sh BUILD_DIR SOURCE_DIR C_COMPILER LIBDIR
# LIBDIR: the install's library directory relative to the prefix
# (CMAKE_INSTALL_LIBDIR). The work directory is made under ${TMPDIR:-/tmp},
# outside both trees, and removed at the end (kept on failure).
set -euo pipefail
build="$(cd "$1" && pwd -P)"
source="$(cd "$2" && pwd -P)"
cc="$3"
libdir="$4"
here="$(cd "$(dirname "$0")" && pwd -P)"

fail() { echo "FAILED: $*" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/w2o-consumer.XXXXXX")"
work="$(cd "$work" && pwd -P)"
trap 'status=$?; [ "$status" = 0 ] || echo "work directory kept: $work" >&2' EXIT
case "$work/" in "$build"/*|"$source"/*) fail "work directory $work is inside the build or source tree (set TMPDIR)" ;; esac

echo "== cmake --install into $work/stage, then moved to $work/prefix"
cmake --install "$build" --prefix "$work/stage" > "$work/install.log"
mv "$work/stage" "$work/prefix"
prefix="$work/prefix"

# Text files (scripts, CMake files, .pc, headers) must not name either tree or
# the prefix they were installed into; binaries must not have them in their
# run paths. (Debug info may name source files: only debuggers read it.)
# A mention is the directory as a whole path (not the tail of a longer one),
# so that a short path such as /src does not match inside /usr/src.
for dir in "$build" "$source" "$work/stage"; do
  pattern="$(printf '%s' "$dir" | sed 's/[][\.*^$+?(){}|]/\\&/g')"
  if grep -rIlE "(^|[^A-Za-z0-9_.~/-])$pattern([^A-Za-z0-9_.~-]|$)" "$prefix"; then
    fail "the installed files above mention $dir"
  fi
done
while IFS= read -r -d '' file; do
  if readelf -d "$file" 2>/dev/null | grep -E 'R(UN)?PATH' | grep -F -e "$build" -e "$source" > /dev/null; then
    fail "$file has a run path into the build or source tree"
  fi
done < <(find "$prefix" -type f -print0)
cp -r "$here" "$work/src"

# The consumers, run where the trees are hidden when the system allows it.
consumers() {
  set -euo pipefail
  for dir in "$build" "$source"; do
    # (Gone when the build tree is inside the hidden source tree.)
    [ "$hidden" = 0 ] || [ ! -e "$dir" ] || [ -z "$(ls -A "$dir")" ] || { echo "FAILED: $dir is still visible" >&2; exit 1; }
  done
  echo "== find_package consumer"
  cmake -S "$work/src" -B "$work/build-cmake" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
    > "$work/cmake.log" || { cat "$work/cmake.log"; exit 1; }
  grep -F "wasm2obj 0.1" "$work/cmake.log"
  grep -qF "from $prefix/$libdir/cmake/wasm2obj" "$work/cmake.log" \
    || { echo "FAILED: find_package did not find the installed package" >&2; exit 1; }
  cmake --build "$work/build-cmake" > "$work/build.log" || { cat "$work/build.log"; exit 1; }
  "$work/build-cmake/consumer"
  local status=0
  "$work/build-cmake/hello" > "$work/hello.out" || status=$?
  [ "$status" = 3 ] && grep -qx "hello from an installed wasm2obj" "$work/hello.out" \
    || { echo "FAILED: hello (CMake) printed '$(cat "$work/hello.out")', exit $status" >&2; exit 1; }
  echo "hello (CMake, wasm2obj::wasi): ok"
  # Touching the module rebuilds the object (and only what depends on it).
  touch "$work/build-cmake/counter.wasm"
  cmake --build "$work/build-cmake" > "$work/rebuild.log"
  grep -q "wasm2obj: compiling" "$work/rebuild.log" \
    || { echo "FAILED: a touched .wasm did not recompile" >&2; exit 1; }

  # Misuse gets a clear message at configure time.
  mkdir "$work/misuse"
  printf '%s\n' 'cmake_minimum_required(VERSION 3.20)' 'project(misuse C)' \
    'find_package(wasm2obj CONFIG REQUIRED)' 'wasm2obj_add_module(m m.wasm OPTIONS -o x.o)' \
    > "$work/misuse/CMakeLists.txt"
  if cmake -S "$work/misuse" -B "$work/misuse/build" -DCMAKE_PREFIX_PATH="$prefix" > "$work/misuse.log" 2>&1 ||
     ! grep -q "OPTIONS may not contain -o" "$work/misuse.log"; then
    cat "$work/misuse.log"; echo "FAILED: wasm2obj_add_module accepted -o in OPTIONS" >&2; exit 1
  fi

  echo "== pkg-config consumer"
  mkdir "$work/build-pc"
  (cd "$work/build-pc" && PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig" make -s -f "$work/src/Makefile" CC="$cc")
  "$work/build-pc/consumer"
  local runtime
  runtime="$(ldd "$work/build-pc/consumer" | sed -n 's/.*=> \(.*libw2o_runtime\.so[^ ]*\) .*/\1/p')"
  echo "runtime: $runtime"
  [ -n "$runtime" ] && [ "$(readlink -f "$runtime")" = "$(readlink -f "$prefix/$libdir")/$(basename "$(readlink -f "$runtime")")" ] \
    || { echo "FAILED: not linked with the installed shared runtime" >&2; exit 1; }

  echo "== installed w2o-exe and w2o-run"
  wat2wasm "$work/src/hello.wat" -o "$work/hello.wasm"
  "$prefix/bin/w2o-exe" "$work/hello.wasm" -o "$work/hello"
  status=0
  "$work/hello" > "$work/hello.out" || status=$?
  [ "$status" = 3 ] && grep -qx "hello from an installed wasm2obj" "$work/hello.out" \
    || { echo "FAILED: hello printed '$(cat "$work/hello.out")', exit $status" >&2; exit 1; }
  status=0
  W2O_CACHE_DIR="$work/cache" "$prefix/bin/w2o-run" "$work/hello.wasm" > "$work/hello.out" || status=$?
  [ "$status" = 3 ] && grep -qx "hello from an installed wasm2obj" "$work/hello.out" \
    || { echo "FAILED: w2o-run printed '$(cat "$work/hello.out")', exit $status" >&2; exit 1; }
  echo "w2o-exe and w2o-run: ok"
}
export -f consumers
export build source cc libdir work prefix hidden

mkdir "$work/probe"
hidden=0
if unshare -rm mount -t tmpfs w2o-probe "$work/probe" 2>/dev/null; then
  hidden=1
  echo "== build tree $build and source tree $source hidden"
  unshare -rm bash -c 'set -e; mount -t tmpfs w2o-hidden "$build"; mount -t tmpfs w2o-hidden "$source"; consumers'
else
  echo "note: cannot mount in a private namespace here (unshare -rm): the trees stay visible;" \
       "the checks of the installed files above still hold"
  consumers
fi
rm -rf "$work"
echo "consumer projects: all checks passed"
