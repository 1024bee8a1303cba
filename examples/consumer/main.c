/*
 * Example 3: the application of the consumer projects (CMakeLists.txt with
 * find_package, Makefile with pkg-config), built against an installed
 * wasm2obj. Exits 0 when every result is as expected.
 */
#include <inttypes.h>
#include <stdio.h>

#include "counter.h"

int main(void) {
  counter_instance_t *counter;
  w2o_error_t err;
  if (counter_instantiate(&counter, NULL, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "instantiate: %s\n", err.message);
    return 1;
  }
  int failures = 0;
  uint64_t total = 0;
  for (uint64_t i = 1; i <= 10; i++)
    failures += counter_add(counter, i, &total) != W2O_OK;
  printf("counter = %" PRIu64 "\n", total);
  failures += total != 55;
  uint32_t quotient = 0;
  w2o_trap_t trap = counter_divide(counter, 1, 0, &quotient);
  printf("divide(1, 0): %s\n", w2o_trap_message(trap));
  failures += trap != W2O_TRAP_INTEGER_DIVIDE_BY_ZERO;
  failures += counter_divide(counter, (uint32_t)-12, 4, &quotient) != W2O_OK || quotient != (uint32_t)-3;
  printf("divide(-12, 4) = %d\n", (int32_t)quotient);
  uint32_t word = 1;
  failures += counter_peek(counter, 0, &word) != W2O_OK || word != 0;
  trap = counter_peek(counter, 1u << 20, &word); /* past the 64 KiB memory: a guard-page fault */
  printf("peek(1 MiB): %s\n", w2o_trap_message(trap));
  failures += trap != W2O_TRAP_MEMORY_OUT_OF_BOUNDS;
  counter_free(counter);
  printf("%s\n", failures == 0 ? "consumer: all checks passed" : "consumer: FAILED");
  return failures == 0 ? 0 : 1;
}
