/*
 * spec_host.c — the `spectest` host module and import resolution.
 *
 * `spectest` is what the spec scripts import from: the print functions (no
 * results; they print only with -v), four immutable globals (666 and 666.6),
 * a funcref table (10 elements, at most 20), a memory (1 page, at most
 * 2) and `shared_memory`, a shared memory of 1 page, at most 1 (threads). Each host function is a plain C function with the native signature of
 * the layout rules in w2o_abi.h, plus a generic entry so that a module that
 * re-exports it can be invoked through w2o_call. One spectest exists per
 * .wast file, made fresh in the file's process.
 *
 * Resolution: imports from "spectest" come from here; any other module name
 * is looked up among the instances `register`ed so far (the latest one of a
 * name wins) and then resolved with w2o_instance_export. Unknown names make
 * the resolver return false, which the runtime reports as a link error.
 */
#include <stdio.h>
#include <string.h>

#include "spec.h"

static bool verbose_env(void *env) { return ((w2o_host_env_t *)env)->data != NULL; }

static void print(void *env) {
  if (verbose_env(env))
    printf("spectest.print()\n");
}

static void print_i32(void *env, uint32_t v) {
  if (verbose_env(env))
    printf("spectest.print_i32(%u)\n", v);
}

static void print_i64(void *env, uint64_t v) {
  if (verbose_env(env))
    printf("spectest.print_i64(%llu)\n", (unsigned long long)v);
}

static void print_f32(void *env, float v) {
  if (verbose_env(env))
    printf("spectest.print_f32(%g)\n", (double)v);
}

static void print_f64(void *env, double v) {
  if (verbose_env(env))
    printf("spectest.print_f64(%g)\n", v);
}

static void print_i32_f32(void *env, uint32_t a, float b) {
  if (verbose_env(env))
    printf("spectest.print_i32_f32(%u, %g)\n", a, (double)b);
}

static void print_f64_f64(void *env, double a, double b) {
  if (verbose_env(env))
    printf("spectest.print_f64_f64(%g, %g)\n", a, b);
}

/* Generic entries: unpack w2o_value_t arguments and call the native code. */

static void entry_v(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)args, (void)results;
  ((void (*)(void *))func)(env);
}

static void entry_i(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)results;
  ((void (*)(void *, uint32_t))func)(env, args[0].of.i32);
}

static void entry_l(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)results;
  ((void (*)(void *, uint64_t))func)(env, args[0].of.i64);
}

static void entry_f(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)results;
  ((void (*)(void *, float))func)(env, args[0].of.f32);
}

static void entry_d(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)results;
  ((void (*)(void *, double))func)(env, args[0].of.f64);
}

static void entry_if(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)results;
  ((void (*)(void *, uint32_t, float))func)(env, args[0].of.i32, args[1].of.f32);
}

static void entry_dd(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)results;
  ((void (*)(void *, double, double))func)(env, args[0].of.f64, args[1].of.f64);
}

static const uint8_t params_i[] = {W2O_I32};
static const uint8_t params_l[] = {W2O_I64};
static const uint8_t params_f[] = {W2O_F32};
static const uint8_t params_d[] = {W2O_F64};
static const uint8_t params_if[] = {W2O_I32, W2O_F32};
static const uint8_t params_dd[] = {W2O_F64, W2O_F64};

/* The host functions, in the order of spec_host_t.funcs. */
static const struct {
  const char *name;
  const void *code;
  w2o_entry_fn entry;
  w2o_functype_t type;
} host_funcs[SPEC_HOST_FUNCS] = {
    {"print", (const void *)print, entry_v, {0, 0, params_i}},
    {"print_i32", (const void *)print_i32, entry_i, {1, 0, params_i}},
    {"print_i64", (const void *)print_i64, entry_l, {1, 0, params_l}},
    {"print_f32", (const void *)print_f32, entry_f, {1, 0, params_f}},
    {"print_f64", (const void *)print_f64, entry_d, {1, 0, params_d}},
    {"print_i32_f32", (const void *)print_i32_f32, entry_if, {2, 0, params_if}},
    {"print_f64_f64", (const void *)print_f64_f64, entry_dd, {2, 0, params_dd}},
};

/* The globals, in the order of spec_host_t.globals. */
static const char *const host_global_names[SPEC_HOST_GLOBALS] = {"global_i32", "global_i64", "global_f32",
                                                                 "global_f64"};

static void init_globals(w2o_global_t globals[SPEC_HOST_GLOBALS]) {
  memset(globals, 0, SPEC_HOST_GLOBALS * sizeof globals[0]);
  globals[0].type = W2O_I32;
  globals[0].value.i32 = 666;
  globals[1].type = W2O_I64;
  globals[1].value.i64 = 666;
  globals[2].type = W2O_F32;
  globals[2].value.f32 = 666.6f;
  globals[3].type = W2O_F64;
  globals[3].value.f64 = 666.6;
}

/* Makes the spectest module. Returns false if the runtime refuses. */
bool spec_host_init(spec_host_t *host, bool verbose) {
  memset(host, 0, sizeof *host);
  host->env.data = verbose ? (void *)host : NULL;
  for (int i = 0; i < SPEC_HOST_FUNCS; i++) {
    if (w2o_type_intern(&host_funcs[i].type) == UINT32_MAX)
      return false;
    w2o_host_func_init(&host->funcs[i], &host->env, host_funcs[i].code, &host_funcs[i].type,
                       host_funcs[i].entry);
  }
  init_globals(host->globals);
  host->table = w2o_table_new(W2O_FUNCREF, 10, 20, true);
  host->memory = w2o_memory_new(1, 2, true);
  host->shared_memory = w2o_memory_new_shared(1, 1);
  return host->table && host->memory && host->shared_memory;
}

void spec_host_free(spec_host_t *host) {
  if (host->table)
    w2o_table_free(host->table);
  if (host->memory)
    w2o_memory_free(host->memory);
  if (host->shared_memory)
    w2o_memory_free(host->shared_memory);
  host->table = NULL;
  host->memory = NULL;
  host->shared_memory = NULL;
}

static bool name_is(const char *name, size_t len, const char *wanted) {
  return len == strlen(wanted) && memcmp(name, wanted, len) == 0;
}

/* Finds a spectest export by name. */
static bool host_export(spec_host_t *host, const char *name, size_t len, w2o_extern_t *out) {
  for (int i = 0; i < SPEC_HOST_FUNCS; i++)
    if (name_is(name, len, host_funcs[i].name)) {
      *out = (w2o_extern_t){.kind = W2O_EXTERN_FUNC, .of.func = &host->funcs[i]};
      return true;
    }
  for (int i = 0; i < SPEC_HOST_GLOBALS; i++)
    if (name_is(name, len, host_global_names[i])) {
      *out = (w2o_extern_t){.kind = W2O_EXTERN_GLOBAL, .of.global = &host->globals[i]};
      return true;
    }
  if (name_is(name, len, "table")) {
    *out = (w2o_extern_t){.kind = W2O_EXTERN_TABLE, .of.table = host->table};
    return true;
  }
  if (name_is(name, len, "memory")) {
    *out = (w2o_extern_t){.kind = W2O_EXTERN_MEMORY, .of.memory = host->memory};
    return true;
  }
  if (name_is(name, len, "shared_memory")) {
    *out = (w2o_extern_t){.kind = W2O_EXTERN_MEMORY, .of.memory = host->shared_memory};
    return true;
  }
  return false;
}

/* The w2o_resolve_fn of every instantiation; `user` is the spec_file_t. */
bool spec_resolve(void *user, const w2o_import_desc_t *import, w2o_extern_t *out) {
  spec_file_t *f = user;
  if (name_is(import->module, import->module_len, "spectest"))
    return host_export(&f->host, import->name, import->name_len, out);
  for (size_t i = f->registered_count; i-- > 0;) {
    if (name_is(import->module, import->module_len, f->registered[i].as))
      return w2o_instance_export(f->registered[i].instance, import->name, import->name_len, out);
  }
  return false;
}
