/*
 * w2o_symbolize.h — source file and line of trap backtrace frames.
 *
 * A separate library (w2o_symbolize, libw2o_symbolize.a) because it needs
 * libdw from elfutils (Debian package libdw-dev; link with
 * `libw2o_symbolize.a -ldw`), which the runtime itself does not. It reads
 * the DWARF line table that `wasm2obj -g` puts into the object, from the
 * files mapped into the running process: the executable or shared object
 * the module was linked into. For a module without DWARF of its own the
 * "source" is the listing wasm2obj writes beside its output (OUTPUT.lst,
 * one line per wasm instruction).
 *
 * Only DWARF inside the loaded files is used: no separate debug files and
 * no debuginfod, so a lookup never waits on the network. The first lookup
 * reads the process's mappings (a few milliseconds); later ones reuse
 * them until a shared object is loaded or unloaded. Thread-safe: lookups
 * are serialized by a mutex.
 */
#ifndef W2O_SYMBOLIZE_H
#define W2O_SYMBOLIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "w2o.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Finds the source position of `frame` (from w2o_trap_backtrace): writes
 * the file name, as the DWARF line table spells it and cut to
 * `file_size` - 1 bytes, NUL-terminated, into `file` and the line number
 * into *line. For a frame whose pc is a return address the position is
 * that of the call. Returns false — leaving `file` empty and *line 0 where
 * they can be written — if an argument is NULL or `file_size` is 0, if the
 * code has no line information (compiled without -g), or if the process's
 * files cannot be read.
 */
bool w2o_frame_source(const w2o_frame_t *frame, char *file, size_t file_size, unsigned *line);

/** One source-level frame of a native frame (see w2o_frame_sources). */
typedef struct w2o_source_frame {
  char function[128]; /**< the function's name in the source (DWARF), cut to fit */
  char file[512];     /**< its file as the DWARF spells it, cut to fit; "" if unknown */
  unsigned line;      /**< 0 if unknown */
  bool inlined;       /**< inlined into the next entry: no native frame of its own */
} w2o_source_frame_t;

/**
 * The source-level frames of `frame`, innermost first, into out[0..max):
 * one per function inlined at that point (inlined = true), each at the
 * position it had reached, then the native frame's own function. So at -O2,
 * where LLVM (or the C compiler that built the module) inlined calls, a
 * backtrace still lists every function. Returns the number written: 0 if an
 * argument is NULL or max is 0, or the code has no debug information.
 */
size_t w2o_frame_sources(const w2o_frame_t *frame, w2o_source_frame_t *out, size_t max);

#ifdef __cplusplus
}
#endif

#endif /* W2O_SYMBOLIZE_H */
