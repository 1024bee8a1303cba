/* trap_div.c — integer division by zero: a wasm trap (natively: SIGFPE). */
#include <stdio.h>

static volatile int zero_source = 0;

int main(int argc, char **argv) {
  (void)argv;
  int divisor = zero_source * argc;
  printf("about to divide\n");
  fflush(stdout);
  int q = 100 / divisor;
  printf("not reached %d\n", q);
  return 0;
}
