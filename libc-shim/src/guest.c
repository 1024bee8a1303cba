/*
 * guest.c — access to the guest's linear memory.
 *
 * Every guest address and length goes through wasi_mem, which checks the
 * whole range against the attached memory's current size in 64-bit
 * arithmetic (so addr + len cannot wrap) and answers NULL for anything
 * outside; callers turn that into WASI EFAULT. Multi-byte values are read
 * and written byte by byte in little-endian order, as wasm stores them, so
 * unaligned guest pointers are fine. The memory cannot grow or move while a
 * host function runs (one instance, one thread), so a checked pointer stays
 * valid until the host function returns.
 */
#include "internal.h"

uint8_t *wasi_mem(const w2o_wasi_t *w, uint32_t addr, uint64_t len) {
  if (w->memory == NULL || (uint64_t)addr + len > w->memory->size)
    return NULL;
  return w->memory->base + addr;
}

uint16_t wasi_get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

uint32_t wasi_get32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

uint64_t wasi_get64(const uint8_t *p) { return wasi_get32(p) | (uint64_t)wasi_get32(p + 4) << 32; }

void wasi_put16(uint8_t *p, uint16_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
}

void wasi_put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (uint8_t)(v >> (8 * i));
}

void wasi_put64(uint8_t *p, uint64_t v) {
  wasi_put32(p, (uint32_t)v);
  wasi_put32(p + 4, (uint32_t)(v >> 32));
}

bool wasi_store32(const w2o_wasi_t *w, uint32_t addr, uint32_t v) {
  uint8_t *p = wasi_mem(w, addr, 4);
  if (p != NULL)
    wasi_put32(p, v);
  return p != NULL;
}

bool wasi_store64(const w2o_wasi_t *w, uint32_t addr, uint64_t v) {
  uint8_t *p = wasi_mem(w, addr, 8);
  if (p != NULL)
    wasi_put64(p, v);
  return p != NULL;
}
