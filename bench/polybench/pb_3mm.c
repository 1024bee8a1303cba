/* pb_3mm — PolyBench/C 4.2.1-shaped 3mm: G := (A*B)*(C*D), as E := A*B,
 * F := C*D, G := E*F, with A NI x NK, B NK x NJ, C NJ x NM, D NM x NL.
 * Each product in the textbook i-j-k order (a dot product down a column in
 * the innermost loop). Whole 2-D heap arrays passed as fixed-size array
 * parameters to a plain static kernel whose loop bounds are int
 * parameters. */
#include <stdlib.h>

#include "bench.h"

#define NI   480
#define NJ   540
#define NK   600
#define NL   660
#define NM   720
#define REPS ((1 * (SCALE) + 15) / 16)

static void init_array(int ni, int nj, int nk, int nl, int nm, double A[NI][NK], double B[NK][NJ],
                       double C[NJ][NM], double D[NM][NL]) {
  int i, j;

  for (i = 0; i < ni; i++)
    for (j = 0; j < nk; j++)
      A[i][j] = (double)((i * j + 1) % ni) / (5 * ni);
  for (i = 0; i < nk; i++)
    for (j = 0; j < nj; j++)
      B[i][j] = (double)((i * (j + 1) + 2) % nj) / (5 * nj);
  for (i = 0; i < nj; i++)
    for (j = 0; j < nm; j++)
      C[i][j] = (double)(i * (j + 3) % nl) / (5 * nl);
  for (i = 0; i < nm; i++)
    for (j = 0; j < nl; j++)
      D[i][j] = (double)((i * (j + 2) + 2) % nk) / (5 * nk);
}

static uint64_t checksum_array(int ni, int nl, double G[NI][NL]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < ni; i++)
    for (j = 0; j < nl; j++)
      h = bench_mix_double(h, G[i][j]);
  return h;
}

static void kernel_3mm(int ni, int nj, int nk, int nl, int nm, double E[NI][NJ], double A[NI][NK],
                       double B[NK][NJ], double F[NJ][NL], double C[NJ][NM], double D[NM][NL],
                       double G[NI][NL]) {
  int i, j, k;

  /* E := A*B */
  for (i = 0; i < ni; i++)
    for (j = 0; j < nj; j++) {
      E[i][j] = 0.0;
      for (k = 0; k < nk; ++k)
        E[i][j] += A[i][k] * B[k][j];
    }
  /* F := C*D */
  for (i = 0; i < nj; i++)
    for (j = 0; j < nl; j++) {
      F[i][j] = 0.0;
      for (k = 0; k < nm; ++k)
        F[i][j] += C[i][k] * D[k][j];
    }
  /* G := E*F */
  for (i = 0; i < ni; i++)
    for (j = 0; j < nl; j++) {
      G[i][j] = 0.0;
      for (k = 0; k < nj; ++k)
        G[i][j] += E[i][k] * F[k][j];
    }
}

int main(void) {
  int ni = NI;
  int nj = NJ;
  int nk = NK;
  int nl = NL;
  int nm = NM;
  int r;
  double(*E)[NI][NJ] = malloc(sizeof(double[NI][NJ]));
  double(*A)[NI][NK] = malloc(sizeof(double[NI][NK]));
  double(*B)[NK][NJ] = malloc(sizeof(double[NK][NJ]));
  double(*F)[NJ][NL] = malloc(sizeof(double[NJ][NL]));
  double(*C)[NJ][NM] = malloc(sizeof(double[NJ][NM]));
  double(*D)[NM][NL] = malloc(sizeof(double[NM][NL]));
  double(*G)[NI][NL] = malloc(sizeof(double[NI][NL]));
  uint64_t h;

  if (!E || !A || !B || !F || !C || !D || !G)
    return 1;
  init_array(ni, nj, nk, nl, nm, *A, *B, *C, *D);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_3mm(ni, nj, nk, nl, nm, *E, *A, *B, *F, *C, *D, *G);
  bench_timer_stop();

  h = checksum_array(ni, nl, *G);
  free(E);
  free(A);
  free(B);
  free(F);
  free(C);
  free(D);
  free(G);
  return bench_report("pb_3mm", h);
}
