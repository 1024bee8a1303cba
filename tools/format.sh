#!/usr/bin/env bash
# Formats the project's C sources with clang-format-19 and the committed
# .clang-format, or checks that they are formatted (the test command runs
# the check as the ctest test `format`).
#   tools/format.sh            rewrite every tracked .c/.h file in place
#   tools/format.sh --check    list the files that differ and exit 1 if any
#   tools/format.sh FILE...    format (or with --check, check) only these
# The golden headers (tests/golden/*.h) are expected compiler output, not
# source, and are left as wasm2obj writes them. Aligned tables that clang-format would undo (opcodes.h and
# a few others) sit between `// clang-format off` and `// clang-format on`.
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
cf="${CLANG_FORMAT:-clang-format-19}"
command -v "$cf" >/dev/null || { echo "format.sh: $cf not found (apt-get install clang-format-19)" >&2; exit 2; }
if [ $# -gt 0 ]; then
  files=("$@")
elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.c' '*.h' ':!:tests/golden/*')
else
  mapfile -t files < <(find compiler runtime libc-shim tools tests bench examples -name '*.[ch]' 2>/dev/null | sort)
fi
bad=0
for f in "${files[@]}"; do
  if [ $check = 1 ]; then
    if ! "$cf" --style=file "$f" | cmp -s "$f" -; then
      echo "not formatted: $f (run tools/format.sh $f)"
      bad=1
    fi
  else
    "$cf" --style=file -i "$f"
  fi
done
exit $bad
