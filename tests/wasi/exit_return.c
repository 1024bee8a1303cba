/* exit_return.c — main's return value is the exit status. */
#include <stdio.h>

int main(void) {
  printf("returning 42\n");
  return 42;
}
