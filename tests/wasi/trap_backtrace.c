/* trap_backtrace.c — a trap three calls below main: the run tool prints the
 * wasm backtrace, innermost first (natively this dies by SIGFPE). */
#include <stdio.h> // clang-format off: the tests check this file's line numbers

static volatile int zero_source = 0;

__attribute__((noinline)) static int divide(int a, int b) { return a / b; }

__attribute__((noinline)) static int average(int sum, int count) {
  return divide(sum, count) + 1;
}

__attribute__((noinline)) static int report(int count) {
  int avg = average(100, count);
  printf("average %d\n", avg);
  return avg;
}

int main(int argc, char **argv) {
  (void)argv;
  printf("about to divide\n");
  fflush(stdout);
  int avg = report(zero_source * argc);
  return avg == 0 ? 0 : 1;
}
