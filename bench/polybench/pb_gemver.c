/* pb_gemver — PolyBench/C 4.2.1-shaped gemver: A := A + u1*v1^T +
 * u2*v2^T, x := x + beta*A^T*y + z, w := w + alpha*A*x, with A N x N
 * (LARGE dataset size). Whole heap arrays passed as fixed-size array
 * parameters to a plain static kernel whose loop bounds are int
 * parameters. The kernel is O(N^2), so it is called REPS times; A, x and w
 * keep accumulating (polynomial growth in the repetition count, far from
 * overflow). */
#include <stdlib.h>

#include "bench.h"

#define N    2000
#define REPS ((48 * (SCALE) + 15) / 16)

static void init_array(int n, double *alpha, double *beta, double A[N][N], double u1[N], double v1[N],
                       double u2[N], double v2[N], double w[N], double x[N], double y[N], double z[N]) {
  int i, j;
  double fn = (double)n;

  *alpha = 1.5;
  *beta = 1.2;
  for (i = 0; i < n; i++) {
    u1[i] = i / fn;
    u2[i] = ((i + 1) / fn) / 2.0;
    v1[i] = ((i + 1) / fn) / 4.0;
    v2[i] = ((i + 1) / fn) / 6.0;
    y[i] = ((i + 1) / fn) / 8.0;
    z[i] = ((i + 1) / fn) / 9.0;
    x[i] = 0.0;
    w[i] = 0.0;
    for (j = 0; j < n; j++)
      A[i][j] = (double)(i * j % n) / n;
  }
}

static uint64_t checksum_array(int n, double A[N][N], double w[N], double x[N]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    h = bench_mix_double(h, w[i]);
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, x[i]);
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, A[i][j]);
  return h;
}

static void kernel_gemver(int n, double alpha, double beta, double A[N][N], double u1[N], double v1[N],
                          double u2[N], double v2[N], double w[N], double x[N], double y[N], double z[N]) {
  int i, j;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      A[i][j] = A[i][j] + u1[i] * v1[j] + u2[i] * v2[j];

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      x[i] = x[i] + beta * A[j][i] * y[j];

  for (i = 0; i < n; i++)
    x[i] = x[i] + z[i];

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      w[i] = w[i] + alpha * A[i][j] * x[j];
}

int main(void) {
  int n = N;
  int r;
  double alpha, beta;
  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  double(*u1)[N] = malloc(sizeof(double[N]));
  double(*v1)[N] = malloc(sizeof(double[N]));
  double(*u2)[N] = malloc(sizeof(double[N]));
  double(*v2)[N] = malloc(sizeof(double[N]));
  double(*w)[N] = malloc(sizeof(double[N]));
  double(*x)[N] = malloc(sizeof(double[N]));
  double(*y)[N] = malloc(sizeof(double[N]));
  double(*z)[N] = malloc(sizeof(double[N]));
  uint64_t h;

  if (!A || !u1 || !v1 || !u2 || !v2 || !w || !x || !y || !z)
    return 1;
  init_array(n, &alpha, &beta, *A, *u1, *v1, *u2, *v2, *w, *x, *y, *z);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_gemver(n, alpha, beta, *A, *u1, *v1, *u2, *v2, *w, *x, *y, *z);
  bench_timer_stop();

  h = checksum_array(n, *A, *w, *x);
  free(A);
  free(u1);
  free(v1);
  free(u2);
  free(v2);
  free(w);
  free(x);
  free(y);
  free(z);
  return bench_report("pb_gemver", h);
}
