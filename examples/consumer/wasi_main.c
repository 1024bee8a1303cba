/*
 * Example 3, WASI part: a native executable of the WASI command hello.wat,
 * built by CMake from the installed package (wasm2obj::wasi for the
 * wasi_snapshot_preview1 imports, wasm2obj::symbolize for the source lines of
 * trap backtraces) with a main of its own -- what the installed generic main
 * (wasm2obj::wasi_main, used by w2o-exe) does.
 */
#include "hello.h"
#include "w2o_symbolize.h"
#include "w2o_wasi.h"

int main(int argc, char **argv) { return w2o_wasi_main(&hello_module, argc, argv, w2o_frame_sources); }
