/*
 * imports.c — the import resolver: wasi_snapshot_preview1 functions by name,
 * each with its exact function type.
 *
 * The table comes from the one list in wasi_funcs.h. Each entry's type is
 * made from its signature string once (static arrays of value types), and
 * the resolver fills the context's w2o_funcref_t for the function on first
 * use with w2o_host_func_init, whose canonical type id the runtime compares
 * with the import's declared type: a module that declares, say, fd_write
 * with an i64 somewhere fails to link instead of being called wrongly.
 */
#include <string.h>

#include "internal.h"
#include "wasi_funcs.h"

/** One resolver entry. */
typedef struct wasi_func {
  const char *name;
  const void *code;
  const char *params;
  const char *results;
} wasi_func_t;

/* The signature strings, from the list's letters: "" P(i, fd) P(I, offset) is "iI". */
#define WASI_PARAM_LETTER(type, name)    #type
#define WASI_RESULTS_i                   "i"
#define WASI_RESULTS_none                ""
#define WASI_ENTRY(name, result, params) {#name, (const void *)wasi_##name, "" params, WASI_RESULTS_##result},
static const wasi_func_t functions[] = {WASI_FUNCTIONS(WASI_ENTRY, WASI_PARAM_LETTER)};
#define FUNCTION_COUNT (sizeof functions / sizeof functions[0])

/** Longest parameter + result list of any function. */
#define MAX_VALTYPES 12

static const char module_name[] = "wasi_snapshot_preview1";

size_t w2o_wasi_function_count(void) { return FUNCTION_COUNT; }

const char *w2o_wasi_function_name(size_t index) {
  return index < FUNCTION_COUNT ? functions[index].name : NULL;
}

/* Fills valtypes from a signature string; returns the count. */
static uint32_t valtypes_of(const char *sig, uint8_t *out) {
  uint32_t n = 0;
  for (; sig[n] != '\0'; n++)
    out[n] = sig[n] == 'I' ? W2O_I64 : W2O_I32;
  return n;
}

/* Makes the context's funcref for function i if it has none yet. */
static const w2o_funcref_t *funcref_of(w2o_wasi_t *w, size_t i) {
  if (w->funcs[i].func == NULL) {
    uint8_t valtypes[MAX_VALTYPES];
    uint32_t np = valtypes_of(functions[i].params, valtypes);
    uint32_t nr = valtypes_of(functions[i].results, valtypes + np);
    w2o_functype_t type = {np, nr, valtypes};
    w2o_host_func_init(&w->funcs[i], &w->env, functions[i].code, &type, NULL);
  }
  return &w->funcs[i];
}

static bool name_is(const char *expected, const char *name, uint32_t len) {
  return strlen(expected) == len && memcmp(expected, name, len) == 0;
}

/* A stub for an import nobody provides, if the context asks for them. */
static bool resolve_unknown(w2o_wasi_t *w, const w2o_import_desc_t *import, w2o_extern_t *out) {
  out->kind = W2O_EXTERN_FUNC;
  out->of.func = wasi_stub_for(w, import);
  return out->of.func != NULL && out->of.func->type_id != UINT32_MAX;
}

bool w2o_wasi_resolve(void *user, const w2o_import_desc_t *import, w2o_extern_t *out) {
  w2o_wasi_t *w = user;
  bool handled = false, resolved = wasi_threads_resolve(w, import, out, &handled);
  if (handled)
    return resolved;
  if (import->kind != W2O_EXTERN_FUNC || !name_is(module_name, import->module, import->module_len))
    return resolve_unknown(w, import, out);
  for (size_t i = 0; i < FUNCTION_COUNT; i++) {
    if (name_is(functions[i].name, import->name, import->name_len)) {
      out->kind = W2O_EXTERN_FUNC;
      out->of.func = funcref_of(w, i);
      return out->of.func->type_id != UINT32_MAX;
    }
  }
  return resolve_unknown(w, import, out);
}
