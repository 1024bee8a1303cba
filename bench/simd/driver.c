/*
 * driver.c — runs the SIMD kernels of kernel.c natively and as compiled by
 * wasm2obj in the same process, checks that both agree, and prints the
 * median time of each over several interleaved runs and their ratio.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "simdk.h"

void native_init(void);
float native_dot(int reps);
uint32_t native_sad(int reps);

enum { RUNS = 7, DOT_REPS = 4000, SAD_REPS = 4000 };

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v) {
  qsort(v, RUNS, sizeof *v, by_value);
  return v[RUNS / 2];
}

static int report(const char *name, double *wasm, double *native, int agree) {
  double w = median(wasm), n = median(native);
  printf("%-4s wasm2obj %8.2f ms   native %8.2f ms   ratio %.3f   results %s\n", name, w * 1e3, n * 1e3,
         w / n, agree ? "agree" : "DIFFER");
  return agree ? 0 : 1;
}

int main(void) {
  simdk_instance_t *inst;
  w2o_error_t err;
  if (simdk_instantiate(&inst, NULL, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "instantiate: %s\n", err.message);
    return 1;
  }
  simdk_init(inst);
  native_init();
  double wd[RUNS], nd[RUNS], ws[RUNS], ns[RUNS];
  float fw = 0, fn = 0;
  uint32_t sw = 0, sn = 0;
  for (int r = 0; r < RUNS; r++) { /* interleaved, so drift hits both alike */
    double t0 = now();
    simdk_dot(inst, DOT_REPS, &fw);
    double t1 = now();
    fn = native_dot(DOT_REPS);
    double t2 = now();
    simdk_sad(inst, SAD_REPS, &sw);
    double t3 = now();
    sn = native_sad(SAD_REPS);
    double t4 = now();
    wd[r] = t1 - t0, nd[r] = t2 - t1, ws[r] = t3 - t2, ns[r] = t4 - t3;
  }
  int bad = report("dot", wd, nd, fw == fn) + report("sad", ws, ns, sw == sn);
  printf("checksums: dot %.6g sad %" PRIu32 "\n", (double)fw, sw);
  simdk_free(inst);
  return bad;
}
