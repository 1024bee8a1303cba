/* strsearch — Boyer-Moore-Horspool search for many patterns over generated
 * text over a small alphabet; counts every occurrence. */
#include "bench.h"

enum { LEN = 1 << 22, PATTERNS = 8 * SCALE, PLEN = 12 };

static uint8_t text[LEN];

static uint32_t count_matches(const uint8_t *pat, int m) {
  int skip[256];
  for (int i = 0; i < 256; i++)
    skip[i] = m;
  for (int i = 0; i < m - 1; i++)
    skip[pat[i]] = m - 1 - i;
  uint32_t count = 0;
  uint8_t last = pat[m - 1];
  for (size_t pos = 0; pos + (size_t)m <= LEN;) {
    uint8_t c = text[pos + (size_t)m - 1];
    if (c == last && memcmp(text + pos, pat, (size_t)m - 1) == 0)
      count++;
    pos += (size_t)skip[c];
  }
  return count;
}

int main(void) {
  bench_rng_init();
  for (int i = 0; i < LEN; i++)
    text[i] = (uint8_t)('a' + (bench_rand() >> 32) % 20);
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int p = 0; p < PATTERNS; p++) {
    uint8_t pat[PLEN];
    int m = 4 + p % (PLEN - 3);
    size_t at = (size_t)(bench_rand() % (LEN - PLEN)); /* a pattern that occurs at least once */
    memcpy(pat, text + at, (size_t)m);
    if (p % 3 == 0)
      pat[m / 2] = (uint8_t)('a' + p % 20);
    h = bench_mix(h, count_matches(pat, m));
  }
  bench_timer_stop();
  return bench_report("strsearch", h);
}
