/* pb_bicg — PolyBench/C 4.2.1-shaped bicg (the BiCG sub-kernel):
 * s := A^T*r and q := A*p in one sweep over A (N x M, LARGE dataset
 * sizes). Whole heap arrays passed as fixed-size array parameters to a
 * plain static kernel whose loop bounds are int parameters. The kernel is
 * O(N*M), so it is called REPS times; each call recomputes s and q. */
#include <stdlib.h>

#include "bench.h"

#define M    1900
#define N    2100
#define REPS ((160 * (SCALE) + 15) / 16)

static void init_array(int m, int n, double A[N][M], double r[N], double p[M]) {
  int i, j;

  for (i = 0; i < m; i++)
    p[i] = (double)(i % m) / m;
  for (i = 0; i < n; i++) {
    r[i] = (double)(i % n) / n;
    for (j = 0; j < m; j++)
      A[i][j] = (double)(i * (j + 1) % n) / n;
  }
}

static uint64_t checksum_array(int m, int n, double s[M], double q[N]) {
  int i;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < m; i++)
    h = bench_mix_double(h, s[i]);
  for (i = 0; i < n; i++)
    h = bench_mix_double(h, q[i]);
  return h;
}

static void kernel_bicg(int m, int n, double A[N][M], double s[M], double q[N], double p[M], double r[N]) {
  int i, j;

  for (i = 0; i < m; i++)
    s[i] = 0;
  for (i = 0; i < n; i++) {
    q[i] = 0.0;
    for (j = 0; j < m; j++) {
      s[j] = s[j] + r[i] * A[i][j];
      q[i] = q[i] + A[i][j] * p[j];
    }
  }
}

int main(void) {
  int m = M;
  int n = N;
  int rep;
  double(*A)[N][M] = malloc(sizeof(double[N][M]));
  double(*s)[M] = malloc(sizeof(double[M]));
  double(*q)[N] = malloc(sizeof(double[N]));
  double(*p)[M] = malloc(sizeof(double[M]));
  double(*r)[N] = malloc(sizeof(double[N]));
  uint64_t h;

  if (!A || !s || !q || !p || !r)
    return 1;
  init_array(m, n, *A, *r, *p);

  bench_timer_start();
  for (rep = 0; rep < REPS; rep++)
    kernel_bicg(m, n, *A, *s, *q, *p, *r);
  bench_timer_stop();

  h = checksum_array(m, n, *s, *q);
  free(A);
  free(s);
  free(q);
  free(p);
  free(r);
  return bench_report("pb_bicg", h);
}
