/* pb_atax — PolyBench/C 4.2.1-shaped atax: y := A^T*(A*x), with A M x N
 * (LARGE dataset sizes), tmp := A*x computed row by row and y accumulated
 * in the same row sweep. Whole heap arrays passed as fixed-size array
 * parameters to a plain static kernel whose loop bounds are int
 * parameters. The kernel is O(M*N), so it is called REPS times; each call
 * recomputes y and tmp from A and x alone. */
#include <stdlib.h>

#include "bench.h"

#define M    1900
#define N    2100
#define REPS ((128 * (SCALE) + 15) / 16)

static void init_array(int m, int n, double A[M][N], double x[N]) {
  int i, j;
  double fn = (double)n;

  for (i = 0; i < n; i++)
    x[i] = 1 + (i / fn);
  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++)
      A[i][j] = (double)((i + j) % n) / (5 * m);
}

static uint64_t checksum_array(int m, int n, double y[N], double tmp[M]) {
  int i;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    h = bench_mix_double(h, y[i]);
  for (i = 0; i < m; i++)
    h = bench_mix_double(h, tmp[i]);
  return h;
}

static void kernel_atax(int m, int n, double A[M][N], double x[N], double y[N], double tmp[M]) {
  int i, j;

  for (i = 0; i < n; i++)
    y[i] = 0;
  for (i = 0; i < m; i++) {
    tmp[i] = 0.0;
    for (j = 0; j < n; j++)
      tmp[i] = tmp[i] + A[i][j] * x[j];
    for (j = 0; j < n; j++)
      y[j] = y[j] + A[i][j] * tmp[i];
  }
}

int main(void) {
  int m = M;
  int n = N;
  int r;
  double(*A)[M][N] = malloc(sizeof(double[M][N]));
  double(*x)[N] = malloc(sizeof(double[N]));
  double(*y)[N] = malloc(sizeof(double[N]));
  double(*tmp)[M] = malloc(sizeof(double[M]));
  uint64_t h;

  if (!A || !x || !y || !tmp)
    return 1;
  init_array(m, n, *A, *x);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_atax(m, n, *A, *x, *y, *tmp);
  bench_timer_stop();

  h = checksum_array(m, n, *y, *tmp);
  free(A);
  free(x);
  free(y);
  free(tmp);
  return bench_report("pb_atax", h);
}
