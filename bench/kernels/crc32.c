/* crc32 — IEEE 802.3 CRC-32 with the slice-by-4 table method over a
 * generated buffer, repeated with a changing prefix. */
#include "bench.h"

enum { LEN = 1 << 22, REPS = 4 * SCALE };

static uint8_t buf[LEN];
static uint32_t table[4][256];

static void make_tables(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++)
      c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[0][i] = c;
  }
  for (int t = 1; t < 4; t++)
    for (int i = 0; i < 256; i++)
      table[t][i] = (table[t - 1][i] >> 8) ^ table[0][table[t - 1][i] & 0xff];
}

static uint32_t crc32(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  while (n >= 4) {
    c ^= (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    c = table[3][c & 0xff] ^ table[2][(c >> 8) & 0xff] ^ table[1][(c >> 16) & 0xff] ^ table[0][c >> 24];
    p += 4;
    n -= 4;
  }
  while (n--)
    c = table[0][(c ^ *p++) & 0xff] ^ (c >> 8);
  return ~c;
}

int main(void) {
  bench_rng_init();
  make_tables();
  for (int i = 0; i < LEN; i++)
    buf[i] = (uint8_t)(bench_rand() >> 40);
  uint64_t h = crc32((const uint8_t *)"123456789", 9) == 0xcbf43926u ? BENCH_CHECKSUM_INIT : 0;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    uint32_t c = crc32(buf + r, LEN - (size_t)r);
    buf[r] = (uint8_t)c;
    h = bench_mix(h, c);
  }
  bench_timer_stop();
  return bench_report("crc32", h);
}
