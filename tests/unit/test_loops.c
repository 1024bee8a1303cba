/*
 * test_loops.c — counted innermost loops (compiler/lower_nowrap.c) against
 * tests/wat/loops.wat in six builds linked into one program: guard and
 * explicit at -O2, guard at -O0 (no versioning), and with --fuel --epoch at
 * -O2 (guard, explicit) and -O0.
 *
 * Checks, in every build, against values computed here: each loop with
 * arguments whose address arithmetic stays below 2^32 (the fast copy at
 * -O2), with arguments that wrap around 2^32 through a base or a shift
 * (the plain copy: the wrapped addresses are the ones accessed), ending
 * exactly at the end of memory, running off it (a trap; in builds that
 * compare, explicit and --fuel, every store before the trap is done), an
 * exit from the middle of the body, a trap that is not about memory, and
 * clang's shape for unrolled loops (the end compared before the step), and
 * jacobi2d's (an index counting up to zero added to a row's end), and a
 * loop left by a `br` after its `br_if 0` (musl's backward memmove), and
 * pointers stepping beside a count down while above a bound (its memcpy),
 * and a loop clang unrolled by 3 that the fast copy rolls back up
 * (compiler/lower_reroll.c), with temporaries of the last iteration that
 * only its second and third statements set returned after it, and one
 * unrolled by 2 with a byte offset stepping beside the count (syrk's
 * shape; a temporary made from the offset returned after it), and one
 * unrolled by 2 whose addresses come from memory (rolled up but compared),
 * and the same loop not unrolled, and jacobi-1d's shape unrolled by 2 (a
 * word carried in a local, operands swapped; rolled up) and a variant
 * that must stay unrolled, and durbin's mirrored index `(i ^ C) << 2`
 * unrolled by 2, and a loop whose address multiplies two
 * variables (ranged by the check; wrapping in the plain copy).
 * Fuel: every call, with budgets from ample to ones that run out inside
 * the loop, leaves the same fuel, result and memory in the -O2 builds as
 * in the -O0 one.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "loops_explicit_O2.h"
#include "loops_fuel_O0.h"
#include "loops_fuel_O2.h"
#include "loops_fuel_explicit_O2.h"
#include "loops_guard_O0.h"
#include "loops_guard_O2.h"

/* One build's functions, through wrappers of the same types. */
typedef struct build {
  const char *name;
  bool checked; /* accesses compared: every store before a trap is done */
  bool fuel;
  w2o_instance_t *(*instantiate)(void);
  w2o_trap_t (*sum_words)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t *);
  w2o_trap_t (*fill)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*copy_down)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*count_nonzero)(w2o_instance_t *, uint32_t, uint32_t, uint32_t *);
  w2o_trap_t (*sum_quotients)(w2o_instance_t *, uint32_t, uint32_t, uint32_t *);
  w2o_trap_t (*double_pairs)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*smooth)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*smooth2)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*smooth2_kept)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*mirror_add)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*add_row)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*diff_add)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*mirror_ptr)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*copy_back)(w2o_instance_t *, uint32_t, uint32_t, uint32_t);
  w2o_trap_t (*copy_words)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t *);
  w2o_trap_t (*axpy3)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t *);
  w2o_trap_t (*axpy2o)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t *);
  w2o_trap_t (*bump)(w2o_instance_t *, uint32_t, uint32_t);
  w2o_trap_t (*bump2)(w2o_instance_t *, uint32_t, uint32_t);
  w2o_trap_t (*strided_sum)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t *);
} build;

#define BUILD(P, CHECKED, FUEL) \
  static w2o_instance_t *P##_new(void) { \
    P##_instance_t *inst = NULL; \
    w2o_error_t err; \
    return P##_instantiate(&inst, NULL, &err) == W2O_STATUS_OK ? inst : NULL; \
  } \
  static const build P##_build = {#P, \
                                  CHECKED, \
                                  FUEL, \
                                  P##_new, \
                                  P##_sum_words, \
                                  P##_fill, \
                                  P##_copy_down, \
                                  P##_count_nonzero, \
                                  P##_sum_quotients, \
                                  P##_double_pairs, \
                                  P##_smooth, \
                                  P##_smooth2, \
                                  P##_smooth2_kept, \
                                  P##_mirror_add, \
                                  P##_add_row, \
                                  P##_diff_add, \
                                  P##_mirror_ptr, \
                                  P##_copy_back, \
                                  P##_copy_words, \
                                  P##_axpy3, \
                                  P##_axpy2o, \
                                  P##_bump, \
                                  P##_bump2, \
                                  P##_strided_sum};

BUILD(loops_guard_O2, false, false)
BUILD(loops_explicit_O2, true, false)
BUILD(loops_guard_O0, false, false)
BUILD(loops_fuel_O2, true, true)
BUILD(loops_fuel_explicit_O2, true, true)
BUILD(loops_fuel_O0, true, true)

static const build *const builds[] = {&loops_guard_O2_build,         &loops_explicit_O2_build,
                                      &loops_guard_O0_build,         &loops_fuel_O2_build,
                                      &loops_fuel_explicit_O2_build, &loops_fuel_O0_build};
enum { BUILDS = sizeof builds / sizeof builds[0], MEM = 65536, WORDS = MEM / 4 };

/* cmocka replaces the SIGSEGV handler around each test (see
 * test_runtime.c): guard-mode traps need the runtime's, saved in main(). */
static struct sigaction runtime_segv, runtime_bus;

static void use_runtime_handlers(void) {
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
}

static uint8_t *memory(w2o_instance_t *inst) { return inst->memories[0]->base; }

static uint32_t word(w2o_instance_t *inst, uint32_t at) {
  uint32_t w;
  memcpy(&w, memory(inst) + at, 4);
  return w;
}

/* Word k holds 7k + 1 (never zero). */
static void pattern(w2o_instance_t *inst) {
  for (uint32_t k = 0; k < WORDS; k++) {
    uint32_t w = 7 * k + 1;
    memcpy(memory(inst) + 4 * k, &w, 4);
  }
}

static uint32_t pattern_sum(uint32_t from, uint32_t to) { /* words [from, to) */
  uint32_t s = 0;
  for (uint32_t k = from; k < to; k++)
    s += 7 * k + 1;
  return s;
}

static w2o_instance_t *fresh(const build *b) {
  w2o_instance_t *inst = b->instantiate();
  assert_non_null(inst);
  pattern(inst);
  if (b->fuel)
    assert_int_equal(w2o_fuel_set(inst, INT64_MAX / 2), W2O_STATUS_OK);
  return inst;
}

/* Runs `check` on a fresh instance of every build, naming the build first. */
static void each_build(void **state, void (*check)(const build *, w2o_instance_t *)) {
  (void)state;
  use_runtime_handlers();
  for (size_t i = 0; i < BUILDS; i++) {
    w2o_instance_t *inst = fresh(builds[i]);
    print_message("%s\n", builds[i]->name);
    check(builds[i], inst);
    w2o_instance_free(inst);
  }
}

static void sum_words_agrees_in(const build *b, w2o_instance_t *inst) {
  uint32_t r = 0;
  assert_int_equal(b->sum_words(inst, 0, 0, 16, &r), W2O_OK);
  assert_int_equal(r, pattern_sum(0, 16));
  assert_int_equal(b->sum_words(inst, 0xFFFFFFF0u, 4, 20, &r), W2O_OK); /* base + 16 wraps to 0 */
  assert_int_equal(r, pattern_sum(0, 16));
  assert_int_equal(b->sum_words(inst, 0, 0x40000000u, 0x40000010u, &r), W2O_OK); /* i << 2 wraps */
  assert_int_equal(r, pattern_sum(0, 16));
  assert_int_equal(b->sum_words(inst, 8, 5, 3, &r), W2O_OK); /* lt: the body runs once */
  assert_int_equal(r, pattern_sum(7, 8));
  assert_int_equal(b->sum_words(inst, 0, 0, WORDS, &r), W2O_OK); /* up to the last byte */
  assert_int_equal(r, pattern_sum(0, WORDS));
  assert_int_equal(b->sum_words(inst, 4, 0, WORDS, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(b->sum_words(inst, 0xFFFFFFFCu, 0, 2, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

static void sum_words_agrees(void **state) { each_build(state, sum_words_agrees_in); }

static void fill_agrees_in(const build *b, w2o_instance_t *inst) {
  assert_int_equal(b->fill(inst, 0x100, 0, 64, 0xAAAA), W2O_OK);
  for (uint32_t k = 0; k < 64; k++)
    assert_int_equal(word(inst, 0x100 + 4 * k), 0xAAAA);
  assert_int_equal(word(inst, 0x100 + 4 * 64), 7 * (0x40 + 64) + 1);
  /* 0xFFFFFF00 + 4 * 0x40 wraps to 0: words 0..15 */
  assert_int_equal(b->fill(inst, 0xFFFFFF00u, 0x40, 0x50, 0xBBBB), W2O_OK);
  for (uint32_t k = 0; k < 16; k++)
    assert_int_equal(word(inst, 4 * k), 0xBBBB);
  assert_int_equal(word(inst, 4 * 16), 7 * 16 + 1);
  assert_int_equal(b->fill(inst, 0, 0, WORDS, 0xCCCC), W2O_OK); /* all of memory */
  assert_int_equal(word(inst, MEM - 4), 0xCCCC);
  /* off the end after 8 stores */
  assert_int_equal(b->fill(inst, MEM - 32, 0, 16, 0xDDDD), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  if (b->checked)
    for (uint32_t k = 0; k < 8; k++)
      assert_int_equal(word(inst, MEM - 32 + 4 * k), 0xDDDD);
}

static void fill_agrees(void **state) { each_build(state, fill_agrees_in); }

static void copy_down_agrees_in(const build *b, w2o_instance_t *inst) {
  uint8_t *m = memory(inst);
  uint8_t expect[100];
  for (uint32_t k = 0; k < 100; k++)
    expect[k] = (uint8_t)(m[2000 + 16 + k] + 1);
  assert_int_equal(b->copy_down(inst, 1000, 2000, 100), W2O_OK);
  assert_memory_equal(m + 1000, expect, 100);
  /* dst + k wraps for k >= 16: bytes 0..15 written, then k = 15 traps */
  for (uint32_t k = 0; k < 16; k++)
    expect[k] = (uint8_t)(m[3000 + 16 + 16 + k] + 1);
  assert_int_equal(b->copy_down(inst, 0xFFFFFFF0u, 3000, 32), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  if (b->checked)
    assert_memory_equal(m, expect, 16);
  /* the source's offset runs off the end */
  assert_int_equal(b->copy_down(inst, 0, MEM - 20, 8), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

static void copy_down_agrees(void **state) { each_build(state, copy_down_agrees_in); }

static void exits_and_other_traps_agree_in(const build *b, w2o_instance_t *inst) {
  uint32_t r = 0;
  memset(memory(inst) + 3000, 0, 8 * 8);
  for (uint32_t k = 0; k < 5; k++)
    memory(inst)[3000 + 8 * k + 3] = 1;
  assert_int_equal(b->count_nonzero(inst, 3000, 100, &r), W2O_OK);
  assert_int_equal(r, 5);
  assert_int_equal(b->count_nonzero(inst, 3000, 3, &r), W2O_OK);
  assert_int_equal(r, 3);
  assert_int_equal(b->count_nonzero(inst, 3000, -1, &r), W2O_OK); /* lt_s against -1: once */
  assert_int_equal(r, 1);
  assert_int_equal(b->count_nonzero(inst, MEM - 16, 4, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(b->count_nonzero(inst, 0xFFFFFFF8u, 3, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(b->sum_quotients(inst, 400, 10, &r), W2O_OK);
  uint32_t q = 0;
  for (uint32_t k = 0; k < 10; k++)
    q += 1000 / (7 * (100 + k) + 1);
  assert_int_equal(r, q);
  memset(memory(inst) + 400 + 4 * 6, 0, 4);
  assert_int_equal(b->sum_quotients(inst, 400, 10, &r), W2O_TRAP_INTEGER_DIVIDE_BY_ZERO);
}

static void exits_and_other_traps_agree(void **state) { each_build(state, exits_and_other_traps_agree_in); }

static void unrolled_shape_agrees_in(const build *b, w2o_instance_t *inst) {
  assert_int_equal(b->double_pairs(inst, 0x100, 0, 32), W2O_OK);
  for (uint32_t k = 0; k < WORDS; k++)
    assert_int_equal(word(inst, 4 * k), (7 * k + 1) << (k >= 64 && k < 96));
  /* 0x40 + (0x3FFFFFF0 << 2) wraps to 0: words 0..31 */
  assert_int_equal(b->double_pairs(inst, 0x40, 0x3FFFFFF0u, 0x40000010u), W2O_OK);
  for (uint32_t k = 0; k < 32; k++)
    assert_int_equal(word(inst, 4 * k), (7 * k + 1) << 1);
  assert_int_equal(word(inst, 4 * 32), 7 * 32 + 1);
  assert_int_equal(b->double_pairs(inst, 0, 0, WORDS), W2O_OK); /* all of memory */
  assert_int_equal(word(inst, MEM - 4), (7u * (WORDS - 1) + 1) << 1);
  /* off the end after 2 iterations */
  assert_int_equal(b->double_pairs(inst, MEM - 16, 0, 8), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  if (b->checked)
    assert_int_equal(word(inst, MEM - 4), (7u * (WORDS - 1) + 1) << 2);
}

static void unrolled_shape_agrees(void **state) { each_build(state, unrolled_shape_agrees_in); }

/* After a call: memory as `want` (the reference's), where the call
 * returned or the build compares accesses; in guard mode a vector loop that
 * runs off memory may store less before the trap, so memory is set to
 * `want` for the next call. */
static void agree_memory(const build *b, w2o_instance_t *inst, const uint8_t *want, w2o_trap_t trap) {
  if (trap == W2O_OK || b->checked)
    assert_memory_equal(memory(inst), want, MEM);
  else
    memcpy(memory(inst), want, MEM);
}

/* Each call (a, b, c) of `f` returns the trap `ref` gives on a copy of
 * memory and leaves the memory it leaves (agree_memory). */
static void calls_agree(const build *b, w2o_instance_t *inst, const char *name,
                        w2o_trap_t (*f)(w2o_instance_t *, uint32_t, uint32_t, uint32_t),
                        w2o_trap_t (*ref)(uint8_t *, uint32_t, uint32_t, uint32_t),
                        const uint32_t (*calls)[3], size_t count) {
  static uint8_t want[MEM];
  for (size_t c = 0; c < count; c++) {
    memcpy(want, memory(inst), MEM);
    w2o_trap_t trap = ref(want, calls[c][0], calls[c][1], calls[c][2]);
    print_message("%s(%u, %u, %u)\n", name, calls[c][0], calls[c][1], calls[c][2]);
    assert_int_equal(f(inst, calls[c][0], calls[c][1], calls[c][2]), trap);
    agree_memory(b, inst, want, trap);
  }
}

/* smooth (tests/wat/loops.wat) on `m`, as wasm runs it: i32 addresses
 * wrap, an access past the end traps before it is done. */
static bool load_word(const uint8_t *m, uint32_t addr, uint32_t offset, uint32_t *w) {
  if ((uint64_t)addr + offset + 4 > MEM)
    return false;
  memcpy(w, m + addr + offset, 4);
  return true;
}

static w2o_trap_t smooth_ref(uint8_t *m, uint32_t dst_end, uint32_t src_end, uint32_t n) {
  uint32_t j = 0u - (n << 2), cur, left, right;
  if (!load_word(m, src_end + j, 0, &cur))
    return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
  do {
    uint32_t a = src_end + j, at = dst_end + j;
    if (!load_word(m, a - 4, 0, &left) || !load_word(m, a, 4, &right) || (uint64_t)at + 4 > MEM)
      return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
    uint32_t v = left + 3 * cur + right;
    memcpy(m + at, &v, 4);
    cur = right;
    j += 4;
  } while (j != 0);
  return W2O_OK;
}

static void smooth_agrees_in(const build *b, w2o_instance_t *inst) {
  const uint32_t calls[][3] = {
      {2000, 6000, 400},           /* dst and src rows of 400 words */
      {6000, 6400, 300},           /* overlapping: dst's row ends inside src's */
      {6400, 6000, 300},           /* and the other way round */
      {MEM, MEM - 4, MEM / 4 - 2}, /* src from word 0, dst up to the last word */
      {8, 1000, 4},                /* dst + j below zero: wraps, traps */
      {1000, 4, 1},                /* src - 4 below zero */
      {MEM + 8, 4000, 8},          /* dst runs off the end */
      {MEM - 64, 1000, 0},         /* j from 0: up through 2^32, off the end */
      {1000, 4000, 0x20000000u},   /* j = -2^31 */
  };
  calls_agree(b, inst, "smooth", b->smooth, smooth_ref, calls, sizeof calls / sizeof calls[0]);
}

/* smooth2 and smooth2_kept (tests/wat/loops.wat) on `m`, as wasm runs
 * them: two statements per iteration, each trapping after its loads if its
 * store is off the end; `carry2`: the second carries its word too. */
static w2o_trap_t smooth2_ref_carrying(uint8_t *m, uint32_t dst_end, uint32_t src_end, uint32_t n,
                                       bool carry2) {
  uint32_t j = 0u - (n << 2), cur, x, y;
  if (!load_word(m, src_end + j, 0, &cur))
    return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
  do {
    uint32_t a = src_end + j, d = dst_end + j;
    for (uint32_t half = 0; half < 2; half++) {
      uint32_t at = d + 4 * half;
      if (!load_word(m, half ? a : a - 4, 0, &x) || !load_word(m, a + 4 + 4 * half, 0, &y) ||
          (uint64_t)at + 4 > MEM)
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      uint32_t v = (x ^ cur) + y;
      memcpy(m + at, &v, 4);
      if (!half || carry2)
        cur = y;
    }
    j += 8;
  } while (j != 0);
  return W2O_OK;
}

static w2o_trap_t smooth2_ref(uint8_t *m, uint32_t dst_end, uint32_t src_end, uint32_t n) {
  return smooth2_ref_carrying(m, dst_end, src_end, n, true);
}

static w2o_trap_t smooth2_kept_ref(uint8_t *m, uint32_t dst_end, uint32_t src_end, uint32_t n) {
  return smooth2_ref_carrying(m, dst_end, src_end, n, false);
}

static void smooth2_agrees_in(const build *b, w2o_instance_t *inst) {
  const uint32_t calls[][3] = {
      {2000, 6000, 400},           /* dst and src rows of 400 words */
      {6000, 6400, 300},           /* overlapping: dst's row ends inside src's */
      {6004, 6000, 300},           /* dst one word past src: stores feed later loads */
      {5996, 6000, 300},           /* and one word before it */
      {MEM, MEM - 8, MEM / 4 - 4}, /* src from word 0, dst up to the last word */
      {8, 1000, 4},                /* dst + j below zero: wraps, traps */
      {1000, 4, 2},                /* src - 4 below zero */
      {MEM + 8, 4000, 8},          /* dst runs off the end */
      {MEM - 64, 1000, 0},         /* j from 0: up through 2^32, off the end */
      {3000, 6000, 7},             /* an odd n: j passes zero, off the end */
      {1000, 4000, 0x20000000u},   /* j = -2^31 */
  };
  size_t count = sizeof calls / sizeof calls[0];
  calls_agree(b, inst, "smooth2", b->smooth2, smooth2_ref, calls, count);
  calls_agree(b, inst, "smooth2_kept", b->smooth2_kept, smooth2_kept_ref, calls, count);
}

/* mirror_add (tests/wat/loops.wat) on `m`, as wasm runs it: the mirrored
 * addresses in i32 arithmetic, through the xors. */
static w2o_trap_t mirror_add_ref(uint8_t *m, uint32_t dst, uint32_t end, uint32_t n) {
  uint32_t i = 0;
  do {
    uint32_t p = dst + (i << 2);
    const uint32_t mirrored[2] = {end + ((i ^ 0xFFFFFFFFu) << 2), end + ((i ^ 0x3FFFFFFEu) << 2)};
    for (uint32_t k = 0; k < 2; k++) {
      uint32_t a, b;
      if (!load_word(m, p, 4 * k, &a) || !load_word(m, mirrored[k], 0, &b))
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      a += b;
      memcpy(m + p + 4 * k, &a, 4);
    }
    i += 2;
  } while (i != n);
  return W2O_OK;
}

static void mirror_add_agrees_in(const build *b, w2o_instance_t *inst) {
  const uint32_t calls[][3] = {
      {2000, 12000, 500},       /* end[-1 - i] apart from dst */
      {2000, 2800, 400},        /* the mirrored words are dst's own */
      {2000, 400, 200},         /* down to end[-200] = word 0 */
      {2000, 396, 200},         /* below word 0: wraps, traps */
      {MEM - 400, 8000, 100},   /* dst up to the last word */
      {MEM - 400, 8000, 102},   /* and off the end */
      {2000, 8000, 7},          /* n odd: i passes it, off the end */
      {2000, 0x40000000u, 100}, /* end at 2^30: the shifted-out bits matter not */
      {2000, MEM + 400, 300},   /* end past memory: the first words off the end */
  };
  calls_agree(b, inst, "mirror_add", b->mirror_add, mirror_add_ref, calls, sizeof calls / sizeof calls[0]);
}

/* add_row (tests/wat/loops.wat) on `m`, as wasm runs it: the row's words
 * through the base hoisted 1 MiB below it, which wraps. */
static w2o_trap_t add_row_ref(uint8_t *m, uint32_t dst, uint32_t row, uint32_t n) {
  uint32_t base = row - 0x100000u, k = 0;
  do {
    uint32_t o = k << 2, a, b;
    if (!load_word(m, base + o + 0x100000u, 0, &a) || !load_word(m, dst + o, 0, &b))
      return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
    a += b;
    memcpy(m + dst + o, &a, 4);
  } while (++k != n);
  return W2O_OK;
}

static void add_row_agrees_in(const build *b, w2o_instance_t *inst) {
  const uint32_t calls[][3] = {
      {2000, 12000, 1000},          /* the base below 0 */
      {12000, 2000, 1000},          /* dst above the row */
      {2000, 2004, 1000},           /* the row is dst one word on */
      {2000, MEM - 400, 200},       /* the row off the end */
      {MEM - 400, 8000, 102},       /* dst off the end */
      {2000, 0x100000u + 400, 100}, /* the base is 400: the row past memory */
      {2000, 8000, 0},              /* n = 0: k runs until an access is off the end */
  };
  calls_agree(b, inst, "add_row", b->add_row, add_row_ref, calls, sizeof calls / sizeof calls[0]);
}

/* diff_add (tests/wat/loops.wat) on `m`, as wasm runs it: offsets from
 * -8m up to 0, the exit tested between the two statements. */
static w2o_trap_t diff_add_ref(uint8_t *m, uint32_t dst, uint32_t src, uint32_t n) {
  uint32_t l = 0u - (n << 3), prev, cur, a;
  if (!load_word(m, src + l - 4, 0, &prev))
    return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
  for (;;) {
    if (!load_word(m, dst + l, 0, &a) || !load_word(m, src + l, 0, &cur))
      return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
    a += cur - prev;
    memcpy(m + (uint32_t)(dst + l), &a, 4);
    if (l == 0)
      return W2O_OK;
    if (!load_word(m, dst + l, 4, &a) || !load_word(m, src + l, 4, &prev))
      return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
    a += prev - cur;
    memcpy(m + (uint32_t)(dst + l + 4), &a, 4);
    l += 8;
  }
}

static void diff_add_agrees_in(const build *b, w2o_instance_t *inst) {
  const uint32_t calls[][3] = {
      {12000, 30000, 1000},        /* dst and src apart */
      {30000, 12000, 1000},        /* src above dst */
      {12000, 12004, 1000},        /* src is dst one word on */
      {12000, 30000, 0},           /* once: the plain copy */
      {8000, 30000, 1000},         /* dst from below word 0: wraps, traps */
      {MEM + 8, 30000, 100},       /* dst's end past memory */
      {0x80000100u, 30000, 100},   /* dst from 2^31 */
      {12000, 30000, 0x20000001u}, /* 8m wraps: l starts at -8 */
  };
  calls_agree(b, inst, "diff_add", b->diff_add, diff_add_ref, calls, sizeof calls / sizeof calls[0]);
}

/* mirror_ptr (tests/wat/loops.wat) on `m`, as wasm runs it: the first
 * statement's word through q, the second's through the xor. */
static w2o_trap_t mirror_ptr_ref(uint8_t *m, uint32_t dst, uint32_t end, uint32_t q, uint32_t i, uint32_t n) {
  do {
    const uint32_t from[2] = {q, end + ((i ^ 0x3FFFFFFEu) << 2)};
    for (uint32_t k = 0; k < 2; k++) {
      uint32_t at = dst + 4 * k, a, b;
      if (!load_word(m, at, 0, &a) || !load_word(m, from[k], 0, &b))
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      a += b;
      memcpy(m + at, &a, 4);
    }
    q -= 8;
    dst += 8;
    i += 2;
  } while (i != n);
  return W2O_OK;
}

static void mirror_ptr_agrees_in(const build *b, w2o_instance_t *inst) {
  static const uint32_t calls[][5] = {
      {2000, 12000, 11996, 0, 500},                           /* q = end - 4: both read end[-1 - i] */
      {2000, 12000, 11992, 0, 500},                           /* q a word lower: no relation */
      {2000, 12000, 12000, 0, 500},                           /* and a word higher */
      {2000, 12000, 11996 - 400, 100, 600},                   /* i from 100, q = end - 4 - 4i */
      {2000, 12000, 11996 - 404, 101, 601},                   /* i odd: the xor is no subtraction */
      {2000, 2800, 2796, 0, 400},                             /* the mirrored words are dst's own */
      {2000, 800, 796, 0, 200},                               /* down to word 0 */
      {2000, 796, 792, 0, 200},                               /* below word 0: wraps, traps */
      {MEM - 400, 8000, 7996, 0, 100},                        /* dst up to the last word */
      {MEM - 400, 8000, 7996, 0, 102},                        /* and off the end */
      {2000, 8000, 7996, 0, 7},                               /* n odd: i passes it, off the end */
      {2000, 12000, 11996, 0, 0x40000002u},                   /* i past 2^30 */
      {2000, 0x40000000u + 8000, 0x40000000u + 7996, 0, 100}, /* end past memory */
  };
  static uint8_t want[MEM];
  for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++) {
    const uint32_t *a = calls[c];
    memcpy(want, memory(inst), MEM);
    w2o_trap_t trap = mirror_ptr_ref(want, a[0], a[1], a[2], a[3], a[4]);
    print_message("mirror_ptr(%u, %u, %u, %u, %u)\n", a[0], a[1], a[2], a[3], a[4]);
    assert_int_equal(b->mirror_ptr(inst, a[0], a[1], a[2], a[3], a[4]), trap);
    agree_memory(b, inst, want, trap);
  }
}

static void smooth_agrees(void **state) {
  each_build(state, smooth_agrees_in);
  each_build(state, smooth2_agrees_in);
  each_build(state, mirror_add_agrees_in);
  each_build(state, add_row_agrees_in);
  each_build(state, diff_add_agrees_in);
  each_build(state, mirror_ptr_agrees_in);
}

static w2o_trap_t copy_back_ref(uint8_t *m, uint32_t dst, uint32_t src, uint32_t n) {
  do {
    for (uint32_t k = 1; k <= 4; k++) {
      uint32_t from = src + n - k, to = dst + n - k;
      if (from >= MEM || to >= MEM)
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      m[to] = m[from];
    }
    n -= 4;
  } while (n != 0);
  return W2O_OK;
}

static void copy_back_agrees_in(const build *b, w2o_instance_t *inst) {
  const uint32_t calls[][3] = {
      {1000, 5000, 400},   /* apart */
      {5001, 5000, 400},   /* overlapping, dst above: a memmove */
      {5000, 5003, 400},   /* overlapping, dst below: a smear */
      {MEM - 400, 0, 400}, /* up to the last byte */
      {2, 3000, 8},        /* dst + n - 4 .. dst - 1: wraps, traps */
      {MEM - 4, 3000, 8},  /* off the end */
      {3000, 4000, 7},     /* n not a multiple of 4: through 2^32 */
  };
  calls_agree(b, inst, "copy_back", b->copy_back, copy_back_ref, calls, sizeof calls / sizeof calls[0]);
}

static void copy_back_agrees(void **state) { each_build(state, copy_back_agrees_in); }

static w2o_trap_t copy_words_ref(uint8_t *m, uint32_t d, uint32_t s, uint32_t n, uint32_t *left) {
  do {
    for (uint32_t k = 0; k < 16; k += 4) {
      uint32_t w;
      if ((uint64_t)s + k + 4 > MEM || (uint64_t)d + k + 4 > MEM)
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      memcpy(&w, m + s + k, 4);
      memcpy(m + d + k, &w, 4);
    }
    d += 16, s += 16, n -= 16;
  } while (n > 15);
  *left = n;
  return W2O_OK;
}

static void copy_words_agrees_in(const build *b, w2o_instance_t *inst) {
  static uint8_t want[MEM];
  const uint32_t calls[][3] = {
      {1000, 5000, 400},       /* apart, 25 iterations, none left */
      {1000, 5000, 407},       /* 7 left */
      {5008, 5000, 400},       /* overlapping, d above: repeats the first 8 bytes */
      {5000, 5008, 400},       /* d below */
      {1000, 5000, 5},         /* once, n wraps below zero: then through 2^32, off the end */
      {MEM - 400, 0, 400},     /* up to the last byte */
      {MEM - 64, 0, 400},      /* off the end */
      {0xFFFFFFF0u, 3000, 64}, /* d wraps to 0 */
  };
  for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++) {
    memcpy(want, memory(inst), MEM);
    uint32_t left = 0, want_left = 0;
    w2o_trap_t trap = copy_words_ref(want, calls[c][0], calls[c][1], calls[c][2], &want_left);
    print_message("copy_words(%u, %u, %u)\n", calls[c][0], calls[c][1], calls[c][2]);
    assert_int_equal(b->copy_words(inst, calls[c][0], calls[c][1], calls[c][2], &left), trap);
    if (trap == W2O_OK)
      assert_int_equal(left, want_left);
    agree_memory(b, inst, want, trap);
  }
}

static void copy_words_agrees(void **state) { each_build(state, copy_words_agrees_in); }

/* axpy3 (tests/wat/loops.wat) on `m`, as wasm runs it. */
static w2o_trap_t axpy3_ref(uint8_t *m, uint32_t c, uint32_t b, uint32_t n, uint32_t a, uint32_t *result) {
  uint32_t j = 0, q, r = 0;
  do {
    uint32_t p = c + j;
    q = b + j;
    for (uint32_t k = 0; k < 3; k++) {
      uint32_t x, y;
      if (!load_word(m, q + 4 * k, 0, &x) || !load_word(m, p + 4 * k, 0, &y))
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      y += a * x;
      memcpy(m + p + 4 * k, &y, 4);
      if (k == 1)
        r = p + 4;
    }
    j += 12;
  } while (j != n);
  *result = 3 * q + r;
  return W2O_OK;
}

/* axpy2o (tests/wat/loops.wat) on `m`, as wasm runs it: n counts
 * elements, o bytes. */
static w2o_trap_t axpy2o_ref(uint8_t *m, uint32_t c, uint32_t b, uint32_t n, uint32_t a, uint32_t *result) {
  uint32_t j = 0, o = 0, q;
  do {
    q = b + o;
    for (uint32_t k = 0; k < 2; k++) {
      uint32_t x, y;
      if (!load_word(m, q + 4 * k, 0, &x) || !load_word(m, c + o + 4 * k, 0, &y))
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      y += a * x;
      memcpy(m + c + o + 4 * k, &y, 4);
    }
    o += 8;
    j += 2;
  } while (j != n);
  *result = 3 * q + o;
  return W2O_OK;
}

typedef w2o_trap_t (*axpy_fn)(w2o_instance_t *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t *);
typedef w2o_trap_t (*axpy_ref_fn)(uint8_t *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t *);

/* Calls {c, b, n, n', a} of axpy3 (n: bytes) and axpy2o (n': elements,
 * its offset stepping beside the count). */
static const uint32_t axpy_calls[][5] = {
    {1000, 5000, 1200, 300, 3},       /* apart: 100 and 150 iterations */
    {1000, 5000, 12, 2, 0xFFFFFFFFu}, /* once */
    {5004, 5000, 1200, 300, 5},       /* overlapping: c[k] is b[k + 1] */
    {5000, 5004, 1200, 300, 7},       /* and b[k] is c[k + 1] */
    {MEM - 1200, 0, 1200, 300, 2},    /* up to the last word */
    {MEM - 600, 0, 1200, 300, 2},     /* off the end */
    {0xFFFFFFF0u, 3000, 120, 30, 9},  /* c + j (c + o) wraps to 0 */
    {1000, 5000, 4, 3, 3},            /* n not a multiple of the step: through 2^32, off the end */
    {1000, 5000, 0, 0, 3},            /* n = 0: the same */
};

/* Each call of axpy_calls, with its n from column `n` (2 or 3), of `fn`
 * does what `ref` does to memory and returns what it returns, or traps
 * where it traps. */
static void axpy_calls_agree(const build *b, w2o_instance_t *inst, const char *name, axpy_fn fn,
                             axpy_ref_fn ref, size_t n) {
  static uint8_t want[MEM];
  for (size_t c = 0; c < sizeof axpy_calls / sizeof axpy_calls[0]; c++) {
    const uint32_t *call = axpy_calls[c];
    memcpy(want, memory(inst), MEM);
    uint32_t got = 0, expect = 0;
    w2o_trap_t trap = ref(want, call[0], call[1], call[n], call[4], &expect);
    print_message("%s(%u, %u, %u, %u)\n", name, call[0], call[1], call[n], call[4]);
    assert_int_equal(fn(inst, call[0], call[1], call[n], call[4], &got), trap);
    if (trap == W2O_OK)
      assert_int_equal(got, expect);
    agree_memory(b, inst, want, trap);
  }
}

static void rerolled_loop_agrees_in(const build *b, w2o_instance_t *inst) {
  axpy_calls_agree(b, inst, "axpy3", b->axpy3, axpy3_ref, 2);
}

static void rerolled_offset_agrees_in(const build *b, w2o_instance_t *inst) {
  axpy_calls_agree(b, inst, "axpy2o", b->axpy2o, axpy2o_ref, 3);
}

/* bump and bump2 (tests/wat/loops.wat) on `m`, as wasm runs them. */
static w2o_trap_t bump2_ref(uint8_t *m, uint32_t x, uint32_t n) {
  uint32_t j = 0;
  do {
    for (uint32_t k = 0; k < 2; k++) {
      uint32_t p, v;
      if (!load_word(m, x + j, 4 * k, &p) || !load_word(m, p, 0, &v))
        return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
      v++;
      memcpy(m + p, &v, 4);
    }
    j += 8;
  } while (j != n);
  return W2O_OK;
}

/* Indices for bump2 at `at`: `count` words in [40000, 40200), and one
 * word past memory at index `bad` (none if bad >= count). */
static void bump2_indices(uint8_t *m, uint32_t at, uint32_t count, uint32_t bad) {
  for (uint32_t k = 0; k < count; k++) {
    uint32_t p = k == bad ? MEM : 40000 + 4 * (k * 7 % 50);
    memcpy(m + at + 4 * k, &p, 4);
  }
}

static void bumps_agree_in(const build *b, w2o_instance_t *inst) {
  static uint8_t want[MEM];
  const uint32_t bad[] = {1000, 0, 151, 199}; /* none, then the index past memory */
  for (size_t c = 0; c < 2 * sizeof bad / sizeof bad[0]; c++) {
    bool two = c % 2;
    bump2_indices(memory(inst), 20000, 200, bad[c / 2]);
    memcpy(want, memory(inst), MEM);
    w2o_trap_t trap = bump2_ref(want, 20000, 800);
    print_message("bump%s with index %u past memory\n", two ? "2" : "", bad[c / 2]);
    assert_int_equal((two ? b->bump2 : b->bump)(inst, 20000, 800), trap);
    agree_memory(b, inst, want, trap);
  }
}

/* strided_sum (tests/wat/loops.wat) on `m`, as wasm runs it. */
static w2o_trap_t strided_sum_ref(const uint8_t *m, uint32_t base, uint32_t stride, uint32_t n,
                                  uint32_t *result) {
  uint32_t i = 0, acc = 0;
  do {
    uint32_t w;
    if (!load_word(m, base + i * stride, 0, &w))
      return W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
    acc += w;
  } while (++i != n);
  *result = acc;
  return W2O_OK;
}

static void strided_sum_agrees(void **state) {
  (void)state;
  use_runtime_handlers();
  const uint32_t calls[][3] = {
      {100, 12, 1000},           /* in bounds: the fast copy */
      {100, 0, 50},              /* stride 0 */
      {4000, 0xFFFFFFFCu, 100},  /* i * stride wraps: 4000, 3996, ... (plain copy) */
      {8, 0x40000001u, 4},       /* i * stride wraps: off the end at i = 1 */
      {65536 - 4 * 99, 4, 100},  /* the last word, then off the end */
      {4, 0x10000u, 3},          /* 4, 65540: off the end at i = 1 */
      {0xFFFFFFF0u, 0x1000u, 2}, /* base + 0 is off the end */
  };
  for (size_t i = 0; i < BUILDS; i++) {
    const build *b = builds[i];
    w2o_instance_t *inst = fresh(b);
    for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++) {
      uint32_t got = 0, want = 0;
      w2o_trap_t trap = strided_sum_ref(memory(inst), calls[c][0], calls[c][1], calls[c][2], &want);
      print_message("%s: strided_sum(%u, %u, %u)\n", b->name, calls[c][0], calls[c][1], calls[c][2]);
      assert_int_equal(b->strided_sum(inst, calls[c][0], calls[c][1], calls[c][2], &got), trap);
      if (trap == W2O_OK)
        assert_int_equal(got, want);
    }
    w2o_instance_free(inst);
  }
}

static void rerolled_loop_agrees(void **state) {
  each_build(state, rerolled_loop_agrees_in);
  each_build(state, rerolled_offset_agrees_in);
  each_build(state, bumps_agree_in); /* addresses from memory */
}

/* What one call left: its trap, result, fuel and memory (a checksum). */
typedef struct outcome {
  w2o_trap_t trap;
  uint32_t result;
  int64_t fuel;
  uint64_t memory_sum;
} outcome;

enum { CALLS = 41 };

static outcome run_call(const build *b, int call, int64_t budget) {
  w2o_instance_t *inst = fresh(b);
  assert_int_equal(w2o_fuel_set(inst, budget), W2O_STATUS_OK);
  outcome o = {0};
  switch (call) {
  case 0: o.trap = b->sum_words(inst, 0, 0, 1000, &o.result); break;
  case 1: o.trap = b->sum_words(inst, 0xFFFFFFF0u, 4, 1000, &o.result); break;
  case 2: o.trap = b->sum_words(inst, 4, 0, WORDS, &o.result); break;
  case 3: o.trap = b->fill(inst, 64, 0, 1000, 5); break;
  case 4: o.trap = b->fill(inst, MEM - 400, 0, 1000, 5); break;
  case 5: o.trap = b->copy_down(inst, 100, 5000, 1000); break;
  case 6: o.trap = b->copy_down(inst, 0xFFFFFFF0u, 3000, 500); break;
  case 7: o.trap = b->count_nonzero(inst, 8, 500, &o.result); break;
  case 8: o.trap = b->sum_quotients(inst, 4, 1000, &o.result); break;
  case 9: o.trap = b->double_pairs(inst, 8, 0, 2000); break;
  case 10: o.trap = b->double_pairs(inst, MEM - 4000, 0, 2000); break;
  case 11: o.trap = b->smooth(inst, 2000, 6000, 1000); break;
  case 12: o.trap = b->smooth(inst, MEM + 400, 4000, 400); break;
  case 30: o.trap = b->smooth2(inst, 2000, 6000, 1000); break;
  case 31: o.trap = b->smooth2(inst, MEM + 400, 4000, 400); break; /* off the end */
  case 32: o.trap = b->smooth2_kept(inst, 2000, 6000, 1000); break;
  case 33: o.trap = b->mirror_add(inst, 2000, 12000, 1000); break;
  case 34: o.trap = b->mirror_add(inst, 2000, 396, 200); break; /* below word 0 */
  case 35: o.trap = b->add_row(inst, 2000, 12000, 1000); break;
  case 36: o.trap = b->add_row(inst, 2000, MEM - 400, 200); break; /* off the end */
  case 37: o.trap = b->diff_add(inst, 12000, 30000, 1000); break;
  case 38: o.trap = b->diff_add(inst, MEM + 8, 30000, 100); break; /* off the end */
  case 39: o.trap = b->mirror_ptr(inst, 2000, 12000, 11996, 0, 1000); break;
  case 40: o.trap = b->mirror_ptr(inst, 2000, 796, 792, 0, 200); break; /* below word 0 */
  case 13: o.trap = b->copy_back(inst, 5001, 5000, 4000); break;
  case 14: o.trap = b->copy_back(inst, MEM - 2000, 5000, 4000); break;
  case 15: o.trap = b->copy_words(inst, 100, 5000, 4000, &o.result); break;
  case 16: o.trap = b->copy_words(inst, MEM - 2000, 5000, 4000, &o.result); break;
  case 17: o.trap = b->copy_words(inst, 100, 5000, 5, &o.result); break; /* n wraps */
  case 18: o.trap = b->axpy3(inst, 100, 5000, 3600, 3, &o.result); break;
  case 19: o.trap = b->axpy3(inst, MEM - 2400, 5000, 3600, 3, &o.result); break;
  case 21: /* a fast copy that would charge after the loop but compares */
  case 22: /* (bump), and a rolled-up one that compares (bump2): a trap */
  case 23: /* in them must find the count as if every operator charged */
  case 24:
    bump2_indices(memory(inst), 20000, 200, call % 2 ? 1000 : 151);
    o.trap = (call < 23 ? b->bump : b->bump2)(inst, 20000, 800);
    break;
  case 25: o.trap = b->strided_sum(inst, 100, 12, 1000, &o.result); break;
  case 26: o.trap = b->strided_sum(inst, 65536 - 4 * 99, 4, 100, &o.result); break; /* off the end */
  case 27: o.trap = b->strided_sum(inst, 4000, 0xFFFFFFFCu, 100, &o.result); break; /* i * stride wraps */
  case 28: o.trap = b->axpy2o(inst, 100, 5000, 900, 3, &o.result); break;
  case 29: o.trap = b->axpy2o(inst, MEM - 1800, 5000, 900, 3, &o.result); break;
  default:
    memset(memory(inst) + 4 + 4 * 700, 0, 4);
    o.trap = b->sum_quotients(inst, 4, 1000, &o.result);
    break;
  }
  assert_int_equal(w2o_fuel_get(inst, &o.fuel), W2O_STATUS_OK);
  const uint8_t *m = memory(inst);
  for (uint32_t k = 0; k < MEM; k++)
    o.memory_sum = o.memory_sum * 31 + m[k];
  w2o_instance_free(inst);
  return o;
}

static void fuel_is_exact(void **state) {
  (void)state;
  use_runtime_handlers();
  const build *ref = &loops_fuel_O0_build;
  const build *tested[] = {&loops_fuel_O2_build, &loops_fuel_explicit_O2_build};
  const int64_t budgets[] = {INT64_MAX / 2, 100000, 20000, 5000, 777, 100, 3};
  for (int call = 0; call < CALLS; call++) {
    for (size_t j = 0; j < sizeof budgets / sizeof budgets[0]; j++) {
      outcome want = run_call(ref, call, budgets[j]);
      for (size_t t = 0; t < 2; t++) {
        outcome got = run_call(tested[t], call, budgets[j]);
        print_message("%s call %d budget %lld: trap %d fuel %lld\n", tested[t]->name, call,
                      (long long)budgets[j], (int)got.trap, (long long)got.fuel);
        assert_int_equal(got.trap, want.trap);
        assert_int_equal(got.result, want.result);
        assert_int_equal(got.fuel, want.fuel);
        assert_int_equal(got.memory_sum, want.memory_sum);
      }
    }
  }
}

int main(void) {
  w2o_instance_t *inst = loops_guard_O2_new(); /* a call installs the runtime's handlers; save them */
  uint32_t r;
  if (!inst || loops_guard_O2_sum_words(inst, 0, 0, 1, &r) != W2O_OK)
    return 1;
  w2o_instance_free(inst);
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sum_words_agrees),      cmocka_unit_test(fill_agrees),
      cmocka_unit_test(copy_down_agrees),      cmocka_unit_test(exits_and_other_traps_agree),
      cmocka_unit_test(unrolled_shape_agrees), cmocka_unit_test(smooth_agrees),
      cmocka_unit_test(copy_back_agrees),      cmocka_unit_test(copy_words_agrees),
      cmocka_unit_test(rerolled_loop_agrees),  cmocka_unit_test(strided_sum_agrees),
      cmocka_unit_test(fuel_is_exact),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
