/*
 * test_exception_partition.c — exception handling in a module compiled in
 * partitions (tests/wat/exception_chain.py: 9000 functions, each catching
 * and throwing again on the way back): the throws, landing pads and
 * handlers of functions in different partitions (hidden symbols, one
 * personality reference per partition) give the results of the chain, at
 * depths from 0 to the last function.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "exception_chain.h"

static void chain_results(void **state) {
  (void)state;
  exception_chain_instance_t *instance = NULL;
  w2o_error_t err;
  assert_int_equal(exception_chain_instantiate(&instance, NULL, &err), W2O_STATUS_OK);
  static const uint32_t depths[] = {0, 1, 100, 4500, 8999};
  size_t max_stack = w2o_get_max_stack();
  w2o_set_max_stack(8u << 20);
  for (size_t i = 0; i < sizeof depths / sizeof depths[0]; i++) {
    uint32_t x = depths[i], r = 0;
    assert_int_equal(exception_chain_run(instance, x, &r), W2O_OK);
    assert_int_equal(r, (uint32_t)(x + (uint64_t)x * (x + 1) / 2));
  }
  w2o_set_max_stack(max_stack);
  exception_chain_free(instance);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(chain_results)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
