/* pb_jacobi_1d — PolyBench-shaped 1-D Jacobi stencil: each time step computes
 * B from the 3-point average of A, then A back from B (coefficient 0.33333
 * as in PolyBench). Work scales with TSTEPS. */
#include <stdlib.h>

#include "bench.h"

#define N      2000
#define TSTEPS (25000 * SCALE)

static void init_array(int n, double A[N], double B[N]) {
  int i;

  for (i = 0; i < n; i++) {
    A[i] = ((double)i + 2) / n;
    B[i] = ((double)i + 3) / n;
  }
}

static void kernel_jacobi_1d(int tsteps, int n, double A[N], double B[N]) {
  int t, i;

  for (t = 0; t < tsteps; t++) {
    for (i = 1; i < n - 1; i++)
      B[i] = 0.33333 * (A[i - 1] + A[i] + A[i + 1]);
    for (i = 1; i < n - 1; i++)
      A[i] = 0.33333 * (B[i - 1] + B[i] + B[i + 1]);
  }
}

int main(void) {
  int n = N;
  int tsteps = TSTEPS;
  int i;

  double(*A)[N] = malloc(sizeof(double[N]));
  double(*B)[N] = malloc(sizeof(double[N]));
  if (!A || !B)
    return 1;

  init_array(n, *A, *B);

  bench_timer_start();
  kernel_jacobi_1d(tsteps, n, *A, *B);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, (*A)[i]);
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, (*B)[i]);

  free(A);
  free(B);
  return bench_report("pb_jacobi_1d", h);
}
