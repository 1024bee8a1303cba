/*
 * main.c — the generic main of a WASI command built by tools/w2o-exe.
 *
 * It knows nothing of the module but its descriptor's name: wasm2obj is run
 * with --name=w2o_wasi_command (or this file is compiled with
 * -DW2O_WASI_MODULE=NAME_module), and everything else — sandbox flags,
 * instantiation through the generic resolver, `_start`, the exit status —
 * is w2o_wasi_main's job.
 */
#include "w2o_wasi.h"

#ifndef W2O_WASI_MODULE
#define W2O_WASI_MODULE w2o_wasi_command_module
#endif

/** The descriptor of the module this executable runs. */
extern const w2o_module_t W2O_WASI_MODULE;

int main(int argc, char **argv) { return w2o_wasi_main(&W2O_WASI_MODULE, argc, argv); }
