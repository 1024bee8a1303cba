/*
 * compile.h — what the driver and the back end share: the compile options,
 * the C header writer and C identifiers from names.
 *
 * main.c shows the whole pipeline: decode -> validate -> lower -> optimize
 * and emit -> write header. The back end (backend.h) reports a status and a
 * diagnostic; only main.c knows exit statuses and turns a status into one.
 */
#ifndef W2O_COMPILE_H
#define W2O_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

#include "module.h"

typedef enum bounds_mode { BOUNDS_GUARD = 0, BOUNDS_EXPLICIT = 1, BOUNDS_NONE = 2 } bounds_mode;
typedef enum emit_kind { EMIT_OBJ, EMIT_ASM, EMIT_LLVM, EMIT_BC } emit_kind;

typedef struct compile_options {
  int opt_level;          /* 0..3 */
  int size_level;         /* 0, 1 (-Os), 2 (-Oz) */
  const char *triple;     /* NULL: the host's triple */
  const char *cpu;        /* NULL: generic; "native": the build machine's */
  const char *features;   /* "+a,-b" or NULL */
  bool pic;               /* position independent (default true) */
  emit_kind emit;
  const char *name;       /* symbol prefix, a C identifier */
  bounds_mode bounds;
  bool fuel;
  bool epoch;
  int debug;                    /* 0: no debug info; else the DWARF version (4 or 5) */
  const char *debug_listing;    /* -g: the listing written beside the output */
  const char *debug_comp_dir;   /* -g: the compilation directory recorded */
  const char *const *debug_prefix_maps; /* each -fdebug-prefix-map's "OLD=NEW", in order */
  size_t debug_prefix_map_count;
  unsigned jobs;                /* threads for a partitioned compile (0: one per core) */
} compile_options;

/* Writes the C header describing module `m` compiled with `opts` (header.c).
 * False with *error set (free it with w2o_free; NULL if out of memory). */
bool write_header(const wasm_module *m, const compile_options *opts, const char *path,
                  const char *source_name, char **error);

/* ---- names.c ---- */

/* Makes a C identifier from arbitrary bytes: [A-Za-z0-9_] kept, others '_',
 * a leading digit prefixed with '_'. Free with w2o_free; NULL if out of memory. */
char *names_c_identifier(const char *bytes, size_t len);

/* The default --name for an input path: its file name without extension,
 * made a C identifier. Free with w2o_free. */
char *names_default_prefix(const char *path);

#endif /* W2O_COMPILE_H */
