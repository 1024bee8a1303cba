/*
 * stubs.c — functions for imports nobody provides, when the run asks for
 * them (Wasmtime's --trap-unknown-imports and
 * --default-values-unknown-imports).
 *
 * A WASI program may import a host hook it does not call on a given run (a
 * tool built for one embedder, run by another). By default such an import
 * makes instantiation fail ("unknown import", status 125). With
 * W2O_WASI_UNKNOWN_TRAP each unknown *function* import gets a stub that,
 * when called, records which import it stands for and traps; run.c then
 * prints "wasm trap: call to unknown import MODULE.NAME" and the backtrace.
 * With W2O_WASI_UNKNOWN_DEFAULT the stub returns the zero of its result type
 * (0, 0.0 or a null reference) and does nothing else. Tables, memories and
 * globals are never stubbed: they still fail to link.
 *
 * One stub per import: a w2o_host_env_t whose `data` is the stub record, so
 * the code knows the import's names; the funcref carries the import's own
 * type (from the module's type section), so the runtime's type check
 * passes. The stub's code ignores its arguments: it is declared with the
 * env only, and the callers' extra arguments (in registers or the caller's
 * stack frame under the System V x86-64 and AArch64 calling conventions the
 * runtime supports) are never read. A default-value stub for a function with
 * two or more results, or a v128 result, would have to write through a
 * results pointer whose place depends on the parameters: such an import is
 * not stubbed, and instantiation fails with a message saying why.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/** One stubbed import. */
struct wasi_stub {
  w2o_host_env_t env; /* env.data points back here */
  w2o_funcref_t func;
  w2o_wasi_t *wasi;
  char *name;        /* "MODULE.NAME" */
  wasi_stub_t *next; /* the context's list */
};

/* The trapping stub: remembers the import, then unwinds to w2o_call. */
static void trap_stub(w2o_host_env_t *env) {
  wasi_stub_t *s = env->data;
  s->wasi->trapped_import = s->name;
  w2o_host_trap(W2O_TRAP_HOST);
}

/* Default-value stubs: the zero of an integer or reference result (also
 * used for no result), and of a float result (0.0 has all bits clear, so
 * one double serves f32 too: the low lanes of the same register). */
static uint64_t zero_int_stub(w2o_host_env_t *env) {
  (void)env;
  return 0;
}

static double zero_float_stub(w2o_host_env_t *env) {
  (void)env;
  return 0.0;
}

/* The stub code for `type`, or NULL (and a message) if it cannot have one. */
static const void *stub_code(const w2o_wasi_t *w, const w2o_functype_t *type, const char *name) {
  if (w->unknown_imports == W2O_WASI_UNKNOWN_TRAP)
    return (const void *)trap_stub;
  uint8_t result = type->result_count == 1 ? type->valtypes[type->param_count] : 0;
  if (type->result_count > 1 || result == W2O_V128) {
    fprintf(stderr,
            "wasm2obj: --default-values-unknown-imports: %s returns %s; only functions "
            "with at most one non-v128 result get a default\n",
            name, type->result_count > 1 ? "several values" : "a v128");
    return NULL;
  }
  return result == W2O_F32 || result == W2O_F64 ? (const void *)zero_float_stub : (const void *)zero_int_stub;
}

static char *import_name(const w2o_import_desc_t *import) {
  size_t n = (size_t)import->module_len + import->name_len + 2;
  char *name = malloc(n);
  if (name != NULL)
    snprintf(name, n, "%.*s.%.*s", (int)import->module_len, import->module, (int)import->name_len,
             import->name);
  return name;
}

const w2o_funcref_t *wasi_stub_for(w2o_wasi_t *w, const w2o_import_desc_t *import) {
  if (w->unknown_imports == W2O_WASI_UNKNOWN_FAIL || w->module == NULL || import->kind != W2O_EXTERN_FUNC ||
      import->index >= w->module->type_count)
    return NULL;
  const w2o_functype_t *type = &w->module->types[import->index];
  wasi_stub_t *s = calloc(1, sizeof *s);
  const void *code = NULL;
  if (s != NULL && (s->name = import_name(import)) != NULL)
    code = stub_code(w, type, s->name);
  if (code == NULL) {
    if (s != NULL)
      free(s->name);
    free(s);
    return NULL;
  }
  s->env.data = s;
  s->wasi = w;
  w2o_host_func_init(&s->func, &s->env, code, type, NULL);
  s->next = w->stubs;
  w->stubs = s;
  return &s->func;
}

void wasi_stubs_free(w2o_wasi_t *w) {
  while (w->stubs != NULL) {
    wasi_stub_t *next = w->stubs->next;
    free(w->stubs->name);
    free(w->stubs);
    w->stubs = next;
  }
}
