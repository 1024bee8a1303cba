/* mandel — Mandelbrot set escape counts on a W x H grid (branchy scalar
 * floating point with a data-dependent trip count). */
#include "bench.h"

enum { W = 1024, H = 768, MAXIT = 64 * SCALE };

int main(void) {
  double x0 = -2.2 + (bench_seed_source & 0), y0 = -1.2;
  uint64_t h = BENCH_CHECKSUM_INIT;
  uint64_t total = 0;
  bench_timer_start();
  for (int py = 0; py < H; py++) {
    uint32_t row = 0;
    for (int px = 0; px < W; px++) {
      double cr = x0 + 3.2 * px / W, ci = y0 + 2.4 * py / H;
      double zr = 0, zi = 0;
      int it = 0;
      while (it < MAXIT && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        it++;
      }
      row = row * 33 + (uint32_t)it;
      total += (uint64_t)it;
    }
    h = bench_mix(h, row);
  }
  bench_timer_stop();
  h = bench_mix(h, total);
  return bench_report("mandel", h);
}
