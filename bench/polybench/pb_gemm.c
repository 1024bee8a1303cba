/* pb_gemm — PolyBench/C 4.2.1-shaped gemm: C := alpha*A*B + beta*C, with
 * A NI x NK, B NK x NJ, C NI x NJ (LARGE dataset sizes). Whole 2-D arrays
 * on the heap, passed as fixed-size array parameters to a plain static
 * kernel whose loop bounds are int parameters; textbook i-k-j loop order. */
#include <stdlib.h>

#include "bench.h"

#define NI   1000
#define NJ   1100
#define NK   1200
#define REPS ((2 * (SCALE) + 15) / 16)

static void init_array(int ni, int nj, int nk, double *alpha, double *beta, double C[NI][NJ],
                       double A[NI][NK], double B[NK][NJ]) {
  int i, j;

  *alpha = 1.5;
  *beta = 1.2;
  for (i = 0; i < ni; i++)
    for (j = 0; j < nj; j++)
      C[i][j] = (double)((i * j + 1) % ni) / ni;
  for (i = 0; i < ni; i++)
    for (j = 0; j < nk; j++)
      A[i][j] = (double)(i * (j + 1) % nk) / nk;
  for (i = 0; i < nk; i++)
    for (j = 0; j < nj; j++)
      B[i][j] = (double)(i * (j + 2) % nj) / nj;
}

static uint64_t checksum_array(int ni, int nj, double C[NI][NJ]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < ni; i++)
    for (j = 0; j < nj; j++)
      h = bench_mix_double(h, C[i][j]);
  return h;
}

static void kernel_gemm(int ni, int nj, int nk, double alpha, double beta, double C[NI][NJ], double A[NI][NK],
                        double B[NK][NJ]) {
  int i, j, k;

  for (i = 0; i < ni; i++) {
    for (j = 0; j < nj; j++)
      C[i][j] *= beta;
    for (k = 0; k < nk; k++) {
      for (j = 0; j < nj; j++)
        C[i][j] += alpha * A[i][k] * B[k][j];
    }
  }
}

int main(void) {
  int ni = NI;
  int nj = NJ;
  int nk = NK;
  int r;
  double alpha, beta;
  double(*C)[NI][NJ] = malloc(sizeof(double[NI][NJ]));
  double(*A)[NI][NK] = malloc(sizeof(double[NI][NK]));
  double(*B)[NK][NJ] = malloc(sizeof(double[NK][NJ]));
  uint64_t h;

  if (!C || !A || !B)
    return 1;
  init_array(ni, nj, nk, &alpha, &beta, *C, *A, *B);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_gemm(ni, nj, nk, alpha, beta, *C, *A, *B);
  bench_timer_stop();

  h = checksum_array(ni, nj, *C);
  free(C);
  free(A);
  free(B);
  return bench_report("pb_gemm", h);
}
