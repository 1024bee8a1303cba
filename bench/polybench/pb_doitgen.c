/* pb_doitgen — PolyBench/C 4.2.1-shaped doitgen (multi-resolution
 * analysis kernel): every row A[r][q][*] of a 3-D array is replaced by its
 * product with the NP x NP matrix C4, through the temporary sum (LARGE
 * dataset sizes). The whole 3-D array on the heap, passed as a fixed-size
 * array parameter to a plain static kernel whose loop bounds are int
 * parameters. */
#include <stdlib.h>

#include "bench.h"

#define NR   150
#define NQ   140
#define NP   160
#define REPS ((2 * (SCALE) + 15) / 16)

static void init_array(int nr, int nq, int np, double A[NR][NQ][NP], double C4[NP][NP]) {
  int i, j, k;

  for (i = 0; i < nr; i++)
    for (j = 0; j < nq; j++)
      for (k = 0; k < np; k++)
        A[i][j][k] = (double)((i * j + k) % np) / np;
  for (i = 0; i < np; i++)
    for (j = 0; j < np; j++)
      C4[i][j] = (double)((i * j + 1) % np) / (np * np);
}

static uint64_t checksum_array(int nr, int nq, int np, double A[NR][NQ][NP]) {
  int i, j, k;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < nr; i++)
    for (j = 0; j < nq; j++)
      for (k = 0; k < np; k++)
        h = bench_mix_double(h, A[i][j][k]);
  return h;
}

static void kernel_doitgen(int nr, int nq, int np, double A[NR][NQ][NP], double C4[NP][NP], double sum[NP]) {
  int r, q, p, s;

  for (r = 0; r < nr; r++)
    for (q = 0; q < nq; q++) {
      for (p = 0; p < np; p++) {
        sum[p] = 0.0;
        for (s = 0; s < np; s++)
          sum[p] += A[r][q][s] * C4[s][p];
      }
      for (p = 0; p < np; p++)
        A[r][q][p] = sum[p];
    }
}

int main(void) {
  int nr = NR;
  int nq = NQ;
  int np = NP;
  int rep;
  double(*A)[NR][NQ][NP] = malloc(sizeof(double[NR][NQ][NP]));
  double(*sum)[NP] = malloc(sizeof(double[NP]));
  double(*C4)[NP][NP] = malloc(sizeof(double[NP][NP]));
  uint64_t h;

  if (!A || !sum || !C4)
    return 1;
  init_array(nr, nq, np, *A, *C4);

  bench_timer_start();
  for (rep = 0; rep < REPS; rep++)
    kernel_doitgen(nr, nq, np, *A, *C4, *sum);
  bench_timer_stop();

  h = checksum_array(nr, nq, np, *A);
  free(A);
  free(sum);
  free(C4);
  return bench_report("pb_doitgen", h);
}
