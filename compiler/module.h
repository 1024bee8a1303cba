/*
 * module.h — the decoded form of a WebAssembly module, shared by every
 * compiler stage, plus the arena that owns it and the diagnostic context.
 *
 * The decoder (decode.c) fills a wasm_module from the file's bytes; the
 * validator (validate.c) checks it, including every function body; lowering
 * (lower*.c) and the header writer (header.c) read it. Function bodies are
 * not decoded into a tree: each stage walks the body's bytes with the
 * instruction reader of reader.h, so every instruction keeps its byte offset
 * in the file.
 *
 * Index spaces follow the specification: imported functions, tables,
 * memories and globals come first in their spaces, in import order.
 *
 * No LLVM here: decoding and validation can be fuzzed and reused alone.
 */
#ifndef W2O_MODULE_H
#define W2O_MODULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- Memory (arena.c): the allocation hook, and arenas (one per module:
 * everything decoded lives until it is freed). ---- */

typedef struct arena_block arena_block;

typedef struct arena {
  arena_block *head;
} arena;

/* Allocation hook: every allocation of the compiler goes through it, so tests
 * can make allocation fail. NULL restores malloc/realloc/free. */
typedef void *(*w2o_realloc_fn)(void *ptr, size_t size);
void w2o_set_allocator(w2o_realloc_fn fn);
void *w2o_realloc(void *ptr, size_t size); /* size 0 frees */
void w2o_free(void *ptr);                  /* w2o_realloc(ptr, 0) */
/* Grows the array at *(T **)items to hold `need` elements (doubling); false
 * if out of memory, the array then unchanged. */
bool w2o_reserve(void *items, size_t *cap, size_t need, size_t elem_size);
/* printf into a string from w2o_realloc (text.c); free it with w2o_free.
 * NULL if out of memory. */
char *text_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void arena_init(arena *a);
void *arena_alloc(arena *a, size_t size);               /* zeroed; NULL on failure */
void *arena_array(arena *a, size_t count, size_t size); /* overflow-checked */
void arena_free(arena *a);

/* ---- Diagnostics (diag.c) ---- */

/* The first error found; later ones are ignored. */
typedef struct diag {
  const char *filename;
  bool failed;
  bool unsupported;   /* valid input using a feature this version does not compile */
  bool out_of_memory; /* the error is an allocation that failed */
  size_t offset;      /* byte offset in the file */
  int64_t func;       /* function index, or -1 */
  char message[400];
} diag;

void diag_init(diag *d, const char *filename);
/* Records an error at `offset` (first one wins). Always returns false. */
bool diag_error(diag *d, size_t offset, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Records that the input needs an unsupported feature (exit status 3). */
bool diag_unsupported(diag *d, size_t offset, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Records "out of memory" at `offset` (first error wins). Returns false. */
bool diag_out_of_memory(diag *d, size_t offset);
/* Formats "file:0xOFFSET: error: message (func N)" into buf. */
void diag_format(const diag *d, char *buf, size_t size);

/* ---- Types ---- */

typedef uint8_t wasm_valtype; /* binary codes: 0x7F i32 ... 0x6F externref, W2O_* in w2o_abi.h */

enum {
  VT_I32 = 0x7F,
  VT_I64 = 0x7E,
  VT_F32 = 0x7D,
  VT_F64 = 0x7C,
  VT_V128 = 0x7B,
  VT_FUNCREF = 0x70,
  VT_EXTERNREF = 0x6F,
};

typedef struct wasm_functype {
  uint32_t param_count;
  uint32_t result_count;
  wasm_valtype *params;
  wasm_valtype *results;
} wasm_functype;

typedef struct wasm_limits {
  uint64_t min;
  uint64_t max;
  bool has_max;
  bool shared;  /* memories only: limits flags 0x02 / 0x03 (threads) */
  bool index64; /* memories only: limits flags 0x04-0x07 (memory64: i64 addresses) */
} wasm_limits;

typedef struct wasm_tabletype {
  wasm_valtype reftype;
  wasm_limits limits;
} wasm_tabletype;

typedef struct wasm_globaltype {
  wasm_valtype type;
  bool mutable_;
} wasm_globaltype;

/* A constant expression: instructions then `end`. `opcode` uses the
 * encoding of w2o_const_expr_t (0xFD0C for v128.const). One instruction is
 * held in place; several (extended constant expressions: i32/i64 add, sub,
 * mul) make a sequence, opcode W2O_CONST_SEQUENCE with `index` instructions
 * in `code`, each a single one. */
typedef struct wasm_const_expr {
  uint32_t opcode;
  uint32_t index;               /* global.get / ref.func index; ref.null reftype; sequence length */
  uint64_t bits[2];             /* constant value */
  size_t offset;                /* where the expression (or this instruction) starts */
  struct wasm_const_expr *code; /* W2O_CONST_SEQUENCE only */
} wasm_const_expr;

enum { CONST_EXPR_SEQUENCE = 0x0B }; /* = W2O_CONST_SEQUENCE of w2o_abi.h */

enum { EXTERN_FUNC = 0, EXTERN_TABLE = 1, EXTERN_MEMORY = 2, EXTERN_GLOBAL = 3, EXTERN_TAG = 4 };

/* A name: bytes (valid UTF-8, may contain NUL) and length. `data` is
 * NUL-terminated for convenience. */
typedef struct wasm_name {
  const char *data;
  uint32_t len;
} wasm_name;

typedef struct wasm_import {
  wasm_name module;
  wasm_name name;
  uint8_t kind;
  uint32_t type_index;    /* EXTERN_FUNC */
  wasm_tabletype table;   /* EXTERN_TABLE */
  wasm_limits memory;     /* EXTERN_MEMORY */
  wasm_globaltype global; /* EXTERN_GLOBAL */
  uint32_t tag_type;      /* EXTERN_TAG: type index (exception handling) */
  size_t offset;
} wasm_import;

typedef struct wasm_export {
  wasm_name name;
  uint8_t kind;
  uint32_t index;
  size_t offset;
} wasm_export;

/* A defined function's body. */
typedef struct wasm_func {
  uint32_t type_index;
  uint32_t local_count;      /* declared locals, not counting parameters */
  wasm_valtype *local_types; /* local_count entries */
  size_t start_offset;       /* file offset just past the body's size (its locals) */
  size_t body_offset;        /* file offset of the first instruction */
  size_t body_end;           /* file offset just past the final `end` */
} wasm_func;

typedef struct wasm_global {
  wasm_globaltype type;
  wasm_const_expr init;
} wasm_global;

enum { SEG_ACTIVE = 0, SEG_PASSIVE = 1, SEG_DECLARATIVE = 2 };

typedef struct wasm_elem {
  uint8_t mode;
  uint32_t table;
  wasm_valtype reftype;
  wasm_const_expr offset; /* active only */
  uint32_t count;
  wasm_const_expr *items; /* ref.func N / ref.null T / global.get N */
  size_t offset_in_file;
} wasm_elem;

typedef struct wasm_data {
  uint8_t mode;
  uint32_t memory;
  wasm_const_expr offset; /* active only */
  uint32_t size;
  const uint8_t *bytes; /* points into the module's bytes */
  size_t offset_in_file;
} wasm_data;

typedef struct wasm_custom {
  wasm_name name;
  size_t offset; /* of the section's contents after the name */
  size_t size;
} wasm_custom;

/* Features of WebAssembly 3.0 that wasm2obj compiles and a command line can
 * turn off (--disable-*) to check a module against WebAssembly 2.0's rules:
 * wasm_module.disabled holds the ones turned off. */
enum { FEATURE_MULTI_MEMORY = 1u };

typedef struct wasm_module {
  const uint8_t *bytes; /* the whole file (not owned) */
  size_t size;
  arena arena;
  uint32_t disabled; /* FEATURE_* turned off */

  uint32_t type_count;
  wasm_functype *types;

  uint32_t import_count;
  wasm_import *imports;

  /* Function index space: func_import_count imports, then func_count defined. */
  uint32_t func_import_count;
  uint32_t func_count; /* defined */
  size_t code_offset;  /* file offset of the code section's contents (DWARF addresses count from it) */
  uint32_t *func_type_indices; /* per function index (imports and defined) */
  wasm_func *funcs;            /* defined functions */

  /* Tables, memories, globals: imports first. `*_import_count` of each are imported. */
  uint32_t table_import_count, table_total;
  wasm_tabletype *tables; /* table_total entries */
  uint32_t memory_import_count, memory_total;
  wasm_limits *memories; /* memory_total entries */
  uint32_t global_import_count, global_total;
  wasm_global *globals; /* global_total entries; init unused for imports */
  /* Tags (exception handling): the type index of each, imports first. */
  uint32_t tag_import_count, tag_total;
  uint32_t *tag_types; /* tag_total entries */

  uint32_t export_count;
  wasm_export *exports;

  bool has_start;
  uint32_t start;

  uint32_t elem_count;
  wasm_elem *elems;

  bool has_data_count;
  uint32_t data_count_value; /* from the data count section */
  uint32_t data_count;
  wasm_data *datas;

  /* Functions referenced outside function bodies (exports, elements, global
   * initializers): ref.func may only name these. */
  bool *func_declared; /* per function index */

  /* name section (best effort: a malformed name section is ignored) */
  wasm_name module_name;
  wasm_name *func_names; /* per function index; data NULL if unnamed */

  uint32_t custom_count;
  wasm_custom *customs;
} wasm_module;

/* Decodes `bytes` into `m`. Returns false with d filled on malformed input.
 * `m` must be freed with module_free even on failure. */
bool decode_module(wasm_module *m, const uint8_t *bytes, size_t size, diag *d);
/* decode_module with the FEATURE_* of `disabled` turned off (kept in
 * m->disabled for the validator). */
bool decode_module_with(wasm_module *m, const uint8_t *bytes, size_t size, uint32_t disabled, diag *d);

/* Validates a decoded module (every function body included). */
bool validate_module(const wasm_module *m, diag *d);

void module_free(wasm_module *m);

/* Type of function `index` (imported or defined). */
static inline const wasm_functype *module_func_type(const wasm_module *m, uint32_t index) {
  return &m->types[m->func_type_indices[index]];
}

#endif /* W2O_MODULE_H */
