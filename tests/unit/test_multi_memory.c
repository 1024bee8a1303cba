/*
 * test_multi_memory.c — several memories, end to end: tests/wat/multi_memory.wat
 * (memory 0 imported, memories 1 and 2 defined) linked against the memory
 * exported by tests/wat/multi_memory_provider.wat, both compiled in one
 * configuration (MM_PREFIX / MMP_PREFIX name the generated headers'
 * prefixes). Each instruction reaches the memory it names: the provider
 * sees the importer's writes to its memory, copies go between memories,
 * growing one leaves the others' sizes alone, and every memory traps at its
 * own end.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include MM_HEADER
#include MMP_HEADER

#define CAT2(a, b) a##_##b
#define CAT(a, b)  CAT2(a, b)
#define MM(name)   CAT(MM_PREFIX, name)
#define MMP(name)  CAT(MMP_PREFIX, name)

typedef struct fixture {
  MMP(instance_t) * provider;
  MM(instance_t) * user;
} fixture;

/* cmocka replaces the SIGSEGV handler around each test (see
 * test_runtime.c): guard-mode traps need the runtime's, saved in main(). */
static struct sigaction runtime_segv, runtime_bus;

static int setup(void **state) {
  static fixture f;
  w2o_error_t err;
  assert_int_equal(MMP(instantiate)(&f.provider, NULL, &err), W2O_STATUS_OK);
  MM(imports_t) imports = {.provider_mem = MMP(memory_mem)(f.provider)};
  assert_int_equal(MM(instantiate)(&f.user, &imports, &err), W2O_STATUS_OK);
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  MM(free)(f->user);
  MMP(free)(f->provider);
  return 0;
}

static uint32_t call1(w2o_trap_t (*fn)(MM(instance_t) *, uint32_t, uint32_t *), MM(instance_t) * in,
                      uint32_t a) {
  uint32_t r = 0xdead;
  assert_int_equal(fn(in, a, &r), W2O_OK);
  return r;
}

static uint32_t peek(fixture *f, uint32_t at) {
  uint32_t r = 0xdead;
  assert_int_equal(MMP(peek)(f->provider, at, &r), W2O_OK);
  return r;
}

/* Data segments went to their memories; the imported one is the provider's. */
static void each_memory_its_own(void **state) {
  fixture *f = *state;
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
  assert_int_equal(call1(MM(load_own), f->user, 16), 'h');
  assert_int_equal(call1(MM(load_shared), f->user, 16), 0);
  assert_int_equal(call1(MM(load_shared), f->user, 1), 'b');
  assert_int_equal(call1(MM(load_own), f->user, 1), 0);
  assert_ptr_equal(f->user->memories[0], MMP(memory_mem)(f->provider));
  assert_ptr_not_equal(MM(memory_own)(f->user), MM(memory_spare)(f->user));
  assert_memory_equal(MM(memory_own)(f->user)->base + 16, "hello", 5);

  assert_int_equal(MM(store_shared64)(f->user, 100, 0x0807060504030201u), W2O_OK);
  assert_int_equal(peek(f, 101), 1);
  assert_int_equal(peek(f, 108), 8);
  assert_int_equal(MM(store_own)(f->user, 101, 0x55), W2O_OK);
  uint64_t v = 0;
  assert_int_equal(MM(load_own64)(f->user, 100, &v), W2O_OK);
  assert_int_equal(v, 0x55);
  assert_int_equal(peek(f, 101), 1);
  assert_int_equal(MM(memory_own)(f->user)->base[101], 0x55);
}

static void copy_between_memories(void **state) {
  fixture *f = *state;
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
  assert_int_equal(MM(own_to_shared)(f->user, 200, 16, 5), W2O_OK);
  for (uint32_t i = 0; i < 5; i++)
    assert_int_equal(peek(f, 200 + i), "hello"[i]);
  assert_int_equal(MM(shared_to_own)(f->user, 300, 0, 3), W2O_OK);
  assert_memory_equal(MM(memory_own)(f->user)->base + 300, "abc", 3);
  /* out of bounds in the source memory only: nothing written */
  assert_int_equal(MM(own_to_shared)(f->user, 0, 65535, 2), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(peek(f, 0), 'a');
  /* the spare memory has no pages: every access to it traps */
  assert_int_equal(MM(fill_spare)(f->user, 0, 7, 1), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  uint32_t r = 0;
  assert_int_equal(MM(load_spare)(f->user, 0, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

static void grow_each_memory(void **state) {
  fixture *f = *state;
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
  assert_int_equal(call1(MM(grow_spare), f->user, 1), 0);
  assert_int_equal(call1(MM(grow_own), f->user, 2), 1);
  uint32_t pages = 0;
  assert_int_equal(MM(size_own)(f->user, &pages), W2O_OK);
  assert_int_equal(pages, 3);
  assert_int_equal(MM(size_spare)(f->user, &pages), W2O_OK);
  assert_int_equal(pages, 1);
  assert_int_equal(MMP(pages)(f->provider, &pages), W2O_OK);
  assert_int_equal(pages, 1);
  /* the imported memory grows for both modules, up to its maximum of 4 */
  assert_int_equal(call1(MM(grow_shared), f->user, 3), 1);
  assert_int_equal(MMP(pages)(f->provider, &pages), W2O_OK);
  assert_int_equal(pages, 4);
  assert_int_equal(call1(MM(grow_shared), f->user, 1), UINT32_MAX);
  assert_int_equal(call1(MM(grow_spare), f->user, 2), UINT32_MAX);

  assert_int_equal(MM(fill_spare)(f->user, 65530, 7, 6), W2O_OK);
  assert_int_equal(call1(MM(load_spare), f->user, 65535), 7);
  uint32_t r = 0;
  assert_int_equal(MM(load_spare)(f->user, 65536, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(MM(init_spare)(f->user, 10, 2, 4), W2O_OK);
  assert_memory_equal(MM(memory_spare)(f->user)->base + 10, "2345", 4);
  assert_int_equal(MM(init_spare)(f->user, 65534, 0, 4), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);

  /* the new pages of the imported memory are usable from both modules */
  assert_int_equal(MM(store_shared64)(f->user, 4 * 65536 - 9, 0x42), W2O_OK);
  assert_int_equal(peek(f, 4 * 65536 - 8), 0x42);
  assert_int_equal(MM(store_shared64)(f->user, 4 * 65536 - 8, 0), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(call1(MM(load_own), f->user, 3 * 65536 - 1), 0);
  assert_int_equal(MM(load_own)(f->user, 3 * 65536, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

static void loop_over_two_memories(void **state) {
  fixture *f = *state;
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
  /* own: "hello" at 16; shared: "abc" at 0 */
  uint32_t want = 'a' + 'b' + 'c';
  for (int i = 0; i < 5; i++)
    want += (uint32_t)"hello"[i];
  assert_int_equal(call1(MM(sum_both), f->user, 64), want);
  uint32_t r = 0;
  assert_int_equal(MM(sum_both)(f->user, 65537, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

int main(void) {
  void *state = NULL;
  setup(&state); /* one call installs the runtime's handlers; save them */
  uint32_t pages = 0;
  assert_int_equal(MMP(pages)(((fixture *)state)->provider, &pages), W2O_OK);
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
  teardown(&state);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(each_memory_its_own, setup, teardown),
      cmocka_unit_test_setup_teardown(copy_between_memories, setup, teardown),
      cmocka_unit_test_setup_teardown(grow_each_memory, setup, teardown),
      cmocka_unit_test_setup_teardown(loop_over_two_memories, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
