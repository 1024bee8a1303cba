/*
 * micro.c — runtime microbenchmarks, in nanoseconds per operation:
 * instantiate+free of a small module, a host->wasm call through the typed
 * header, a trap round trip (with the trap backtrace recorded, the
 * default, and without), memory.grow by one page, and a WASI fd_write of
 * an 8-byte buffer (to /dev/null) through the libc shim, and exception
 * handling: a throw caught 1 and 10 frames up, an uncaught exception
 * reaching the host, and a call inside a try against the same call outside
 * any (zero-cost: the two should be equal). Each figure is the
 * median of 7 timed batches. The call and instantiate figures are printed
 * beside their goals (issue 18): a typed call within 10 ns, instantiate +
 * free within 5 us through the runtime's pool of memory reservations (the
 * default); "instantiate + free (no pool)" shows the cost without it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "micro.h"
#include "w2o_wasi.h"

enum { BATCHES = 7 };

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

typedef void (*batch_fn)(void *ctx, long n);

/* Median ns per operation of `fn` over BATCHES batches of n operations. */
static double measure(batch_fn fn, void *ctx, long n) {
  double t[BATCHES];
  for (int b = 0; b < BATCHES; b++) {
    double start = now();
    fn(ctx, n);
    t[b] = (now() - start) / (double)n;
  }
  qsort(t, BATCHES, sizeof t[0], by_value);
  return t[BATCHES / 2];
}

typedef struct bench {
  w2o_wasi_t *wasi;
  micro_instance_t *inst;
} bench;

static micro_instance_t *instantiate(w2o_wasi_t *wasi) {
  micro_instance_t *inst;
  w2o_error_t err;
  if (w2o_instantiate(&micro_module, w2o_wasi_resolve, wasi, &inst, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "instantiate: %s\n", err.message);
    exit(1);
  }
  return inst;
}

static void instantiate_free(void *ctx, long n) {
  bench *b = ctx;
  for (long i = 0; i < n; i++)
    micro_free(instantiate(b->wasi));
}

static void typed_call(void *ctx, long n) {
  bench *b = ctx;
  uint32_t r = 0;
  for (long i = 0; i < n; i++)
    micro_add(b->inst, (uint32_t)i, r, &r);
}

static void trap_round_trip(void *ctx, long n) {
  bench *b = ctx;
  for (long i = 0; i < n; i++)
    if (micro_trap(b->inst) != W2O_TRAP_UNREACHABLE)
      exit(1);
}

static void grow(void *ctx, long n) {
  bench *b = ctx;
  micro_free(b->inst);
  b->inst = instantiate(b->wasi); /* a fresh memory for each batch */
  uint32_t old;
  for (long i = 0; i < n; i++)
    micro_grow(b->inst, 1, &old);
}

static void wasi_write(void *ctx, long n) {
  bench *b = ctx;
  uint32_t err;
  micro_write_n(b->inst, (uint32_t)n, &err);
}

static void throw_catch_1(void *ctx, long n) {
  bench *b = ctx;
  uint32_t sum;
  micro_throw_catch(b->inst, (uint32_t)n, 0, &sum);
}

static void throw_catch_10(void *ctx, long n) {
  bench *b = ctx;
  uint32_t sum;
  micro_throw_catch(b->inst, (uint32_t)n, 10, &sum);
}

static void uncaught(void *ctx, long n) {
  bench *b = ctx;
  for (long i = 0; i < n; i++)
    if (micro_throw_uncaught(b->inst) != W2O_TRAP_EXCEPTION)
      exit(1);
}

static void calls(void *ctx, long n) {
  bench *b = ctx;
  uint32_t x;
  micro_calls(b->inst, (uint32_t)n, &x);
}

static void calls_in_try(void *ctx, long n) {
  bench *b = ctx;
  uint32_t x;
  micro_calls_in_try(b->inst, (uint32_t)n, &x);
}

int main(void) {
  w2o_wasi_config_t config;
  w2o_wasi_config_init(&config);
  config.stdio[1] = open("/dev/null", O_WRONLY);
  char error[256];
  bench b = {w2o_wasi_new(&config, error, sizeof error), NULL};
  if (!b.wasi) {
    fprintf(stderr, "wasi: %s\n", error);
    return 1;
  }
  b.inst = instantiate(b.wasi);
  w2o_wasi_attach(b.wasi, b.inst);
  printf("%-32s %10.1f ns   (goal <= 5000)\n", "instantiate + free", measure(instantiate_free, &b, 2000));
  w2o_set_memory_pool_size(0);
  printf("%-32s %10.1f ns\n", "instantiate + free (no pool)", measure(instantiate_free, &b, 500));
  w2o_set_memory_pool_size(W2O_DEFAULT_MEMORY_POOL);
  printf("%-32s %10.1f ns   (goal <= 10)\n", "host->wasm call (typed header)",
         measure(typed_call, &b, 2000000));
  printf("%-32s %10.1f ns\n", "trap round trip", measure(trap_round_trip, &b, 200000));
  w2o_set_trap_backtrace(false);
  printf("%-32s %10.1f ns\n", "trap round trip (no backtrace)", measure(trap_round_trip, &b, 200000));
  w2o_set_trap_backtrace(true);
  printf("%-32s %10.1f ns\n", "memory.grow (1 page)", measure(grow, &b, 4000));
  w2o_wasi_attach(b.wasi, b.inst);
  printf("%-32s %10.1f ns\n", "WASI fd_write (8 bytes)", measure(wasi_write, &b, 200000));
  printf("%-32s %10.1f ns\n", "throw + catch, 1 frame up", measure(throw_catch_1, &b, 100000));
  printf("%-32s %10.1f ns\n", "throw + catch, 11 frames up", measure(throw_catch_10, &b, 20000));
  printf("%-32s %10.1f ns\n", "uncaught exception round trip", measure(uncaught, &b, 100000));
  printf("%-32s %10.1f ns\n", "call_indirect", measure(calls, &b, 10000000));
  printf("%-32s %10.1f ns\n", "call_indirect inside a try", measure(calls_in_try, &b, 10000000));
  micro_free(b.inst);
  w2o_wasi_free(b.wasi);
  return 0;
}
