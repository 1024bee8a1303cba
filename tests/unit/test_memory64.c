/*
 * test_memory64.c — 64-bit memories (memory64), end to end through the
 * runtime API: tests/wat/memory64.wat, compiled in one configuration
 * (M64_PREFIX names the generated header's prefix). i64 addresses and page
 * counts, growth past 4 GiB and an access there, an out-of-bounds access
 * above 4 GiB trapping (a guard region cannot cover an i64 index: every
 * mode compares), address + offset sums past 2^64 trapping instead of
 * wrapping, grow failure as -1 in i64, a copy to the 32-bit memory beside
 * it, and import matching: a 64-bit import takes only a 64-bit memory.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include M64_HEADER

#define CAT2(a, b) a##_##b
#define CAT(a, b)  CAT2(a, b)
#define M64(name)  CAT(M64_PREFIX, name)

#define GIB (1ull << 30)

typedef struct fixture {
  w2o_memory_t *host;
  M64(instance_t) * instance;
} fixture;

/* cmocka replaces the SIGSEGV handler around each test (see
 * test_runtime.c): guard-mode traps need the runtime's, saved in main(). */
static struct sigaction runtime_segv, runtime_bus;

static int setup(void **state) {
  static fixture f;
  w2o_error_t err;
  w2o_set_default_memory_limit(65536 + 2); /* 4 GiB and two pages: room to pass 4 GiB */
  f.host = w2o_memory_new64(1, 0, false, false);
  assert_non_null(f.host);
  M64(imports_t) imports = {.host_mem64 = f.host};
  assert_int_equal(M64(instantiate)(&f.instance, &imports, &err), W2O_STATUS_OK);
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  M64(free)(f->instance);
  w2o_memory_free(f->host);
  return 0;
}

static void use_runtime_handlers(void) {
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
}

static uint32_t load8(fixture *f, uint64_t at) {
  uint32_t r = 0xdead;
  assert_int_equal(M64(load8)(f->instance, at, &r), W2O_OK);
  return r;
}

/* The descriptor says 64-bit: the memories carry W2O_MEMORY_INDEX64, the
 * data segment (an i64 offset) landed, and the 32-bit memory is unchanged. */
static void index_type_recorded(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  assert_true(M64(memory_big)(f->instance)->flags & W2O_MEMORY_INDEX64);
  assert_false(M64(memory_small)(f->instance)->flags & W2O_MEMORY_INDEX64);
  assert_ptr_equal(f->instance->memories[0], f->host);
  assert_int_equal(load8(f, 16), 'w');
  uint32_t r = 0;
  assert_int_equal(M64(load_small)(f->instance, 16, &r), W2O_OK);
  assert_int_equal(r, 'n');
  assert_int_equal(M64(store_host)(f->instance, 65535, 7), W2O_OK);
  assert_int_equal(f->host->base[65535], 7);
  assert_int_equal(M64(store_host)(f->instance, 65536, 7), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

/* Accesses past the end trap, however far (above 4 GiB, near 2^64), and an
 * address + offset past 2^64 does not wrap back into the memory. */
static void out_of_bounds_traps(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint32_t r = 0;
  uint64_t wide = 0;
  assert_int_equal(load8(f, 65535), 0);
  assert_int_equal(M64(load8)(f->instance, 65536, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(load8)(f->instance, 4 * GIB + 16, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(load8)(f->instance, UINT64_MAX, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  /* 0xffffffff + (2^64 - 0xffffffff + 16) wraps to 16 in 64 bits */
  assert_int_equal(M64(load64_off)(f->instance, 0 - 0xffffffffull + 16, &wide),
                   W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(v128_load)(f->instance, UINT64_MAX - 8, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(v128_load)(f->instance, 16, &r), W2O_OK);
  assert_memory_equal(&r, "wide", 4);
  assert_int_equal(M64(fill)(f->instance, UINT64_MAX, 1, 2), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(fill)(f->instance, 1, 1, UINT64_MAX), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

/* memory.grow takes and returns i64 page counts: past 4 GiB it works (the
 * host allows it here), an access there reads what was stored, the next
 * page still traps, and growth past the maximum returns -1 as an i64. */
static void grow_past_4_gib(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint64_t old = 0, pages = 0, wide = 0;
  assert_int_equal(M64(grow)(f->instance, 65536, &old), W2O_OK);
  assert_int_equal(old, 1);
  assert_int_equal(M64(pages)(f->instance, &pages), W2O_OK);
  assert_int_equal(pages, 65537);
  uint64_t top = 65537ull * 65536 - 8; /* the last 8 bytes, above 4 GiB */
  assert_int_equal(M64(store64)(f->instance, top, 0x0123456789abcdefull), W2O_OK);
  assert_int_equal(M64(load64_off)(f->instance, top - 0xffffffffull, &wide), W2O_OK);
  assert_int_equal(wide, 0x0123456789abcdefull);
  assert_int_equal(M64(store64)(f->instance, top + 1, 0), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(fill)(f->instance, top, 0xaa, 8), W2O_OK);
  assert_int_equal(load8(f, top + 7), 0xaa);
  assert_int_equal(M64(fill)(f->instance, top, 0xaa, 9), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  /* past the host's limit, and past 2^48 pages: -1 in 64 bits */
  assert_int_equal(M64(grow)(f->instance, 2, &old), W2O_OK);
  assert_true(old == UINT64_MAX);
  assert_int_equal(M64(grow)(f->instance, 1ull << 48, &old), W2O_OK);
  assert_true(old == UINT64_MAX);
  assert_int_equal(M64(grow)(f->instance, 1, &old), W2O_OK);
  assert_int_equal(old, 65537);
}

/* An atomic on a 64-bit memory: i64 address, aligned, compared with the
 * size (an unaligned address traps as such, one past the end or near
 * 2^64 as out of bounds). */
static void atomic_on_64_bit_memory(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint64_t old = 0;
  assert_int_equal(M64(atomic_add)(f->instance, 64, 5, &old), W2O_OK);
  assert_int_equal(M64(atomic_add)(f->instance, 64, 5, &old), W2O_OK);
  assert_int_equal(old, 5);
  assert_int_equal(M64(atomic_add)(f->instance, 65, 5, &old), W2O_TRAP_UNALIGNED_ATOMIC);
  assert_int_equal(M64(atomic_add)(f->instance, 65536, 5, &old), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(atomic_add)(f->instance, UINT64_MAX - 7, 5, &old), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

/* memory.copy from the 64-bit memory to the 32-bit one: an i64 source, an
 * i32 destination and length (the smaller address type). */
static void copy_to_32_bit_memory(void **state) {
  fixture *f = *state;
  use_runtime_handlers();
  uint32_t r = 0;
  assert_int_equal(M64(copy_to_small)(f->instance, 100, 16, 4), W2O_OK);
  assert_int_equal(M64(load_small)(f->instance, 103, &r), W2O_OK);
  assert_int_equal(r, 'e');
  assert_int_equal(M64(copy_to_small)(f->instance, 100, 65535, 2), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(M64(copy_to_small)(f->instance, 65535, 16, 2), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

/* A 64-bit import takes only a 64-bit memory. */
static void import_needs_64_bit_memory(void **state) {
  (void)state;
  w2o_memory_t *narrow = w2o_memory_new(1, 0, false);
  assert_non_null(narrow);
  M64(imports_t) imports = {.host_mem64 = narrow};
  M64(instance_t) *instance = NULL;
  w2o_error_t err;
  assert_int_not_equal(M64(instantiate)(&instance, &imports, &err), W2O_STATUS_OK);
  assert_null(instance);
  w2o_memory_free(narrow);
  assert_null(w2o_memory_new64(1, (1ull << 48) + 1, true, false)); /* past 2^48 pages */
  assert_null(w2o_memory_new64(1, 0, false, true));                /* shared needs a maximum */
}

int main(void) {
  void *state = NULL;
  setup(&state); /* one call installs the runtime's handlers; save them */
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
  teardown(&state);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(index_type_recorded, setup, teardown),
      cmocka_unit_test_setup_teardown(out_of_bounds_traps, setup, teardown),
      cmocka_unit_test_setup_teardown(grow_past_4_gib, setup, teardown),
      cmocka_unit_test_setup_teardown(copy_to_32_bit_memory, setup, teardown),
      cmocka_unit_test_setup_teardown(atomic_on_64_bit_memory, setup, teardown),
      cmocka_unit_test(import_needs_64_bit_memory),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
