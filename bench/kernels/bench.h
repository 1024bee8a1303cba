/*
 * bench.h — what every kernel in bench/kernels shares: the work scale, a
 * deterministic generator, a seed the optimizer cannot see through, and
 * helpers that fold results into one 64-bit checksum.
 *
 * Each kernel is a WASI command: it computes, prints exactly one line
 * "<name> <16 hex digits>" and returns 0. The same source is built natively
 * and to wasm32-wasi; every build must print the same line. Floating-point
 * results are folded bit for bit (no libm transcendentals are used, so
 * glibc and wasi-libc cannot differ).
 *
 * Each kernel also times its compute part itself: bench_timer_start() and
 * bench_timer_stop() around the computation (data set-up and the final
 * checksum fold left out; the pairs may repeat, their times add up), and
 * bench_report() writes the total to stderr as one line
 * "bench-kernel-ns <nanoseconds>", so that stdout stays the checksum line.
 * CLOCK_MONOTONIC works natively and under WASI (clock_time_get).
 *
 * SCALE sets the amount of work (repetitions, not data sizes, so the
 * checksum depends on SCALE only through the repetition count):
 * the default is the full run (~0.3-1.5 s natively at -O2), -DSCALE=1 the
 * quick mode (1/16 of it).
 */
#ifndef BENCH_KERNELS_BENCH_H
#define BENCH_KERNELS_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#ifndef SCALE
#define SCALE 16
#endif

/* Read once at start: keeps clang from folding a whole kernel at compile time. */
static volatile uint32_t bench_seed_source = 0x9e3779b9u;

static uint64_t bench_rng_state;

static inline void bench_rng_init(void) { bench_rng_state = 0x2545f4914f6cdd1dull ^ bench_seed_source; }

/* xorshift64*: fast, deterministic, good enough for test data. */
static inline uint64_t bench_rand(void) {
  uint64_t x = bench_rng_state;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  bench_rng_state = x;
  return x * 0x2545f4914f6cdd1dull;
}

/* A double in [0, 1) with 53 random bits. */
static inline double bench_rand_double(void) {
  return (double)(bench_rand() >> 11) * (1.0 / 9007199254740992.0);
}

/* FNV-1a style fold of a 64-bit value into a checksum. */
static inline uint64_t bench_mix(uint64_t h, uint64_t v) {
  for (int i = 0; i < 8; i++) {
    h ^= (v >> (8 * i)) & 0xff;
    h *= 0x100000001b3ull;
  }
  return h;
}

static inline uint64_t bench_mix_double(uint64_t h, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return bench_mix(h, bits);
}

#define BENCH_CHECKSUM_INIT 0xcbf29ce484222325ull

static uint64_t bench_kernel_ns, bench_timer_t0;
static int bench_timer_used;

static inline uint64_t bench_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline void bench_timer_start(void) {
  bench_timer_used = 1;
  bench_timer_t0 = bench_now_ns();
}

static inline void bench_timer_stop(void) { bench_kernel_ns += bench_now_ns() - bench_timer_t0; }

static inline int bench_report(const char *name, uint64_t checksum) {
  printf("%s %016llx\n", name, (unsigned long long)checksum);
  if (bench_timer_used)
    fprintf(stderr, "bench-kernel-ns %llu\n", (unsigned long long)bench_kernel_ns);
  return 0;
}

#endif
