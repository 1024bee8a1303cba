/* pb_adi — PolyBench-shaped alternating direction implicit solver: each time
 * step does a column sweep (tridiagonal solves down the columns of u into v)
 * and a row sweep (from v back into u), both with the p/q work arrays and the
 * coefficients derived from DX, DY, DT, B1, B2. Work scales with TSTEPS. */
#include <stdlib.h>

#include "bench.h"

#define N      1000
#define TSTEPS ((3 * SCALE + 1) / 2)

static void init_array(int n, double u[N][N]) {
  int i, j;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      u[i][j] = (double)(i + n - j) / n;
}

static void kernel_adi(int tsteps, int n, double u[N][N], double v[N][N], double p[N][N], double q[N][N]) {
  int t, i, j;
  double DX, DY, DT;
  double B1, B2;
  double mul1, mul2;
  double a, b, c, d, e, f;

  DX = 1.0 / (double)n;
  DY = 1.0 / (double)n;
  DT = 1.0 / (double)tsteps;
  B1 = 2.0;
  B2 = 1.0;
  mul1 = B1 * DT / (DX * DX);
  mul2 = B2 * DT / (DY * DY);

  a = -mul1 / 2.0;
  b = 1.0 + mul1;
  c = a;
  d = -mul2 / 2.0;
  e = 1.0 + mul2;
  f = d;

  for (t = 1; t <= tsteps; t++) {
    /* column sweep */
    for (i = 1; i < n - 1; i++) {
      v[0][i] = 1.0;
      p[i][0] = 0.0;
      q[i][0] = v[0][i];
      for (j = 1; j < n - 1; j++) {
        p[i][j] = -c / (a * p[i][j - 1] + b);
        q[i][j] = (-d * u[j][i - 1] + (1.0 + 2.0 * d) * u[j][i] - f * u[j][i + 1] - a * q[i][j - 1]) /
                  (a * p[i][j - 1] + b);
      }

      v[n - 1][i] = 1.0;
      for (j = n - 2; j >= 1; j--) {
        v[j][i] = p[i][j] * v[j + 1][i] + q[i][j];
      }
    }
    /* row sweep */
    for (i = 1; i < n - 1; i++) {
      u[i][0] = 1.0;
      p[i][0] = 0.0;
      q[i][0] = u[i][0];
      for (j = 1; j < n - 1; j++) {
        p[i][j] = -f / (d * p[i][j - 1] + e);
        q[i][j] = (-a * v[i - 1][j] + (1.0 + 2.0 * a) * v[i][j] - c * v[i + 1][j] - d * q[i][j - 1]) /
                  (d * p[i][j - 1] + e);
      }
      u[i][n - 1] = 1.0;
      for (j = n - 2; j >= 1; j--) {
        u[i][j] = p[i][j] * u[i][j + 1] + q[i][j];
      }
    }
  }
}

int main(void) {
  int n = N;
  int tsteps = TSTEPS;
  int i, j;

  double(*u)[N][N] = malloc(sizeof(double[N][N]));
  double(*v)[N][N] = malloc(sizeof(double[N][N]));
  double(*p)[N][N] = malloc(sizeof(double[N][N]));
  double(*q)[N][N] = malloc(sizeof(double[N][N]));
  if (!u || !v || !p || !q)
    return 1;

  init_array(n, *u);
  /* v, p and q are written before being read (border rows/columns of v that
     the sweeps never touch are cleared so that the checksum is defined). */
  memset(*v, 0, sizeof(double[N][N]));
  memset(*p, 0, sizeof(double[N][N]));
  memset(*q, 0, sizeof(double[N][N]));

  bench_timer_start();
  kernel_adi(tsteps, n, *u, *v, *p, *q);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*u)[i][j]);

  free(u);
  free(v);
  free(p);
  free(q);
  return bench_report("pb_adi", h);
}
