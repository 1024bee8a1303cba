/*
 * kernel.c — SIMD benchmark kernels, one algorithm written twice: with
 * wasm_simd128.h for the wasm build (clang-19 --target=wasm32 -msimd128) and
 * with SSE2 intrinsics for the native build, so the comparison measures how
 * well wasm2obj turns v128 operations back into native vector code.
 *
 *   dot:  f32 dot product, 4 lanes at a time, 4 accumulators
 *   sad:  sum of absolute differences of bytes, 16 lanes at a time
 *
 * Freestanding (no libc): the wasm build exports init/dot/sad and its
 * buffers live in linear memory; the native build is linked into the driver.
 */
#include <stdint.h>

#define N (1 << 16)

static float xs[N], ys[N];
static uint8_t pa[N], pb[N];

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#define EXPORT(name) __attribute__((export_name(#name))) name
typedef v128_t vec;
#define F32_ZERO()          wasm_f32x4_splat(0.0f)
#define F32_LOAD(p)         wasm_v128_load(p)
#define F32_MADD(acc, a, b) wasm_f32x4_add(acc, wasm_f32x4_mul(a, b))
#define F32_HSUM(v) \
  (wasm_f32x4_extract_lane(v, 0) + wasm_f32x4_extract_lane(v, 1) + wasm_f32x4_extract_lane(v, 2) + \
   wasm_f32x4_extract_lane(v, 3))
#define I32_ZERO()       wasm_i32x4_splat(0)
#define U8_ABSDIFF(a, b) wasm_v128_or(wasm_u8x16_sub_sat(a, b), wasm_u8x16_sub_sat(b, a))
#define U8_WIDEN_SUM(v)  wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(v))
#define I32_ADD(a, b)    wasm_i32x4_add(a, b)
#define I32_HSUM(v) \
  ((uint32_t)(wasm_i32x4_extract_lane(v, 0) + wasm_i32x4_extract_lane(v, 1) + \
              wasm_i32x4_extract_lane(v, 2) + wasm_i32x4_extract_lane(v, 3)))
#else
#include <emmintrin.h>
#define EXPORT(name)        native_##name
typedef __m128i vec;
#define F32_ZERO()          _mm_setzero_ps()
#define F32_LOAD(p)         _mm_loadu_ps(p)
#define F32_MADD(acc, a, b) _mm_add_ps(acc, _mm_mul_ps(a, b))
static inline float f32_hsum(__m128 v) {
  float l[4];
  _mm_storeu_ps(l, v);
  return l[0] + l[1] + l[2] + l[3];
}
#define F32_HSUM(v)         f32_hsum(v)
#define I32_ZERO()          _mm_setzero_si128()
#define U8_ABSDIFF(a, b)    _mm_or_si128(_mm_subs_epu8(a, b), _mm_subs_epu8(b, a))
static inline __m128i u8_widen_sum(__m128i v) {
  __m128i lo = _mm_unpacklo_epi8(v, _mm_setzero_si128()), hi = _mm_unpackhi_epi8(v, _mm_setzero_si128());
  __m128i s16 = _mm_add_epi16(lo, hi); /* per-lane sums of 2 bytes: fits in 16 bits */
  return _mm_add_epi32(_mm_unpacklo_epi16(s16, _mm_setzero_si128()),
                       _mm_unpackhi_epi16(s16, _mm_setzero_si128()));
}
#define U8_WIDEN_SUM(v)     u8_widen_sum(v)
#define I32_ADD(a, b)       _mm_add_epi32(a, b)
static inline uint32_t i32_hsum(__m128i v) {
  uint32_t l[4];
  _mm_storeu_si128((__m128i *)l, v);
  return l[0] + l[1] + l[2] + l[3];
}
#define I32_HSUM(v)         i32_hsum(v)
#define wasm_v128_load(p)   _mm_loadu_si128((const __m128i *)(p))
#endif

void EXPORT(init)(void) {
  uint32_t s = 12345;
  for (int i = 0; i < N; i++) {
    s = s * 1103515245u + 12345u;
    xs[i] = (float)(s >> 16 & 1023) / 512.0f;
    ys[i] = (float)(s >> 8 & 1023) / 1024.0f;
    pa[i] = (uint8_t)(s >> 3);
    pb[i] = (uint8_t)(s >> 19);
  }
}

/* Returns the dot product of xs and ys, computed `reps` times. */
float EXPORT(dot)(int reps) {
  float total = 0;
  for (int r = 0; r < reps; r++) {
    __typeof__(F32_ZERO()) a0 = F32_ZERO(), a1 = F32_ZERO(), a2 = F32_ZERO(), a3 = F32_ZERO();
    for (int i = 0; i < N; i += 16) {
      a0 = F32_MADD(a0, F32_LOAD(xs + i), F32_LOAD(ys + i));
      a1 = F32_MADD(a1, F32_LOAD(xs + i + 4), F32_LOAD(ys + i + 4));
      a2 = F32_MADD(a2, F32_LOAD(xs + i + 8), F32_LOAD(ys + i + 8));
      a3 = F32_MADD(a3, F32_LOAD(xs + i + 12), F32_LOAD(ys + i + 12));
    }
    total += F32_HSUM(a0) + F32_HSUM(a1) + F32_HSUM(a2) + F32_HSUM(a3);
  }
  return total;
}

/* Returns the sum of |pa[i] - pb[i]|, computed `reps` times. */
uint32_t EXPORT(sad)(int reps) {
  uint32_t total = 0;
  for (int r = 0; r < reps; r++) {
    vec acc = I32_ZERO();
    for (int i = 0; i < N; i += 16) {
      vec d = U8_ABSDIFF(wasm_v128_load(pa + i), wasm_v128_load(pb + i));
      acc = I32_ADD(acc, U8_WIDEN_SUM(d));
    }
    total += I32_HSUM(acc);
  }
  return total;
}
