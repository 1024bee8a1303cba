/* A C program for tests/debug/gdb_c_test.sh, built to wasm with -g. The
 * test finds the lines it breaks on by the L_* markers, so edits that move
 * lines keep it working. */
#include <stdio.h>
#include <stdlib.h>

struct point {
  int x, y;
};

__attribute__((noinline)) int check(int v) {
  if (v > 100000) /* L_CHECK */
    abort();
  return v;
}

static inline int square(int v) {
  int r = check(v * v); /* L_SQUARE */
  return r;             /* L_RETURN */
}

__attribute__((noinline)) int sum_squares(int n) {
  int total = 0;
  for (int i = 1; i <= n; i++)
    total += square(i); /* L_CALL */
  return total;
}

int main(int argc, char **argv) {
  (void)argv;
  struct point p = {3, argc + 3};
  int s = sum_squares(p.x + p.y); /* L_MAIN */
  printf("%d\n", s);
  struct flags {
    unsigned a : 3, b : 5;
  } fl = {5, 17};
  enum color { RED, GREEN } c = GREEN;
  int arr[3] = {1, 2, 3};
  union word {
    int i;
    float f;
  } w = {.f = 1.0f};
  return s == 140 && fl.a + c + arr[2] + w.i != 0 ? 0 : 1; /* L_TYPES */
}
