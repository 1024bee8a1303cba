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
#include <stdint.h>

#include "module.h"

typedef enum bounds_mode { BOUNDS_GUARD = 0, BOUNDS_EXPLICIT = 1, BOUNDS_NONE = 2 } bounds_mode;
typedef enum emit_kind { EMIT_OBJ, EMIT_ASM, EMIT_LLVM, EMIT_BC } emit_kind;

typedef struct compile_options {
  int opt_level;        /* 0..3 */
  int size_level;       /* 0, 1 (-Os), 2 (-Oz) */
  const char *triple;   /* NULL: the host's triple */
  const char *cpu;      /* NULL: generic; "native": the build machine's */
  const char *features; /* "+a,-b" or NULL */
  bool pic;             /* position independent (default true) */
  emit_kind emit;
  const char *name; /* symbol prefix, a C identifier */
  bounds_mode bounds;
  bool fuel;
  bool epoch;
  int debug;                            /* 0: no debug info; else the DWARF version (4 or 5) */
  const char *debug_listing;            /* -g: the listing written beside the output */
  const char *debug_comp_dir;           /* -g: the compilation directory recorded */
  const char *const *debug_prefix_maps; /* each -fdebug-prefix-map's "OLD=NEW", in order */
  size_t debug_prefix_map_count;
  unsigned jobs; /* threads for a partitioned compile (0: one per core) */
} compile_options;

/* Writes the C header describing module `m` compiled with `opts` (header.c).
 * False with *error set (free it with w2o_free; NULL if out of memory). */
bool write_header(const wasm_module *m, const compile_options *opts, const char *path,
                  const char *source_name, char **error);

/* ---- names.c ---- */

/* The header's fixed API names after "NAME_" (NAME_module, NAME_free...):
 * an export never maps onto one of them. Every "NAME_..." identifier
 * header.c writes besides the exports must be listed here. */
#define NAMES_FIXED_COUNT 7
extern const char *const names_fixed[NAMES_FIXED_COUNT];

/* The header's identifier for export `name` (`len` bytes, any values) of
 * `kind` (EXTERN_*) with symbol prefix `prefix`; injective over (kind, name)
 * and never one of the fixed names. Free with w2o_free; NULL if out of memory. */
char *names_export(const char *prefix, uint8_t kind, const char *name, size_t len);

/* The imports struct's field for an import of (module, field); `repeat` is
 * how many earlier imports have the same pair (0 for the first). Injective
 * over (module, field, repeat). Free with w2o_free; NULL if out of memory. */
char *names_import_field(const char *module, size_t module_len, const char *field, size_t field_len,
                         uint32_t repeat);

/* Whether `id` must not be emitted: a C or C++ keyword or alternative token,
 * a lowercase macro or type name of <stdbool.h>, <stddef.h> or <stdint.h>,
 * starting with '_', containing "__", without a lowercase letter (macros
 * are upper case), or starting with the runtime's w2o_ or W2O_. */
bool names_is_reserved(const char *id);

/* Whether `prefix` can be a --name: [A-Za-z0-9_], not starting with a digit
 * or '_', not ending with '_', no "__", not "w2o" or "W2O" (whose exports
 * would be runtime names). The mapping's guarantees assume such a prefix;
 * one starting with w2o_ is for the runtime's own tools (w2o-exe). */
bool names_valid_prefix(const char *prefix);

/* Makes a C identifier from arbitrary bytes, lossily: [A-Za-z0-9_] kept,
 * others '_', a leading digit prefixed with '_' (internal symbol names in
 * the object, which LLVM makes unique). Free with w2o_free; NULL if out of
 * memory. */
char *names_c_identifier(const char *bytes, size_t len);

/* The default --name for an input path: its file name up to the first '.',
 * each run of bytes outside [A-Za-z0-9] one '_', leading and trailing '_'
 * dropped; "m_" in front if that is no valid prefix, "m" if empty. Free with
 * w2o_free; NULL if out of memory. */
char *names_default_prefix(const char *path);

#endif /* W2O_COMPILE_H */
