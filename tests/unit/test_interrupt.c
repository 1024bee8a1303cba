/*
 * test_interrupt.c — fuel and epochs, end to end, against tests/wat/fuel.wat
 * compiled with --fuel --epoch (FUEL_PREFIX) and without (PLAIN_PREFIX), in
 * one bounds-check mode per build.
 *
 * Checks: exact fuel counts for straight code, loops, branches, calls and
 * traps mid-function (including a guard-page fault); runaway loops and
 * recursion stopped by fuel; a handler refilling fuel, and one that
 * cannot grow memory; the ticker stopping
 * a loop within a bounded time; a handler extending the deadline; epochs
 * incremented from another thread while instances run on several threads;
 * the instance usable after each stop; and clear refusals for an instance
 * built without --fuel/--epoch. Innermost loops run in a copy without
 * fuel checks when the budget covers many iterations: the same exact
 * counts and stops with such budgets. With --epoch alone (EPOCH_PREFIX) innermost
 * loops run in a check-free copy that hands over to one that counts down:
 * results across the hand-over, and the ticker still stopping such a loop;
 * function entries count down too.
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include EPOCH_HEADER
#include FUEL_HEADER
#include PLAIN_HEADER

#define CAT2(a, b) a##_##b
#define CAT(a, b)  CAT2(a, b)
#define F(name)    CAT(FUEL_PREFIX, name)
#define P(name)    CAT(PLAIN_PREFIX, name)
#define E(name)    CAT(EPOCH_PREFIX, name)

static struct sigaction runtime_segv, runtime_bus;

static int setup(void **state) {
  F(instance_t) * inst;
  w2o_error_t err;
  assert_int_equal(F(instantiate)(&inst, NULL, &err), W2O_STATUS_OK);
  *state = inst;
  return 0;
}

static int teardown(void **state) {
  F(free)(*state);
  return 0;
}

/* The fuel CONSUMED starts from: small budgets run innermost loops in their
 * checked copy, large ones (millions and up) in the fast copy first. */
static int64_t budget = 1000000;

/* Fuel consumed by one call of `run` on `inst`. */
#define CONSUMED(inst, call) \
  ({ \
    int64_t after_; \
    assert_int_equal(w2o_fuel_set(inst, budget), 0); \
    (void)(call); \
    assert_int_equal(w2o_fuel_get(inst, &after_), 0); \
    budget - after_; \
  })

static void exact_counts(void **state) {
  F(instance_t) *inst = *state;
  uint32_t r;
  assert_int_equal(CONSUMED(inst, F(straight)(inst, &r)), 3);
  assert_int_equal(r, 3);
  for (uint32_t n = 0; n < 5; n++)
    assert_int_equal(CONSUMED(inst, F(count)(inst, n, &r)), 9 * n + 5);
  assert_int_equal(CONSUMED(inst, F(count)(inst, 1000, &r)), 9005);
  assert_int_equal(CONSUMED(inst, F(branch)(inst, 1, &r)), 3);
  assert_int_equal(r, 10);
  assert_int_equal(CONSUMED(inst, F(branch)(inst, 0, &r)), 3);
  assert_int_equal(r, 20);
  assert_int_equal(CONSUMED(inst, F(call)(inst, &r)), 4);
}

static void exact_counts_across_traps(void **state) {
  F(instance_t) *inst = *state;
  sigaction(SIGSEGV, &runtime_segv, NULL); /* cmocka installs its own around each test */
  sigaction(SIGBUS, &runtime_bus, NULL);
  uint32_t r;
  w2o_trap_t trap = W2O_OK;
  assert_int_equal(CONSUMED(inst, trap = F(trap_mid)(inst, &r)), 4);
  assert_int_equal(trap, W2O_TRAP_INTEGER_DIVIDE_BY_ZERO);
  assert_int_equal(CONSUMED(inst, trap = F(fault_mid)(inst, &r)), 3);
  assert_int_equal(trap, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  static const int64_t nth[] = {8, 15, 24, 31};
  for (uint32_t bad = 0; bad < 4; bad++) {
    assert_int_equal(CONSUMED(inst, trap = F(fault_nth)(inst, bad, &r)), nth[bad]);
    assert_int_equal(trap, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  }
  assert_int_equal(CONSUMED(inst, F(fault_nth)(inst, 4, &r)), 33);
  assert_int_equal(r, 4);
  assert_int_equal(CONSUMED(inst, F(fault_loop)(inst, 100, &r)), 1501);
  assert_int_equal(CONSUMED(inst, trap = F(fault_loop)(inst, 20000, &r)), 16384 * 15 + 5);
  assert_int_equal(trap, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(CONSUMED(inst, F(straight)(inst, &r)), 3); /* usable afterwards */
}

static void runaway_guests_run_out_of_fuel(void **state) {
  F(instance_t) *inst = *state;
  int64_t left;
  assert_int_equal(w2o_fuel_set(inst, 1000), 0);
  assert_int_equal(F(spin)(inst), W2O_TRAP_OUT_OF_FUEL);
  assert_int_equal(w2o_fuel_get(inst, &left), 0);
  assert_int_equal(left, -1); /* 1001 br executed; the loop-header check stopped it */
  assert_int_equal(w2o_fuel_set(inst, 1000), 0);
  assert_int_equal(F(recurse)(inst), W2O_TRAP_OUT_OF_FUEL);
  assert_int_equal(w2o_fuel_set(inst, 0), 0);
  assert_int_equal(F(recurse)(inst), W2O_TRAP_OUT_OF_FUEL);
  uint32_t r;
  assert_int_equal(w2o_fuel_set(inst, 100), 0);
  assert_int_equal(F(straight)(inst, &r), W2O_OK);
}

/* The same counts with budgets that send innermost loops into the fast
 * copy, across its hand-over to the checked copy (a loop longer than its
 * count), and fuel running out at the exact header with several budgets. */
static void exact_counts_in_fast_copies(void **state) {
  F(instance_t) *inst = *state;
  uint32_t r;
  budget = INT64_C(1) << 40;
  exact_counts(state);
  exact_counts_across_traps(state);
  assert_int_equal(CONSUMED(inst, F(count)(inst, 500000, &r)), 9 * INT64_C(500000) + 5);
  assert_int_equal(r, 500000);
  budget = 1000000;
  static const int64_t budgets[] = {4000007, 10000003, 123456789};
  for (size_t i = 0; i < sizeof budgets / sizeof budgets[0]; i++) {
    int64_t left, b = budgets[i];
    assert_int_equal(w2o_fuel_set(inst, b), 0);
    assert_int_equal(F(count)(inst, 20000000, &r), W2O_TRAP_OUT_OF_FUEL);
    assert_int_equal(w2o_fuel_get(inst, &left), 0);
    assert_int_equal(left, b - 9 * (b / 9 + 1)); /* the first header that finds it below zero */
    assert_int_equal(w2o_fuel_set(inst, b), 0);
    assert_int_equal(F(spin)(inst), W2O_TRAP_OUT_OF_FUEL);
    assert_int_equal(w2o_fuel_get(inst, &left), 0);
    assert_int_equal(left, -1);
  }
}

static int refills;

static bool refill(w2o_instance_t *inst, void *user) {
  (void)user;
  if (refills == 3)
    return false;
  refills++;
  return w2o_fuel_add(inst, 1000) == W2O_STATUS_OK;
}

static void handler_refills_fuel(void **state) {
  F(instance_t) *inst = *state;
  int64_t left;
  refills = 0;
  assert_int_equal(w2o_fuel_set_handler(inst, refill, NULL), 0);
  assert_int_equal(w2o_fuel_set(inst, 1000), 0);
  assert_int_equal(F(spin)(inst), W2O_TRAP_OUT_OF_FUEL);
  assert_int_equal(refills, 3);
  assert_int_equal(w2o_fuel_get(inst, &left), 0);
  assert_int_equal(4000 - left, 4001);
  uint32_t r;
  refills = 0;
  assert_int_equal(w2o_fuel_set(inst, 7000), 0);
  assert_int_equal(F(count)(inst, 1000, &r), W2O_OK); /* 9005 needed: refilled up to 3 times */
  assert_int_equal(r, 1000);
}

/* A callee two direct calls down grows memory: the access after the calls
 * is in bounds (its bound was read again after the call that may grow). */
static void memory_grown_by_callee(void **state) {
  F(instance_t) *inst = *state;
  uint32_t r = 1;
  assert_int_equal(F(load_after_grow)(inst, 70000, &r), W2O_OK);
  assert_int_equal(r, 0);
  assert_int_equal(w2o_memory_size(w2o_instance_memory((w2o_instance_t *)inst, 0)), 2 * 65536);
}

static int failed_grows;

static bool try_grow_and_refill(w2o_instance_t *inst, void *user) {
  (void)user;
  refills++;
  failed_grows += w2o_memory_grow(w2o_instance_memory(inst, 0), 1) == UINT64_MAX;
  return w2o_fuel_add(inst, 1000) == W2O_STATUS_OK;
}

/* No memory grows while a handler runs (the code it interrupted goes on
 * with the size it read before the check): the load after the loop still
 * traps. Once the handler has returned, or the call has trapped, memories
 * grow again and the same load reads the new page. */
static void handler_cannot_grow_memory(void **state) {
  F(instance_t) *inst = *state;
  sigaction(SIGSEGV, &runtime_segv, NULL);
  sigaction(SIGBUS, &runtime_bus, NULL);
  uint32_t r = 1;
  refills = failed_grows = 0;
  assert_int_equal(w2o_fuel_set_handler(inst, try_grow_and_refill, NULL), 0);
  assert_int_equal(w2o_fuel_set(inst, 50), 0);
  assert_int_equal(F(load_after_count)(inst, 100, 70000, &r), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  assert_int_equal(refills, 1);
  assert_int_equal(failed_grows, 1);
  assert_int_equal(w2o_memory_grow(w2o_instance_memory((w2o_instance_t *)inst, 0), 1), 1);
  assert_int_equal(w2o_fuel_set(inst, 1000000), 0);
  assert_int_equal(F(load_after_count)(inst, 100, 70000, &r), W2O_OK);
  assert_int_equal(r, 0);
}

static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* With a ticker running: `call` (a spinning guest) is interrupted two
 * epochs later, within a bound generous enough for a loaded machine. */
#define ASSERT_INTERRUPTED_SOON(inst, call) \
  do { \
    assert_int_equal(w2o_epoch_set_deadline(inst, 2), 0); \
    double start_ = seconds(); \
    assert_int_equal((call), W2O_TRAP_INTERRUPTED); \
    assert_true(seconds() - start_ < 5.0); \
  } while (0)

static void ticker_interrupts_a_loop(void **state) {
  F(instance_t) *inst = *state;
  w2o_ticker_t *ticker = w2o_ticker_start(5);
  assert_non_null(ticker);
  ASSERT_INTERRUPTED_SOON(inst, F(spin)(inst));
  w2o_ticker_stop(ticker);
  uint32_t r;
  assert_int_equal(w2o_epoch_set_deadline(inst, UINT64_MAX), 0);
  assert_int_equal(F(straight)(inst, &r), W2O_OK);
}

static int extensions;
static uint64_t extended_at[4]; /* the epoch at each call of `extend` */

static bool extend(w2o_instance_t *inst, void *user, uint64_t *delta) {
  (void)inst, (void)user;
  extended_at[extensions] = w2o_epoch_now();
  if (extensions == 3)
    return false;
  extensions++;
  *delta = 1;
  return true;
}

static void handler_extends_deadline(void **state) {
  F(instance_t) *inst = *state;
  extensions = 0;
  assert_int_equal(w2o_epoch_set_handler(inst, extend, NULL), 0);
  assert_int_equal(w2o_epoch_set_deadline(inst, 1), 0);
  w2o_ticker_t *ticker = w2o_ticker_start(2);
  assert_int_equal(F(spin)(inst), W2O_TRAP_INTERRUPTED);
  w2o_ticker_stop(ticker);
  assert_int_equal(extensions, 3);
  /* Each extension holds until the next epoch: the loop compares with the
   * new deadline (the guest keeps it in a register, read again after the
   * handler), so the handler never runs twice in one epoch. */
  for (int i = 1; i <= 3; i++)
    assert_true(extended_at[i] > extended_at[i - 1]);
}

static void *spin_until_interrupted(void *arg) {
  F(instance_t) * inst;
  w2o_error_t err;
  (void)arg;
  if (F(instantiate)(&inst, NULL, &err) != W2O_STATUS_OK)
    return (void *)1;
  w2o_epoch_set_deadline(inst, 3);
  w2o_trap_t trap = F(spin)(inst);
  F(free)(inst);
  return (void *)(uintptr_t)(trap != W2O_TRAP_INTERRUPTED);
}

/* sum_to(n) in 32-bit arithmetic. */
static uint32_t sum_to(uint32_t n) { return (uint32_t)((uint64_t)n * (n + 1) / 2); }

/* --epoch alone: loops long enough to leave the check-free copy for the
 * checked one mid-way (its period is at most 2^22 / body instructions)
 * give the same results as without --epoch, and the exact fuel count of
 * the loop with parameters is checked in the --fuel --epoch build. */
static void epoch_loop_copies(void **state) {
  (void)state;
  E(instance_t) * inst;
  P(instance_t) * plain;
  w2o_error_t err;
  uint32_t r, expected;
  assert_int_equal(E(instantiate)(&inst, NULL, &err), W2O_STATUS_OK);
  assert_int_equal(P(instantiate)(&plain, NULL, &err), W2O_STATUS_OK);
  static const uint32_t counts[] = {0, 1, 7, 100000, 3000000, 9000001};
  for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
    assert_int_equal(E(count)(inst, counts[i], &r), W2O_OK);
    assert_int_equal(r, counts[i]);
    assert_int_equal(E(sum_to)(inst, counts[i], &r), W2O_OK);
    assert_int_equal(P(sum_to)(plain, counts[i], &expected), W2O_OK);
    assert_int_equal(r, expected);
    assert_int_equal(r, sum_to(counts[i]));
  }
  P(free)(plain);
  E(free)(inst);
  F(instance_t) * fuel;
  assert_int_equal(F(instantiate)(&fuel, NULL, &err), W2O_STATUS_OK);
  assert_int_equal(CONSUMED(fuel, F(sum_to)(fuel, 10, &r)), 2 + 12 * 10 + 6);
  assert_int_equal(r, 55);
  F(free)(fuel);
}

static w2o_trap_t spin_calling_after_exit(E(instance_t) * inst) {
  return E(spin_calling_after_exit)(inst, 0);
}
static w2o_trap_t spin_calling_sometimes(E(instance_t) * inst) { return E(spin_calling_sometimes)(inst, 0); }
static w2o_trap_t spin_skipping_call(E(instance_t) * inst) { return E(spin_skipping_call)(inst, 1); }
static w2o_trap_t spin_join_calling(E(instance_t) * inst) { return E(spin_join)(inst, 1); }
static w2o_trap_t spin_join_not_calling(E(instance_t) * inst) { return E(spin_join)(inst, 0); }

/* --epoch alone: a copied loop, loops that call, and recursion are all
 * interrupted, although --epoch leaves out the checks that another one
 * covers (lower_interrupt.c). A missing check would spin forever: the
 * alarm ends the test instead. */
static void ticker_interrupts_epoch_only_code(void **state) {
  (void)state;
  E(instance_t) * inst;
  w2o_error_t err;
  assert_int_equal(E(instantiate)(&inst, NULL, &err), W2O_STATUS_OK);
  alarm(60);
  w2o_ticker_t *ticker = w2o_ticker_start(5);
  assert_non_null(ticker);
  w2o_trap_t (*const spins[])(E(instance_t) *) = {E(spin),
                                                  E(spin_calling_leaf),
                                                  E(spin_calling_bounded),
                                                  E(spin_calling_checking),
                                                  E(spin_calling_wrapper),
                                                  spin_calling_after_exit,
                                                  spin_calling_sometimes,
                                                  spin_skipping_call,
                                                  spin_join_calling,
                                                  spin_join_not_calling};
  for (size_t i = 0; i < sizeof spins / sizeof spins[0]; i++)
    ASSERT_INTERRUPTED_SOON(inst, spins[i](inst));
  w2o_ticker_stop(ticker);
  /* The deadline reached already: a function that does not call does not
   * check; recursion stops at its first entry, long before the stack runs
   * out, mutual recursion too (one of the two checks), and $wrapper, which
   * does not check itself, at the entry of $checking, which it calls. */
  assert_int_equal(w2o_epoch_set_deadline(inst, 0), 0);
  uint32_t r;
  assert_int_equal(E(straight)(inst, &r), W2O_OK);
  assert_int_equal(E(recurse)(inst), W2O_TRAP_INTERRUPTED);
  assert_int_equal(E(ping)(inst), W2O_TRAP_INTERRUPTED);
  assert_int_equal(E(wrapper)(inst, &r), W2O_TRAP_INTERRUPTED);
  /* Returning at once, $spin_calling_after_exit calls nothing. */
  assert_int_equal(E(spin_calling_after_exit)(inst, 1), W2O_OK);
  alarm(0);
  assert_int_equal(w2o_epoch_set_deadline(inst, UINT64_MAX), 0);
  assert_int_equal(E(straight)(inst, &r), W2O_OK);
  E(free)(inst);
}

static void *increment_epochs(void *arg) {
  volatile int *stop = arg;
  while (!*stop) {
    w2o_epoch_increment();
    struct timespec pause = {0, 2000000};
    nanosleep(&pause, NULL);
  }
  return NULL;
}

static void epochs_from_another_thread(void **state) {
  (void)state;
  enum { THREADS = 4 };
  pthread_t workers[THREADS], incrementer;
  volatile int stop = 0;
  assert_int_equal(pthread_create(&incrementer, NULL, increment_epochs, (void *)&stop), 0);
  for (int i = 0; i < THREADS; i++)
    assert_int_equal(pthread_create(&workers[i], NULL, spin_until_interrupted, NULL), 0);
  for (int i = 0; i < THREADS; i++) {
    void *failed;
    pthread_join(workers[i], &failed);
    assert_null(failed);
  }
  stop = 1;
  pthread_join(incrementer, NULL);
}

static void plain_module_refuses(void **state) {
  (void)state;
  P(instance_t) * inst;
  w2o_error_t err;
  int64_t fuel;
  assert_int_equal(P(instantiate)(&inst, NULL, &err), W2O_STATUS_OK);
  assert_int_equal(w2o_fuel_set(inst, 10), W2O_STATUS_NOT_ENABLED);
  assert_int_equal(w2o_fuel_get(inst, &fuel), W2O_STATUS_NOT_ENABLED);
  assert_int_equal(w2o_epoch_set_deadline(inst, 1), W2O_STATUS_NOT_ENABLED);
  assert_string_equal(w2o_status_message(W2O_STATUS_NOT_ENABLED),
                      "the module was compiled without --fuel / --epoch");
  uint32_t r;
  assert_int_equal(P(count)(inst, 10, &r), W2O_OK);
  P(free)(inst);
}

int main(void) {
  F(instance_t) * inst;
  w2o_error_t err;
  uint32_t r;
  if (F(instantiate)(&inst, NULL, &err) == W2O_STATUS_OK) { /* installs the runtime's handlers */
    F(straight)(inst, &r);
    F(free)(inst);
  }
  sigaction(SIGSEGV, NULL, &runtime_segv);
  sigaction(SIGBUS, NULL, &runtime_bus);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(exact_counts, setup, teardown),
      cmocka_unit_test_setup_teardown(exact_counts_across_traps, setup, teardown),
      cmocka_unit_test_setup_teardown(exact_counts_in_fast_copies, setup, teardown),
      cmocka_unit_test_setup_teardown(runaway_guests_run_out_of_fuel, setup, teardown),
      cmocka_unit_test_setup_teardown(handler_refills_fuel, setup, teardown),
      cmocka_unit_test_setup_teardown(handler_cannot_grow_memory, setup, teardown),
      cmocka_unit_test_setup_teardown(memory_grown_by_callee, setup, teardown),
      cmocka_unit_test_setup_teardown(ticker_interrupts_a_loop, setup, teardown),
      cmocka_unit_test_setup_teardown(handler_extends_deadline, setup, teardown),
      cmocka_unit_test(epochs_from_another_thread),
      cmocka_unit_test(epoch_loop_copies),
      cmocka_unit_test(ticker_interrupts_epoch_only_code),
      cmocka_unit_test(plain_module_refuses),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
