/* lu — in-place LU decomposition without pivoting (Doolittle) of a
 * diagonally dominant N x N matrix, then a forward/back solve; repeated. */
#include "bench.h"

enum { N = 256, REPS = 8 * SCALE };

static double orig[N][N], m[N][N], rhs[N], x[N];

static void decompose(void) {
  for (int k = 0; k < N; k++) {
    double pivot = m[k][k];
    for (int i = k + 1; i < N; i++) {
      double f = m[i][k] / pivot;
      m[i][k] = f;
      for (int j = k + 1; j < N; j++)
        m[i][j] -= f * m[k][j];
    }
  }
}

static void solve(void) {
  for (int i = 0; i < N; i++) { /* L y = b, unit diagonal */
    double s = rhs[i];
    for (int j = 0; j < i; j++)
      s -= m[i][j] * x[j];
    x[i] = s;
  }
  for (int i = N - 1; i >= 0; i--) { /* U x = y */
    double s = x[i];
    for (int j = i + 1; j < N; j++)
      s -= m[i][j] * x[j];
    x[i] = s / m[i][i];
  }
}

int main(void) {
  bench_rng_init();
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++)
      orig[i][j] = bench_rand_double() - 0.5;
    orig[i][i] += N;
    rhs[i] = bench_rand_double();
  }
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++)
        m[i][j] = orig[i][j];
    m[r % N][(r * 3) % N] += 0.25;
    decompose();
    solve();
    for (int i = 0; i < N; i++)
      h = bench_mix_double(h, x[i]);
  }
  bench_timer_stop();
  return bench_report("lu", h);
}
