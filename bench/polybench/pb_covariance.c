/* pb_covariance — PolyBench-shaped covariance matrix of N observations of
 * M variables: column means, centring of the data in place, then the upper
 * triangle of the M x M covariance matrix from column dot products,
 * mirrored to the lower one. The data is overwritten; each repetition
 * re-initializes it (untimed). Work scales with REPS. */
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
      data[i][j] = (double)((i * (j + 3)) % N) / M;
}

static void kernel_covariance(int m, int n, double float_n, double data[N][M], double cov[M][M],
                              double mean[M]) {
  int i, j, k;

  for (j = 0; j < m; j++) {
    mean[j] = 0.0;
    for (i = 0; i < n; i++)
      mean[j] += data[i][j];
    mean[j] /= float_n;
  }

  for (i = 0; i < n; i++)
    for (j = 0; j < m; j++)
      data[i][j] -= mean[j];

  for (i = 0; i < m; i++)
    for (j = i; j < m; j++) {
      cov[i][j] = 0.0;
      for (k = 0; k < n; k++)
        cov[i][j] += data[k][i] * data[k][j];
      cov[i][j] /= (float_n - 1.0);
      cov[j][i] = cov[i][j];
    }
}

int main(void) {
  int m = M;
  int n = N;
  int r, i, j;
  double float_n;

  double(*data)[N][M] = malloc(sizeof(double[N][M]));
  double(*cov)[M][M] = malloc(sizeof(double[M][M]));
  double(*mean)[M] = malloc(sizeof(double[M]));
  if (!data || !cov || !mean)
    return 1;

  /* outputs: touched once so that first-touch page faults stay untimed */
  memset(*cov, 0, sizeof(double[M][M]));
  memset(*mean, 0, sizeof(double[M]));

  for (r = 0; r < REPS; r++) {
    init_array(m, n, &float_n, *data);
    bench_timer_start();
    kernel_covariance(m, n, float_n, *data, *cov, *mean);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < m; i++)
    for (j = 0; j < m; j++)
      h = bench_mix_double(h, (*cov)[i][j]);
  for (j = 0; j < m; j++)
    h = bench_mix_double(h, (*mean)[j]);
  for (i = 0; i < n; i++)
    for (j = 0; j < m; j++)
      h = bench_mix_double(h, (*data)[i][j]);

  free(data);
  free(cov);
  free(mean);
  return bench_report("pb_covariance", h);
}
