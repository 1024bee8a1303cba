/* pb_fdtd_2d — PolyBench-shaped 2-D finite-difference time-domain kernel:
 * per time step the ey row 0 is driven from _fict_[t], then ey, ex and hz
 * are updated from each other over NX x NY grids. Work scales with TMAX. */
#include <stdlib.h>

#include "bench.h"

#define NX   1000
#define NY   1200
#define TMAX (16 * SCALE)

static void init_array(int tmax, int nx, int ny, double ex[NX][NY], double ey[NX][NY], double hz[NX][NY],
                       double _fict_[TMAX]) {
  int i, j;

  for (i = 0; i < tmax; i++)
    _fict_[i] = (double)i;
  for (i = 0; i < nx; i++)
    for (j = 0; j < ny; j++) {
      ex[i][j] = ((double)i * (j + 1)) / nx;
      ey[i][j] = ((double)i * (j + 2)) / ny;
      hz[i][j] = ((double)i * (j + 3)) / nx;
    }
}

static void kernel_fdtd_2d(int tmax, int nx, int ny, double ex[NX][NY], double ey[NX][NY], double hz[NX][NY],
                           double _fict_[TMAX]) {
  int t, i, j;

  for (t = 0; t < tmax; t++) {
    for (j = 0; j < ny; j++)
      ey[0][j] = _fict_[t];
    for (i = 1; i < nx; i++)
      for (j = 0; j < ny; j++)
        ey[i][j] = ey[i][j] - 0.5 * (hz[i][j] - hz[i - 1][j]);
    for (i = 0; i < nx; i++)
      for (j = 1; j < ny; j++)
        ex[i][j] = ex[i][j] - 0.5 * (hz[i][j] - hz[i][j - 1]);
    for (i = 0; i < nx - 1; i++)
      for (j = 0; j < ny - 1; j++)
        hz[i][j] = hz[i][j] - 0.7 * (ex[i][j + 1] - ex[i][j] + ey[i + 1][j] - ey[i][j]);
  }
}

int main(void) {
  int tmax = TMAX;
  int nx = NX;
  int ny = NY;
  int i, j;

  double(*ex)[NX][NY] = malloc(sizeof(double[NX][NY]));
  double(*ey)[NX][NY] = malloc(sizeof(double[NX][NY]));
  double(*hz)[NX][NY] = malloc(sizeof(double[NX][NY]));
  double(*_fict_)[TMAX] = malloc(sizeof(double[TMAX]));
  if (!ex || !ey || !hz || !_fict_)
    return 1;

  init_array(tmax, nx, ny, *ex, *ey, *hz, *_fict_);

  bench_timer_start();
  kernel_fdtd_2d(tmax, nx, ny, *ex, *ey, *hz, *_fict_);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < nx; i++)
    for (j = 0; j < ny; j++)
      h = bench_mix_double(h, (*ex)[i][j]);
  for (i = 0; i < nx; i++)
    for (j = 0; j < ny; j++)
      h = bench_mix_double(h, (*ey)[i][j]);
  for (i = 0; i < nx; i++)
    for (j = 0; j < ny; j++)
      h = bench_mix_double(h, (*hz)[i][j]);

  free(ex);
  free(ey);
  free(hz);
  free(_fict_);
  return bench_report("pb_fdtd_2d", h);
}
