/* pb_mvt — PolyBench/C 4.2.1-shaped mvt: x1 := x1 + A*y_1 (row sweep) and
 * x2 := x2 + A^T*y_2 (column sweep) with A N x N (LARGE dataset size).
 * Whole heap arrays passed as fixed-size array parameters to a plain
 * static kernel whose loop bounds are int parameters. The kernel is
 * O(N^2), so it is called REPS times; x1 and x2 keep accumulating (they
 * grow linearly in the repetition count, nothing overflows). */
#include <stdlib.h>

#include "bench.h"

#define N    2000
#define REPS ((64 * (SCALE) + 15) / 16)

static void init_array(int n, double x1[N], double x2[N], double y_1[N], double y_2[N], double A[N][N]) {
  int i, j;

  for (i = 0; i < n; i++) {
    x1[i] = (double)(i % n) / n;
    x2[i] = (double)((i + 1) % n) / n;
    y_1[i] = (double)((i + 3) % n) / n;
    y_2[i] = (double)((i + 4) % n) / n;
    for (j = 0; j < n; j++)
      A[i][j] = (double)(i * j % n) / n;
  }
}

static uint64_t checksum_array(int n, double x1[N], double x2[N]) {
  int i;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    h = bench_mix_double(h, x1[i]);
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, x2[i]);
  return h;
}

static void kernel_mvt(int n, double x1[N], double x2[N], double y_1[N], double y_2[N], double A[N][N]) {
  int i, j;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      x1[i] = x1[i] + A[i][j] * y_1[j];
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      x2[i] = x2[i] + A[j][i] * y_2[j];
}

int main(void) {
  int n = N;
  int r;
  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  double(*x1)[N] = malloc(sizeof(double[N]));
  double(*x2)[N] = malloc(sizeof(double[N]));
  double(*y_1)[N] = malloc(sizeof(double[N]));
  double(*y_2)[N] = malloc(sizeof(double[N]));
  uint64_t h;

  if (!A || !x1 || !x2 || !y_1 || !y_2)
    return 1;
  init_array(n, *x1, *x2, *y_1, *y_2, *A);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_mvt(n, *x1, *x2, *y_1, *y_2, *A);
  bench_timer_stop();

  h = checksum_array(n, *x1, *x2);
  free(A);
  free(x1);
  free(x2);
  free(y_1);
  free(y_2);
  return bench_report("pb_mvt", h);
}
