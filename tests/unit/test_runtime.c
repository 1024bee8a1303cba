/*
 * test_runtime.c — unit tests of the runtime library, without the compiler.
 *
 * The modules here are w2o_module_t descriptors written by hand. Their
 * "compiled functions" are C functions that follow the ABI of w2o_abi.h
 * (instance context first, i32 as uint32_t), and each function type has a
 * hand-written generic entry that unpacks w2o_value_t arguments, as the
 * compiler's generated entries do. Memory accesses in those functions do
 * what guard-mode generated code does: base + address, no check.
 *
 * Tests that must see a process die (a foreign fault is not swallowed, a
 * trap outside any call aborts) run in a forked child.
 *
 * cmocka installs its own SIGSEGV handler (with signal(), so without
 * SA_SIGINFO) around every test and reinstalls the previous one after it.
 * That would hide the runtime's handler, so main() primes the runtime once
 * and saves its actions, and every test reinstalls them first
 * (RUNTIME_TEST). Applications that replace the SIGSEGV handler after the
 * runtime installed its own face the same problem: see w2o.h.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "w2o.h"

/* ---- Function types and their generic entries ---- */

enum { T_II_I, T_VOID, T_I, T_I_I, T_I_V, T_COUNT };

static const uint8_t vt_ii_i[] = {W2O_I32, W2O_I32, W2O_I32};
static const uint8_t vt_i_i[] = {W2O_I32, W2O_I32};
static const uint8_t vt_i[] = {W2O_I32};

static const w2o_functype_t types[T_COUNT] = {
    [T_II_I] = {2, 1, vt_ii_i}, /* (i32, i32) -> i32 */
    [T_VOID] = {0, 0, NULL},    /* () -> () */
    [T_I] = {0, 1, vt_i},       /* () -> i32 */
    [T_I_I] = {1, 1, vt_i_i},   /* (i32) -> i32 */
    [T_I_V] = {1, 0, vt_i},     /* (i32) -> () */
};

typedef uint32_t (*fn_ii_i)(void *, uint32_t, uint32_t);
typedef void (*fn_void)(void *);
typedef uint32_t (*fn_i)(void *);
typedef uint32_t (*fn_i_i)(void *, uint32_t);
typedef void (*fn_i_v)(void *, uint32_t);

static void entry_ii_i(const void *f, void *env, const w2o_value_t *a, w2o_value_t *r) {
  r[0].type = W2O_I32;
  r[0].of.i32 = ((fn_ii_i)(uintptr_t)f)(env, a[0].of.i32, a[1].of.i32);
}
static void entry_void(const void *f, void *env, const w2o_value_t *a, w2o_value_t *r) {
  (void)a;
  (void)r;
  ((fn_void)(uintptr_t)f)(env);
}
static void entry_i(const void *f, void *env, const w2o_value_t *a, w2o_value_t *r) {
  (void)a;
  r[0].type = W2O_I32;
  r[0].of.i32 = ((fn_i)(uintptr_t)f)(env);
}
static void entry_i_i(const void *f, void *env, const w2o_value_t *a, w2o_value_t *r) {
  r[0].type = W2O_I32;
  r[0].of.i32 = ((fn_i_i)(uintptr_t)f)(env, a[0].of.i32);
}
static void entry_i_v(const void *f, void *env, const w2o_value_t *a, w2o_value_t *r) {
  (void)r;
  ((fn_i_v)(uintptr_t)f)(env, a[0].of.i32);
}

static const w2o_entry_fn entries[T_COUNT] = {entry_ii_i, entry_void, entry_i, entry_i_i, entry_i_v};

/* ---- "Compiled" functions ---- */

static w2o_instance_t *inst_of(void *env) { return env; }
static uint8_t *mem0(void *env) { return inst_of(env)->memories[0]->base; }

static uint32_t f_add(void *env, uint32_t a, uint32_t b) {
  (void)env;
  return a + b;
}
static uint32_t f_load8(void *env, uint32_t addr) { return mem0(env)[addr]; }
static uint32_t f_store8(void *env, uint32_t addr) {
  ((volatile uint8_t *)mem0(env))[addr] = 0x5A;
  return addr;
}
/* An 8-byte store with the largest static offset a wasm store can have. */
typedef uint64_t unaligned_u64 __attribute__((aligned(1))); /* wasm accesses may be unaligned */
static uint32_t f_store_far(void *env, uint32_t addr) {
  *(volatile unaligned_u64 *)(mem0(env) + (uint64_t)addr + 0xFFFFFFFFu) = 1;
  return addr;
}
static void f_trap(void *env, uint32_t code) {
  (void)env;
  w2o_trap(code);
}
static uint32_t f_get_g1(void *env) { return inst_of(env)->globals[1]->value.i32; }
/* Recursion with the prologue check generated code performs. */
__attribute__((noinline)) static uint32_t f_recurse(void *env, uint32_t depth) {
  volatile char pad[256];
  if ((uintptr_t)__builtin_frame_address(0) < inst_of(env)->stack_limit)
    w2o_trap(W2O_TRAP_STACK_EXHAUSTED);
  pad[depth % 256] = (char)depth;
  if (depth == UINT32_MAX) /* never: keeps the compiler from calling it infinite */
    return 0;
  return f_recurse(env, depth + 1) + pad[depth % 256];
}
/* Recursion without checks: only the guard page below the thread stack stops it. */
__attribute__((noinline)) static uint32_t f_recurse_unchecked(void *env, uint32_t depth) {
  volatile char pad[1024];
  pad[0] = (char)depth;
  pad[1023] = (char)depth;
  if (depth == UINT32_MAX)
    return 0;
  return f_recurse_unchecked(env, depth + 1) + pad[0] + pad[1023];
}
static int *volatile null_pointer; /* volatile: the compiler may not drop the store */
/* Not instrumented: UBSan would report the store instead of letting it fault. */
__attribute__((no_sanitize("undefined"), noinline)) static void f_null_deref(void *env) {
  (void)env;
  *null_pointer = 1;
}
/* Calls the imported function 0 natively, as generated code does. */
static uint32_t f_call_import_ii(void *env, uint32_t a, uint32_t b) {
  const w2o_funcref_t *f = inst_of(env)->funcs[0];
  *(uintptr_t *)f->env = inst_of(env)->stack_limit;
  return ((fn_ii_i)(uintptr_t)f->func)(f->env, a, b);
}
static uint32_t f_call_import_i(void *env, uint32_t a) {
  const w2o_funcref_t *f = inst_of(env)->funcs[0];
  *(uintptr_t *)f->env = inst_of(env)->stack_limit;
  return ((fn_i_i)(uintptr_t)f->func)(f->env, a);
}
static uint32_t f_zero(void *env) {
  (void)env;
  return 0;
}
static void f_start_store(void *env) { mem0(env)[0] = 42; }
static void f_start_trap(void *env) {
  (void)env;
  w2o_trap(W2O_TRAP_UNREACHABLE);
}

/* ---- Descriptor helpers ---- */

#define I32(v) \
  { \
    .opcode = 0x41, .bits = {(v) } \
  }
#define GLOBAL_GET(i) {.opcode = 0x23, .index = (i)}
#define REF_FUNC(i)   {.opcode = 0xD2, .index = (i)}
#define REF_NULL      {.opcode = 0xD0, .index = W2O_FUNCREF}
#define NAME(s)       .name = (s), .name_len = sizeof(s) - 1
#define COUNT(a)      ((uint32_t)(sizeof(a) / sizeof((a)[0])))

/* ---- Module "basic": everything defined, nothing imported ---- */

enum { B_ADD, B_LOAD8, B_STORE8, B_TRAP, B_GET_G1, B_STORE_FAR, B_RECURSE, B_NULL, B_DEEP };

static const uint32_t basic_func_types[] = {T_II_I, T_I_I, T_I_I, T_I_V, T_I, T_I_I, T_I_I, T_VOID, T_I_I};
static const void *const basic_code[] = {
    (const void *)f_add,     (const void *)f_load8,      (const void *)f_store8,
    (const void *)f_trap,    (const void *)f_get_g1,     (const void *)f_store_far,
    (const void *)f_recurse, (const void *)f_null_deref, (const void *)f_recurse_unchecked};
static const w2o_memory_desc_t basic_memories[] = {{.limits = {.min = 1, .max = 2, .has_max = 1}}};
static const w2o_table_desc_t basic_tables[] = {
    {.reftype = W2O_FUNCREF, .limits = {.min = 4, .max = 10, .has_max = 1}}};
static const w2o_global_desc_t basic_globals[] = {
    {.valtype = W2O_I32, .mutable_ = 0, .init = I32(7)},
    {.valtype = W2O_I32, .mutable_ = 1, .init = I32(100)},
    {.valtype = W2O_FUNCREF, .mutable_ = 0, .init = REF_FUNC(B_ADD)},
};
static const w2o_const_expr_t basic_elem0_items[] = {REF_FUNC(B_ADD), REF_NULL, REF_FUNC(B_GET_G1)};
static const w2o_const_expr_t basic_elem1_items[] = {REF_FUNC(B_ADD)};
static const w2o_elem_desc_t basic_elems[] = {
    {.mode = W2O_SEGMENT_ACTIVE,
     .table = 0,
     .reftype = W2O_FUNCREF,
     .count = 3,
     .offset = I32(1),
     .items = basic_elem0_items},
    {.mode = W2O_SEGMENT_PASSIVE, .table = 0, .reftype = W2O_FUNCREF, .count = 1, .items = basic_elem1_items},
};
static const w2o_data_desc_t basic_datas[] = {
    {.mode = W2O_SEGMENT_ACTIVE,
     .memory = 0,
     .size = 5,
     .offset = I32(16),
     .bytes = (const uint8_t *)"hello"},
    {.mode = W2O_SEGMENT_PASSIVE, .memory = 0, .size = 3, .bytes = (const uint8_t *)"xyz"},
};
static const w2o_export_desc_t basic_exports[] = {
    {NAME("add"), .kind = W2O_EXTERN_FUNC, .index = B_ADD},
    {NAME("load8"), .kind = W2O_EXTERN_FUNC, .index = B_LOAD8},
    {NAME("store8"), .kind = W2O_EXTERN_FUNC, .index = B_STORE8},
    {NAME("trap"), .kind = W2O_EXTERN_FUNC, .index = B_TRAP},
    {NAME("get_g1"), .kind = W2O_EXTERN_FUNC, .index = B_GET_G1},
    {NAME("store_far"), .kind = W2O_EXTERN_FUNC, .index = B_STORE_FAR},
    {NAME("recurse"), .kind = W2O_EXTERN_FUNC, .index = B_RECURSE},
    {NAME("null"), .kind = W2O_EXTERN_FUNC, .index = B_NULL},
    {NAME("deep"), .kind = W2O_EXTERN_FUNC, .index = B_DEEP},
    {NAME("mem"), .kind = W2O_EXTERN_MEMORY, .index = 0},
    {NAME("tab"), .kind = W2O_EXTERN_TABLE, .index = 0},
    {NAME("g1"), .kind = W2O_EXTERN_GLOBAL, .index = 1},
    {NAME("g2"), .kind = W2O_EXTERN_GLOBAL, .index = 2},
};

static const w2o_module_t basic_module = {
    .abi_version = W2O_ABI_VERSION,
    .flags = W2O_MODULE_BOUNDS_GUARD,
    .name = "basic",
    .type_count = T_COUNT,
    .types = types,
    .entries = entries,
    .func_count = COUNT(basic_func_types),
    .func_types = basic_func_types,
    .func_code = basic_code,
    .table_count = 1,
    .tables = basic_tables,
    .memory_count = 1,
    .memories = basic_memories,
    .global_count = COUNT(basic_globals),
    .globals = basic_globals,
    .export_count = COUNT(basic_exports),
    .exports = basic_exports,
    .elem_count = COUNT(basic_elems),
    .elems = basic_elems,
    .data_count = COUNT(basic_datas),
    .datas = basic_datas,
    .start = -1,
};

/* ---- Test helpers ---- */

static w2o_instance_t *instantiate_ok(const w2o_module_t *module, w2o_resolve_fn resolve, void *user) {
  w2o_instance_t *instance = NULL;
  w2o_error_t err;
  w2o_status_t status = w2o_instantiate(module, resolve, user, &instance, &err);
  if (status != W2O_STATUS_OK)
    fprintf(stderr, "instantiate: %s\n", err.message);
  assert_int_equal(status, W2O_STATUS_OK);
  assert_non_null(instance);
  return instance;
}

static w2o_extern_t export_of(const w2o_instance_t *instance, const char *name) {
  w2o_extern_t ext;
  assert_true(w2o_instance_export(instance, name, strlen(name), &ext));
  return ext;
}

static const w2o_funcref_t *func_of(const w2o_instance_t *instance, const char *name) {
  w2o_extern_t ext = export_of(instance, name);
  assert_int_equal(ext.kind, W2O_EXTERN_FUNC);
  return ext.of.func;
}

/* Calls `f` with i32 arguments through w2o_call; returns the trap code. */
static w2o_trap_t invoke(const w2o_funcref_t *f, const uint32_t *args, size_t nargs, uint32_t *result) {
  const w2o_functype_t *type = w2o_type_lookup(f->type_id);
  w2o_value_t values[4], results[1];
  w2o_trap_t trap = W2O_TRAP_COUNT;
  assert_non_null(type);
  assert_true(nargs <= 4);
  for (size_t i = 0; i < nargs; i++)
    values[i] = (w2o_value_t){.type = W2O_I32, .of.i32 = args[i]};
  w2o_status_t status = w2o_call(f, values, nargs, results, type->result_count, &trap);
  assert_int_equal(status, trap == W2O_OK ? W2O_STATUS_OK : W2O_STATUS_TRAP);
  if (trap == W2O_OK && type->result_count == 1) {
    assert_int_equal(results[0].type, W2O_I32);
    if (result)
      *result = results[0].of.i32;
  }
  return trap;
}

static uint32_t invoke1_ok(const w2o_funcref_t *f, uint32_t arg) {
  uint32_t result = 0;
  assert_int_equal(invoke(f, &arg, 1, &result), W2O_OK);
  return result;
}

/* A resolver over a list of (module, name) -> extern bindings. */
typedef struct binding {
  const char *module;
  const char *name;
  w2o_extern_t ext;
} binding_t;

typedef struct bindings {
  const binding_t *items;
  size_t count;
} bindings_t;

static bool resolve_bindings(void *user, const w2o_import_desc_t *import, w2o_extern_t *out) {
  const bindings_t *b = user;
  for (size_t i = 0; i < b->count; i++) {
    const binding_t *item = &b->items[i];
    if (strlen(item->module) == import->module_len &&
        memcmp(item->module, import->module, import->module_len) == 0 &&
        strlen(item->name) == import->name_len && memcmp(item->name, import->name, import->name_len) == 0) {
      *out = item->ext;
      return true;
    }
  }
  return false;
}

static w2o_extern_t ext_func(const w2o_funcref_t *f) {
  return (w2o_extern_t){.kind = W2O_EXTERN_FUNC, .of.func = f};
}
static w2o_extern_t ext_memory(w2o_memory_t *m) {
  return (w2o_extern_t){.kind = W2O_EXTERN_MEMORY, .of.memory = m};
}
static w2o_extern_t ext_table(w2o_table_t *t) {
  return (w2o_extern_t){.kind = W2O_EXTERN_TABLE, .of.table = t};
}
static w2o_extern_t ext_global(w2o_global_t *g) {
  return (w2o_extern_t){.kind = W2O_EXTERN_GLOBAL, .of.global = g};
}

/* Runs `body` in a forked child; returns its wait status. */
static int run_in_child(void (*body)(void)) {
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    body();
    _exit(0);
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  return status;
}

/* ---- Tests: types ---- */

static void test_type_interning(void **state) {
  (void)state;
  uint8_t copy[] = {W2O_I32, W2O_I32, W2O_I32};
  w2o_functype_t same = {2, 1, copy};
  w2o_functype_t other = {1, 2, copy};
  uint32_t id = w2o_type_intern(&types[T_II_I]);
  assert_int_equal(w2o_type_intern(&same), id);
  assert_int_not_equal(w2o_type_intern(&other), id);
  assert_int_not_equal(w2o_type_intern(&types[T_VOID]), id);
  const w2o_functype_t *t = w2o_type_lookup(id);
  assert_non_null(t);
  assert_int_equal(t->param_count, 2);
  assert_int_equal(t->result_count, 1);
  assert_memory_equal(t->valtypes, vt_ii_i, 3);
  assert_null(w2o_type_lookup(UINT32_MAX - 1));
}

#define TYPE_THREADS  4
#define TYPE_VARIANTS 300

static void *intern_many(void *arg) {
  uint32_t *ids = arg;
  for (uint32_t i = 0; i < TYPE_VARIANTS; i++) {
    uint8_t valtypes[3] = {W2O_I64, (uint8_t)(W2O_I32 - i % 4), (uint8_t)(W2O_F64 + i % 3)};
    w2o_functype_t type = {i % 3 + 1, 0, valtypes};
    type.param_count = (i / 12) % 3 + 1 > 3 ? 3 : (i / 12) % 3 + 1;
    type.result_count = 3 - type.param_count;
    valtypes[0] = (uint8_t)(0x70 + i % 16);
    ids[i] = w2o_type_intern(&type);
  }
  return NULL;
}

static void test_type_interning_threads(void **state) {
  (void)state;
  static uint32_t ids[TYPE_THREADS][TYPE_VARIANTS];
  pthread_t threads[TYPE_THREADS];
  for (int t = 0; t < TYPE_THREADS; t++)
    assert_int_equal(pthread_create(&threads[t], NULL, intern_many, ids[t]), 0);
  for (int t = 0; t < TYPE_THREADS; t++)
    pthread_join(threads[t], NULL);
  for (int t = 1; t < TYPE_THREADS; t++)
    assert_memory_equal(ids[t], ids[0], sizeof ids[0]);
  for (uint32_t i = 0; i < TYPE_VARIANTS; i++) {
    const w2o_functype_t *type = w2o_type_lookup(ids[0][i]);
    assert_non_null(type);
    assert_int_equal(type->param_count + type->result_count, 3);
  }
}

/* ---- Tests: instances ---- */

static void test_instantiate_and_exports(void **state) {
  (void)state;
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  uint32_t args[2] = {40, 2}, result = 0;
  assert_int_equal(invoke(func_of(instance, "add"), args, 2, &result), W2O_OK);
  assert_int_equal(result, 42);
  assert_int_equal(invoke(func_of(instance, "get_g1"), NULL, 0, &result), W2O_OK);
  assert_int_equal(result, 100);

  w2o_extern_t ext;
  assert_false(w2o_instance_export(instance, "ad", 2, &ext));
  assert_false(w2o_instance_export(instance, "nothing", 7, &ext));
  assert_ptr_equal(export_of(instance, "add").of.func, instance->funcs[B_ADD]);

  w2o_extern_t g1 = export_of(instance, "g1");
  assert_int_equal(g1.kind, W2O_EXTERN_GLOBAL);
  assert_int_equal(g1.of.global->type, W2O_I32);
  assert_int_equal(g1.of.global->mutable_, 1);
  g1.of.global->value.i32 = 55;
  assert_int_equal(invoke(func_of(instance, "get_g1"), NULL, 0, &result), W2O_OK);
  assert_int_equal(result, 55);
  assert_int_equal(instance->globals[0]->value.i32, 7);
  assert_ptr_equal(export_of(instance, "g2").of.global->value.funcref, instance->funcs[B_ADD]);

  w2o_extern_t mem = export_of(instance, "mem");
  assert_int_equal(mem.kind, W2O_EXTERN_MEMORY);
  assert_ptr_equal(mem.of.memory, w2o_instance_memory(instance, 0));
  assert_null(w2o_instance_memory(instance, 1));
  assert_int_equal(mem.of.memory->size, W2O_PAGE_SIZE);
  assert_int_equal(mem.of.memory->max_pages, 2);
  assert_memory_equal(mem.of.memory->base + 16, "hello", 5);
  assert_int_equal(mem.of.memory->base[15], 0);
  assert_int_equal(mem.of.memory->base[21], 0);

  w2o_table_t *tab = export_of(instance, "tab").of.table;
  assert_int_equal(tab->size, 4);
  assert_int_equal(tab->max, 10);
  assert_null(tab->elems[0]); /* the passive segment is not applied */
  assert_ptr_equal(tab->elems[1], instance->funcs[B_ADD]);
  assert_null(tab->elems[2]);
  assert_ptr_equal(tab->elems[3], instance->funcs[B_GET_G1]);
  assert_ptr_equal(instance->funcs[B_ADD]->env, instance);
  w2o_instance_free(instance);
}

/* Extended constant expressions: W2O_CONST_SEQUENCE evaluated on a stack,
 * with wrapping i32/i64 arithmetic and global.get of earlier globals; a
 * sequence that does not leave exactly one value is a bad module. */
static const w2o_const_expr_t ext_g1_code[] = {
    {.opcode = 0x23, .index = 0}, I32(3), {.opcode = 0x6C}, I32(1), {.opcode = 0x6B}};
static const w2o_const_expr_t ext_g2_code[] = {{.opcode = 0x42, .bits = {UINT64_C(1) << 62}},
                                               {.opcode = 0x42, .bits = {4}},
                                               {.opcode = 0x7E},
                                               {.opcode = 0x42, .bits = {UINT64_MAX}},
                                               {.opcode = 0x7C}};
static const w2o_const_expr_t ext_bad_code[] = {I32(1), {.opcode = 0x6A}};

static void test_extended_const_globals(void **state) {
  (void)state;
  w2o_global_desc_t globals[] = {
      {.valtype = W2O_I32, .init = I32(7)},
      {.valtype = W2O_I32, .init = {.opcode = W2O_CONST_SEQUENCE, .index = 5, .code = ext_g1_code}},
      {.valtype = W2O_I64, .init = {.opcode = W2O_CONST_SEQUENCE, .index = 5, .code = ext_g2_code}},
  };
  w2o_module_t m = {.abi_version = W2O_ABI_VERSION,
                    .name = "ext",
                    .type_count = T_COUNT,
                    .types = types,
                    .entries = entries,
                    .global_count = COUNT(globals),
                    .globals = globals,
                    .start = -1};
  w2o_instance_t *instance = instantiate_ok(&m, NULL, NULL);
  assert_int_equal(instance->globals[1]->value.i32, 7 * 3 - 1);
  assert_int_equal(instance->globals[2]->value.i64, UINT64_MAX); /* 2^64 wrapped to 0, minus 1 */
  w2o_instance_free(instance);

  globals[2] = (w2o_global_desc_t){.valtype = W2O_I32,
                                   .init = {.opcode = W2O_CONST_SEQUENCE, .index = 2, .code = ext_bad_code}};
  w2o_error_t err;
  assert_int_equal(w2o_instantiate(&m, NULL, NULL, &instance, &err), W2O_STATUS_BAD_MODULE);
}

static void test_bad_abi_version(void **state) {
  (void)state;
  w2o_module_t module = basic_module;
  w2o_instance_t *instance = (w2o_instance_t *)&module;
  w2o_error_t err;
  module.abi_version = W2O_ABI_VERSION + 1;
  assert_int_equal(w2o_instantiate(&module, NULL, NULL, &instance, &err), W2O_STATUS_BAD_MODULE);
  assert_null(instance);
  assert_int_equal(err.status, W2O_STATUS_BAD_MODULE);
}

/* ---- Module "importer": one import of each kind ---- */

static const w2o_import_desc_t importer_imports[] = {
    {.module = "env", .module_len = 3, NAME("add"), .kind = W2O_EXTERN_FUNC, .index = T_II_I},
    {.module = "env", .module_len = 3, NAME("mem"), .kind = W2O_EXTERN_MEMORY, .limits = {.min = 1}},
    {.module = "env",
     .module_len = 3,
     NAME("tab"),
     .kind = W2O_EXTERN_TABLE,
     .limits = {.min = 2},
     .valtype = W2O_FUNCREF},
    {.module = "env",
     .module_len = 3,
     NAME("g"),
     .kind = W2O_EXTERN_GLOBAL,
     .valtype = W2O_I32,
     .mutable_ = 0},
};
static const uint32_t importer_func_types[] = {T_II_I};
static const void *const importer_code[] = {(const void *)f_call_import_ii};
static const w2o_global_desc_t importer_globals[] = {
    {.valtype = W2O_I32, .mutable_ = 0, .init = GLOBAL_GET(0)}};
static const w2o_const_expr_t importer_elem_items[] = {REF_FUNC(1)};
static const w2o_elem_desc_t importer_elems[] = {{.mode = W2O_SEGMENT_ACTIVE,
                                                  .table = 0,
                                                  .reftype = W2O_FUNCREF,
                                                  .count = 1,
                                                  .offset = GLOBAL_GET(0),
                                                  .items = importer_elem_items}};
static const w2o_data_desc_t importer_datas[] = {{.mode = W2O_SEGMENT_ACTIVE,
                                                  .memory = 0,
                                                  .size = 3,
                                                  .offset = I32(100),
                                                  .bytes = (const uint8_t *)"abc"}};
static const w2o_export_desc_t importer_exports[] = {
    {NAME("call"), .kind = W2O_EXTERN_FUNC, .index = 1},
    {NAME("imported"), .kind = W2O_EXTERN_FUNC, .index = 0},
    {NAME("g"), .kind = W2O_EXTERN_GLOBAL, .index = 1},
};

static w2o_module_t importer_module(const w2o_import_desc_t *imports) {
  return (w2o_module_t){
      .abi_version = W2O_ABI_VERSION,
      .name = "importer",
      .type_count = T_COUNT,
      .types = types,
      .entries = entries,
      .import_count = COUNT(importer_imports),
      .imports = imports,
      .func_import_count = 1,
      .table_import_count = 1,
      .memory_import_count = 1,
      .global_import_count = 1,
      .func_count = 1,
      .func_types = importer_func_types,
      .func_code = importer_code,
      .global_count = 1,
      .globals = importer_globals,
      .export_count = COUNT(importer_exports),
      .exports = importer_exports,
      .elem_count = 1,
      .elems = importer_elems,
      .data_count = 1,
      .datas = importer_datas,
      .start = -1,
  };
}

typedef struct import_fixture {
  w2o_instance_t *basic;
  w2o_global_t host_global;
  binding_t items[4];
  bindings_t bindings;
} import_fixture_t;

static void import_fixture_init(import_fixture_t *fx) {
  fx->basic = instantiate_ok(&basic_module, NULL, NULL);
  fx->host_global = (w2o_global_t){.value.i32 = 2, .type = W2O_I32, .mutable_ = 0};
  fx->items[0] = (binding_t){"env", "add", ext_func(func_of(fx->basic, "add"))};
  fx->items[1] = (binding_t){"env", "mem", export_of(fx->basic, "mem")};
  fx->items[2] = (binding_t){"env", "tab", export_of(fx->basic, "tab")};
  fx->items[3] = (binding_t){"env", "g", ext_global(&fx->host_global)};
  fx->bindings = (bindings_t){fx->items, 4};
}

static void test_imports_resolved(void **state) {
  (void)state;
  import_fixture_t fx;
  import_fixture_init(&fx);
  w2o_module_t module = importer_module(importer_imports);
  w2o_instance_t *instance = instantiate_ok(&module, resolve_bindings, &fx.bindings);
  uint32_t args[2] = {20, 22}, result = 0;
  assert_int_equal(invoke(func_of(instance, "call"), args, 2, &result), W2O_OK);
  assert_int_equal(result, 42);
  /* An imported function is the exporter's own record, not a copy. */
  assert_ptr_equal(func_of(instance, "imported"), func_of(fx.basic, "add"));
  /* global.get of an imported global, and as an element segment offset. */
  assert_int_equal(export_of(instance, "g").of.global->value.i32, 2);
  w2o_table_t *tab = export_of(fx.basic, "tab").of.table;
  assert_ptr_equal(tab->elems[2], func_of(instance, "call"));
  assert_memory_equal(export_of(fx.basic, "mem").of.memory->base + 100, "abc", 3);
  w2o_instance_free(instance);
  w2o_instance_free(fx.basic);
}

/* Instantiates the importer with binding `which` replaced; expects a link error. */
static void expect_link_error(const w2o_import_desc_t *imports, int which, w2o_extern_t ext,
                              const char *message) {
  import_fixture_t fx;
  import_fixture_init(&fx);
  if (which >= 0)
    fx.items[which].ext = ext;
  else
    fx.bindings.count = 3; /* drop env.g */
  w2o_module_t module = importer_module(imports);
  w2o_instance_t *instance = (w2o_instance_t *)&module;
  w2o_error_t err;
  assert_int_equal(w2o_instantiate(&module, resolve_bindings, &fx.bindings, &instance, &err),
                   W2O_STATUS_LINK_ERROR);
  assert_null(instance);
  assert_int_equal(err.status, W2O_STATUS_LINK_ERROR);
  assert_string_equal(err.message, message);
  w2o_instance_free(fx.basic);
}

static void test_import_link_errors(void **state) {
  (void)state;
  const char *bad_add = "incompatible import type for env.add";
  const char *bad_mem = "incompatible import type for env.mem";
  const char *bad_tab = "incompatible import type for env.tab";
  const char *bad_g = "incompatible import type for env.g";
  w2o_instance_t *basic = instantiate_ok(&basic_module, NULL, NULL);
  w2o_memory_t *empty = w2o_memory_new(0, 0, false);
  w2o_table_t *externs = w2o_table_new(W2O_EXTERNREF, 4, 0, false);
  w2o_table_t *small = w2o_table_new(W2O_FUNCREF, 1, 0, false);
  w2o_global_t mutable_g = {.value.i32 = 2, .type = W2O_I32, .mutable_ = 1};
  w2o_global_t i64_g = {.value.i64 = 2, .type = W2O_I64, .mutable_ = 0};

  expect_link_error(importer_imports, -1, ext_func(NULL), "unknown import env.g");
  expect_link_error(importer_imports, 0, ext_func(func_of(basic, "load8")), bad_add);
  expect_link_error(importer_imports, 0, ext_memory(w2o_instance_memory(basic, 0)), bad_add);
  expect_link_error(importer_imports, 0, ext_func(NULL), bad_add);
  expect_link_error(importer_imports, 1, ext_memory(empty), bad_mem);
  expect_link_error(importer_imports, 2, ext_table(externs), bad_tab);
  expect_link_error(importer_imports, 2, ext_table(small), bad_tab);
  expect_link_error(importer_imports, 3, ext_global(&mutable_g), bad_g);
  expect_link_error(importer_imports, 3, ext_global(&i64_g), bad_g);

  w2o_memory_free(empty);
  w2o_table_free(externs);
  w2o_table_free(small);
  w2o_instance_free(basic);
}

/* Limits with a maximum: the provided object must declare one no larger. */
static void test_import_max_limits(void **state) {
  (void)state;
  w2o_import_desc_t imports[COUNT(importer_imports)];
  memcpy(imports, importer_imports, sizeof imports);
  imports[1].limits = (w2o_limits_t){.min = 1, .max = 2, .has_max = 1};
  imports[2].limits = (w2o_limits_t){.min = 2, .max = 10, .has_max = 1};
  w2o_memory_t *no_max = w2o_memory_new(1, 0, false);
  w2o_memory_t *max3 = w2o_memory_new(1, 3, true);
  w2o_table_t *tab_no_max = w2o_table_new(W2O_FUNCREF, 4, 0, false);
  w2o_table_t *tab_max11 = w2o_table_new(W2O_FUNCREF, 4, 11, true);
  expect_link_error(imports, 1, ext_memory(no_max), "incompatible import type for env.mem");
  expect_link_error(imports, 1, ext_memory(max3), "incompatible import type for env.mem");
  expect_link_error(imports, 2, ext_table(tab_no_max), "incompatible import type for env.tab");
  expect_link_error(imports, 2, ext_table(tab_max11), "incompatible import type for env.tab");

  /* basic's memory (max 2) and table (max 10) fit exactly. */
  import_fixture_t fx;
  import_fixture_init(&fx);
  w2o_module_t module = importer_module(imports);
  w2o_instance_free(instantiate_ok(&module, resolve_bindings, &fx.bindings));
  w2o_instance_free(fx.basic);
  w2o_memory_free(no_max);
  w2o_memory_free(max3);
  w2o_table_free(tab_no_max);
  w2o_table_free(tab_max11);
}

/* ---- Segments that fail half way ---- */

static const w2o_import_desc_t seg_imports[] = {
    {.module = "env",
     .module_len = 3,
     NAME("tab"),
     .kind = W2O_EXTERN_TABLE,
     .limits = {.min = 1},
     .valtype = W2O_FUNCREF},
    {.module = "env", .module_len = 3, NAME("mem"), .kind = W2O_EXTERN_MEMORY, .limits = {.min = 1}},
};
static const uint32_t seg_func_types[] = {T_I};
static const void *const seg_code[] = {(const void *)f_zero};
static const w2o_const_expr_t seg_one[] = {REF_FUNC(0)};
static const w2o_const_expr_t seg_two[] = {REF_FUNC(0), REF_FUNC(0)};
static const w2o_elem_desc_t seg_elems_oob[] = {
    {.mode = W2O_SEGMENT_ACTIVE, .table = 0, .count = 1, .offset = I32(1), .items = seg_one},
    {.mode = W2O_SEGMENT_ACTIVE, .table = 0, .count = 2, .offset = I32(3), .items = seg_two},
};
static const w2o_data_desc_t seg_datas[] = {
    {.mode = W2O_SEGMENT_ACTIVE, .memory = 0, .size = 3, .offset = I32(0), .bytes = (const uint8_t *)"abc"},
    {.mode = W2O_SEGMENT_ACTIVE,
     .memory = 0,
     .size = 3,
     .offset = I32(65534),
     .bytes = (const uint8_t *)"xyz"},
};

static w2o_module_t seg_module(const w2o_elem_desc_t *elems, uint32_t elem_count) {
  return (w2o_module_t){.abi_version = W2O_ABI_VERSION,
                        .name = "seg",
                        .type_count = T_COUNT,
                        .types = types,
                        .entries = entries,
                        .import_count = 2,
                        .imports = seg_imports,
                        .func_import_count = 0,
                        .table_import_count = 1,
                        .memory_import_count = 1,
                        .func_count = 1,
                        .func_types = seg_func_types,
                        .func_code = seg_code,
                        .elem_count = elem_count,
                        .elems = elems,
                        .data_count = 2,
                        .datas = seg_datas,
                        .start = -1};
}

static void expect_trap(const w2o_module_t *module, bindings_t *b, w2o_trap_t trap) {
  w2o_instance_t *instance = (w2o_instance_t *)module;
  w2o_error_t err;
  assert_int_equal(w2o_instantiate(module, resolve_bindings, b, &instance, &err), W2O_STATUS_TRAP);
  assert_null(instance);
  assert_int_equal(err.trap, trap);
  assert_string_equal(err.message, w2o_trap_message(trap));
}

static void test_segments_out_of_bounds(void **state) {
  (void)state;
  w2o_table_t *tab = w2o_table_new(W2O_FUNCREF, 4, 0, false);
  w2o_memory_t *mem = w2o_memory_new(1, 0, false);
  binding_t items[] = {{"env", "tab", ext_table(tab)}, {"env", "mem", ext_memory(mem)}};
  bindings_t b = {items, 2};

  /* Element segment 1 fails: segment 0's write stays (and stays callable,
   * though its instance failed); no data segment is applied. */
  w2o_module_t module = seg_module(seg_elems_oob, 2);
  expect_trap(&module, &b, W2O_TRAP_TABLE_OUT_OF_BOUNDS);
  assert_null(tab->elems[0]);
  assert_non_null(tab->elems[1]);
  assert_null(tab->elems[3]);
  assert_int_equal(mem->base[0], 0);
  uint32_t result = 1;
  assert_int_equal(invoke(tab->elems[1], NULL, 0, &result), W2O_OK);
  assert_int_equal(result, 0);

  /* Data segment 1 fails: segment 0's bytes stay, segment 1 writes nothing. */
  module = seg_module(seg_elems_oob, 1);
  expect_trap(&module, &b, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_memory_equal(mem->base, "abc", 3);
  assert_int_equal(mem->base[65534], 0);
  assert_int_equal(mem->base[65535], 0);

  /* Grown by a page, the same module fits. */
  assert_int_equal(w2o_memory_grow(mem, 1), 1);
  w2o_instance_t *instance = instantiate_ok(&module, resolve_bindings, &b);
  assert_memory_equal(mem->base + 65534, "xyz", 3);
  w2o_instance_free(instance);
  w2o_table_free(tab);
  w2o_memory_free(mem);
}

/* ---- Start functions ---- */

static const uint32_t start_func_types[] = {T_VOID, T_VOID};
static const void *const start_code[] = {(const void *)f_start_store, (const void *)f_start_trap};
static const w2o_import_desc_t start_imports[] = {
    {.module = "env", .module_len = 3, NAME("mem"), .kind = W2O_EXTERN_MEMORY, .limits = {.min = 1}}};
static const w2o_export_desc_t start_exports[] = {{NAME("mem"), .kind = W2O_EXTERN_MEMORY, .index = 0}};

static w2o_module_t start_module(int64_t start, bool import_memory) {
  static const w2o_memory_desc_t memories[] = {{.limits = {.min = 1}}};
  w2o_module_t m = {.abi_version = W2O_ABI_VERSION,
                    .name = "start",
                    .type_count = T_COUNT,
                    .types = types,
                    .entries = entries,
                    .func_count = 2,
                    .func_types = start_func_types,
                    .func_code = start_code,
                    .export_count = 1,
                    .exports = start_exports,
                    .data_count = 1,
                    .datas = &seg_datas[0],
                    .start = start};
  if (import_memory) {
    m.import_count = 1;
    m.imports = start_imports;
    m.memory_import_count = 1;
  } else {
    m.memory_count = 1;
    m.memories = memories;
  }
  return m;
}

static void test_start_function(void **state) {
  (void)state;
  w2o_module_t module = start_module(0, false);
  w2o_instance_t *instance = instantiate_ok(&module, NULL, NULL);
  assert_int_equal(export_of(instance, "mem").of.memory->base[0], 42); /* after the data */
  w2o_instance_free(instance);

  module = start_module(1, false);
  expect_trap(&module, NULL, W2O_TRAP_UNREACHABLE);

  /* The start function traps: data written to an imported memory stays. */
  w2o_memory_t *mem = w2o_memory_new(1, 0, false);
  binding_t items[] = {{"env", "mem", ext_memory(mem)}};
  bindings_t b = {items, 1};
  module = start_module(1, true);
  expect_trap(&module, &b, W2O_TRAP_UNREACHABLE);
  assert_memory_equal(mem->base, "abc", 3);
  w2o_memory_free(mem);
}

/* ---- Memories and tables ---- */

/* The THPeligible field of the mapping in /proc/self/smaps that holds
 * `addr`: 1 or 0, or -1 if the kernel does not report it. */
static int thp_eligible(const void *addr) {
  FILE *f = fopen("/proc/self/smaps", "r");
  if (!f)
    return -1;
  char line[512];
  bool inside = false;
  int found = -1;
  while (found < 0 && fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    int eligible;
    if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2) /* a mapping's first line */
      inside = (uintptr_t)addr >= lo && (uintptr_t)addr < hi;
    else if (inside && sscanf(line, "THPeligible: %d", &eligible) == 1)
      found = eligible;
  }
  fclose(f);
  return found;
}

/* The system's transparent-huge-page mode: "always", "madvise", "never" or "". */
static const char *thp_mode(void) {
  static char mode[16];
  char text[128] = "";
  FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
  if (f) {
    if (!fgets(text, sizeof text, f))
      text[0] = '\0';
    fclose(f);
  }
  char *open = strchr(text, '['), *close = open ? strchr(open, ']') : NULL;
  size_t n = open && close ? (size_t)(close - open - 1) : 0;
  memcpy(mode, open ? open + 1 : "", n < sizeof mode ? n : 0);
  mode[n < sizeof mode ? n : 0] = '\0';
  return mode;
}

static void test_memory_huge_pages(void **state) {
  (void)state;
  /* Reservations start on a 2 MiB boundary, with or without huge pages. */
  w2o_memory_t *mem = w2o_memory_new(32, 0, false);
  assert_non_null(mem);
  assert_int_equal((uintptr_t)mem->base % (2u << 20), 0);
  /* Semantics do not change: growth across a 2 MiB boundary reads as zero,
   * and what was written stays. */
  memset(mem->base, 0x5a, mem->size);
  assert_int_equal(w2o_memory_grow(mem, 40), 32);
  for (size_t i = 32 * W2O_PAGE_SIZE; i < 72 * W2O_PAGE_SIZE; i += 4093)
    assert_int_equal(mem->base[i], 0);
  assert_int_equal(mem->base[32 * W2O_PAGE_SIZE - 1], 0x5a);
  const char *mode = thp_mode();
  int eligible = thp_eligible(mem->base);
  if (eligible >= 0 && strcmp(mode, "never") != 0 && mode[0])
    assert_int_equal(eligible, 1); /* asked for (or "always") */
  w2o_memory_free(mem);

  w2o_set_memory_huge_pages(false);
  mem = w2o_memory_new(32, 0, false);
  w2o_set_memory_huge_pages(true);
  assert_non_null(mem);
  assert_int_equal((uintptr_t)mem->base % (2u << 20), 0);
  eligible = thp_eligible(mem->base);
  if (eligible >= 0 && strcmp(mode, "madvise") == 0)
    assert_int_equal(eligible, 0); /* not asked for */
  w2o_memory_free(mem);
}

static void test_memory_grow(void **state) {
  (void)state;
  w2o_memory_t *mem = w2o_memory_new(1, 3, true);
  assert_non_null(mem);
  assert_int_equal(mem->limit_pages, W2O_MEMORY32_LIMIT_PAGES);
  assert_true(mem->reserved_bytes >= (8ull << 30) + W2O_PAGE_SIZE);
  assert_int_equal(w2o_memory_grow(mem, 0), 1);
  assert_int_equal(w2o_memory_grow(mem, 1), 1);
  assert_int_equal(mem->size, 2 * W2O_PAGE_SIZE);
  for (size_t i = W2O_PAGE_SIZE; i < 2 * W2O_PAGE_SIZE; i += 4093)
    assert_int_equal(mem->base[i], 0); /* new pages read as zero */
  mem->base[2 * W2O_PAGE_SIZE - 1] = 7;
  assert_int_equal(w2o_memory_grow(mem, 2), UINT64_MAX); /* past max 3 */
  assert_int_equal(w2o_memory_grow(mem, UINT64_MAX), UINT64_MAX);
  assert_int_equal(w2o_memory_grow(mem, 1), 2);
  assert_int_equal(w2o_memory_grow(mem, 1), UINT64_MAX);
  assert_int_equal(w2o_memory_grow(mem, 0), 3);
  w2o_memory_free(mem);

  /* The host's limit: per memory, and the default for new memories. */
  mem = w2o_memory_new(1, 0, false);
  assert_int_equal(mem->max_pages, 65536);
  assert_int_equal(mem->flags & W2O_MEMORY_HAS_MAX, 0);
  w2o_memory_set_limit(mem, 2);
  assert_int_equal(w2o_memory_grow(mem, 2), UINT64_MAX);
  assert_int_equal(w2o_memory_grow(mem, 1), 1);
  assert_int_equal(w2o_memory_grow(mem, 1), UINT64_MAX);
  w2o_memory_free(mem);
  w2o_set_default_memory_limit(4);
  mem = w2o_memory_new(2, 0, false);
  assert_null(w2o_memory_new(5, 0, false));
  w2o_set_default_memory_limit(65536);
  assert_int_equal(mem->limit_pages, 4);
  assert_int_equal(w2o_memory_grow(mem, 3), UINT64_MAX);
  assert_int_equal(w2o_memory_grow(mem, 2), 2);
  w2o_memory_free(mem);

  /* A 32-bit memory stops one page short of 4 GiB, whatever the limits:
   * an address within W2O_MEMORY_PRE_GUARD of 2^32 is never in bounds. */
  assert_null(w2o_memory_new(65536, 0, false));
  mem = w2o_memory_new(1, 65536, true);
  assert_int_equal(mem->max_pages, 65536); /* the type is kept */
  w2o_memory_set_limit(mem, 70000);
  assert_int_equal(mem->limit_pages, W2O_MEMORY32_LIMIT_PAGES);
  assert_int_equal(w2o_memory_grow(mem, W2O_MEMORY32_LIMIT_PAGES), UINT64_MAX);
  assert_int_equal(w2o_memory_grow(mem, W2O_MEMORY32_LIMIT_PAGES - 1), 1);
  assert_int_equal(w2o_memory_grow(mem, 1), UINT64_MAX);
  mem->base[(uint64_t)W2O_MEMORY32_LIMIT_PAGES * W2O_PAGE_SIZE - 1] = 1; /* the last byte */
  w2o_memory_free(mem);
  w2o_set_default_memory_limit(70000);
  mem = w2o_memory_new(1, 0, false);
  w2o_set_default_memory_limit(65536);
  assert_int_equal(mem->limit_pages, W2O_MEMORY32_LIMIT_PAGES);
  w2o_memory_free(mem);

  assert_null(w2o_memory_new(2, 1, true));
  assert_null(w2o_memory_new(65537, 0, false));
  mem = w2o_memory_new(0, 0, true);
  assert_int_equal(mem->size, 0);
  assert_int_equal(w2o_memory_grow(mem, 1), UINT64_MAX);
  assert_int_equal(w2o_memory_grow(mem, 0), 0);
  w2o_memory_free(mem);
}

/* ---- Reuse of memory reservations (w2o_set_memory_pool_size) ---- */

/* True if `addr` lies in a mapping of this process (/proc/self/maps). */
static bool address_mapped(const void *addr) {
  FILE *f = fopen("/proc/self/maps", "r");
  unsigned long long start, end;
  bool mapped = false;
  assert_non_null(f);
  while (!mapped && fscanf(f, "%llx-%llx%*[^\n]", &start, &end) == 2)
    mapped = (uintptr_t)addr >= start && (uintptr_t)addr < end;
  fclose(f);
  return mapped;
}

static bool all_zero(const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != 0)
      return false;
  return true;
}

/* A freed memory's reservation is taken by the next memory: emptied,
 * committed to the new size, guard pages in place. */
static void test_memory_pool_reuse(void **state) {
  (void)state;
  w2o_set_memory_pool_size(1);
  w2o_memory_t *mem = w2o_memory_new(1, 0, false);
  assert_non_null(mem);
  uint8_t *base = mem->base;
  assert_int_equal(w2o_memory_grow(mem, 2), 1); /* past the part kept resident */
  memset(mem->base, 0xA5, mem->size);
  w2o_memory_free(mem);
  assert_true(address_mapped(base)); /* kept, not released */

  mem = w2o_memory_new(2, 4, true);
  assert_ptr_equal(mem->base, base);
  assert_int_equal(mem->size, 2 * W2O_PAGE_SIZE);
  assert_int_equal(mem->max_pages, 4);
  assert_true(all_zero(mem->base, mem->size));
  assert_int_equal(w2o_memory_grow(mem, 1), 2);
  assert_true(all_zero(mem->base, mem->size));           /* the third page too */
  assert_int_equal(w2o_memory_grow(mem, 2), UINT64_MAX); /* this memory's maximum */
  memset(mem->base, 0x3C, mem->size);
  w2o_memory_free(mem);

  /* A smaller memory: the pages past its size are inaccessible again. */
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  w2o_memory_t *own = w2o_instance_memory(instance, 0);
  assert_ptr_equal(own->base, base);
  assert_int_equal(own->size, W2O_PAGE_SIZE);
  assert_int_equal(invoke1_ok(func_of(instance, "load8"), 16), 'h'); /* its data segment */
  assert_int_equal(invoke1_ok(func_of(instance, "load8"), 15), 0);
  assert_int_equal(invoke1_ok(func_of(instance, "load8"), W2O_PAGE_SIZE - 1), 0);
  uint32_t far[] = {W2O_PAGE_SIZE, 2 * W2O_PAGE_SIZE + 7, 0xFFFFFFFFu};
  for (size_t i = 0; i < 3; i++)
    assert_int_equal(invoke(func_of(instance, "store8"), &far[i], 1, NULL), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  w2o_instance_free(instance);

  /* Off: the kept reservation goes back to the system. */
  w2o_set_memory_pool_size(0);
  assert_false(address_mapped(base));
  mem = w2o_memory_new(1, 0, false);
  base = mem->base;
  w2o_memory_free(mem);
  assert_false(address_mapped(base));
  w2o_set_memory_pool_size(W2O_DEFAULT_MEMORY_POOL);
}

/* A kept reservation goes only to a memory with the same huge-page setting,
 * and the pool keeps at most its size. */
static void test_memory_pool_matching(void **state) {
  (void)state;
  w2o_set_memory_pool_size(2);
  w2o_memory_t *a = w2o_memory_new(1, 0, false);
  w2o_memory_t *b = w2o_memory_new(1, 0, false);
  w2o_memory_t *c = w2o_memory_new(1, 0, false);
  uint8_t *bases[3] = {a->base, b->base, c->base};
  w2o_memory_free(a);
  w2o_memory_free(b);
  w2o_memory_free(c); /* the pool is full: released */
  assert_true(address_mapped(bases[0]));
  assert_true(address_mapped(bases[1]));
  assert_false(address_mapped(bases[2]));

  w2o_set_memory_huge_pages(false);
  w2o_memory_t *plain = w2o_memory_new(1, 0, false);
  w2o_set_memory_huge_pages(true);
  assert_ptr_not_equal(plain->base, bases[0]);
  assert_ptr_not_equal(plain->base, bases[1]);
  w2o_memory_t *huge = w2o_memory_new(1, 0, false);
  assert_ptr_equal(huge->base, bases[1]); /* the most recently kept */
  w2o_memory_free(huge);
  w2o_memory_free(plain);
  w2o_set_memory_pool_size(1); /* trims to one */
  int mapped = address_mapped(bases[0]) + address_mapped(bases[1]);
  assert_int_equal(mapped, 1);
  w2o_set_memory_pool_size(W2O_DEFAULT_MEMORY_POOL);
}

/* Instances made and freed on several threads at once share the pool: each
 * sees only its own writes and zeros. */
static void *pool_loop(void *arg) {
  uint32_t mark = (uint32_t)(uintptr_t)arg;
  for (int round = 0; round < 200; round++) {
    w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
    const w2o_funcref_t *load8 = func_of(instance, "load8");
    uint32_t at = 100 + mark * 8 + (uint32_t)round % 8;
    assert_int_equal(invoke1_ok(load8, at), 0);
    assert_int_equal(invoke1_ok(func_of(instance, "store8"), at), at);
    assert_int_equal(invoke1_ok(load8, at), 0x5A);
    w2o_instance_free(instance);
  }
  return NULL;
}

static void test_memory_pool_threads(void **state) {
  (void)state;
  w2o_set_memory_pool_size(2); /* fewer than threads: some free, some keep */
  pthread_t threads[4];
  for (uintptr_t t = 0; t < 4; t++)
    assert_int_equal(pthread_create(&threads[t], NULL, pool_loop, (void *)t), 0);
  for (int t = 0; t < 4; t++)
    pthread_join(threads[t], NULL);
  w2o_set_memory_pool_size(W2O_DEFAULT_MEMORY_POOL);
}

static void test_table_grow(void **state) {
  (void)state;
  int marker;
  w2o_table_t *tab = w2o_table_new(W2O_EXTERNREF, 2, 5, true);
  assert_int_equal(tab->size, 2);
  assert_null(tab->elems[0]);
  assert_int_equal(w2o_table_grow(tab, 0, NULL), 2);
  assert_int_equal(w2o_table_grow(tab, 2, &marker), 2);
  assert_int_equal(tab->size, 4);
  assert_ptr_equal(tab->elems[2], &marker);
  assert_ptr_equal(tab->elems[3], &marker);
  assert_int_equal(w2o_table_grow(tab, 2, NULL), UINT32_MAX);
  assert_int_equal(w2o_table_grow(tab, 1, NULL), 4);
  assert_int_equal(w2o_table_grow(tab, UINT32_MAX, NULL), UINT32_MAX);
  w2o_table_free(tab);
  tab = w2o_table_new(W2O_FUNCREF, 0, 0, false);
  assert_int_equal(tab->max, UINT32_MAX);
  assert_int_equal(w2o_table_grow(tab, 0xFFFFFFF0u, NULL), UINT32_MAX); /* runtime limit */
  assert_int_equal(w2o_table_grow(tab, 800, NULL), 0);
  w2o_table_free(tab);
  assert_null(w2o_table_new(W2O_FUNCREF, 3, 2, true));
}

/* The host reads and writes table elements; externrefs are host pointers. */
static void test_table_get_set(void **state) {
  (void)state;
  int host_object;
  void *ref = &ref;
  w2o_table_t *tab = w2o_table_new(W2O_EXTERNREF, 2, 2, true);
  assert_true(w2o_table_get(tab, 1, &ref));
  assert_null(ref);
  assert_true(w2o_table_set(tab, 1, &host_object));
  assert_true(w2o_table_get(tab, 1, &ref));
  assert_ptr_equal(ref, &host_object);
  assert_false(w2o_table_set(tab, 2, &host_object));
  assert_false(w2o_table_get(tab, 2, &ref));
  assert_ptr_equal(ref, &host_object); /* untouched on failure */
  w2o_table_free(tab);
}

/* ---- Traps ---- */

static void test_trap_messages(void **state) {
  (void)state;
  assert_string_equal(w2o_trap_message(W2O_TRAP_UNREACHABLE), "unreachable");
  assert_string_equal(w2o_trap_message(W2O_TRAP_MEMORY_OUT_OF_BOUNDS), "out of bounds memory access");
  assert_string_equal(w2o_trap_message(W2O_TRAP_INVALID_CONVERSION), "invalid conversion to integer");
  assert_string_equal(w2o_trap_message(W2O_TRAP_STACK_EXHAUSTED), "call stack exhausted");
  assert_string_equal(w2o_trap_message(W2O_TRAP_HOST), "host trap");
  assert_string_equal(w2o_trap_message(W2O_TRAP_COUNT), "unknown trap");
  for (int s = W2O_STATUS_OK; s <= W2O_STATUS_BAD_ARGUMENT; s++)
    assert_non_null(w2o_status_message((w2o_status_t)s));
}

static void test_every_trap_code(void **state) {
  (void)state;
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  const w2o_funcref_t *trap = func_of(instance, "trap");
  for (uint32_t code = W2O_TRAP_UNREACHABLE; code < W2O_TRAP_COUNT; code++)
    assert_int_equal(invoke(trap, &code, 1, NULL), code);
  assert_int_equal(instance->stack_limit, 0); /* restored after each call */
  w2o_instance_free(instance);
}

static void test_guard_page_out_of_bounds(void **state) {
  (void)state;
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  const w2o_funcref_t *store8 = func_of(instance, "store8");
  const w2o_funcref_t *store_far = func_of(instance, "store_far");
  const w2o_funcref_t *load8 = func_of(instance, "load8");
  uint32_t far[] = {W2O_PAGE_SIZE, 0x7FFFFFFFu, 0xFFFFFFFFu};
  for (size_t i = 0; i < 3; i++) {
    assert_int_equal(invoke(store8, &far[i], 1, NULL), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
    assert_int_equal(invoke(store_far, &far[i], 1, NULL), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  }
  assert_int_equal(invoke1_ok(load8, 16), 'h');
  assert_int_equal(invoke1_ok(store8, W2O_PAGE_SIZE - 1), W2O_PAGE_SIZE - 1);
  assert_int_equal(invoke1_ok(load8, W2O_PAGE_SIZE - 1), 0x5A);
  assert_int_equal(w2o_memory_grow(w2o_instance_memory(instance, 0), 1), 1);
  assert_int_equal(invoke1_ok(store8, W2O_PAGE_SIZE), W2O_PAGE_SIZE);
  assert_int_equal(invoke(store8, &far[0], 1, NULL), W2O_OK);
  uint32_t two_pages = 2 * W2O_PAGE_SIZE;
  assert_int_equal(invoke(store8, &two_pages, 1, NULL), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  w2o_instance_free(instance);
}

static void test_stack_exhaustion_checked(void **state) {
  (void)state;
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  uint32_t zero = 0;
  assert_int_equal(invoke(func_of(instance, "recurse"), &zero, 1, NULL), W2O_TRAP_STACK_EXHAUSTED);
  w2o_set_max_stack(64 * 1024);
  assert_int_equal(w2o_get_max_stack(), 64 * 1024);
  assert_int_equal(invoke(func_of(instance, "recurse"), &zero, 1, NULL), W2O_TRAP_STACK_EXHAUSTED);
  w2o_set_max_stack(W2O_DEFAULT_MAX_STACK);
  assert_int_equal(invoke1_ok(func_of(instance, "load8"), 16), 'h');
  w2o_instance_free(instance);
}

/* In a thread whose stack is smaller than the allowed maximum, unchecked
 * recursion hits the thread's guard page: a fault the handler must turn into
 * a stack-exhaustion trap, on the alternate signal stack. */
static void *overflow_thread(void *arg) {
  const w2o_funcref_t *deep = arg;
  uint32_t zero = 0;
  static w2o_trap_t traps[2];
  traps[0] = invoke(deep, &zero, 1, NULL);
  traps[1] = invoke(deep, &zero, 1, NULL);
  return traps;
}

static void test_stack_overflow_fault(void **state) {
  (void)state;
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  pthread_attr_t attr;
  pthread_t thread;
  void *traps = NULL;
  w2o_set_max_stack(16u << 20);
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 512u * 1024u);
  assert_int_equal(pthread_create(&thread, &attr, overflow_thread, (void *)func_of(instance, "deep")), 0);
  pthread_join(thread, &traps);
  pthread_attr_destroy(&attr);
  w2o_set_max_stack(W2O_DEFAULT_MAX_STACK);
  assert_int_equal(((w2o_trap_t *)traps)[0], W2O_TRAP_STACK_EXHAUSTED);
  assert_int_equal(((w2o_trap_t *)traps)[1], W2O_TRAP_STACK_EXHAUSTED);
  w2o_instance_free(instance);
}

/* ---- Nested calls: wasm -> host -> wasm ---- */

typedef struct reenter {
  const w2o_funcref_t *inner; /* basic's "trap" */
  bool trap_after;            /* trap in the host after the inner call */
} reenter_t;

/* Host function (i32) -> i32: calls wasm that traps with `code`, then returns. */
static uint32_t host_reenter(void *env, uint32_t code) {
  const reenter_t *ctx = ((w2o_host_env_t *)env)->data;
  w2o_value_t arg = {.type = W2O_I32, .of.i32 = code};
  w2o_trap_t trap = w2o_call_unchecked(ctx->inner, &arg, NULL);
  if (ctx->trap_after)
    w2o_host_trap(W2O_OK);
  return 1000 + trap;
}

static const w2o_import_desc_t nest_imports[] = {
    {.module = "env", .module_len = 3, NAME("h"), .kind = W2O_EXTERN_FUNC, .index = T_I_I}};
static const uint32_t nest_func_types[] = {T_I_I};
static const void *const nest_code[] = {(const void *)f_call_import_i};
static const w2o_export_desc_t nest_exports[] = {{NAME("run"), .kind = W2O_EXTERN_FUNC, .index = 1}};
static const w2o_module_t nest_module = {.abi_version = W2O_ABI_VERSION,
                                         .name = "nest",
                                         .type_count = T_COUNT,
                                         .types = types,
                                         .entries = entries,
                                         .import_count = 1,
                                         .imports = nest_imports,
                                         .func_import_count = 1,
                                         .func_count = 1,
                                         .func_types = nest_func_types,
                                         .func_code = nest_code,
                                         .export_count = 1,
                                         .exports = nest_exports,
                                         .start = -1};

static void test_nested_calls(void **state) {
  (void)state;
  w2o_instance_t *basic = instantiate_ok(&basic_module, NULL, NULL);
  reenter_t ctx = {func_of(basic, "trap"), false};
  w2o_host_env_t env = {.data = &ctx};
  w2o_funcref_t host;
  w2o_host_func_init(&host, &env, (const void *)host_reenter, &types[T_I_I], entry_i_i);
  binding_t items[] = {{"env", "h", ext_func(&host)}};
  bindings_t b = {items, 1};
  w2o_instance_t *nest = instantiate_ok(&nest_module, resolve_bindings, &b);
  const w2o_funcref_t *run = func_of(nest, "run");

  assert_int_equal(invoke1_ok(run, W2O_TRAP_INTEGER_OVERFLOW), 1000 + W2O_TRAP_INTEGER_OVERFLOW);
  assert_int_equal(invoke1_ok(run, W2O_TRAP_UNREACHABLE), 1000 + W2O_TRAP_UNREACHABLE);
  assert_int_not_equal(env.stack_limit, 0); /* the caller stored its limit */
  ctx.trap_after = true;
  uint32_t code = W2O_TRAP_UNREACHABLE;
  assert_int_equal(invoke(run, &code, 1, NULL), W2O_TRAP_HOST);
  ctx.trap_after = false;
  assert_int_equal(invoke1_ok(run, W2O_TRAP_OUT_OF_FUEL), 1000 + W2O_TRAP_OUT_OF_FUEL);
  /* The host function alone, through w2o_call. */
  assert_int_equal(invoke1_ok(&host, W2O_TRAP_INTERRUPTED), 1000 + W2O_TRAP_INTERRUPTED);
  w2o_instance_free(nest);
  w2o_instance_free(basic);
}

/* ---- w2o_call argument checks ---- */

static void test_call_argument_mismatch(void **state) {
  (void)state;
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  const w2o_funcref_t *add = func_of(instance, "add");
  w2o_value_t args[3] = {{.type = W2O_I32, .of.i32 = 1}, {.type = W2O_I32, .of.i32 = 2}, {.type = W2O_I32}};
  w2o_value_t results[2];
  w2o_trap_t trap;
  assert_int_equal(w2o_call(add, args, 1, results, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
  assert_int_equal(w2o_call(add, args, 3, results, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
  assert_int_equal(w2o_call(add, args, 2, results, 0, &trap), W2O_STATUS_BAD_ARGUMENT);
  assert_int_equal(w2o_call(add, args, 2, results, 2, &trap), W2O_STATUS_BAD_ARGUMENT);
  args[1].type = W2O_I64;
  assert_int_equal(w2o_call(add, args, 2, results, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
  args[1].type = W2O_I32;
  assert_int_equal(w2o_call(NULL, args, 2, results, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
  w2o_funcref_t no_entry;
  w2o_host_env_t env = {0};
  w2o_host_func_init(&no_entry, &env, (const void *)f_add, &types[T_II_I], NULL);
  assert_int_equal(no_entry.type_id, add->type_id);
  assert_int_equal(w2o_call(&no_entry, args, 2, results, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
  assert_int_equal(w2o_call(add, args, 2, results, 1, &trap), W2O_STATUS_OK);
  assert_int_equal(trap, W2O_OK);
  assert_int_equal(results[0].of.i32, 3);
  w2o_instance_free(instance);
}

/* ---- Many instances, many threads ---- */

#define MANY_INSTANCES 300

static void test_many_instances(void **state) {
  (void)state;
  static w2o_instance_t *instances[MANY_INSTANCES];
  for (uint32_t i = 0; i < MANY_INSTANCES; i++) {
    instances[i] = instantiate_ok(&basic_module, NULL, NULL);
    assert_int_equal(invoke1_ok(func_of(instances[i], "store8"), i), i);
  }
  for (uint32_t i = 0; i < MANY_INSTANCES; i++) {
    const w2o_funcref_t *load8 = func_of(instances[i], "load8");
    assert_int_equal(invoke1_ok(load8, i), 0x5A);
    if (i > 0)
      assert_int_equal(invoke1_ok(load8, i - 1), i - 1 >= 16 && i - 1 < 21 ? "hello"[i - 17] : 0);
    uint32_t out = W2O_PAGE_SIZE + i;
    assert_int_equal(invoke(func_of(instances[i], "store8"), &out, 1, NULL), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  }
  for (uint32_t i = 0; i < MANY_INSTANCES; i++)
    w2o_instance_free(instances[i]);
}

static void *trap_loop(void *arg) {
  (void)arg;
  for (int round = 0; round < 50; round++) {
    w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
    uint32_t out = 0x80000000u, code = W2O_TRAP_INTEGER_DIVIDE_BY_ZERO;
    uint32_t args[2] = {(uint32_t)round, 1}, result = 0;
    assert_int_equal(invoke(func_of(instance, "store8"), &out, 1, NULL), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
    assert_int_equal(invoke(func_of(instance, "trap"), &code, 1, NULL), code);
    assert_int_equal(invoke(func_of(instance, "add"), args, 2, &result), W2O_OK);
    assert_int_equal(result, round + 1);
    w2o_instance_free(instance);
  }
  return NULL;
}

static void test_threads_trap_independently(void **state) {
  (void)state;
  pthread_t threads[4];
  for (int t = 0; t < 4; t++)
    assert_int_equal(pthread_create(&threads[t], NULL, trap_loop, NULL), 0);
  for (int t = 0; t < 4; t++)
    pthread_join(threads[t], NULL);
}

/* ---- Faults and traps that must not be swallowed ---- */

static void null_deref_inside_call(void) {
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  invoke(func_of(instance, "null"), NULL, 0, NULL);
}

static void null_deref_outside_call(void) {
  w2o_instance_t *instance = instantiate_ok(&basic_module, NULL, NULL);
  invoke1_ok(func_of(instance, "load8"), 0); /* installs the handlers */
  f_null_deref(NULL);
}

static void trap_outside_call(void) { w2o_trap(W2O_TRAP_UNREACHABLE); }

static void test_foreign_faults_not_swallowed(void **state) {
  (void)state;
  int status = run_in_child(null_deref_inside_call);
  assert_true(WIFSIGNALED(status));
  assert_int_equal(WTERMSIG(status), SIGSEGV);
  status = run_in_child(null_deref_outside_call);
  assert_true(WIFSIGNALED(status));
  assert_int_equal(WTERMSIG(status), SIGSEGV);
  status = run_in_child(trap_outside_call);
  assert_true(WIFSIGNALED(status));
  assert_int_equal(WTERMSIG(status), SIGABRT);
}

static struct sigaction runtime_segv, runtime_bus;

/* Runs a test with the runtime's fault handlers in place of cmocka's. */
static void with_runtime_handlers(void **state) {
  void (*test)(void **) = (void (*)(void **))(uintptr_t)*state;
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
  test(state);
}

#define RUNTIME_TEST(f) {#f, with_runtime_handlers, NULL, NULL, (void *)(uintptr_t)(f)}

/* Makes one call so the runtime installs its handlers, and saves them. */
static void save_runtime_handlers(void) {
  w2o_instance_t *instance = NULL;
  w2o_value_t args[2] = {{.type = W2O_I32}, {.type = W2O_I32}}, result;
  w2o_extern_t add;
  if (w2o_instantiate(&basic_module, NULL, NULL, &instance, NULL) != W2O_STATUS_OK ||
      !w2o_instance_export(instance, "add", 3, &add) ||
      w2o_call(add.of.func, args, 2, &result, 1, NULL) != W2O_STATUS_OK)
    abort();
  w2o_instance_free(instance);
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
}

int main(void) {
  save_runtime_handlers();
  const struct CMUnitTest tests[] = {
      RUNTIME_TEST(test_type_interning),
      RUNTIME_TEST(test_type_interning_threads),
      RUNTIME_TEST(test_instantiate_and_exports),
      RUNTIME_TEST(test_bad_abi_version),
      RUNTIME_TEST(test_extended_const_globals),
      RUNTIME_TEST(test_imports_resolved),
      RUNTIME_TEST(test_import_link_errors),
      RUNTIME_TEST(test_import_max_limits),
      RUNTIME_TEST(test_segments_out_of_bounds),
      RUNTIME_TEST(test_start_function),
      RUNTIME_TEST(test_memory_grow),
      RUNTIME_TEST(test_memory_huge_pages),
      RUNTIME_TEST(test_memory_pool_reuse),
      RUNTIME_TEST(test_memory_pool_matching),
      RUNTIME_TEST(test_memory_pool_threads),
      RUNTIME_TEST(test_table_grow),
      RUNTIME_TEST(test_table_get_set),
      RUNTIME_TEST(test_trap_messages),
      RUNTIME_TEST(test_every_trap_code),
      RUNTIME_TEST(test_guard_page_out_of_bounds),
      RUNTIME_TEST(test_stack_exhaustion_checked),
      RUNTIME_TEST(test_stack_overflow_fault),
      RUNTIME_TEST(test_nested_calls),
      RUNTIME_TEST(test_call_argument_mismatch),
      RUNTIME_TEST(test_many_instances),
      RUNTIME_TEST(test_threads_trap_independently),
      RUNTIME_TEST(test_foreign_faults_not_swallowed),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
