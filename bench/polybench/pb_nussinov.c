/* pb_nussinov — PolyBench-shaped Nussinov RNA folding: dynamic programming
 * over an int N x N table, rows from the bottom up, with max_score / match
 * macros on a char base sequence and an inner k loop that reads a row and a
 * column of the table. Each repetition clears the table (untimed). Work
 * scales with REPS. */
#include <stdlib.h>

#include "bench.h"

#define N    700
#define REPS ((8 * SCALE + 15) / 16)

typedef char base;

#define match(b1, b2)     (((b1) + (b2)) == 3 ? 1 : 0)
#define max_score(s1, s2) ((s1 >= s2) ? s1 : s2)

static void init_array(int n, base seq[N], int table[N][N]) {
  int i, j;

  /* bases 0..3 (A=0, C=1, G=2, U=3: pairs summing to 3 match) */
  for (i = 0; i < n; i++)
    seq[i] = (base)((i + 1) % 4);

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      table[i][j] = 0;
}

static void kernel_nussinov(int n, base seq[N], int table[N][N]) {
  int i, j, k;

  for (i = n - 1; i >= 0; i--) {
    for (j = i + 1; j < n; j++) {

      if (j - 1 >= 0)
        table[i][j] = max_score(table[i][j], table[i][j - 1]);
      if (i + 1 < n)
        table[i][j] = max_score(table[i][j], table[i + 1][j]);

      if (j - 1 >= 0 && i + 1 < n) {
        /* adjacent bases do not pair */
        if (i < j - 1)
          table[i][j] = max_score(table[i][j], table[i + 1][j - 1] + match(seq[i], seq[j]));
        else
          table[i][j] = max_score(table[i][j], table[i + 1][j - 1]);
      }

      for (k = i + 1; k < j; k++) {
        table[i][j] = max_score(table[i][j], table[i][k] + table[k + 1][j]);
      }
    }
  }
}

int main(void) {
  int n = N;
  int r, i, j;

  base(*seq)[N] = malloc(sizeof(base[N]));
  int(*table)[N][N] = malloc(sizeof(int[N][N]));
  if (!seq || !table)
    return 1;

  for (r = 0; r < REPS; r++) {
    init_array(n, *seq, *table);
    bench_timer_start();
    kernel_nussinov(n, *seq, *table);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix(h, (uint64_t)(uint32_t)(*table)[i][j]);

  free(seq);
  free(table);
  return bench_report("pb_nussinov", h);
}
