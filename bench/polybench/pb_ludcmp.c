/* pb_ludcmp — PolyBench-shaped LU decomposition (i, j, k order, with the
 * scalar accumulator w) followed by forward substitution into y and back
 * substitution into x, solving A x = b. The input is a symmetric positive
 * definite matrix L*L^T, built once outside the timed region; each
 * repetition restores it (untimed) and solves again. Work scales with REPS. */
#include <stdlib.h>

#include "bench.h"

#define N    600
#define REPS ((10 * SCALE + 15) / 16)

/* A = L * L^T with L unit lower triangular, column j below the diagonal
   holding 1 - j/n: symmetric positive definite and well conditioned. */
static void init_array(int n, double A[N][N], double b[N], double x[N], double y[N]) {
  int i, j, k;
  double(*L)[N][N] = malloc(sizeof(double[N][N]));
  if (!L)
    exit(1);

  for (i = 0; i < n; i++) {
    x[i] = 0;
    y[i] = 0;
    b[i] = (i + 1) / (double)n / 2.0 + 4;
  }
  for (i = 0; i < n; i++) {
    for (j = 0; j < i; j++)
      (*L)[i][j] = (double)(n - j) / n;
    (*L)[i][i] = 1.0;
    for (j = i + 1; j < n; j++)
      (*L)[i][j] = 0.0;
  }
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++) {
      double s = 0.0;
      for (k = 0; k <= (i < j ? i : j); k++)
        s += (*L)[i][k] * (*L)[j][k];
      A[i][j] = s;
    }
  free(L);
}

static void kernel_ludcmp(int n, double A[N][N], double b[N], double x[N], double y[N]) {
  int i, j, k;
  double w;

  for (i = 0; i < n; i++) {
    for (j = 0; j < i; j++) {
      w = A[i][j];
      for (k = 0; k < j; k++) {
        w -= A[i][k] * A[k][j];
      }
      A[i][j] = w / A[j][j];
    }
    for (j = i; j < n; j++) {
      w = A[i][j];
      for (k = 0; k < i; k++) {
        w -= A[i][k] * A[k][j];
      }
      A[i][j] = w;
    }
  }

  for (i = 0; i < n; i++) {
    w = b[i];
    for (j = 0; j < i; j++)
      w -= A[i][j] * y[j];
    y[i] = w;
  }

  for (i = n - 1; i >= 0; i--) {
    w = y[i];
    for (j = i + 1; j < n; j++)
      w -= A[i][j] * x[j];
    x[i] = w / A[i][i];
  }
}

int main(void) {
  int n = N;
  int r, i, j;

  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  double(*A0)[N][N] = malloc(sizeof(double[N][N]));
  double(*b)[N] = malloc(sizeof(double[N]));
  double(*x)[N] = malloc(sizeof(double[N]));
  double(*y)[N] = malloc(sizeof(double[N]));
  if (!A || !A0 || !b || !x || !y)
    return 1;

  init_array(n, *A0, *b, *x, *y);

  for (r = 0; r < REPS; r++) {
    memcpy(*A, *A0, sizeof(double[N][N]));
    bench_timer_start();
    kernel_ludcmp(n, *A, *b, *x, *y);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, (*x)[i]);
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, (*y)[i]);
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*A)[i][j]);

  free(A);
  free(A0);
  free(b);
  free(x);
  free(y);
  return bench_report("pb_ludcmp", h);
}
