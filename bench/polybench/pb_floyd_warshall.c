/* pb_floyd_warshall — PolyBench-shaped Floyd-Warshall all-pairs shortest
 * paths on an int N x N path matrix, k outermost, the min written as a
 * conditional expression. Each repetition re-initializes the matrix
 * (untimed). Work scales with REPS. */
#include <stdlib.h>

#include "bench.h"

#define N    560
#define REPS ((4 * SCALE + 15) / 16)

static void init_array(int n, int path[N][N]) {
  int i, j;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++) {
      path[i][j] = i * j % 7 + 1;
      if ((i + j) % 13 == 0 || (i + j) % 7 == 0 || (i + j) % 11 == 0)
        path[i][j] = 999;
    }
}

static void kernel_floyd_warshall(int n, int path[N][N]) {
  int i, j, k;

  for (k = 0; k < n; k++) {
    for (i = 0; i < n; i++)
      for (j = 0; j < n; j++)
        path[i][j] = path[i][j] < path[i][k] + path[k][j] ? path[i][j] : path[i][k] + path[k][j];
  }
}

int main(void) {
  int n = N;
  int r, i, j;

  int(*path)[N][N] = malloc(sizeof(int[N][N]));
  if (!path)
    return 1;

  for (r = 0; r < REPS; r++) {
    init_array(n, *path);
    bench_timer_start();
    kernel_floyd_warshall(n, *path);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix(h, (uint64_t)(uint32_t)(*path)[i][j]);

  free(path);
  return bench_report("pb_floyd_warshall", h);
}
