/* exit_deep.c — exit() from deep in a call chain, with atexit handlers and buffered output. */
#include <stdio.h>
#include <stdlib.h>

static void goodbye(void) { printf("atexit handler ran\n"); }

static volatile int exit_depth = 50; /* volatile: the compiler must not see the end */

static int descend(int depth) {
  if (depth >= exit_depth) {
    printf("exiting at depth %d\n", depth);
    exit(7);
  }
  if (depth > 1000) /* never: exit_depth is 50 */
    return 0;
  return descend(depth + 1) + 1;
}

int main(void) {
  atexit(goodbye);
  printf("buffered before exit");
  putchar('\n');
  return descend(0);
}
