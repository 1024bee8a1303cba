/* lz77 — an LZ77-style compressor (hash chains over a 64 KiB window,
 * greedy longest match) and its decompressor, round trip over generated
 * text-like data; checks the round trip and folds the compressed bytes. */
#include <stdlib.h>

#include "bench.h"

enum {
  LEN = 1 << 19,
  WINDOW = 1 << 16,
  HASH_BITS = 15,
  MAX_CHAIN = 32,
  MIN_MATCH = 4,
  MAX_MATCH = 258,
  REPS = SCALE
};

static uint8_t input[LEN], packed[LEN + LEN / 8 + 16], output[LEN];
static int32_t head[1 << HASH_BITS], prev[WINDOW];

static uint32_t hash4(const uint8_t *p) {
  uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
  return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Format: a flag byte per 8 items; literal = 1 byte; match = 3 bytes
 * (16-bit distance-1, length-MIN_MATCH). */
static size_t compress(void) {
  for (int i = 0; i < (1 << HASH_BITS); i++)
    head[i] = -1;
  size_t out = 0, flag_pos = 0;
  int nitems = 8;
  for (int pos = 0; pos < LEN;) {
    if (nitems == 8) {
      flag_pos = out++;
      packed[flag_pos] = 0;
      nitems = 0;
    }
    int best_len = 0, best_dist = 0;
    if (pos + MIN_MATCH <= LEN) {
      uint32_t hv = hash4(input + pos);
      int cand = head[hv], chain = MAX_CHAIN;
      int limit = LEN - pos < MAX_MATCH ? LEN - pos : MAX_MATCH;
      while (cand >= 0 && pos - cand <= WINDOW && chain-- > 0) {
        int l = 0;
        while (l < limit && input[cand + l] == input[pos + l])
          l++;
        if (l > best_len) {
          best_len = l;
          best_dist = pos - cand;
          if (l == limit)
            break;
        }
        cand = prev[cand & (WINDOW - 1)];
      }
      prev[pos & (WINDOW - 1)] = head[hv];
      head[hv] = pos;
    }
    if (best_len >= MIN_MATCH) {
      packed[flag_pos] |= (uint8_t)(1 << nitems);
      packed[out++] = (uint8_t)(best_dist - 1);
      packed[out++] = (uint8_t)((best_dist - 1) >> 8);
      packed[out++] = (uint8_t)(best_len - MIN_MATCH);
      for (int k = 1; k < best_len; k++) { /* index the skipped positions */
        int p = pos + k;
        if (p + MIN_MATCH <= LEN) {
          uint32_t hv = hash4(input + p);
          prev[p & (WINDOW - 1)] = head[hv];
          head[hv] = p;
        }
      }
      pos += best_len;
    } else {
      packed[out++] = input[pos++];
    }
    nitems++;
  }
  return out;
}

static size_t decompress(size_t n) {
  size_t in = 0, out = 0;
  while (in < n) {
    uint8_t flags = packed[in++];
    for (int b = 0; b < 8 && in < n; b++) {
      if (flags & (1 << b)) {
        size_t dist = ((size_t)packed[in] | (size_t)packed[in + 1] << 8) + 1;
        size_t len = (size_t)packed[in + 2] + MIN_MATCH;
        in += 3;
        for (size_t k = 0; k < len; k++, out++)
          output[out] = output[out - dist];
      } else {
        output[out++] = packed[in++];
      }
    }
  }
  return out;
}

int main(void) {
  static const char *words[] = {"the ", "quick ", "brown ",  "fox ",      "jumps ",  "over ",   "lazy ",
                                "dog ", "wasm ",  "object ", "compiler ", "memory ", "bounds ", "check ",
                                "\n",   "and ",   "of ",     "a ",        "to ",     "in "};
  bench_rng_init();
  uint64_t h = BENCH_CHECKSUM_INIT;
  for (int r = 0; r < REPS; r++) {
    for (size_t pos = 0; pos < LEN;) {
      uint64_t x = bench_rand();
      const char *w = words[x % 20];
      size_t l = strlen(w);
      if ((x >> 32) % 16 == 0) {
        input[pos++] = (uint8_t)(x >> 40);
        continue;
      }
      for (size_t k = 0; k < l && pos < LEN; k++)
        input[pos++] = (uint8_t)w[k];
    }
    bench_timer_start();
    size_t n = compress();
    size_t m = decompress(n);
    h = bench_mix(h, n);
    h = bench_mix(h, m == LEN && memcmp(input, output, LEN) == 0);
    bench_timer_stop();
    for (size_t i = 0; i < n; i += 61)
      h = bench_mix(h, packed[i]);
  }
  return bench_report("lz77", h);
}
