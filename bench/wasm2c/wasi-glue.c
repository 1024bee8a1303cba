/*
 * wasi-glue.c — the smallest WASI preview1 host that the bench kernels need
 * when they are built with wasm2c (Debian's wabt 1.0.32), plus main().
 *
 * Requires: the module translated with `wasm2c -n kernel` (so its symbols
 * are Z_kernel...), exporting "memory" and "_start". Implements fd_write
 * (stdout/stderr only), proc_exit, args/environ sizes (empty), and
 * clock_time_get; fd_fdstat_get, fd_seek and fd_close are stubs good enough
 * for wasi-libc's stdio. A function the module imports but that is not here
 * fails at link time, which is the signal to add it.
 * Exit status: the guest's, or 134 after a trap (message on stderr).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kernel.h"
#include "wasm-rt-impl.h"

struct Z_wasi_snapshot_preview1_instance_t {
  wasm_rt_memory_t *memory;
};

enum { WASI_SUCCESS = 0, WASI_EBADF = 8, WASI_EFAULT = 21, WASI_EINVAL = 28, WASI_ESPIPE = 70 };

static int in_bounds(wasm_rt_memory_t *m, u32 addr, u64 len) { return (u64)addr + len <= m->size; }

static u32 load32(wasm_rt_memory_t *m, u32 addr) {
  u32 v;
  memcpy(&v, m->data + addr, 4);
  return v;
}

static void store32(wasm_rt_memory_t *m, u32 addr, u32 v) { memcpy(m->data + addr, &v, 4); }

u32 Z_wasi_snapshot_preview1Z_fd_write(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd, u32 iovs,
                                       u32 iovs_len, u32 nwritten) {
  wasm_rt_memory_t *m = w->memory;
  if (fd != 1 && fd != 2)
    return WASI_EBADF;
  if (!in_bounds(m, iovs, (u64)iovs_len * 8) || !in_bounds(m, nwritten, 4))
    return WASI_EFAULT;
  u32 total = 0;
  for (u32 i = 0; i < iovs_len; i++) {
    u32 buf = load32(m, iovs + 8 * i), len = load32(m, iovs + 8 * i + 4);
    if (!in_bounds(m, buf, len))
      return WASI_EFAULT;
    for (u32 done = 0; done < len;) {
      ssize_t n = write((int)fd, m->data + buf + done, len - done);
      if (n <= 0)
        return WASI_EINVAL;
      done += (u32)n;
    }
    total += len;
  }
  store32(m, nwritten, total);
  return WASI_SUCCESS;
}

void Z_wasi_snapshot_preview1Z_proc_exit(struct Z_wasi_snapshot_preview1_instance_t *w, u32 code) {
  (void)w;
  exit((int)code);
}

u32 Z_wasi_snapshot_preview1Z_fd_fdstat_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd, u32 stat) {
  wasm_rt_memory_t *m = w->memory;
  if (fd > 2)
    return WASI_EBADF;
  if (!in_bounds(m, stat, 24))
    return WASI_EFAULT;
  memset(m->data + stat, 0, 24);
  m->data[stat] = 2; /* filetype: character device, so stdout is line buffered */
  return WASI_SUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_fd_seek(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd, u64 offset,
                                      u32 whence, u32 result) {
  (void)w, (void)fd, (void)offset, (void)whence, (void)result;
  return WASI_ESPIPE;
}

u32 Z_wasi_snapshot_preview1Z_fd_close(struct Z_wasi_snapshot_preview1_instance_t *w, u32 fd) {
  (void)w, (void)fd;
  return WASI_SUCCESS;
}

/* Declared weak: only kernels that import these get them linked in use. */
__attribute__((weak)) u32
Z_wasi_snapshot_preview1Z_args_sizes_get(struct Z_wasi_snapshot_preview1_instance_t *w, u32 argc, u32 size) {
  if (!in_bounds(w->memory, argc, 4) || !in_bounds(w->memory, size, 4))
    return WASI_EFAULT;
  store32(w->memory, argc, 0);
  store32(w->memory, size, 0);
  return WASI_SUCCESS;
}

__attribute__((weak)) u32 Z_wasi_snapshot_preview1Z_environ_sizes_get(
    struct Z_wasi_snapshot_preview1_instance_t *w, u32 count, u32 size) {
  return Z_wasi_snapshot_preview1Z_args_sizes_get(w, count, size);
}

__attribute__((weak)) u32 Z_wasi_snapshot_preview1Z_clock_time_get(
    struct Z_wasi_snapshot_preview1_instance_t *w, u32 id, u64 precision, u32 result) {
  (void)precision;
  struct timespec ts;
  if (!in_bounds(w->memory, result, 8))
    return WASI_EFAULT;
  if (clock_gettime(id == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts) != 0)
    return WASI_EINVAL;
  u64 ns = (u64)ts.tv_sec * 1000000000u + (u64)ts.tv_nsec;
  memcpy(w->memory->data + result, &ns, 8);
  return WASI_SUCCESS;
}

int main(void) {
  static Z_kernel_instance_t instance;
  static struct Z_wasi_snapshot_preview1_instance_t wasi;
  wasm_rt_init();
  Z_kernel_init_module();
  Z_kernel_instantiate(&instance, &wasi);
  wasi.memory = Z_kernelZ_memory(&instance);
  wasm_rt_trap_t trap = wasm_rt_impl_try();
  if (trap != WASM_RT_TRAP_NONE) {
    fprintf(stderr, "wasm2c: trap: %s\n", wasm_rt_strerror(trap));
    return 134;
  }
  Z_kernelZ__start(&instance);
  Z_kernel_free(&instance);
  wasm_rt_free();
  return 0;
}
