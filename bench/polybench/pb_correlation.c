/* pb_correlation — PolyBench-shaped correlation matrix of N observations of
 * M variables: column means, standard deviations (sqrt, with the eps guard
 * against near-zero deviations), centring and reduction of the data in
 * place, then the M x M correlation matrix from column dot products. The
 * data is overwritten; each repetition re-initializes it (untimed). Work
 * scales with REPS. */
#include <math.h>
#include <stdlib.h>

#include "bench.h"

#define M    420
#define N    490
#define REPS ((8 * SCALE + 15) / 16)

static void init_array(int m, int n, double *float_n, double data[N][M]) {
  int i, j;

  *float_n = (double)N;

  for (i = 0; i < n; i++)
    for (j = 0; j < m; j++)
      data[i][j] = (double)((i * (j + 1)) % M) / M + (double)((i * i + j) % 13) / 13;
}

static void kernel_correlation(int m, int n, double float_n, double data[N][M], double corr[M][M],
                               double mean[M], double stddev[M]) {
  int i, j, k;

  double eps = 0.1;

  for (j = 0; j < m; j++) {
    mean[j] = 0.0;
    for (i = 0; i < n; i++)
      mean[j] += data[i][j];
    mean[j] /= float_n;
  }

  for (j = 0; j < m; j++) {
    stddev[j] = 0.0;
    for (i = 0; i < n; i++)
      stddev[j] += (data[i][j] - mean[j]) * (data[i][j] - mean[j]);
    stddev[j] /= float_n;
    stddev[j] = sqrt(stddev[j]);
    /* A near-zero standard deviation would make the division below blow
       up: treat it as 1. */
    stddev[j] = stddev[j] <= eps ? 1.0 : stddev[j];
  }

  /* Centre and reduce the column vectors. */
  for (i = 0; i < n; i++)
    for (j = 0; j < m; j++) {
      data[i][j] -= mean[j];
      data[i][j] /= sqrt(float_n) * stddev[j];
    }

  /* The m x m correlation matrix. */
  for (i = 0; i < m - 1; i++) {
    corr[i][i] = 1.0;
    for (j = i + 1; j < m; j++) {
      corr[i][j] = 0.0;
      for (k = 0; k < n; k++)
        corr[i][j] += (data[k][i] * data[k][j]);
      corr[j][i] = corr[i][j];
    }
  }
  corr[m - 1][m - 1] = 1.0;
}

int main(void) {
  int m = M;
  int n = N;
  int r, i, j;
  double float_n;

  double(*data)[N][M] = malloc(sizeof(double[N][M]));
  double(*corr)[M][M] = malloc(sizeof(double[M][M]));
  double(*mean)[M] = malloc(sizeof(double[M]));
  double(*stddev)[M] = malloc(sizeof(double[M]));
  if (!data || !corr || !mean || !stddev)
    return 1;

  /* outputs: touched once so that first-touch page faults stay untimed */
  memset(*corr, 0, sizeof(double[M][M]));
  memset(*mean, 0, sizeof(double[M]));
  memset(*stddev, 0, sizeof(double[M]));

  for (r = 0; r < REPS; r++) {
    init_array(m, n, &float_n, *data);
    bench_timer_start();
    kernel_correlation(m, n, float_n, *data, *corr, *mean, *stddev);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < m; i++)
    for (j = 0; j < m; j++)
      h = bench_mix_double(h, (*corr)[i][j]);
  for (j = 0; j < m; j++)
    h = bench_mix_double(h, (*mean)[j]);
  for (j = 0; j < m; j++)
    h = bench_mix_double(h, (*stddev)[j]);
  for (i = 0; i < n; i++)
    for (j = 0; j < m; j++)
      h = bench_mix_double(h, (*data)[i][j]);

  free(data);
  free(corr);
  free(mean);
  free(stddev);
  return bench_report("pb_correlation", h);
}
