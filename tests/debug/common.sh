# common.sh — shared by the gdb test scripts (sourced; needs $wasm2obj).

fail() { echo "FAIL: $*"; exit 1; }

# check_text_unchanged MODULE.wasm: at -O0 and -O2, -g leaves .text
# byte-identical, and two -g compiles to the same output name are identical.
check_text_unchanged() {
  local module=$1 opt
  for opt in -O0 -O2; do
    "$wasm2obj" $opt "$module" -o plain.o
    "$wasm2obj" $opt -g "$module" -o debug.o && mv debug.o first.o
    "$wasm2obj" $opt -g "$module" -o debug.o
    objcopy -O binary --only-section=.text plain.o plain.text
    objcopy -O binary --only-section=.text debug.o debug.text
    cmp -s plain.text debug.text || fail "-g changed .text at $opt ($module)"
    cmp -s first.o debug.o || fail "-g output not deterministic at $opt ($module)"
  done
  echo "-g keeps .text identical and output deterministic at -O0 and -O2: ok"
}
