/* pb_seidel_2d — PolyBench-shaped 2-D Gauss-Seidel stencil: A is updated in
 * place with the 9-point average of its neighbourhood (already-updated
 * values to the upper left), divided by 9.0. Work scales with TSTEPS. */
#include <stdlib.h>

#include "bench.h"

#define N      2000
#define TSTEPS (SCALE)

static void init_array(int n, double A[N][N]) {
  int i, j;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      A[i][j] = (double)((i * (j + 2) + 2) % n) / n;
}

static void kernel_seidel_2d(int tsteps, int n, double A[N][N]) {
  int t, i, j;

  for (t = 0; t <= tsteps - 1; t++)
    for (i = 1; i <= n - 2; i++)
      for (j = 1; j <= n - 2; j++)
        A[i][j] = (A[i - 1][j - 1] + A[i - 1][j] + A[i - 1][j + 1] + A[i][j - 1] + A[i][j] + A[i][j + 1] +
                   A[i + 1][j - 1] + A[i + 1][j] + A[i + 1][j + 1]) /
                  9.0;
}

int main(void) {
  int n = N;
  int tsteps = TSTEPS;
  int i, j;

  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  if (!A)
    return 1;

  init_array(n, *A);

  bench_timer_start();
  kernel_seidel_2d(tsteps, n, *A);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*A)[i][j]);

  free(A);
  return bench_report("pb_seidel_2d", h);
}
