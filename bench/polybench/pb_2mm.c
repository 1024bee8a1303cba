/* pb_2mm — PolyBench/C 4.2.1-shaped 2mm: D := alpha*A*B*C + beta*D, as
 * tmp := alpha*A*B, then D := beta*D + tmp*C, with A NI x NK, B NK x NJ,
 * C NJ x NL, D NI x NL. Both products use the textbook i-j-k order (a dot
 * product down a column of B resp. C in the innermost loop). Whole 2-D
 * heap arrays passed as fixed-size array parameters to a plain static
 * kernel whose loop bounds are int parameters. */
#include <stdlib.h>

#include "bench.h"

#define NI   600
#define NJ   675
#define NK   825
#define NL   900
#define REPS ((1 * (SCALE) + 15) / 16)

static void init_array(int ni, int nj, int nk, int nl, double *alpha, double *beta, double A[NI][NK],
                       double B[NK][NJ], double C[NJ][NL], double D[NI][NL]) {
  int i, j;

  *alpha = 1.5;
  *beta = 1.2;
  for (i = 0; i < ni; i++)
    for (j = 0; j < nk; j++)
      A[i][j] = (double)((i * j + 1) % ni) / ni;
  for (i = 0; i < nk; i++)
    for (j = 0; j < nj; j++)
      B[i][j] = (double)(i * (j + 1) % nj) / nj;
  for (i = 0; i < nj; i++)
    for (j = 0; j < nl; j++)
      C[i][j] = (double)((i * (j + 3) + 1) % nl) / nl;
  for (i = 0; i < ni; i++)
    for (j = 0; j < nl; j++)
      D[i][j] = (double)(i * (j + 2) % nk) / nk;
}

static uint64_t checksum_array(int ni, int nl, double D[NI][NL]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < ni; i++)
    for (j = 0; j < nl; j++)
      h = bench_mix_double(h, D[i][j]);
  return h;
}

static void kernel_2mm(int ni, int nj, int nk, int nl, double alpha, double beta, double tmp[NI][NJ],
                       double A[NI][NK], double B[NK][NJ], double C[NJ][NL], double D[NI][NL]) {
  int i, j, k;

  /* tmp := alpha*A*B */
  for (i = 0; i < ni; i++)
    for (j = 0; j < nj; j++) {
      tmp[i][j] = 0.0;
      for (k = 0; k < nk; ++k)
        tmp[i][j] += alpha * A[i][k] * B[k][j];
    }
  /* D := beta*D + tmp*C */
  for (i = 0; i < ni; i++)
    for (j = 0; j < nl; j++) {
      D[i][j] *= beta;
      for (k = 0; k < nj; ++k)
        D[i][j] += tmp[i][k] * C[k][j];
    }
}

int main(void) {
  int ni = NI;
  int nj = NJ;
  int nk = NK;
  int nl = NL;
  int r;
  double alpha, beta;
  double(*tmp)[NI][NJ] = malloc(sizeof(double[NI][NJ]));
  double(*A)[NI][NK] = malloc(sizeof(double[NI][NK]));
  double(*B)[NK][NJ] = malloc(sizeof(double[NK][NJ]));
  double(*C)[NJ][NL] = malloc(sizeof(double[NJ][NL]));
  double(*D)[NI][NL] = malloc(sizeof(double[NI][NL]));
  uint64_t h;

  if (!tmp || !A || !B || !C || !D)
    return 1;
  init_array(ni, nj, nk, nl, &alpha, &beta, *A, *B, *C, *D);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_2mm(ni, nj, nk, nl, alpha, beta, *tmp, *A, *B, *C, *D);
  bench_timer_stop();

  h = checksum_array(ni, nl, *D);
  free(tmp);
  free(A);
  free(B);
  free(C);
  free(D);
  return bench_report("pb_2mm", h);
}
