/*
 * test_exception.c — exception handling end to end, against
 * tests/wat/exception.wat, its importer tests/wat/exception_peer.wat and
 * exception_middle.wat (no exception handling of its own) compiled in one
 * configuration (EXC_PREFIX, MIDDLE_PREFIX and PEER_PREFIX name the
 * generated headers' prefixes). Throw and catch across wasm frames and
 * across modules with an imported tag, also through a module without
 * handlers; delegate and rethrow; 10,000 frames
 * each with a handler that rethrows; an uncaught exception reaching the
 * host as W2O_TRAP_EXCEPTION with its tag, payload and backtrace; a trap
 * that catch_all does not catch; the host boundary (an exception ends the
 * innermost host entry only); a host function that throws into wasm;
 * four threads throwing at once, each with its own instance.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include EXC_HEADER
#include MIDDLE_HEADER
#include PEER_HEADER

#define CAT2(a, b)   a##_##b
#define CAT(a, b)    CAT2(a, b)
#define EXC(name)    CAT(EXC_PREFIX, name)
#define PEER(name)   CAT(PEER_PREFIX, name)
#define MIDDLE(name) CAT(MIDDLE_PREFIX, name)

typedef struct fixture {
  w2o_instance_t *exc, *middle, *peer;
} fixture;

static fixture fx;

/* ---- the host functions the module imports ---- */

static w2o_host_env_t host_env;
static w2o_funcref_t call_back_ref, host_throw_ref;
static const uint8_t i32_to_i32[] = {W2O_I32, W2O_I32}, i32_only[] = {W2O_I32};

static const w2o_tag_t *export_tag(w2o_instance_t *instance, const char *name) {
  w2o_extern_t ext;
  assert_true(w2o_instance_export(instance, name, strlen(name), &ext));
  assert_int_equal(ext.kind, W2O_EXTERN_TAG);
  return ext.of.tag;
}

static const w2o_funcref_t *export_func(w2o_instance_t *instance, const char *name) {
  w2o_extern_t ext;
  assert_true(w2o_instance_export(instance, name, strlen(name), &ext));
  assert_int_equal(ext.kind, W2O_EXTERN_FUNC);
  return ext.of.func;
}

/* Calls "throw_e"(x) through a new host entry: it must end with the
 * uncaught exception; returns 1000 + 1 if it did, with tag e and payload x. */
static uint32_t call_back(void *env, uint32_t x) {
  (void)env;
  w2o_value_t arg = {.type = W2O_I32, .of.i32 = x}, payload;
  w2o_trap_t trap = W2O_OK;
  w2o_status_t status = w2o_call(export_func(fx.exc, "throw_e"), &arg, 1, NULL, 0, &trap);
  bool ok = status == W2O_STATUS_TRAP && trap == W2O_TRAP_EXCEPTION &&
            w2o_trap_exception_tag() == export_tag(fx.exc, "e") &&
            w2o_trap_exception_payload(&payload, 1) == 1 && payload.of.i32 == x;
  return 1000 + ok;
}

/* Throws tag e with payload x into its wasm caller. */
static void host_throw(void *env, uint32_t x) {
  (void)env;
  uint8_t slot[W2O_EXCEPTION_SLOT] = {0};
  memcpy(slot, &x, sizeof x);
  w2o_throw(export_tag(fx.exc, "e"), slot, 1);
}

static bool resolve(void *user, const w2o_import_desc_t *import, w2o_extern_t *out) {
  (void)user;
  bool host = import->module_len == 4 && memcmp(import->module, "host", 4) == 0;
  if (host && import->name_len == 9 && memcmp(import->name, "call_back", 9) == 0)
    *out = (w2o_extern_t){.kind = W2O_EXTERN_FUNC, .of.func = &call_back_ref};
  else if (host && import->name_len == 7 && memcmp(import->name, "throw_e", 7) == 0)
    *out = (w2o_extern_t){.kind = W2O_EXTERN_FUNC, .of.func = &host_throw_ref};
  else if (!host && import->module_len == 6 && memcmp(import->module, "middle", 6) == 0 && fx.middle)
    return w2o_instance_export(fx.middle, import->name, import->name_len, out);
  else if (!host && fx.exc)
    return w2o_instance_export(fx.exc, import->name, import->name_len, out);
  else
    return false;
  return true;
}

static int setup(void **state) {
  (void)state;
  const w2o_functype_t callback_type = {1, 1, i32_to_i32}, throw_type = {1, 0, i32_only};
  w2o_host_func_init(&call_back_ref, &host_env, (const void *)call_back, &callback_type, NULL);
  w2o_host_func_init(&host_throw_ref, &host_env, (const void *)host_throw, &throw_type, NULL);
  w2o_error_t err;
  if (w2o_instantiate(&EXC(module), resolve, NULL, &fx.exc, &err) != W2O_STATUS_OK ||
      w2o_instantiate(&MIDDLE(module), resolve, NULL, &fx.middle, &err) != W2O_STATUS_OK ||
      w2o_instantiate(&PEER(module), resolve, NULL, &fx.peer, &err) != W2O_STATUS_OK)
    return -1;
  return 0;
}

static int teardown(void **state) {
  (void)state;
  w2o_instance_free(fx.peer);
  w2o_instance_free(fx.middle);
  w2o_instance_free(fx.exc);
  return 0;
}

/* Calls export `name` of `instance` with one i32 (if it takes one); the
 * trap code, *result. */
static w2o_trap_t call1(w2o_instance_t *instance, const char *name, uint32_t x, uint32_t *result) {
  w2o_value_t arg = {.type = W2O_I32, .of.i32 = x}, out = {0};
  const w2o_funcref_t *f = export_func(instance, name);
  const w2o_functype_t *type = w2o_type_lookup(f->type_id);
  w2o_trap_t trap = W2O_OK;
  assert_int_not_equal(w2o_call(f, &arg, type->param_count, &out, type->result_count, &trap),
                       W2O_STATUS_BAD_ARGUMENT);
  if (result)
    *result = out.of.i32;
  return trap;
}

/* ---- the tests ---- */

static void catch_across_frames(void **state) {
  (void)state;
  uint32_t r = 0;
  assert_int_equal(call1(fx.exc, "catch_e", 41, &r), W2O_OK);
  assert_int_equal(r, 42);
  assert_null(w2o_trap_exception_tag()); /* an entry that returns forgets the last one */
}

static void catch_across_modules(void **state) {
  (void)state;
  uint32_t r = 0;
  assert_int_equal(call1(fx.peer, "catch_imported", 21, &r), W2O_OK);
  assert_int_equal(r, 42);
  /* through the frame of a module without exception handling */
  assert_int_equal(call1(fx.peer, "catch_relayed", 5, &r), W2O_OK);
  assert_int_equal(r, 1005);
  /* the peer's own tag, of the same type, is another tag */
  assert_int_equal(call1(fx.peer, "own_tag_misses", 5, NULL), W2O_TRAP_EXCEPTION);
  assert_ptr_equal(w2o_trap_exception_tag(), export_tag(fx.exc, "e"));
  /* thrown by the importer with the imported tag: the exporter's tag object */
  assert_int_equal(call1(fx.peer, "throw_imported", 7, NULL), W2O_TRAP_EXCEPTION);
  assert_ptr_equal(w2o_trap_exception_tag(), export_tag(fx.exc, "e"));
  w2o_value_t payload;
  assert_int_equal(w2o_trap_exception_payload(&payload, 1), 1);
  assert_int_equal(payload.type, W2O_I32);
  assert_int_equal(payload.of.i32, 7);
}

static void uncaught_reaches_the_host(void **state) {
  (void)state;
  w2o_value_t args[4] = {{.type = W2O_I32, .of.i32 = 0xdeadbeef},
                         {.type = W2O_I64, .of.i64 = 0x0123456789abcdefull},
                         {.type = W2O_F32, .of.f32 = 1.5f},
                         {.type = W2O_F64, .of.f64 = -2.25}};
  w2o_trap_t trap = W2O_OK;
  assert_int_equal(w2o_call(export_func(fx.exc, "throw_values"), args, 4, NULL, 0, &trap), W2O_STATUS_TRAP);
  assert_int_equal(trap, W2O_TRAP_EXCEPTION);
  assert_string_equal(w2o_trap_message(trap), "uncaught exception");
  assert_ptr_equal(w2o_trap_exception_tag(), export_tag(fx.exc, "values"));
  w2o_value_t payload[5];
  assert_int_equal(w2o_trap_exception_payload(payload, 5), 4);
  assert_int_equal(payload[0].type, W2O_I32);
  assert_int_equal(payload[0].of.i32, 0xdeadbeef);
  assert_int_equal(payload[1].type, W2O_I64);
  assert_int_equal(payload[1].of.i64, 0x0123456789abcdefull);
  assert_int_equal(payload[2].type, W2O_F32);
  assert_true(payload[2].of.f32 == 1.5f);
  assert_int_equal(payload[3].type, W2O_F64);
  assert_true(payload[3].of.f64 == -2.25);
  assert_int_equal(w2o_trap_exception_payload(payload, 2), 4); /* the length, whatever fits */
  w2o_frame_t frames[8];
  assert_true(w2o_trap_backtrace(frames, 8) >= 1);
  assert_ptr_equal(frames[0].module, &EXC(module));
  /* the instance still works, and the next entry forgets the exception */
  uint32_t r = 0;
  assert_int_equal(call1(fx.exc, "catch_e", 1, &r), W2O_OK);
  assert_int_equal(r, 2);
  assert_null(w2o_trap_exception_tag());
  assert_int_equal(w2o_trap_exception_payload(payload, 5), 0);
}

static void delegate_and_rethrow(void **state) {
  (void)state;
  uint32_t r = 0;
  assert_int_equal(call1(fx.exc, "delegate", 8, &r), W2O_OK);
  assert_int_equal(r, 8);
  assert_int_equal(call1(fx.exc, "rethrow", 3, &r), W2O_OK);
  assert_int_equal(r, 103);
}

static void deep_recursion(void **state) {
  (void)state;
  uint32_t r = 0;
  size_t max_stack = w2o_get_max_stack();
  w2o_set_max_stack(4u << 20); /* 10,000 frames of -O0 code need more than the default */
  w2o_trap_t trap = call1(fx.exc, "deep", 10000, &r);
  w2o_set_max_stack(max_stack);
  assert_int_equal(trap, W2O_OK);
  assert_int_equal(r, 12345);
  assert_int_equal(call1(fx.exc, "deep", 0, &r), W2O_OK);
  assert_int_equal(r, 12345);
}

static void trap_is_not_an_exception(void **state) {
  (void)state;
  assert_int_equal(call1(fx.exc, "trap_in_try", 0, NULL), W2O_TRAP_UNREACHABLE);
  assert_null(w2o_trap_exception_tag());
}

static void many_throws(void **state) {
  (void)state;
  uint32_t r = 0;
  assert_int_equal(call1(fx.exc, "loop", 100000, &r), W2O_OK);
  assert_int_equal(r, (uint32_t)(100000ull * 100001 / 2));
}

static void host_boundary(void **state) {
  (void)state;
  uint32_t r = 0;
  assert_int_equal(call1(fx.exc, "host_boundary", 77, &r), W2O_OK);
  assert_int_equal(r, 1001);
}

static void host_function_throws(void **state) {
  (void)state;
  uint32_t r = 0;
  assert_int_equal(call1(fx.exc, "host_throws", 99, &r), W2O_OK);
  assert_int_equal(r, 99);
}

/* One thread: its own instance, 20,000 throws caught, then an uncaught
 * exception whose tag is this thread's instance's. Returns NULL if all
 * went as expected. */
static void *thread_throws(void *unused) {
  (void)unused;
  w2o_instance_t *instance = NULL;
  if (w2o_instantiate(&EXC(module), resolve, NULL, &instance, NULL) != W2O_STATUS_OK)
    return (void *)"instantiate";
  uint32_t r = 0;
  const char *failure = NULL;
  for (int round = 0; round < 4 && !failure; round++) {
    w2o_value_t arg = {.type = W2O_I32, .of.i32 = 5000}, out;
    w2o_trap_t trap = W2O_OK;
    w2o_call(export_func(instance, "loop"), &arg, 1, &out, 1, &trap);
    r = out.of.i32;
    if (trap != W2O_OK || r != 5000u * 5001 / 2)
      failure = "loop";
    else if (w2o_call(export_func(instance, "throw_e"), &arg, 1, NULL, 0, &trap) != W2O_STATUS_TRAP ||
             trap != W2O_TRAP_EXCEPTION || w2o_trap_exception_tag() != export_tag(instance, "e"))
      failure = "uncaught";
  }
  w2o_instance_free(instance);
  return (void *)failure;
}

static void threads_throw_at_once(void **state) {
  (void)state;
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    assert_int_equal(pthread_create(&threads[i], NULL, thread_throws, NULL), 0);
  for (int i = 0; i < 4; i++) {
    void *failure = NULL;
    assert_int_equal(pthread_join(threads[i], &failure), 0);
    assert_null(failure);
  }
}

static void host_tags(void **state) {
  (void)state;
  const w2o_functype_t empty = {0, 0, NULL}, with_result = {1, 1, i32_to_i32};
  w2o_tag_t *tag = w2o_tag_new(&empty);
  assert_non_null(tag);
  assert_int_equal(tag->type_id, export_tag(fx.exc, "empty")->type_id);
  assert_ptr_not_equal(tag, export_tag(fx.exc, "empty"));
  w2o_tag_free(tag);
  assert_null(w2o_tag_new(&with_result)); /* a tag type has no results */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(catch_across_frames),
      cmocka_unit_test(catch_across_modules),
      cmocka_unit_test(uncaught_reaches_the_host),
      cmocka_unit_test(delegate_and_rethrow),
      cmocka_unit_test(deep_recursion),
      cmocka_unit_test(trap_is_not_an_exception),
      cmocka_unit_test(many_throws),
      cmocka_unit_test(host_boundary),
      cmocka_unit_test(host_function_throws),
      cmocka_unit_test(host_tags),
      cmocka_unit_test(threads_throw_at_once),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
