/*
 * main.c — the generic main of a WASI command built by tools/w2o-exe.
 *
 * It knows nothing of the module but its descriptor's name: wasm2obj is run
 * with --name=w2o_wasi_command (or this file is compiled with
 * -DW2O_WASI_MODULE=NAME_module), and everything else — sandbox flags,
 * instantiation through the generic resolver, `_start`, the exit status,
 * the trap message and backtrace — is w2o_wasi_main's job. It hands over
 * w2o_frame_sources, so library w2o_wasi_main links w2o_symbolize and
 * libdw: a trap's frames show inlined calls and source lines when the
 * module was compiled with -g.
 */
#include "w2o_symbolize.h"
#include "w2o_wasi.h"

#ifndef W2O_WASI_MODULE
#define W2O_WASI_MODULE w2o_wasi_command_module
#endif

/** The descriptor of the module this executable runs. */
extern const w2o_module_t W2O_WASI_MODULE;

int main(int argc, char **argv) { return w2o_wasi_main(&W2O_WASI_MODULE, argc, argv, w2o_frame_sources); }
