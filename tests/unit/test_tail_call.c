/*
 * test_tail_call.c — guaranteed tail calls, end to end, against
 * tests/wat/tail_call.wat compiled in one configuration (TAIL_PREFIX names
 * the generated header's prefix; TAIL_INTERRUPT is 1 for the --fuel --epoch
 * build). 10^7 mutually recursive return_calls between functions of
 * different signatures, and through return_call_indirect, run in constant
 * native stack, while the same depth through `call` exhausts the stack;
 * with --fuel, a chain of tail calls costs exactly its operators and stops
 * when the fuel runs out; with --epoch, a reached deadline interrupts it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include TAIL_HEADER

#define CAT2(a, b) a##_##b
#define CAT(a, b)  CAT2(a, b)
#define TAIL(name) CAT(TAIL_PREFIX, name)

enum { DEPTH = 10000000 };

static int setup(void **state) {
  TAIL(instance_t) *instance = NULL;
  w2o_error_t err;
  assert_int_equal(TAIL(instantiate)(&instance, NULL, &err), W2O_STATUS_OK);
  *state = instance;
  return 0;
}

static int teardown(void **state) {
  TAIL(free)(*state);
  return 0;
}

static void direct_mutual_recursion(void **state) {
  uint32_t r = 9;
  assert_int_equal(TAIL(even)(*state, DEPTH, &r), W2O_OK);
  assert_int_equal(r, 1);
  assert_int_equal(TAIL(even)(*state, DEPTH + 1, &r), W2O_OK);
  assert_int_equal(r, 0);
}

static void indirect_mutual_recursion(void **state) {
  uint32_t r = 9;
  assert_int_equal(TAIL(even_indirect)(*state, DEPTH, &r), W2O_OK);
  assert_int_equal(r, 1);
  assert_int_equal(TAIL(even_indirect)(*state, DEPTH - 1, &r), W2O_OK);
  assert_int_equal(r, 0);
}

static void two_results(void **state) {
  uint64_t n = 1, sum = 0;
  assert_int_equal(TAIL(sum)(*state, DEPTH, 5, &n, &sum), W2O_OK);
  assert_int_equal(n, 0);
  assert_int_equal(sum, 5 + (uint64_t)DEPTH * (DEPTH + 1) / 2);
}

/* The same depth without tail calls: each call keeps its frame. */
static void ordinary_calls_exhaust_the_stack(void **state) {
  uint32_t r = 0;
  assert_int_equal(TAIL(deep)(*state, DEPTH, &r), W2O_TRAP_STACK_EXHAUSTED);
  assert_int_equal(TAIL(deep)(*state, 1000, &r), W2O_OK); /* the instance still works */
  assert_int_equal(r, 1);
}

/* even(n) costs 9 per even step, 7 per odd step and 4 at n = 0: 8n + 4. */
static void fuel_counts_tail_calls(void **state) {
  w2o_instance_t *instance = *state;
  int64_t left = 0;
  uint32_t r = 0;
  assert_int_equal(w2o_fuel_set(instance, INT64_MAX), W2O_STATUS_OK);
  assert_int_equal(TAIL(even)(*state, DEPTH, &r), W2O_OK);
  assert_int_equal(w2o_fuel_get(instance, &left), W2O_STATUS_OK);
  assert_int_equal(INT64_MAX - left, 8 * (int64_t)DEPTH + 4);
  assert_int_equal(w2o_fuel_set(instance, 1000), W2O_STATUS_OK);
  assert_int_equal(TAIL(even)(*state, DEPTH, &r), W2O_TRAP_OUT_OF_FUEL);
  assert_int_equal(w2o_fuel_set(instance, INT64_MAX), W2O_STATUS_OK);
}

static void epoch_interrupts_tail_calls(void **state) {
  w2o_instance_t *instance = *state;
  uint32_t r = 0;
  assert_int_equal(w2o_epoch_set_deadline(instance, 0), W2O_STATUS_OK); /* reached already */
  assert_int_equal(TAIL(even)(*state, DEPTH, &r), W2O_TRAP_INTERRUPTED);
  assert_int_equal(TAIL(even_indirect)(*state, DEPTH, &r), W2O_TRAP_INTERRUPTED);
  assert_int_equal(w2o_epoch_set_deadline(instance, UINT64_MAX), W2O_STATUS_OK);
  assert_int_equal(TAIL(even)(*state, DEPTH, &r), W2O_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(direct_mutual_recursion, setup, teardown),
      cmocka_unit_test_setup_teardown(indirect_mutual_recursion, setup, teardown),
      cmocka_unit_test_setup_teardown(two_results, setup, teardown),
      cmocka_unit_test_setup_teardown(ordinary_calls_exhaust_the_stack, setup, teardown),
  };
  const struct CMUnitTest interrupt_tests[] = {
      /* the --fuel --epoch build only */
      cmocka_unit_test_setup_teardown(fuel_counts_tail_calls, setup, teardown),
      cmocka_unit_test_setup_teardown(epoch_interrupts_tail_calls, setup, teardown),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  if (TAIL_INTERRUPT)
    failed += cmocka_run_group_tests(interrupt_tests, NULL, NULL);
  return failed;
}
