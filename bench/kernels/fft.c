/* fft — iterative radix-2 complex FFT of 2^LOGN points, forward then
 * inverse, repeated. Twiddle factors come from our own sine/cosine series so
 * that no libm result (which differs between C libraries) enters. */
#include "bench.h"

enum { LOGN = 16, N = 1 << LOGN, REPS = 3 * SCALE };

static double re[N], im[N], wre[N / 2], wim[N / 2];

/* sin and cos of x in [-pi, pi] by Taylor series: slow but exact enough and
 * the same bits everywhere. */
static double series_sin(double x) {
  double term = x, sum = x;
  for (int k = 1; k < 30; k++) {
    term *= -x * x / ((2.0 * k) * (2.0 * k + 1.0));
    sum += term;
  }
  return sum;
}

static double series_cos(double x) {
  double term = 1.0, sum = 1.0;
  for (int k = 1; k < 30; k++) {
    term *= -x * x / ((2.0 * k - 1.0) * (2.0 * k));
    sum += term;
  }
  return sum;
}

static void bit_reverse(void) {
  for (unsigned i = 0, j = 0; i < N; i++) {
    if (i < j) {
      double t = re[i];
      re[i] = re[j];
      re[j] = t;
      t = im[i];
      im[i] = im[j];
      im[j] = t;
    }
    unsigned bit = N >> 1;
    while (j & bit) {
      j ^= bit;
      bit >>= 1;
    }
    j |= bit;
  }
}

static void transform(double sign) {
  bit_reverse();
  for (int len = 2; len <= N; len <<= 1) {
    int half = len >> 1, stride = N / len;
    for (int i = 0; i < N; i += len)
      for (int k = 0; k < half; k++) {
        double wr = wre[k * stride], wi = sign * wim[k * stride];
        int a = i + k, b = a + half;
        double tr = re[b] * wr - im[b] * wi;
        double ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
  }
}

int main(void) {
  const double pi = 3.14159265358979323846;
  bench_rng_init();
  for (int k = 0; k < N / 2; k++) {
    double angle = -2.0 * pi * k / N;
    wre[k] = series_cos(angle);
    wim[k] = series_sin(angle);
  }
  for (int i = 0; i < N; i++) {
    re[i] = bench_rand_double() - 0.5;
    im[i] = 0.0;
  }
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    transform(1.0);
    h = bench_mix_double(h, re[r + 1]);
    h = bench_mix_double(h, im[r + 1]);
    transform(-1.0);
    for (int i = 0; i < N; i++) {
      re[i] *= 1.0 / N;
      im[i] *= 1.0 / N;
    }
  }
  bench_timer_stop();
  for (int i = 0; i < N; i += 64)
    h = bench_mix_double(h, re[i]);
  return bench_report("fft", h);
}
