#!/usr/bin/env bash
# bench/run.sh — the benchmark suite in one command: builds every kernel of
# bench/kernels natively, with wasm2obj (guard, explicit, none, --fuel,
# --epoch) and with the peers present on the machine (wasm2c, Node), checks
# that every build prints the same checksum, times them interleaved and
# writes table.txt, results.json, results.csv and ratios.png.
#
#   bench/run.sh [--quick] [--runs N] [--out DIR] [--build DIR]
#                [--kernels a,b] [--variants v,w] [--baseline FILE.json] [--check-only]
#                [--wasm-cflags "-mbulk-memory ..."]
#
#   --quick       1/16 of the work, 3 runs (about 2 minutes on 2 cores)
#   --runs N      timed rounds (default 5); each round runs every variant once
#   --out DIR     output directory (default build/bench)
#   --build DIR   the wasm2obj build tree (default build, or $W2O_BUILD); the
#                 wasm2obj variants need compiler/wasm2obj, tools/w2o-exe and
#                 the runtime and libc-shim libraries built there
#   --baseline F  compare with an earlier results.json; exit 1 on regressions
#   --check-only  build and compare checksums only (no timing)
#
# hyperfine and gnuplot are installed with apt-get when missing (if we are
# root); without them timing falls back to Python's clock and the chart to a
# gnuplot script left in the output directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
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
