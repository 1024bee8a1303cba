/* pb_trisolv — PolyBench-shaped triangular solver: forward substitution
 * L x = b with a dot-product inner loop over the row of L. x is recomputed
 * from b on every call, so repetitions give the same result. Work scales
 * with REPS. */
#include <stdlib.h>

#include "bench.h"

#define N    2000
#define REPS (12 * SCALE)

static void init_array(int n, double L[N][N], double x[N], double b[N]) {
  int i, j;

  for (i = 0; i < n; i++) {
    x[i] = -999;
    b[i] = i;
    for (j = 0; j <= i; j++)
      L[i][j] = (double)(i + n - j + 1) * 2 / n;
    for (j = i + 1; j < n; j++)
      L[i][j] = 0.0;
  }
}

static void kernel_trisolv(int n, double L[N][N], double x[N], double b[N]) {
  int i, j;

  for (i = 0; i < n; i++) {
    x[i] = b[i];
    for (j = 0; j < i; j++)
      x[i] -= L[i][j] * x[j];
    x[i] = x[i] / L[i][i];
  }
}

int main(void) {
  int n = N;
  int r, i;

  double(*L)[N][N] = malloc(sizeof(double[N][N]));
  double(*x)[N] = malloc(sizeof(double[N]));
  double(*b)[N] = malloc(sizeof(double[N]));
  if (!L || !x || !b)
    return 1;

  init_array(n, *L, *x, *b);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_trisolv(n, *L, *x, *b);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, (*x)[i]);

  free(L);
  free(x);
  free(b);
  return bench_report("pb_trisolv", h);
}
