/*
 * test_exec.c — compiled code behaves as WebAssembly says, end to end.
 *
 * Built once per bounds-check mode and optimization level against modules
 * compiled from tests/wat/exec.wat and tests/wat/peer.wat (EXEC_PREFIX and
 * PEER_PREFIX name the generated headers' prefixes). Checks every trap kind,
 * that the instance is usable after a trap, accesses at x + c (c < 0) where
 * x + c wraps, memory growth against the
 * module's maximum and the host's limit, stack exhaustion, tables and
 * indirect calls across modules, multi-value, globals and many instances.
 */
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include EXEC_HEADER
#include PEER_HEADER

#define CAT2(a, b) a##_##b
#define CAT(a, b)  CAT2(a, b)
#define EX(name)   CAT(EXEC_PREFIX, name)
#define PEER(name) CAT(PEER_PREFIX, name)

/* cmocka installs its own SIGSEGV/SIGBUS handlers around each test, which
 * would hide the runtime's guard-page handler: tests that rely on it put the
 * runtime's handlers (saved in main) back first. */
static struct sigaction runtime_segv, runtime_bus;

static void use_runtime_handlers(void) {
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
}

typedef struct fixture {
  PEER(instance_t) * peer;
  EX(instance_t) * exec;
  w2o_host_env_t bump_env;
  w2o_funcref_t bump;
  uint64_t bumps;
} fixture;

static uint64_t host_bump(w2o_host_env_t *env, uint64_t by) {
  fixture *f = env->data;
  f->bumps += by;
  if (by == 99)
    w2o_host_trap(W2O_TRAP_HOST);
  return f->bumps;
}

static int setup(void **state) {
  static const uint8_t bump_types[] = {W2O_I64, W2O_I64};
  static const w2o_functype_t bump_type = {1, 1, bump_types};
  fixture *f = test_calloc(1, sizeof *f);
  f->bump_env.data = f;
  w2o_host_func_init(&f->bump, &f->bump_env, (const void *)host_bump, &bump_type, NULL);
  w2o_error_t err;
  assert_int_equal(PEER(instantiate)(&f->peer, NULL, &err), W2O_STATUS_OK);
  w2o_extern_t triple;
  assert_true(w2o_instance_export(f->peer, "triple", 6, &triple));
  EX(imports_t) imports = {triple.of.func, &f->bump};
  assert_int_equal(EX(instantiate)(&f->exec, &imports, &err), W2O_STATUS_OK);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  EX(free)(f->exec);
  PEER(free)(f->peer);
  test_free(f);
  return 0;
}

static void arithmetic(void **state) {
  fixture *f = *state;
  uint32_t r;
  uint64_t r64;
  assert_int_equal(EX(add)(f->exec, 2, 3, &r), W2O_OK);
  assert_int_equal(r, 5);
  assert_int_equal(EX(rem_s)(f->exec, 0x80000000u, (uint32_t)-1, &r), W2O_OK);
  assert_int_equal(r, 0);
  assert_int_equal(EX(rotl)(f->exec, 0x80000001u, 33, &r), W2O_OK);
  assert_int_equal(r, 0x00000003u);
  assert_int_equal(EX(shl64)(f->exec, 1, 65, &r64), W2O_OK);
  assert_int_equal(r64, 2);
  assert_int_equal(EX(clz)(f->exec, 0, &r), W2O_OK);
  assert_int_equal(r, 32);
  assert_int_equal(EX(ext8)(f->exec, 0x80, &r), W2O_OK);
  assert_int_equal(r, 0xFFFFFF80u);
  assert_int_equal(EX(trunc_sat_f64_s)(f->exec, 1e300, &r), W2O_OK);
  assert_int_equal(r, 0x7FFFFFFF);
  assert_int_equal(EX(trunc_sat_f64_s)(f->exec, NAN, &r), W2O_OK);
  assert_int_equal(r, 0);
}

static void float_semantics(void **state) {
  fixture *f = *state;
  double d;
  float x;
  assert_int_equal(EX(min)(f->exec, 0.0, -0.0, &d), W2O_OK);
  assert_true(d == 0.0 && signbit(d));
  assert_int_equal(EX(min)(f->exec, NAN, 1.0, &d), W2O_OK);
  assert_true(isnan(d));
  assert_int_equal(EX(nearest)(f->exec, 2.5f, &x), W2O_OK);
  assert_true(x == 2.0f);
  assert_int_equal(EX(nearest)(f->exec, -0.5f, &x), W2O_OK);
  assert_true(x == 0.0f && signbit(x));
}

/* Every trap kind a module can raise, each followed by a successful call. */
static void traps_and_recovery(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint32_t r;
  uint64_t r64;
  assert_int_equal(EX(div_s)(f->exec, 1, 0, &r), W2O_TRAP_INTEGER_DIVIDE_BY_ZERO);
  assert_int_equal(EX(div_s)(f->exec, 0x80000000u, (uint32_t)-1, &r), W2O_TRAP_INTEGER_OVERFLOW);
  assert_int_equal(EX(div_u64)(f->exec, 1, 0, &r64), W2O_TRAP_INTEGER_DIVIDE_BY_ZERO);
  assert_int_equal(EX(trunc_f32_s)(f->exec, NAN, &r), W2O_TRAP_INVALID_CONVERSION);
  assert_int_equal(EX(trunc_f32_s)(f->exec, 2147483648.0f, &r), W2O_TRAP_INTEGER_OVERFLOW);
  assert_int_equal(EX(trunc_f32_s)(f->exec, -2147483648.0f, &r), W2O_OK);
  assert_int_equal(r, 0x80000000u);
  assert_int_equal(EX(trunc_f64_u64)(f->exec, -1.0, &r64), W2O_TRAP_INTEGER_OVERFLOW);
  assert_int_equal(EX(trunc_f64_u64)(f->exec, -0.9, &r64), W2O_OK);
  assert_int_equal(r64, 0);
  assert_int_equal(EX(unreachable)(f->exec), W2O_TRAP_UNREACHABLE);
  assert_int_equal(EX(load64)(f->exec, 65536 - 7, &r64), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(load64)(f->exec, 0xFFFFFFFFu, &r64), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(store32)(f->exec, 65533, 1), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(call_indirect)(f->exec, 3, 1, &r), W2O_TRAP_UNINITIALIZED_ELEMENT);
  assert_int_equal(EX(call_indirect)(f->exec, 4, 1, &r), W2O_TRAP_UNDEFINED_ELEMENT);
  assert_int_equal(EX(call_indirect)(f->exec, 2, 1, &r), W2O_TRAP_INDIRECT_CALL_TYPE_MISMATCH);
  assert_int_equal(EX(call_bump)(f->exec, 99, &r64), W2O_TRAP_HOST);
  assert_int_equal(EX(add)(f->exec, 40, 2, &r), W2O_OK);
  assert_int_equal(r, 42);
}

static void memory_access_and_growth(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint32_t r;
  uint64_t r64;
  assert_int_equal(EX(load64)(f->exec, 8, &r64), W2O_OK);
  assert_int_equal(r64, 0x0807060504030201ull);
  assert_int_equal(EX(load8_s)(f->exec, 65533, &r), W2O_OK); /* offset 2: last byte */
  assert_int_equal(EX(load8_s)(f->exec, 65534, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(store32)(f->exec, 65532, 0xFFFFFF85u), W2O_OK); /* unaligned last word */
  assert_int_equal(EX(load8_s)(f->exec, 65530, &r), W2O_OK);
  assert_int_equal(r, 0xFFFFFF85u);
  assert_int_equal(EX(grow)(f->exec, 1, &r), W2O_OK);
  assert_int_equal(r, 1);
  assert_int_equal(EX(size)(f->exec, &r), W2O_OK);
  assert_int_equal(r, 2);
  assert_int_equal(EX(load64)(f->exec, 65536, &r64), W2O_OK); /* the new page is zeroed */
  assert_int_equal(r64, 0);
  assert_int_equal(EX(grow)(f->exec, 3, &r), W2O_OK); /* past the maximum of 4 */
  assert_int_equal(r, 0xFFFFFFFFu);
  w2o_memory_set_limit(EX(memory_memory)(f->exec), 3);
  assert_int_equal(EX(grow)(f->exec, 2, &r), W2O_OK); /* past the host's limit */
  assert_int_equal(r, 0xFFFFFFFFu);
  assert_int_equal(EX(grow)(f->exec, 1, &r), W2O_OK);
  assert_int_equal(r, 2);
  assert_int_equal(EX(grow)(f->exec, 0, &r), W2O_OK);
  assert_int_equal(r, 3);
  assert_int_equal(EX(load64)(f->exec, 3 * 65536 - 8, &r64), W2O_OK);
  assert_int_equal(EX(load64)(f->exec, 3 * 65536 - 7, &r64), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

/* Accesses at x + c with c < 0, which the compiler makes base + x + c: the
 * same bytes where x + c does not wrap, a trap where it wraps past zero
 * (the wasm address is then above the memory, the native one below it). */
static void negative_offsets(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint32_t r;
  assert_int_equal(EX(load_below)(f->exec, 12, &r), W2O_OK);
  assert_int_equal(r, 0x04030201u);
  assert_int_equal(EX(load_below)(f->exec, 4, &r), W2O_OK);
  assert_int_equal(r, 0);
  for (uint32_t x = 0; x < 4; x++)
    assert_int_equal(EX(load_below)(f->exec, x, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(load_below)(f->exec, 65536 + 1, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(store_below)(f->exec, 65536 + 65532, 0xA5A5A5A5u), W2O_OK); /* the last word */
  assert_int_equal(EX(load_below)(f->exec, 65536, &r), W2O_OK);
  assert_int_equal(r, 0xA5A5A5A5u);
  assert_int_equal(EX(store_below)(f->exec, 65536, 7), W2O_OK); /* address 0 */
  assert_int_equal(EX(load_below)(f->exec, 4, &r), W2O_OK);
  assert_int_equal(r, 7);
  assert_int_equal(EX(store_below)(f->exec, 65535, 1), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(store_below)(f->exec, 0, 1), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(load_below)(f->exec, 4, &r), W2O_OK); /* neither trapping store wrote */
  assert_int_equal(r, 7);
  /* (sp - 1) * 4 + fp: wraps twice and lands on 0 for sp 0, fp 4 */
  assert_int_equal(EX(load_slot)(f->exec, 0, 4, &r), W2O_OK);
  assert_int_equal(r, 7);
  assert_int_equal(EX(load_slot)(f->exec, 2, 4, &r), W2O_OK);
  assert_int_equal(r, 0x04030201u);
  assert_int_equal(EX(load_slot)(f->exec, 0, 0, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(load_slot)(f->exec, 0, 3, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  /* offset 8 on x - 16: x = 8 is 2^32 - 8 + 8, out of bounds */
  assert_int_equal(EX(load_below_offset)(f->exec, 16, &r), W2O_OK);
  assert_int_equal(r, 0x04030201u);
  assert_int_equal(EX(load_below_offset)(f->exec, 8, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(EX(load_below_offset)(f->exec, 12, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  /* x + 8 wrapping to 0: in bounds (not folded; base + x + 8 would fault) */
  assert_int_equal(EX(load_above)(f->exec, 0xFFFFFFF8u, &r), W2O_OK);
  assert_int_equal(r, 7);
  assert_int_equal(EX(load_above)(f->exec, 0, &r), W2O_OK);
  assert_int_equal(r, 0x04030201u);
}

static void stack_exhaustion(void **state) {
  fixture *f = *state;
  uint32_t r;
  assert_int_equal(EX(recurse)(f->exec, 1000, &r), W2O_OK);
  assert_int_equal(r, 1000);
  assert_int_equal(EX(forever)(f->exec, 0, &r), W2O_TRAP_STACK_EXHAUSTED);
  assert_int_equal(EX(forever)(f->exec, 0, &r), W2O_TRAP_STACK_EXHAUSTED);
  assert_int_equal(EX(recurse)(f->exec, 100, &r), W2O_OK);
  assert_int_equal(r, 100);
  /* Recursion in an else arm and in a loop: stopped by the checks at the
   * limit (W2O_DEFAULT_MAX_STACK of frames of 16 bytes or more), long
   * before the thread's guard page (megabytes away). */
  for (uint32_t loop = 0; loop < 2; loop++) {
    uint32_t depth = 0;
    assert_int_equal(EX(deep)(f->exec, loop, &r), W2O_TRAP_STACK_EXHAUSTED);
    assert_int_equal(EX(depth)(f->exec, &depth), W2O_OK);
    assert_in_range(depth, 1000, W2O_DEFAULT_MAX_STACK / 16);
  }
}

static void cross_module_calls(void **state) {
  fixture *f = *state;
  uint32_t r;
  assert_int_equal(EX(call_triple)(f->exec, 5, &r), W2O_OK);
  assert_int_equal(r, 15);
  assert_int_equal(EX(call_indirect)(f->exec, 0, 7, &r), W2O_OK); /* peer's function via exec's table */
  assert_int_equal(r, 21);
  assert_int_equal(EX(call_indirect)(f->exec, 1, 7, &r), W2O_OK);
  assert_int_equal(r, 14);
  assert_int_equal(PEER(global_count)(f->peer)->value.i32, 2);
  uint64_t bumps;
  assert_int_equal(EX(call_bump)(f->exec, 5, &bumps), W2O_OK);
  assert_int_equal(bumps, 5);
}

static void multi_value_and_control(void **state) {
  fixture *f = *state;
  uint64_t a;
  uint32_t b, r;
  assert_int_equal(EX(swap)(f->exec, 7, 9, &a, &b), W2O_OK);
  assert_int_equal(a, 9);
  assert_int_equal(b, 7);
  assert_int_equal(PEER(pair)(f->peer, 4, &b, &r), W2O_OK);
  assert_int_equal(b, 4);
  assert_int_equal(r, 5);
  assert_int_equal(EX(sum_pair)(f->exec, 5, &r), W2O_OK);
  assert_int_equal(r, 15);
  static const uint32_t expect[] = {100, 200, 300, 300, 300};
  for (uint32_t i = 0; i < 5; i++) {
    assert_int_equal(EX(br_table)(f->exec, i == 4 ? 0xFFFFFFFFu : i, &r), W2O_OK);
    assert_int_equal(r, expect[i]);
  }
}

static void globals_and_generic_calls(void **state) {
  fixture *f = *state;
  uint64_t v;
  assert_int_equal(EX(get_g)(f->exec, &v), W2O_OK);
  assert_int_equal(v, 42);
  assert_int_equal(EX(set_g)(f->exec, 7), W2O_OK);
  assert_int_equal(EX(global_g)(f->exec)->value.i64, 7);
  w2o_extern_t add;
  assert_true(w2o_instance_export(f->exec, "add", 3, &add));
  w2o_value_t args[2] = {{.type = W2O_I32, .of.i32 = 20}, {.type = W2O_I32, .of.i32 = 22}}, res[1];
  w2o_trap_t trap;
  assert_int_equal(w2o_call(add.of.func, args, 2, res, 1, &trap), W2O_STATUS_OK);
  assert_int_equal(res[0].type, W2O_I32);
  assert_int_equal(res[0].of.i32, 42);
  args[1].type = W2O_I64;
  assert_int_equal(w2o_call(add.of.func, args, 2, res, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
  assert_int_equal(w2o_call(add.of.func, args, 1, res, 1, &trap), W2O_STATUS_BAD_ARGUMENT);
}

/* An interpreter's dispatch loop (its conditional jump a branch at -O2)
 * and a tree walk (its select a conditional move) compute what they did. */
static void selects_in_loops(void **state) {
  fixture *f = *state;
  uint32_t r;
  static const uint32_t sums[][2] = {{0, 0}, {1, 1}, {10, 55}, {100000, 705082704u}};
  for (size_t i = 0; i < sizeof sums / sizeof sums[0]; i++) {
    assert_int_equal(EX(interpret)(f->exec, sums[i][0], &r), W2O_OK);
    assert_int_equal(r, sums[i][1]);
  }
  /* nodes {left, right, key} at 2000 (key 50), 2012 (20), 2024 (80), 2036 (30) */
  static const uint32_t nodes[] = {2012, 2024, 50, 0, 2036, 20, 0, 0, 80, 0, 0, 30};
  for (uint32_t i = 0; i < 12; i++)
    assert_int_equal(EX(store32)(f->exec, 2000 + 4 * i, nodes[i]), W2O_OK);
  static const uint32_t depths[][2] = {{10, 2}, {25, 3}, {35, 3}, {60, 2}, {50, 2}, {49, 3}};
  for (size_t i = 0; i < sizeof depths / sizeof depths[0]; i++) {
    assert_int_equal(EX(tree_depth)(f->exec, 2000, depths[i][0], &r), W2O_OK);
    assert_int_equal(r, depths[i][1]);
  }
  assert_int_equal(EX(tree_depth)(f->exec, 2012, 5, &r), W2O_OK);
  assert_int_equal(r, 1);
  assert_int_equal(EX(tree_depth)(f->exec, 0, 5, &r), W2O_OK);
  assert_int_equal(r, 0);
}

/* Many instances at once, each with its own memory and globals. */
static void many_instances(void **state) {
  fixture *f = *state;
  enum { N = 64 };
  EX(instance_t) * inst[N];
  w2o_extern_t triple;
  assert_true(w2o_instance_export(f->peer, "triple", 6, &triple));
  EX(imports_t) imports = {triple.of.func, &f->bump};
  w2o_error_t err;
  for (int i = 0; i < N; i++) {
    assert_int_equal(EX(instantiate)(&inst[i], &imports, &err), W2O_STATUS_OK);
    assert_int_equal(EX(set_g)(inst[i], (uint64_t)i), W2O_OK);
    assert_int_equal(EX(store32)(inst[i], 100, (uint32_t)i * 3), W2O_OK);
  }
  for (int i = 0; i < N; i++) {
    uint64_t g;
    assert_int_equal(EX(get_g)(inst[i], &g), W2O_OK);
    assert_int_equal(g, (uint64_t)i);
    uint32_t word;
    memcpy(&word, EX(memory_memory)(inst[i])->base + 100, 4);
    assert_int_equal(word, (uint32_t)i * 3);
    EX(free)(inst[i]);
  }
}

static void missing_import_is_a_link_error(void **state) {
  (void)state;
  EX(instance_t) *inst = NULL;
  EX(imports_t) imports = {NULL, NULL};
  w2o_error_t err;
  assert_int_equal(EX(instantiate)(&inst, &imports, &err), W2O_STATUS_LINK_ERROR);
  assert_null(inst);
}

/* The first host->wasm call installs the runtime's signal handlers. */
static void save_runtime_handlers(void) {
  PEER(instance_t) * peer;
  w2o_error_t err;
  uint32_t a, b;
  if (PEER(instantiate)(&peer, NULL, &err) == W2O_STATUS_OK) {
    PEER(pair)(peer, 1, &a, &b);
    PEER(free)(peer);
  }
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
}

int main(void) {
  save_runtime_handlers();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(arithmetic, setup, teardown),
      cmocka_unit_test_setup_teardown(float_semantics, setup, teardown),
      cmocka_unit_test_setup_teardown(traps_and_recovery, setup, teardown),
      cmocka_unit_test_setup_teardown(memory_access_and_growth, setup, teardown),
      cmocka_unit_test_setup_teardown(negative_offsets, setup, teardown),
      cmocka_unit_test_setup_teardown(stack_exhaustion, setup, teardown),
      cmocka_unit_test_setup_teardown(cross_module_calls, setup, teardown),
      cmocka_unit_test_setup_teardown(multi_value_and_control, setup, teardown),
      cmocka_unit_test_setup_teardown(globals_and_generic_calls, setup, teardown),
      cmocka_unit_test_setup_teardown(many_instances, setup, teardown),
      cmocka_unit_test_setup_teardown(selects_in_loops, setup, teardown),
      cmocka_unit_test(missing_import_is_a_link_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
