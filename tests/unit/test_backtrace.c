/*
 * test_backtrace.c — trap backtraces (runtime/src/backtrace.c) and their
 * source lines (runtime/src/symbolize.c), on compiled code.
 *
 * Built once per configuration against tests/wat/backtrace.wat and
 * tests/wat/backtrace_start.wat, compiled with -g and a name section
 * (BT_PREFIX, START_PREFIX name the generated headers' prefixes). BT_GUARD
 * is 1 for --bounds-checks=guard, where the out-of-bounds load faults and
 * the stack is recorded in the signal handler. BT_INLINED is 1 at -O2,
 * where LLVM may inline the direct chain $a -> $b -> $c; the chain through
 * call_indirect ($ia -> $ib -> $c) keeps its frames at every level.
 *
 * cmocka installs its own SIGSEGV handler around each test: tests that
 * need guard-page faults put the runtime's back first (saved in main).
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include BT_HEADER
#include START_HEADER
#include "w2o_symbolize.h"

#define CAT2(a, b)  a##_##b
#define CAT(a, b)   CAT2(a, b)
#define BT(name)    CAT(BT_PREFIX, name)
#define START(name) CAT(START_PREFIX, name)

enum { MODE_UNREACHABLE, MODE_OUT_OF_BOUNDS, MODE_DIVIDE, MODE_HOST, MODE_NONE };

static struct sigaction runtime_segv, runtime_bus;

static void use_runtime_handlers(void) {
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
}

typedef struct fixture {
  BT(instance_t) * inst;
  w2o_host_env_t fail_env;
  w2o_funcref_t fail;
  bool reenter;                              /* host "fail" first calls a(0) */
  w2o_frame_t inner[W2O_TRAP_BACKTRACE_MAX]; /* what it saw after that call */
  size_t inner_count;
  w2o_trap_t inner_trap;
} fixture;

/* Import host.fail: traps; if asked, first calls back into wasm, which traps. */
static void host_fail(w2o_host_env_t *env, uint32_t mode) {
  fixture *f = env->data;
  (void)mode;
  if (f->reenter) {
    uint32_t r;
    f->inner_trap = BT(a)(f->inst, MODE_UNREACHABLE, &r);
    f->inner_count = w2o_trap_backtrace(f->inner, W2O_TRAP_BACKTRACE_MAX);
  }
  w2o_host_trap(W2O_TRAP_HOST);
}

/* Makes the host function and an instance of the module; false on failure. */
static bool init_fixture(fixture *f) {
  static const uint8_t fail_types[] = {W2O_I32};
  static const w2o_functype_t fail_type = {1, 0, fail_types};
  f->fail_env.data = f;
  w2o_host_func_init(&f->fail, &f->fail_env, (const void *)host_fail, &fail_type, NULL);
  BT(imports_t) imports = {&f->fail};
  return BT(instantiate)(&f->inst, &imports, NULL) == W2O_STATUS_OK;
}

static int setup(void **state) {
  fixture *f = test_calloc(1, sizeof *f);
  assert_true(init_fixture(f));
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  BT(free)(f->inst);
  test_free(f);
  return 0;
}

/* Asserts that frames[0..n) are exactly the functions named in `names`. */
static void assert_names(const w2o_frame_t *frames, size_t n, const char *const *names, size_t count) {
  assert_int_equal(n, count);
  for (size_t i = 0; i < count; i++) {
    assert_non_null(frames[i].name);
    assert_string_equal(frames[i].name, names[i]);
    assert_ptr_equal(frames[i].module, &BT(module));
  }
}

static const char *const direct_chain[] = {"c", "b", "a"};
static const char *const indirect_chain[] = {"c", "ib", "ia"};

/* Calls ia(mode) (and a(mode) where it is not inlined), expecting `trap`
 * and the chain's names in the backtrace, innermost first. */
static void check_chains(fixture *f, uint32_t mode, w2o_trap_t trap, bool faulted) {
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  uint32_t r;
  assert_int_equal(BT(ia)(f->inst, mode, &r), trap);
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  assert_names(frames, n, indirect_chain, 3);
  assert_false(w2o_trap_backtrace_truncated());
  assert_int_equal(frames[0].return_address, !faulted);
  assert_true(frames[1].return_address && frames[2].return_address);
  /* Function indices count the one import first: c is 1, ib 4, ia 5. */
  assert_int_equal(frames[0].func_index, 1);
  assert_int_equal(frames[1].func_index, 4);
  assert_int_equal(frames[2].func_index, 5);
  if (BT_INLINED)
    return;
  assert_int_equal(BT(a)(f->inst, mode, &r), trap);
  n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  assert_names(frames, n, direct_chain, 3);
  assert_int_equal(frames[0].return_address, !faulted);
}

static void unreachable_names_the_callers(void **state) {
  check_chains(*state, MODE_UNREACHABLE, W2O_TRAP_UNREACHABLE, false);
}

/* In guard mode the innermost pc is the faulting load, not a return address. */
static void out_of_bounds_names_the_callers(void **state) {
  use_runtime_handlers();
  check_chains(*state, MODE_OUT_OF_BOUNDS, W2O_TRAP_MEMORY_OUT_OF_BOUNDS, BT_GUARD);
}

static void divide_by_zero_names_the_callers(void **state) {
  check_chains(*state, MODE_DIVIDE, W2O_TRAP_INTEGER_DIVIDE_BY_ZERO, false);
}

/* The host function's own frame is left out; its wasm callers are named. */
static void host_trap_names_the_wasm_callers(void **state) {
  check_chains(*state, MODE_HOST, W2O_TRAP_HOST, false);
}

/* A call that returns normally leaves no frames of an earlier trap. */
static void no_stale_frames(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  uint32_t r;
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 3);
  assert_int_equal(BT(ia)(f->inst, MODE_NONE, &r), W2O_OK);
  assert_int_equal(r, 44);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 0);
  assert_false(w2o_trap_backtrace_truncated());
  /* A failed instantiation without a trap forgets the earlier trap too. */
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  BT(instance_t) *other = NULL;
  BT(imports_t) none = {NULL};
  assert_int_equal(BT(instantiate)(&other, &none, NULL), W2O_STATUS_LINK_ERROR);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 0);
}

/* `max` bounds what is written; bad arguments give 0. */
static void partial_and_bad_requests(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[2];
  uint32_t r;
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  assert_int_equal(w2o_trap_backtrace(frames, 2), 2);
  assert_names(frames, 2, indirect_chain, 2);
  assert_int_equal(w2o_trap_backtrace(frames, 0), 0);
  assert_int_equal(w2o_trap_backtrace(NULL, 5), 0);
}

/* Recording off: traps still work, no frames. */
static void recording_can_be_turned_off(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  uint32_t r;
  assert_true(w2o_get_trap_backtrace());
  w2o_set_trap_backtrace(false);
  assert_false(w2o_get_trap_backtrace());
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  w2o_set_trap_backtrace(true);
  assert_int_equal(n, 0);
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 3);
}

/* Deep recursion: the innermost W2O_TRAP_BACKTRACE_MAX frames, marked truncated. */
static void deep_stack_is_truncated(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX + 1];
  uint32_t r;
  assert_int_equal(BT(recurse)(f->inst, 0, &r), W2O_TRAP_STACK_EXHAUSTED);
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX + 1);
  assert_int_equal(n, W2O_TRAP_BACKTRACE_MAX);
  assert_true(w2o_trap_backtrace_truncated());
  for (size_t i = 0; i < n; i++)
    assert_string_equal(frames[i].name, "recurse");
}

/* A nested host entry records only the frames inside it. */
static void nested_entry_records_its_own_frames(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  uint32_t r;
  f->reenter = true;
  assert_int_equal(BT(ia)(f->inst, MODE_HOST, &r), W2O_TRAP_HOST);
  f->reenter = false;
  assert_int_equal(f->inner_trap, W2O_TRAP_UNREACHABLE);
  if (!BT_INLINED)
    assert_names(f->inner, f->inner_count, direct_chain, 3);
  /* $a may hold $b and $c inlined; never the outer $ib, $ia */
  assert_true(f->inner_count >= 1 && f->inner_count <= 3);
  assert_string_equal(f->inner[f->inner_count - 1].name, "a");
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  assert_names(frames, n, indirect_chain, 3);
}

/* Frames are named while the instance lives, and kept once looked at. */
static void frames_need_a_live_instance(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  uint32_t r;
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  BT(free)(f->inst);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 0);
  assert_true(init_fixture(f));
  assert_int_equal(BT(ia)(f->inst, MODE_UNREACHABLE, &r), W2O_TRAP_UNREACHABLE);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 3);
  BT(free)(f->inst);
  assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 3);
  assert_true(init_fixture(f));
}

/* Each thread has its own backtrace; one thread's fault does not touch another's. */
static void *trap_in_thread(void *arg) {
  fixture *f = arg;
  static w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  static size_t n;
  uint32_t r;
  if (BT(ia)(f->inst, MODE_OUT_OF_BOUNDS, &r) == W2O_TRAP_MEMORY_OUT_OF_BOUNDS)
    n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  return n == 3 && frames[0].return_address == !BT_GUARD ? frames : NULL;
}

static void threads_have_their_own(void **state) {
  fixture *f = *state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  pthread_t thread;
  void *seen = NULL;
  uint32_t r;
  use_runtime_handlers();
  assert_int_equal(BT(ia)(f->inst, MODE_DIVIDE, &r), W2O_TRAP_INTEGER_DIVIDE_BY_ZERO);
  assert_int_equal(pthread_create(&thread, NULL, trap_in_thread, f), 0);
  pthread_join(thread, &seen);
  assert_non_null(seen);
  assert_names(seen, 3, indirect_chain, 3);
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  assert_names(frames, n, indirect_chain, 3);
  assert_true(frames[0].return_address); /* still the divide's, not the thread's fault */
}

/* A trapping start function: the failed w2o_instantiate keeps its frames. */
static void start_function_trap(void **state) {
  (void)state;
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  START(instance_t) *inst = NULL;
  w2o_error_t err;
  assert_int_equal(START(instantiate)(&inst, NULL, &err), W2O_STATUS_TRAP);
  assert_int_equal(err.trap, W2O_TRAP_UNREACHABLE);
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  assert_true(n >= 1);
  assert_string_equal(frames[n - 1].name, "init");
  assert_ptr_equal(frames[0].module, &START(module));
  if (!BT_INLINED) {
    assert_int_equal(n, 2);
    assert_string_equal(frames[0].name, "boom");
  }
}

/* Line `line` (1-based) of `path`, into buf; false if there is none. */
static bool read_line(const char *path, unsigned line, char *buf, size_t size) {
  FILE *f = fopen(path, "r");
  bool found = false;
  for (unsigned i = 1; f != NULL && fgets(buf, (int)size, f) != NULL; i++) {
    if (i == line) {
      found = true;
      break;
    }
  }
  if (f != NULL)
    fclose(f);
  return found;
}

/* The listing line of a frame must show `instruction`. */
static void assert_listing_line(const w2o_frame_t *frame, const char *instruction) {
  char file[1024], text[256];
  unsigned line;
  assert_true(w2o_frame_source(frame, file, sizeof file, &line));
  size_t len = strlen(file);
  assert_true(len > 4 && strcmp(file + len - 4, ".lst") == 0); /* no DWARF of its own */
  assert_true(read_line(file, line, text, sizeof text));
  if (strstr(text, instruction) == NULL)
    fail_msg("%s:%u is \"%s\", expected %s", file, line, text, instruction);
}

/* -g: each frame's line in the listing is its trapping instruction or call. */
static void source_lines_from_dwarf(void **state) {
  fixture *f = *state;
  static const struct {
    uint32_t mode;
    const char *instruction;
  } cases[] = {{MODE_UNREACHABLE, "unreachable"},
               {MODE_OUT_OF_BOUNDS, "i32.load"},
               {MODE_DIVIDE, "i32.div_u"},
               {MODE_HOST, "call"}};
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  uint32_t r;
  use_runtime_handlers();
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    assert_int_not_equal(BT(ia)(f->inst, cases[i].mode, &r), W2O_OK);
    assert_int_equal(w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX), 3);
    assert_listing_line(&frames[0], cases[i].instruction);
    assert_listing_line(&frames[1], "call_indirect");
    assert_listing_line(&frames[2], "call_indirect");
  }
}

/* Bad arguments and code without line information give false, an empty name and 0. */
static void source_lookup_failures(void **state) {
  (void)state;
  char file[64] = "x";
  unsigned line = 7;
  w2o_frame_t nowhere = {.pc = 16, .return_address = false};
  w2o_frame_t frame = {.pc = (uintptr_t)&source_lookup_failures};
  assert_false(w2o_frame_source(NULL, file, sizeof file, &line));
  assert_string_equal(file, "");
  assert_int_equal(line, 0);
  assert_false(w2o_frame_source(&frame, NULL, sizeof file, &line));
  assert_false(w2o_frame_source(&frame, file, 0, &line));
  assert_false(w2o_frame_source(&frame, file, sizeof file, NULL));
  assert_false(w2o_frame_source(&nowhere, file, sizeof file, &line));
  /* A short buffer gets the name cut, still NUL-terminated. */
  char tiny[4];
  assert_true(w2o_frame_source(&frame, tiny, sizeof tiny, &line));
  assert_int_equal(strlen(tiny), 3);
  assert_true(line > 0);
  /* w2o_frame_sources: the same failures give 0; this test function (no
   * inlining at its start) is one frame, not inlined, with its file. */
  w2o_source_frame_t src[4];
  assert_int_equal(w2o_frame_sources(NULL, src, 4), 0);
  assert_int_equal(w2o_frame_sources(&frame, NULL, 4), 0);
  assert_int_equal(w2o_frame_sources(&frame, src, 0), 0);
  assert_int_equal(w2o_frame_sources(&nowhere, src, 4), 0);
  assert_int_equal(w2o_frame_sources(&frame, src, 4), 1);
  assert_false(src[0].inlined);
  assert_string_equal(src[0].function, "source_lookup_failures");
  assert_non_null(strstr(src[0].file, "test_backtrace.c"));
}

/* The first host->wasm call installs the runtime's signal handlers. */
static void save_runtime_handlers(void) {
  fixture f = {0};
  uint32_t r;
  if (init_fixture(&f)) {
    (void)BT(ia)(f.inst, MODE_NONE, &r);
    BT(free)(f.inst);
  }
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
}

#define BT_TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void) {
  save_runtime_handlers();
  const struct CMUnitTest tests[] = {
      BT_TEST(unreachable_names_the_callers),
      BT_TEST(out_of_bounds_names_the_callers),
      BT_TEST(divide_by_zero_names_the_callers),
      BT_TEST(host_trap_names_the_wasm_callers),
      BT_TEST(no_stale_frames),
      BT_TEST(partial_and_bad_requests),
      BT_TEST(recording_can_be_turned_off),
      BT_TEST(deep_stack_is_truncated),
      BT_TEST(nested_entry_records_its_own_frames),
      BT_TEST(frames_need_a_live_instance),
      BT_TEST(threads_have_their_own),
      cmocka_unit_test(start_function_trap),
      BT_TEST(source_lines_from_dwarf),
      cmocka_unit_test(source_lookup_failures),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
