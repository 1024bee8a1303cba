/* pb_durbin — PolyBench/C 4.2.1-shaped durbin: Levinson-Durbin solution
 * of the Yule-Walker system T*y = -r, T the symmetric Toeplitz matrix with
 * first row (1, r[0], ..., r[N-2]), with the temporary z on the kernel's
 * stack (LARGE dataset size). r is the autocorrelation of a fractionally
 * integrated noise (d = 0.3): T is positive definite and the reflection
 * coefficients decay like d/k, so every step stays well-conditioned and
 * nothing underflows. The kernel is O(N^2), so it is called REPS times;
 * each call recomputes y from r alone. */
#include <stdlib.h>

#include "bench.h"

#define N    2000
#define REPS ((256 * (SCALE) + 15) / 16)

static void init_array(int n, double r[N]) {
  int i;
  double d = 0.3;
  double rho = 1.0;

  /* rho(k) = rho(k-1) * (k - 1 + d) / (k - d); r[i] = rho(i + 1) */
  for (i = 0; i < n; i++) {
    rho = rho * (i + d) / (i + 1 - d);
    r[i] = rho;
  }
}

static uint64_t checksum_array(int n, double y[N]) {
  int i;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    h = bench_mix_double(h, y[i]);
  return h;
}

static void kernel_durbin(int n, double r[N], double y[N]) {
  double z[N];
  double alpha;
  double beta;
  double sum;
  int i, k;

  y[0] = -r[0];
  beta = 1.0;
  alpha = -r[0];

  for (k = 1; k < n; k++) {
    beta = (1 - alpha * alpha) * beta;
    sum = 0.0;
    for (i = 0; i < k; i++)
      sum += r[k - i - 1] * y[i];
    alpha = -(r[k] + sum) / beta;

    for (i = 0; i < k; i++)
      z[i] = y[i] + alpha * y[k - i - 1];
    for (i = 0; i < k; i++)
      y[i] = z[i];
    y[k] = alpha;
  }
}

int main(void) {
  int n = N;
  int rep;
  double(*r)[N] = malloc(sizeof(double[N]));
  double(*y)[N] = malloc(sizeof(double[N]));
  uint64_t h;

  if (!r || !y)
    return 1;
  init_array(n, *r);

  bench_timer_start();
  for (rep = 0; rep < REPS; rep++)
    kernel_durbin(n, *r, *y);
  bench_timer_stop();

  h = checksum_array(n, *y);
  free(r);
  free(y);
  return bench_report("pb_durbin", h);
}
