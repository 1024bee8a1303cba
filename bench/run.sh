#!/usr/bin/env bash
# bench/run.sh — the benchmark suite in one command: builds every kernel of
# bench/kernels natively (-O2, and -O3 -march=native), with wasm2obj (guard,
# a -msimd128 wasm, --cpu=native, explicit, none, --fuel, --epoch) and with
# the peers present on the machine (wasm2c, Node), checks that every build
# prints the same checksum, times them interleaved (the kernel time each
# kernel reports, the whole process's wall time and its page faults),
# measures what -g costs wasm2obj (compile time, object size) and writes
# table.txt, results.json, results.csv, debug-cost.csv and ratios.png.
#
#   bench/run.sh [--quick] [--runs N] [--layouts N] [--out DIR] [--build DIR]
#                [--kernels-dir DIR] [--kernels a,b] [--variants v,w] [--baseline FILE.json] [--check-only]
#                [--wasm-cflags "-mno-bulk-memory ..."] [--no-debug-cost]
#
#   --quick       1/16 of the work, 3 runs, 1 layout (about 5.5 minutes on 2 cores
#                 the first time)
#   --runs N      timed rounds (default 8 / layouts: 2); each round runs every
#                 variant once in every layout
#   --layouts N   code layouts (1-4, default 4): layout i of a native or wasm2obj
#                 build pads its .text by 16*i bytes, so the medians are taken
#                 over where the code falls in its 64-byte lines
#   --out DIR     output directory (default build/bench)
#   --build DIR   the wasm2obj build tree (default build, or $W2O_BUILD); the
#                 wasm2obj variants need compiler/wasm2obj, tools/w2o-exe and
#                 the runtime and libc-shim libraries built there
#   --kernels-dir D  the kernels: D/*.c with a bench.h beside them (default
#                 bench/kernels; bench/polybench holds 30 PolyBench-shaped ones)
#   --kernels a,b a subset of the kernels (default: all)
#   --variants v,w  a subset of native, native-O3, w2o-guard, w2o-simd,
#                 w2o-native, w2o-explicit, w2o-none, w2o-fuel, w2o-epoch,
#                 wasm2c, node (native is always kept)
#   --baseline F  compare with an earlier results.json; exit 1 on regressions
#   --check-only  build and compare checksums only (no timing, no debug cost)
#   --wasm-cflags "..."  extra clang flags for the wasm build (own cache dir)
#   --no-debug-cost  skip the debug info cost table: by default each kernel
#                 is built to wasm again with -g (DWARF) and compiled with
#                 wasm2obj -O2 and -O2 -g, 3 times each, one at a time; the
#                 table gives the median compile times, object sizes, their
#                 ratios, the debug sections' size and a check that .text
#                 is the same with and without -g
#
# gnuplot is installed with apt-get when missing (if we are root); without
# it the chart is a gnuplot script left in the output directory. Timing
# needs nothing beyond Python (it reads each run's rusage from wait4).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

need=()
command -v gnuplot >/dev/null 2>&1 || need+=(gnuplot-nox)
if [ ${#need[@]} -gt 0 ] && [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing ${need[*]} with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 ||
      echo "bench: apt-get install ${need[*]} failed; going on without" >&2
  else
    echo "bench: ${need[*]} missing (not root: not installing); going on without" >&2
  fi
fi
exec python3 "$here/bench.py" "$@"
