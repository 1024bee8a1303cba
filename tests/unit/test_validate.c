/*
 * test_validate.c — the validator: operand typing with its messages and
 * function index, unreachable-code polymorphism, multi-value blocks,
 * br_table, index bounds, module-level rules, SIMD immediates, and
 * allocation failure. Most modules are one function built by func_module
 * from a signature and a body; module-level cases are written out in full.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "failing_alloc.h"

#include "reader.h"

#define HEADER 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00

/* Decodes and validates; the diagnostic is left in *d. */
/* Decodes and validates with the FEATURE_* of `disabled` turned off. */
static bool check_without(const uint8_t *bytes, size_t size, uint32_t disabled, diag *d) {
  wasm_module m;
  diag_init(d, "t.wasm");
  bool ok = decode_module_with(&m, bytes, size, disabled, d) && validate_module(&m, d);
  module_free(&m);
  return ok;
}

static bool check(const uint8_t *bytes, size_t size, diag *d) { return check_without(bytes, size, 0, d); }

/*
 * A module of types `types` (the type section's contents) and one function
 * of type 0 whose code is `body` (locals and instructions, final end
 * included), preceded by `pre` (whole sections with ids 4 to 9, or none).
 */
static size_t func_module(uint8_t *out, const uint8_t *types, size_t types_len, const uint8_t *pre,
                          size_t pre_len, const uint8_t *body, size_t body_len) {
  static const uint8_t header[] = {HEADER};
  static const uint8_t funcs[] = {0x03, 0x02, 0x01, 0x00};
  size_t n = 0;
  memcpy(out + n, header, sizeof header), n += sizeof header;
  out[n++] = 0x01, out[n++] = (uint8_t)types_len;
  memcpy(out + n, types, types_len), n += types_len;
  memcpy(out + n, funcs, sizeof funcs), n += sizeof funcs;
  if (pre_len)
    memcpy(out + n, pre, pre_len), n += pre_len;
  out[n++] = 0x0a, out[n++] = (uint8_t)(body_len + 2), out[n++] = 0x01;
  out[n++] = (uint8_t)body_len;
  memcpy(out + n, body, body_len), n += body_len;
  return n;
}

#define BYTES(...) ((const uint8_t[]){__VA_ARGS__}), sizeof((const uint8_t[]){__VA_ARGS__})
#define NONE       NULL, 0

/* One function of type `t` with body `b`; expects `message` ("" = valid). */
static void expect(const uint8_t *t, size_t tn, const uint8_t *pre, size_t pn, const uint8_t *b, size_t bn,
                   const char *message) {
  uint8_t buf[512];
  diag d;
  size_t n = func_module(buf, t, tn, pre, pn, b, bn);
  bool ok = check(buf, n, &d);
  if (!*message) {
    if (!ok)
      fail_msg("expected a valid module, got \"%s\"", d.message);
    return;
  }
  assert_false(ok);
  if (strncmp(d.message, message, strlen(message)) != 0)
    fail_msg("expected \"%s\", got \"%s\"", message, d.message);
}

/* Type sections: () -> (), () -> i32, (i32) -> i32. */
#define T_VOID    BYTES(0x01, 0x60, 0x00, 0x00)
#define T_I32     BYTES(0x01, 0x60, 0x00, 0x01, 0x7f)
#define T_I32_I32 BYTES(0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f)

/* Exception handling: types () -> () and (i32) -> (), tag 0 of type 1. */
#define T_EH    BYTES(0x02, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x00)
#define TAG_I32 BYTES(0x0d, 0x03, 0x01, 0x00, 0x01)

static void test_exception_handling(void **state) {
  (void)state;
  /* try; i32.const 1; throw 0; catch 0; drop; end */
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x41, 0x01, 0x08, 0x00, 0x07, 0x00, 0x1a, 0x0b, 0x0b), "");
  /* try; catch_all; rethrow 0; end: rethrow names the handler */
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x19, 0x09, 0x00, 0x0b, 0x0b), "");
  /* try; delegate 0 (the function's label) */
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x18, 0x00, 0x0b), "");
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x19, 0x07, 0x00, 0x1a, 0x0b, 0x0b),
         "catch after catch_all in catch");
  expect(T_EH, TAG_I32, BYTES(0x00, 0x02, 0x40, 0x19, 0x0b, 0x0b),
         "catch without a matching try in catch_all");
  expect(T_EH, TAG_I32, BYTES(0x00, 0x02, 0x40, 0x09, 0x00, 0x0b, 0x0b), "invalid rethrow label: label 0");
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x09, 0x00, 0x0b, 0x0b),
         "invalid rethrow label"); /* in the body */
  expect(T_EH, TAG_I32, BYTES(0x00, 0x08, 0x05, 0x0b), "unknown tag 5 in throw");
  expect(T_EH, TAG_I32, BYTES(0x00, 0x08, 0x00, 0x0b), "type mismatch"); /* throw 0 needs an i32 */
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x18, 0x01, 0x0b), "unknown label 1 in delegate");
  /* catch 0 pushes the payload: the try's () result leaves it extra */
  expect(T_EH, TAG_I32, BYTES(0x00, 0x06, 0x40, 0x07, 0x00, 0x0b, 0x0b), "type mismatch");
  /* a tag type with results */
  expect(BYTES(0x02, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x01, 0x7f), TAG_I32, BYTES(0x00, 0x0b),
         "non-empty tag result type");
}

static void test_type_mismatch_message(void **state) {
  (void)state;
  /* i32.const 1; f64.const 0; i32.add */
  uint8_t buf[256];
  diag d;
  size_t n = func_module(buf, T_I32, NONE, BYTES(0x00, 0x41, 0x01, 0x44, 0, 0, 0, 0, 0, 0, 0, 0, 0x6a, 0x0b));
  assert_false(check(buf, n, &d));
  assert_string_equal(d.message, "type mismatch: expected i32, found f64 in i32.add");
  assert_int_equal(d.func, 0);
  assert_int_equal(d.offset, n - 2); /* the i32.add */
  char text[512];
  diag_format(&d, text, sizeof text);
  assert_true(strstr(text, "error: type mismatch: expected i32, found f64 in i32.add (func 0)"));
}

static void test_stack_shape(void **state) {
  (void)state;
  expect(T_I32, NONE, BYTES(0x00, 0x41, 0x01, 0x0b), "");
  expect(T_I32, NONE, BYTES(0x00, 0x0b), "type mismatch");              /* missing result */
  expect(T_VOID, NONE, BYTES(0x00, 0x41, 0x01, 0x0b), "type mismatch"); /* extra value */
  expect(T_VOID, NONE, BYTES(0x00, 0x1a, 0x0b), "type mismatch");       /* drop on empty */
  expect(T_I32_I32, NONE, BYTES(0x00, 0x20, 0x00, 0x0b), "");           /* local.get 0 */
  expect(T_VOID, NONE, BYTES(0x00, 0x20, 0x05, 0x1a, 0x0b), "unknown local 5");
  expect(T_VOID, NONE, BYTES(0x00, 0x0b, 0x01), "section size mismatch"); /* bytes after end */
  expect(T_VOID, NONE, BYTES(0x00, 0x02, 0x40), "unexpected end");        /* no end */
}

static void test_unreachable_polymorphism(void **state) {
  (void)state;
  /* unreachable; i32.add; (result i32) — operands come from the polymorphic stack */
  expect(T_I32, NONE, BYTES(0x00, 0x00, 0x6a, 0x0b), "");
  /* return; then f32.add of unknowns feeds a drop */
  expect(T_VOID, NONE, BYTES(0x00, 0x0f, 0x92, 0x1a, 0x0b), "");
  /* unreachable; i64.const; i32.add: a known i64 is still checked */
  expect(T_I32, NONE, BYTES(0x00, 0x00, 0x42, 0x00, 0x6a, 0x0b), "type mismatch: expected i32");
  /* br 0 inside a block with result: the rest of the block is polymorphic */
  expect(T_I32, NONE, BYTES(0x00, 0x02, 0x7f, 0x41, 0x00, 0x0c, 0x00, 0x6a, 0x0b, 0x0b), "");
  /* select on unknowns after unreachable yields one value */
  expect(T_I32, NONE, BYTES(0x00, 0x00, 0x1b, 0x0b), "");
}

static void test_multi_value_blocks(void **state) {
  (void)state;
  /* types: 0 = () -> i32, 1 = () -> (i32 i64), 2 = (i32 i64) -> i32 */
#define T_MULTI \
  BYTES(0x03, 0x60, 0x00, 0x01, 0x7f, 0x60, 0x00, 0x02, 0x7f, 0x7e, 0x60, 0x02, 0x7f, 0x7e, 0x01, 0x7f)
  /* block (type 1) i32.const i64.const end; block (type 2) drop end */
  expect(T_MULTI, NONE, BYTES(0x00, 0x02, 0x01, 0x41, 0x01, 0x42, 0x02, 0x0b, 0x02, 0x02, 0x1a, 0x0b, 0x0b),
         "");
  /* a block of type 1 producing only an i32 */
  expect(T_MULTI, NONE, BYTES(0x00, 0x02, 0x01, 0x41, 0x01, 0x0b, 0x1a, 0x0b), "type mismatch");
  /* loop (type 2): br 0 goes to the loop's parameters */
  expect(T_MULTI, NONE, BYTES(0x00, 0x41, 0x01, 0x42, 0x02, 0x03, 0x02, 0x0c, 0x00, 0x0b, 0x0b), "");
  /* if without else must map parameters to results: (i32 i64) -> i32 cannot */
  expect(T_MULTI, NONE, BYTES(0x00, 0x41, 0x01, 0x42, 0x02, 0x41, 0x00, 0x04, 0x02, 0x1a, 0x0b, 0x0b),
         "type mismatch");
  expect(T_MULTI, NONE, BYTES(0x00, 0x02, 0x09, 0x0b, 0x41, 0x00, 0x0b), "unknown type 9");
}

static void test_branches(void **state) {
  (void)state;
  expect(T_VOID, NONE, BYTES(0x00, 0x0c, 0x01, 0x0b), "unknown label 1");
  /* block (result i32) block: br_table 0 1 with different arities */
  expect(T_VOID, NONE,
         BYTES(0x00, 0x02, 0x7f, 0x02, 0x40, 0x41, 0x00, 0x0e, 0x01, 0x00, 0x01, 0x0b, 0x41, 0x00, 0x0b, 0x1a,
               0x0b),
         "type mismatch");
  /* br_table to two i32 labels */
  expect(T_I32, NONE, BYTES(0x00, 0x02, 0x7f, 0x41, 0x07, 0x41, 0x00, 0x0e, 0x01, 0x00, 0x01, 0x0b, 0x0b),
         "");
  /* br_if keeps its operands */
  expect(T_I32, NONE, BYTES(0x00, 0x41, 0x07, 0x41, 0x00, 0x0d, 0x00, 0x0b), "");
}

static void test_indices_and_globals(void **state) {
  (void)state;
  /* global section: immutable i32 0 */
  expect(T_VOID, BYTES(0x06, 0x06, 0x01, 0x7f, 0x00, 0x41, 0x00, 0x0b),
         BYTES(0x00, 0x41, 0x01, 0x24, 0x00, 0x0b), "global is immutable");
  expect(T_VOID, NONE, BYTES(0x00, 0x23, 0x00, 0x1a, 0x0b), "unknown global 0");
  expect(T_VOID, NONE, BYTES(0x00, 0x10, 0x03, 0x0b), "unknown function 3");
  /* ref.func 0 without a declaration; with an export it is declared */
  expect(T_VOID, NONE, BYTES(0x00, 0xd2, 0x00, 0x1a, 0x0b), "undeclared function reference");
  expect(T_VOID, BYTES(0x07, 0x05, 0x01, 0x01, 'f', 0x00, 0x00), BYTES(0x00, 0xd2, 0x00, 0x1a, 0x0b), "");
  expect(T_VOID, NONE, BYTES(0x00, 0x41, 0x00, 0x11, 0x00, 0x00, 0x0b), "unknown table 0");
}

static void test_memory_instructions(void **state) {
  (void)state;
#define MEM BYTES(0x05, 0x03, 0x01, 0x00, 0x01)
  expect(T_I32, MEM, BYTES(0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x0b), "");
  expect(T_I32, MEM, BYTES(0x00, 0x41, 0x00, 0x28, 0x03, 0x00, 0x0b),
         "alignment must not be larger than natural");
  /* threads: an atomic's alignment is exactly natural (i32.atomic.load: 2^2) */
  expect(T_I32, MEM, BYTES(0x00, 0x41, 0x00, 0xfe, 0x10, 0x02, 0x00, 0x0b), "");
  expect(T_I32, MEM, BYTES(0x00, 0x41, 0x00, 0xfe, 0x10, 0x01, 0x00, 0x0b),
         "alignment must be exactly natural for atomics");
  /* memory.atomic.wait64 (i32 i64 i64 -> i32) and atomic.fence */
  expect(T_I32, MEM,
         BYTES(0x00, 0x41, 0x00, 0x42, 0x00, 0x42, 0x00, 0xfe, 0x02, 0x03, 0x00, 0xfe, 0x03, 0x00, 0x0b), "");
  expect(T_I32, NONE, BYTES(0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x0b), "unknown memory 0");
  expect(T_I32, MEM, BYTES(0x00, 0x3f, 0x00, 0x0b), "");
  /* data.drop 0 with a data segment but no data count section */
  expect(T_VOID, MEM, BYTES(0x00, 0xfc, 0x09, 0x00, 0x0b), "unknown data segment 0");
  /* memarg offsets are u32 in a module without 64-bit memories */
  expect(T_I32, MEM, BYTES(0x00, 0x41, 0x00, 0x28, 0x02, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0b),
         "integer too large");
  /* beside a 64-bit memory they are u64, and a 32-bit memory's must fit in 32 bits */
  expect(T_I32, BYTES(0x05, 0x05, 0x02, 0x04, 0x01, 0x00, 0x01),
         BYTES(0x00, 0x41, 0x00, 0x28, 0x42, 0x01, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0b),
         "offset out of range: 4294967296 for a 32-bit memory");
#define MEM64 BYTES(0x05, 0x03, 0x01, 0x04, 0x01)
  /* memory64: i64 addresses, and offsets past 2^32 */
  expect(T_I32, MEM64, BYTES(0x00, 0x42, 0x00, 0x28, 0x02, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0b), "");
  expect(T_I32, MEM64, BYTES(0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x0b), "type mismatch");
  /* memory.size and memory.grow give i64 page counts: returning one as i32 is a mismatch */
  expect(T_I32, MEM64, BYTES(0x00, 0x3f, 0x00, 0x0b), "type mismatch");
  expect(T_I32, MEM64, BYTES(0x00, 0x3f, 0x00, 0xa7, 0x0b), ""); /* i32.wrap_i64 */
  expect(T_I32, MEM64, BYTES(0x00, 0x42, 0x01, 0x40, 0x00, 0xa7, 0x0b), "");
  /* memory.fill: i64 start and length, i32 value */
  expect(T_VOID, MEM64, BYTES(0x00, 0x42, 0x00, 0x41, 0x00, 0x42, 0x00, 0xfc, 0x0b, 0x00, 0x0b), "");
  expect(T_VOID, MEM64, BYTES(0x00, 0x42, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00, 0x0b),
         "type mismatch");
  /* an atomic on a 64-bit memory takes an i64 address */
  expect(T_I32, MEM64, BYTES(0x00, 0x42, 0x00, 0xfe, 0x10, 0x02, 0x00, 0x0b), "");
}

static void test_simd(void **state) {
  (void)state;
#define V128_CONST 0xfd, 0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
  expect(T_I32, NONE, BYTES(0x00, V128_CONST, 0xfd, 0x1b, 0x03, 0x0b), ""); /* i32x4.extract_lane 3 */
  expect(T_I32, NONE, BYTES(0x00, V128_CONST, 0xfd, 0x1b, 0x04, 0x0b), "invalid lane index");
  expect(T_I32, NONE, BYTES(0x00, V128_CONST, 0xfd, 0x1d, 0x00, 0x0b), "type mismatch"); /* i64 lane */
  expect(T_VOID, NONE,
         BYTES(0x00, V128_CONST, V128_CONST, 0xfd, 0x0d, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31,
               0x1a, 0x0b),
         "");
  expect(T_VOID, NONE,
         BYTES(0x00, V128_CONST, V128_CONST, 0xfd, 0x0d, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 32,
               0x1a, 0x0b),
         "invalid lane index");
  /* v128.load align 2^4 is natural; 2^5 is not; load32_splat allows 2^2 */
  expect(T_VOID, MEM, BYTES(0x00, 0x41, 0x00, 0xfd, 0x00, 0x04, 0x00, 0x1a, 0x0b), "");
  expect(T_VOID, MEM, BYTES(0x00, 0x41, 0x00, 0xfd, 0x00, 0x05, 0x00, 0x1a, 0x0b),
         "alignment must not be larger than natural");
  expect(T_VOID, MEM, BYTES(0x00, 0x41, 0x00, 0xfd, 0x09, 0x03, 0x00, 0x1a, 0x0b),
         "alignment must not be larger than natural");
  /* v128.load16_lane: alignment at most 2^1, lane < 8 */
  expect(T_VOID, MEM, BYTES(0x00, 0x41, 0x00, V128_CONST, 0xfd, 0x55, 0x01, 0x00, 0x07, 0x1a, 0x0b), "");
  expect(T_VOID, MEM, BYTES(0x00, 0x41, 0x00, V128_CONST, 0xfd, 0x55, 0x02, 0x00, 0x07, 0x1a, 0x0b),
         "alignment must not be larger than natural");
  expect(T_VOID, MEM, BYTES(0x00, 0x41, 0x00, V128_CONST, 0xfd, 0x55, 0x01, 0x00, 0x08, 0x1a, 0x0b),
         "invalid lane index");
#undef V128_CONST
}

static void test_module_rules(void **state) {
  (void)state;
  diag d;
  static const uint8_t two_memories[] = {HEADER, 0x05, 0x05, 0x02, 0x00, 0x00, 0x00, 0x00};
  assert_true(check(two_memories, sizeof two_memories, &d)); /* valid since WebAssembly 3.0 */
  assert_false(check_without(two_memories, sizeof two_memories, FEATURE_MULTI_MEMORY, &d));
  assert_false(d.unsupported); /* WebAssembly 2.0 rules: invalid */
  assert_string_equal(d.message, "multiple memories: 2, at most 1 is allowed");
  static const uint8_t big_memory[] = {HEADER, 0x05, 0x05, 0x01, 0x00, 0x81, 0x80, 0x04};
  assert_false(check(big_memory, sizeof big_memory, &d));
  assert_string_equal(d.message, "memory size must be at most 65536 pages (4GiB)");
  static const uint8_t shared_no_max[] = {HEADER, 0x05, 0x03, 0x01, 0x02, 0x01}; /* threads: flags 0x02 */
  assert_false(check(shared_no_max, sizeof shared_no_max, &d));
  assert_string_equal(d.message, "shared memory must have maximum");
  static const uint8_t shared[] = {HEADER, 0x05, 0x04, 0x01, 0x03, 0x01, 0x02};
  assert_true(check(shared, sizeof shared, &d));
  /* memory64: up to 2^48 pages, and a data segment offset of type i64 */
  static const uint8_t max_2_48[] = {HEADER, 0x05, 0x0a, 0x01, 0x05, 0x00, 0x80,
                                     0x80,   0x80, 0x80, 0x80, 0x80, 0x40};
  assert_true(check(max_2_48, sizeof max_2_48, &d));
  static const uint8_t past_2_48[] = {HEADER, 0x05, 0x0a, 0x01, 0x05, 0x00, 0x81,
                                      0x80,   0x80, 0x80, 0x80, 0x80, 0x40};
  assert_false(check(past_2_48, sizeof past_2_48, &d));
  assert_string_equal(d.message, "memory size must be at most 2^48 pages (16 EiB)");
  static const uint8_t data64[] = {HEADER, 0x05, 0x03, 0x01, 0x04, 0x01, 0x0b, 0x07,
                                   0x01,   0x00, 0x42, 0x00, 0x0b, 0x01, 'x'};
  assert_true(check(data64, sizeof data64, &d));
  static const uint8_t data64_i32[] = {HEADER, 0x05, 0x03, 0x01, 0x04, 0x01, 0x0b, 0x07,
                                       0x01,   0x00, 0x41, 0x00, 0x0b, 0x01, 'x'};
  assert_false(check(data64_i32, sizeof data64_i32, &d));
  static const uint8_t table_limits[] = {HEADER, 0x04, 0x05, 0x01, 0x70, 0x01, 0x02, 0x01};
  assert_false(check(table_limits, sizeof table_limits, &d));
  assert_string_equal(d.message, "size minimum must not be greater than maximum: 2 > 1");
  static const uint8_t dup_export[] = {HEADER, 0x05, 0x03, 0x01, 0x00, 0x00, 0x07, 0x09, 0x02,
                                       0x01,   'a',  0x02, 0x00, 0x01, 'a',  0x02, 0x00};
  assert_false(check(dup_export, sizeof dup_export, &d));
  assert_string_equal(d.message, "duplicate export name \"a\"");
  /* global initializer of the wrong type, and global.get of a defined global */
  static const uint8_t global_type[] = {HEADER, 0x06, 0x06, 0x01, 0x7f, 0x00, 0x42, 0x00, 0x0b};
  assert_false(check(global_type, sizeof global_type, &d));
  assert_string_equal(d.message, "type mismatch: constant expression is i64, expected i32");
  static const uint8_t global_get[] = {HEADER, 0x06, 0x0b, 0x02, 0x7f, 0x00, 0x41,
                                       0x00,   0x0b, 0x7f, 0x00, 0x23, 0x00, 0x0b};
  assert_false(check(global_get, sizeof global_get, &d));
  assert_true(strncmp(d.message, "unknown global 0", 16) == 0);
  /* start function of type () -> i32 */
  uint8_t buf[256];
  size_t n = func_module(buf, T_I32, BYTES(0x08, 0x01, 0x00), BYTES(0x00, 0x41, 0x00, 0x0b));
  assert_false(check(buf, n, &d));
  assert_true(strncmp(d.message, "start function", 14) == 0);
}

/* Every prefix of allocations failing gives "out of memory", never a crash. */
static void test_allocation_failure(void **state) {
  (void)state;
  uint8_t buf[256];
  size_t n = func_module(buf, T_I32, NONE,
                         BYTES(0x00, 0x02, 0x7f, 0x41, 0x07, 0x41, 0x00, 0x0e, 0x01, 0x00, 0x01, 0x0b, 0x0b));
  bool succeeded = false;
  for (int k = 0; k < 100 && !succeeded; k++) {
    diag d;
    allocations_left = k;
    w2o_set_allocator(failing_realloc);
    succeeded = check(buf, n, &d);
    w2o_set_allocator(NULL);
    if (!succeeded)
      assert_string_equal(d.message, "out of memory");
  }
  assert_true(succeeded);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_type_mismatch_message),
      cmocka_unit_test(test_stack_shape),
      cmocka_unit_test(test_unreachable_polymorphism),
      cmocka_unit_test(test_multi_value_blocks),
      cmocka_unit_test(test_branches),
      cmocka_unit_test(test_indices_and_globals),
      cmocka_unit_test(test_memory_instructions),
      cmocka_unit_test(test_simd),
      cmocka_unit_test(test_module_rules),
      cmocka_unit_test(test_exception_handling),
      cmocka_unit_test(test_allocation_failure),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
