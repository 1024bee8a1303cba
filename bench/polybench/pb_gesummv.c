/* pb_gesummv — PolyBench/C 4.2.1-shaped gesummv: y := alpha*A*x +
 * beta*B*x, both matrix-vector products done in one row sweep over A and B
 * (N x N, LARGE dataset size). Whole heap arrays passed as fixed-size
 * array parameters to a plain static kernel whose loop bounds are int
 * parameters. The kernel is O(N^2), so it is called REPS times; each call
 * recomputes tmp and y. */
#include <stdlib.h>

#include "bench.h"

#define N    1300
#define REPS ((400 * (SCALE) + 15) / 16)

static void init_array(int n, double *alpha, double *beta, double A[N][N], double B[N][N], double x[N]) {
  int i, j;

  *alpha = 1.5;
  *beta = 1.2;
  for (i = 0; i < n; i++) {
    x[i] = (double)(i % n) / n;
    for (j = 0; j < n; j++) {
      A[i][j] = (double)((i * j + 1) % n) / n;
      B[i][j] = (double)((i * j + 2) % n) / n;
    }
  }
}

static uint64_t checksum_array(int n, double y[N], double tmp[N]) {
  int i;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    h = bench_mix_double(h, y[i]);
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, tmp[i]);
  return h;
}

static void kernel_gesummv(int n, double alpha, double beta, double A[N][N], double B[N][N], double tmp[N],
                           double x[N], double y[N]) {
  int i, j;

  for (i = 0; i < n; i++) {
    tmp[i] = 0.0;
    y[i] = 0.0;
    for (j = 0; j < n; j++) {
      tmp[i] = A[i][j] * x[j] + tmp[i];
      y[i] = B[i][j] * x[j] + y[i];
    }
    y[i] = alpha * tmp[i] + beta * y[i];
  }
}

int main(void) {
  int n = N;
  int r;
  double alpha, beta;
  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  double(*B)[N][N] = malloc(sizeof(double[N][N]));
  double(*tmp)[N] = malloc(sizeof(double[N]));
  double(*x)[N] = malloc(sizeof(double[N]));
  double(*y)[N] = malloc(sizeof(double[N]));
  uint64_t h;

  if (!A || !B || !tmp || !x || !y)
    return 1;
  init_array(n, &alpha, &beta, *A, *B, *x);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_gesummv(n, alpha, beta, *A, *B, *tmp, *x, *y);
  bench_timer_stop();

  h = checksum_array(n, *y, *tmp);
  free(A);
  free(B);
  free(tmp);
  free(x);
  free(y);
  return bench_report("pb_gesummv", h);
}
