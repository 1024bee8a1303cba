/* sort — quicksort (median of three, insertion sort below 16) and a
 * top-down mergesort of the same random 32-bit integers, repeated. */
#include <stdlib.h>

#include "bench.h"

enum { N = 1 << 18, REPS = SCALE };

static uint32_t data[N], work[N], tmp[N];

static void insertion_sort(uint32_t *v, int n) {
  for (int i = 1; i < n; i++) {
    uint32_t x = v[i];
    int j = i - 1;
    while (j >= 0 && v[j] > x) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = x;
  }
}

static void quick_sort(uint32_t *v, int n) {
  while (n > 16) {
    uint32_t a = v[0], b = v[n / 2], c = v[n - 1];
    uint32_t pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
    int i = 0, j = n - 1;
    for (;;) {
      while (v[i] < pivot)
        i++;
      while (v[j] > pivot)
        j--;
      if (i >= j)
        break;
      uint32_t t = v[i];
      v[i] = v[j];
      v[j] = t;
      i++;
      j--;
    }
    if (j + 1 < n - j - 1) {
      quick_sort(v, j + 1);
      v += j + 1;
      n -= j + 1;
    } else {
      quick_sort(v + j + 1, n - j - 1);
      n = j + 1;
    }
  }
  insertion_sort(v, n);
}

static void merge_sort(uint32_t *v, uint32_t *t, int n) {
  if (n <= 16) {
    insertion_sort(v, n);
    return;
  }
  int h = n / 2;
  merge_sort(v, t, h);
  merge_sort(v + h, t + h, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n)
    t[k++] = v[i] <= v[j] ? v[i++] : v[j++];
  while (i < h)
    t[k++] = v[i++];
  while (j < n)
    t[k++] = v[j++];
  memcpy(v, t, (size_t)n * sizeof *v);
}

static uint64_t fold(uint64_t h, const uint32_t *v) {
  for (int i = 1; i < N; i++)
    if (v[i - 1] > v[i])
      return bench_mix(h, 0xbad); /* not sorted */
  for (int i = 0; i < N; i += 97)
    h = bench_mix(h, v[i]);
  return h;
}

int main(void) {
  bench_rng_init();
  uint64_t h = BENCH_CHECKSUM_INIT;
  for (int r = 0; r < REPS; r++) {
    for (int i = 0; i < N; i++)
      data[i] = (uint32_t)(bench_rand() >> 32);
    bench_timer_start();
    memcpy(work, data, sizeof work);
    quick_sort(work, N);
    h = fold(h, work);
    memcpy(work, data, sizeof work);
    merge_sort(work, tmp, N);
    h = fold(h, work);
    bench_timer_stop();
  }
  return bench_report("sort", h);
}
