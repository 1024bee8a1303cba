/*
 * test_decode.c — the decoder, the reader and the arena/diag helpers:
 * LEB128 limits, every malformed-module message the decoder gives, section
 * order, UTF-8, the name section, and allocation failure (an error, never a
 * crash). Modules are written inline as bytes, with the section layout in
 * comments as in the spec's binary.wast.
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

/* Decodes `bytes`; returns the result and leaves the diagnostic in *d. */
static bool decode(const uint8_t *bytes, size_t size, diag *d) {
  wasm_module m;
  diag_init(d, "t.wasm");
  bool ok = decode_module(&m, bytes, size, d);
  module_free(&m);
  return ok;
}

/* Asserts that decoding fails with a message starting with `prefix`. */
#define ASSERT_MALFORMED(prefix, ...) \
  do { \
    static const uint8_t bytes_[] = {__VA_ARGS__}; \
    diag d_; \
    assert_false(decode(bytes_, sizeof bytes_, &d_)); \
    assert_true(d_.failed); \
    assert_false(d_.unsupported); \
    if (strncmp(d_.message, prefix, strlen(prefix)) != 0) \
      fail_msg("expected \"%s\", got \"%s\"", prefix, d_.message); \
  } while (0)

/* Valid WebAssembly 3.0 that this version reports as unsupported, at `at`. */
#define ASSERT_UNSUPPORTED(text, at, ...) \
  do { \
    static const uint8_t bytes_[] = {__VA_ARGS__}; \
    diag d_; \
    assert_false(decode(bytes_, sizeof bytes_, &d_)); \
    assert_true(d_.unsupported); \
    assert_string_equal(d_.message, text); \
    assert_int_equal(d_.offset, at); \
  } while (0)

/* ---- reader ---- */

static reader reader_on(const uint8_t *b, size_t n, diag *d) {
  diag_init(d, "t.wasm");
  return (reader){b, b, b + n, d, false};
}

static void test_leb_u32(void **state) {
  (void)state;
  diag d;
  uint32_t v;
  static const uint8_t max[] = {0xff, 0xff, 0xff, 0xff, 0x0f};
  reader r = reader_on(max, sizeof max, &d);
  assert_true(read_u32(&r, &v));
  assert_int_equal(v, UINT32_MAX);
  assert_true(reader_at_end(&r));

  static const uint8_t padded[] = {0x80, 0x80, 0x80, 0x80, 0x00}; /* 0 in 5 bytes: allowed */
  r = reader_on(padded, sizeof padded, &d);
  assert_true(read_u32(&r, &v));
  assert_int_equal(v, 0);

  static const uint8_t too_long[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x00};
  r = reader_on(too_long, sizeof too_long, &d);
  assert_false(read_u32(&r, &v));
  assert_string_equal(d.message, "integer representation too long");
  assert_int_equal(d.offset, 4);

  static const uint8_t too_large[] = {0xff, 0xff, 0xff, 0xff, 0x1f}; /* bit 32 set */
  r = reader_on(too_large, sizeof too_large, &d);
  assert_false(read_u32(&r, &v));
  assert_string_equal(d.message, "integer too large");

  static const uint8_t cut[] = {0x80, 0x80};
  r = reader_on(cut, sizeof cut, &d);
  assert_false(read_u32(&r, &v));
  assert_string_equal(d.message, "unexpected end");
}

static void test_leb_signed(void **state) {
  (void)state;
  diag d;
  int32_t v32;
  int64_t v64;
  static const uint8_t minus_one[] = {0x7f};
  reader r = reader_on(minus_one, 1, &d);
  assert_true(read_s32(&r, &v32));
  assert_int_equal(v32, -1);

  static const uint8_t min32[] = {0x80, 0x80, 0x80, 0x80, 0x78}; /* INT32_MIN */
  r = reader_on(min32, sizeof min32, &d);
  assert_true(read_s32(&r, &v32));
  assert_int_equal(v32, INT32_MIN);

  /* Unused bits of the last byte must copy the sign bit. */
  static const uint8_t bad_sign[] = {0xff, 0xff, 0xff, 0xff, 0x4f};
  r = reader_on(bad_sign, sizeof bad_sign, &d);
  assert_false(read_s32(&r, &v32));
  assert_string_equal(d.message, "integer too large");

  static const uint8_t neg_pad[] = {0xff, 0xff, 0xff, 0xff, 0x7f}; /* -1 in 5 bytes */
  r = reader_on(neg_pad, sizeof neg_pad, &d);
  assert_true(read_s32(&r, &v32));
  assert_int_equal(v32, -1);

  static const uint8_t min64[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f};
  r = reader_on(min64, sizeof min64, &d);
  assert_true(read_s64(&r, &v64));
  assert_true(v64 == INT64_MIN);

  static const uint8_t bad64[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01};
  r = reader_on(bad64, sizeof bad64, &d);
  assert_false(read_s64(&r, &v64));
  assert_string_equal(d.message, "integer too large");

  static const uint8_t s33[] = {0xff, 0xff, 0xff, 0xff, 0x0f}; /* 2^32 - 1 as s33 */
  r = reader_on(s33, sizeof s33, &d);
  assert_true(read_s33(&r, &v64));
  assert_true(v64 == 0xffffffffLL);
}

static void test_read_instr(void **state) {
  (void)state;
  diag d;
  arena a;
  wasm_instr in;
  arena_init(&a);
  static const uint8_t br_table[] = {0x0e, 0x02, 0x00, 0x01, 0x02};
  reader r = reader_on(br_table, sizeof br_table, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_BR_TABLE);
  assert_int_equal(in.target_count, 2);
  assert_int_equal(in.targets[2], 2);

  static const uint8_t sat[] = {0xfc, 0x87, 0x00}; /* 0xfc sub-opcode 7 in two bytes */
  r = reader_on(sat, sizeof sat, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_I64_TRUNC_SAT_F64_U);

  /* memory.size 1: a memory index (multi-memory); in WebAssembly 2.0 the
   * reserved byte must be 0x00 in one byte */
  static const uint8_t mem_size[] = {0x3f, 0x01};
  r = reader_on(mem_size, sizeof mem_size, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.index, 1);
  r = reader_on(mem_size, sizeof mem_size, &d);
  r.rules = READER_MEMIDX_ZERO_BYTE;
  assert_false(read_instr(&r, &a, &in));
  assert_string_equal(d.message, "zero byte expected, found 0x01");
  static const uint8_t mem_size_long[] = {0x3f, 0x80, 0x00}; /* 0 in two bytes */
  r = reader_on(mem_size_long, sizeof mem_size_long, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.index, 0);
  r = reader_on(mem_size_long, sizeof mem_size_long, &d);
  r.rules = READER_MEMIDX_ZERO_BYTE;
  assert_false(read_instr(&r, &a, &in));
  assert_string_equal(d.message, "zero byte expected, found 0x80");
  /* i32.load with memarg bit 6: align 2, memory 3, offset 4 */
  static const uint8_t load_mem3[] = {0x28, 0x42, 0x03, 0x04};
  r = reader_on(load_mem3, sizeof load_mem3, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.align, 2);
  assert_int_equal(in.index, 3);
  assert_int_equal(in.offset_imm, 4);

  static const uint8_t illegal[] = {0x27}; /* unassigned in every proposal */
  r = reader_on(illegal, 1, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_false(d.unsupported);
  assert_string_equal(d.message, "illegal opcode 0x27");

  static const uint8_t try_[] = {0x06, 0x40}; /* try: exception handling */
  r = reader_on(try_, sizeof try_, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_TRY);

  static const uint8_t try_table[] = {0x1f, 0x40, 0x00}; /* exception handling with exnref */
  r = reader_on(try_table, sizeof try_table, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_true(d.unsupported);
  assert_string_equal(d.message, "unsupported: try_table (exception handling with exnref)");

  static const uint8_t atomic[] = {0xfe, 0x10, 0x02, 0x08}; /* i32.atomic.load offset 8 */
  r = reader_on(atomic, sizeof atomic, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_I32_ATOMIC_LOAD);
  assert_int_equal(in.align, 2);
  assert_int_equal(in.offset_imm, 8);

  static const uint8_t rmw[] = {0xfe, 0x4e, 0x02, 0x00}; /* i64.atomic.rmw32.cmpxchg_u, the last */
  r = reader_on(rmw, sizeof rmw, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_I64_ATOMIC_RMW32_CMPXCHG);
  assert_string_equal(opcode_name(in.op), "i64.atomic.rmw32.cmpxchg_u");

  static const uint8_t fence[] = {0xfe, 0x03, 0x01}; /* atomic.fence needs its zero byte */
  r = reader_on(fence, sizeof fence, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_string_equal(d.message, "zero byte expected, found 0x01");

  static const uint8_t atomic_illegal[] = {0xfe, 0x4f}; /* past the last atomic */
  r = reader_on(atomic_illegal, sizeof atomic_illegal, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_false(d.unsupported);
  assert_string_equal(d.message, "illegal opcode 0xfe 79");

  static const uint8_t memarg_index[] = {0x28, 0x42, 0x03, 0x10}; /* i32.load memory 3 offset 16 */
  r = reader_on(memarg_index, sizeof memarg_index, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.align, 2);
  assert_int_equal(in.index, 3);
  assert_int_equal(in.offset_imm, 16);

  static const uint8_t v128_const[] = {0xfd, 0x0c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  r = reader_on(v128_const, sizeof v128_const, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_V128_CONST);
  assert_int_equal(in.bytes[0], 1);
  assert_int_equal(in.bytes[15], 16);
  assert_true(reader_at_end(&r));

  static const uint8_t short_const[] = {0xfd, 0x0c, 1, 2, 3}; /* 16 bytes expected */
  r = reader_on(short_const, sizeof short_const, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_string_equal(d.message, "unexpected end");

  static const uint8_t load_lane[] = {0xfd, 0x54, 0x00, 0x08, 0x0f}; /* v128.load8_lane 0 8 15 */
  r = reader_on(load_lane, sizeof load_lane, &d);
  assert_true(read_instr(&r, &a, &in));
  assert_int_equal(in.op, OP_V128_LOAD8_LANE);
  assert_int_equal(in.offset_imm, 8);
  assert_int_equal(in.lane, 15);

  static const uint8_t no_lane[] = {0xfd, 0x15}; /* i8x16.extract_lane_s without its lane */
  r = reader_on(no_lane, sizeof no_lane, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_string_equal(d.message, "unexpected end");

  static const uint8_t simd_illegal[] = {0xfd, 0x9a, 0x01}; /* 0xfd 154 is unassigned */
  r = reader_on(simd_illegal, sizeof simd_illegal, &d);
  assert_false(read_instr(&r, &a, &in));
  assert_false(d.unsupported);
  assert_string_equal(d.message, "illegal opcode 0xfd 154");
  arena_free(&a);
}

static void test_opcode_names(void **state) {
  (void)state;
  for (int op = 0; op < OP_COUNT; op++)
    assert_non_null(opcode_name((wasm_opcode)op));
  assert_string_equal(opcode_name(OP_I32_ADD), "i32.add");
  assert_string_equal(opcode_name(OP_BR_TABLE), "br_table");
  assert_string_equal(opcode_name(OP_LOCAL_GET), "local.get");
  assert_string_equal(opcode_name(OP_MEMORY_SIZE), "memory.size");
  assert_string_equal(opcode_name(OP_I32_TRUNC_SAT_F32_S), "i32.trunc_sat_f32_s");
  assert_string_equal(opcode_name(OP_REF_IS_NULL), "ref.is_null");
  assert_string_equal(opcode_name(OP_SELECT_T), "select");
  assert_int_equal(opcode_infos[OP_TABLE_FILL].code, 0xfc11);
}

/* Every SIG of the table decodes whole (no row exceeds SIG_MAX_*), and
 * the types come out in order. */
static void test_opcode_signatures(void **state) {
  (void)state;
  opcode_sig sig;
  for (int op = 0; op < OP_COUNT; op++) {
    const char *text = opcode_infos[op].sig;
    assert_int_equal(opcode_signature((wasm_opcode)op, &sig), text != NULL);
    if (text)
      assert_int_equal(sig.param_count + 1 + sig.result_count, strlen(text));
  }
  assert_true(opcode_signature(OP_I64_STORE, &sig)); /* "iI:" */
  assert_int_equal(sig.param_count, 2);
  assert_int_equal(sig.params[0], VT_I32);
  assert_int_equal(sig.params[1], VT_I64);
  assert_int_equal(sig.result_count, 0);
  assert_true(opcode_signature(OP_F64_CONVERT_I32_U, &sig)); /* "i:F" */
  assert_int_equal(sig.results[0], VT_F64);
  assert_true(opcode_signature(OP_I8X16_EXTRACT_LANE_S, &sig)); /* "v:i" */
  assert_int_equal(sig.params[0], VT_V128);
  assert_true(opcode_signature(OP_MEMORY_SIZE, &sig)); /* ":i" */
  assert_int_equal(sig.param_count, 0);
  assert_int_equal(sig.results[0], VT_I32);
  assert_false(opcode_signature(OP_LOCAL_GET, &sig));
}

/* BYTES is set exactly for the memory accesses, as their natural alignment. */
static void test_opcode_access_bytes(void **state) {
  (void)state;
  for (int op = 0; op < OP_COUNT; op++) {
    imm_kind imm = opcode_infos[op].imm;
    bool memarg = imm == IMM_MEMARG || imm == IMM_MEMARG_LANE2 || imm == IMM_MEMARG_LANE4 ||
                  imm == IMM_MEMARG_LANE8 || imm == IMM_MEMARG_LANE16 || imm == IMM_MEMARG_ATOMIC;
    assert_int_equal(opcode_infos[op].bytes != 0, memarg);
  }
  assert_int_equal(opcode_infos[OP_I64_LOAD].bytes, 8);
  assert_int_equal(opcode_infos[OP_I64_LOAD32_U].bytes, 4);
  assert_int_equal(opcode_infos[OP_I32_STORE16].bytes, 2);
  assert_int_equal(opcode_infos[OP_V128_LOAD].bytes, 16);
  assert_int_equal(opcode_infos[OP_V128_LOAD8X8_S].bytes, 8);
  assert_int_equal(opcode_infos[OP_V128_LOAD16_LANE].bytes, 2);
  assert_int_equal(opcode_infos[OP_V128_LOAD32_ZERO].bytes, 4);
}

static void test_diag_format(void **state) {
  (void)state;
  diag d;
  char buf[512];
  diag_init(&d, "file.wasm");
  diag_error(&d, 0x1a3, "type mismatch");
  diag_error(&d, 0x10, "second error is ignored");
  d.func = 12;
  diag_format(&d, buf, sizeof buf);
  assert_string_equal(buf, "file.wasm:0x1a3: error: type mismatch (func 12)");
  d.func = -1;
  diag_format(&d, buf, sizeof buf);
  assert_string_equal(buf, "file.wasm:0x1a3: error: type mismatch");
}

/* ---- module structure ---- */

static void test_empty_module(void **state) {
  (void)state;
  static const uint8_t bytes[] = {HEADER};
  diag d;
  assert_true(decode(bytes, sizeof bytes, &d));
  ASSERT_MALFORMED("magic header not detected", 0x00, 0x61, 0x73, 0x6e, 0x01, 0, 0, 0);
  ASSERT_MALFORMED("unknown binary version", 0x00, 0x61, 0x73, 0x6d, 0x02, 0, 0, 0);
  ASSERT_MALFORMED("unexpected end", 0x00, 0x61);
}

static void test_sections(void **state) {
  (void)state;
  /* function section (3) before type section (1) */
  ASSERT_MALFORMED("unexpected content after last section", HEADER, 0x03, 0x01, 0x00, 0x01, 0x01, 0x00);
  /* data count (12) must come before code (10) */
  ASSERT_MALFORMED("unexpected content after last section", HEADER, 0x0a, 0x01, 0x00, 0x0c, 0x01, 0x00);
  ASSERT_MALFORMED("malformed section id", HEADER, 0x0d, 0x00);
  /* type section declares 2 bytes but its contents take 1 */
  ASSERT_MALFORMED("section size mismatch", HEADER, 0x01, 0x02, 0x00, 0x00);
  ASSERT_MALFORMED("length out of bounds", HEADER, 0x01, 0x05, 0x00);
  ASSERT_MALFORMED("function and code section have inconsistent lengths", HEADER, 0x01, 0x04, 0x01, 0x60,
                   0x00, 0x00,              /* type () -> () */
                   0x03, 0x02, 0x01, 0x00); /* one function, no code */
  ASSERT_MALFORMED("data count and data section have inconsistent lengths", HEADER, 0x0c, 0x01,
                   0x01,              /* data count 1 */
                   0x0b, 0x01, 0x00); /* data section with 0 segments */
  /* custom sections may appear anywhere, even between ordered ones */
  static const uint8_t custom[] = {HEADER, 0x00, 0x02, 0x01, 'x', 0x01, 0x01, 0x00, 0x00, 0x01, 0x00};
  diag d;
  assert_true(decode(custom, sizeof custom, &d));
}

/* The encodings of WebAssembly 3.0 proposals outside the instructions all
 * decode now; the tag section keeps its place in the section order. */
static void test_unsupported_proposals(void **state) {
  (void)state;
  /* the tag section goes between the memory and the global sections */
  ASSERT_MALFORMED("unexpected content after last section", HEADER, 0x06, 0x01, 0x00, 0x0d, 0x01, 0x00);
}

/* Decodes `bytes` (a memory section) and returns memory 0's limits. */
static wasm_limits memory0(const uint8_t *bytes, size_t size) {
  wasm_module m;
  diag d;
  diag_init(&d, "t.wasm");
  assert_true(decode_module(&m, bytes, size, &d));
  assert_int_equal(m.memory_total, 1);
  wasm_limits l = m.memories[0];
  module_free(&m);
  return l;
}

/* memory64: limits flags 0x04-0x07 give a 64-bit memory with u64 bounds
 * (the validator, not the decoder, caps them at 2^48 pages). */
static void test_memory64_limits(void **state) {
  (void)state;
  static const uint8_t plain[] = {HEADER, 0x05, 0x03, 0x01, 0x04, 0x01};
  wasm_limits l = memory0(plain, sizeof plain);
  assert_true(l.index64 && !l.has_max && !l.shared);
  assert_int_equal(l.min, 1);
  static const uint8_t big_max[] = {HEADER, 0x05, 0x0c, 0x01, 0x05, 0x01, 0x80, 0x80,
                                    0x80,   0x80, 0x80, 0x80, 0x80, 0x80, 0x01}; /* max 2^56 */
  l = memory0(big_max, sizeof big_max);
  assert_true(l.index64 && l.has_max && !l.shared);
  assert_true(l.max == 1ull << 56);
  static const uint8_t shared[] = {HEADER, 0x05, 0x04, 0x01, 0x07, 0x01, 0x02};
  l = memory0(shared, sizeof shared);
  assert_true(l.index64 && l.has_max && l.shared);
  assert_int_equal(l.max, 2);
  static const uint8_t flat[] = {HEADER, 0x05, 0x04, 0x01, 0x01, 0x01, 0x02}; /* a 32-bit memory stays one */
  l = memory0(flat, sizeof flat);
  assert_false(l.index64);
  /* a 64-bit memory cut short stays malformed; so do flags past 0x07 */
  ASSERT_MALFORMED("unexpected end", HEADER, 0x05, 0x03, 0x01, 0x05, 0x01);
  ASSERT_MALFORMED("integer too large", HEADER, 0x05, 0x03, 0x01, 0x08, 0x01);
}

/* Tags (exception handling): an imported one, then two defined ones, in
 * one index space; an empty tag section (count 0) is valid. */
static void test_tags(void **state) {
  (void)state;
  static const uint8_t bytes[] = {HEADER, 0x01, 0x08, 0x02, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00,
                                  0x00,                                                         /* types */
                                  0x02,   0x08, 0x01, 0x01, 'm',  0x01, 'e',  0x04, 0x00, 0x01, /* import */
                                  0x0d,   0x05, 0x02, 0x00, 0x00, 0x00, 0x01};                  /* tags */
  wasm_module m;
  diag d;
  diag_init(&d, "t.wasm");
  assert_true(decode_module(&m, bytes, sizeof bytes, &d));
  assert_int_equal(m.tag_import_count, 1);
  assert_int_equal(m.tag_total, 3);
  assert_int_equal(m.tag_types[0], 1);
  assert_int_equal(m.tag_types[1], 0);
  assert_int_equal(m.tag_types[2], 1);
  assert_true(validate_module(&m, &d));
  module_free(&m);
  static const uint8_t empty[] = {HEADER, 0x0d, 0x01, 0x00};
  assert_true(decode(empty, sizeof empty, &d));
}

static void test_malformed_entries(void **state) {
  (void)state;
  ASSERT_MALFORMED("malformed import kind", HEADER, 0x02, 0x05, 0x01, 0x00, 0x00, 0x05, 0x00);
  /* a tag import cut short is malformed */
  ASSERT_MALFORMED("unexpected end", HEADER, 0x02, 0x05, 0x01, 0x00, 0x00, 0x04, 0x00);
  ASSERT_MALFORMED("malformed tag attribute", HEADER, 0x02, 0x06, 0x01, 0x00, 0x00, 0x04, 0x01, 0x00);
  ASSERT_MALFORMED("malformed section id 13", HEADER, 0x0d, 0x00);
  ASSERT_MALFORMED("integer too large", HEADER, 0x05, 0x04, 0x01, 0x08, 0x00, 0x00);
  ASSERT_MALFORMED("malformed mutability", HEADER, 0x06, 0x06, 0x01, 0x7f, 0x02, 0x41, 0x00, 0x0b);
  ASSERT_MALFORMED("integer too large", HEADER, 0x05, 0x03, 0x01, 0x08, 0x00);
  ASSERT_MALFORMED("integer representation too long", HEADER, 0x05, 0x05, 0x01, 0x81, 0x00, 0x00, 0x00);
  ASSERT_MALFORMED("malformed reference type", HEADER, 0x04, 0x04, 0x01, 0x7f, 0x00, 0x00);
  ASSERT_MALFORMED("malformed value type", HEADER, 0x01, 0x05, 0x01, 0x60, 0x01, 0x40, 0x00);
  ASSERT_MALFORMED("constant expression required", HEADER, 0x06, 0x06, 0x01, 0x7f, 0x00, 0x01, 0x41, 0x0b);
  ASSERT_MALFORMED("malformed elements segment kind", HEADER, 0x09, 0x02, 0x01, 0x08);
  ASSERT_MALFORMED("malformed data segment kind", HEADER, 0x0b, 0x02, 0x01, 0x03);
}

static void test_utf8(void **state) {
  (void)state;
  /* custom section names: overlong NUL, a lone continuation byte, a surrogate */
  ASSERT_MALFORMED("malformed UTF-8 encoding", HEADER, 0x00, 0x03, 0x02, 0xc0, 0x80);
  ASSERT_MALFORMED("malformed UTF-8 encoding", HEADER, 0x00, 0x02, 0x01, 0x80);
  ASSERT_MALFORMED("malformed UTF-8 encoding", HEADER, 0x00, 0x04, 0x03, 0xed, 0xa0, 0x80);
  static const uint8_t ok[] = {HEADER, 0x00, 0x05, 0x04, 0xf0, 0x9f, 0x98, 0x80};
  diag d;
  assert_true(decode(ok, sizeof ok, &d));
}

static void test_locals(void **state) {
  (void)state;
  ASSERT_MALFORMED("too many locals", HEADER, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
                   0x0a, 0x0c, 0x01, 0x0a, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x02, 0x7e, 0x0b);
  /* 2^21 locals are valid but beyond what this version allocates */
  static const uint8_t many[] = {HEADER, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
                                 0x0a,   0x08, 0x01, 0x06, 0x01, 0x80, 0x80, 0x80, 0x01, 0x7f, 0x0b};
  diag du;
  assert_false(decode(many, sizeof many, &du));
  assert_true(du.unsupported);
  static const uint8_t two_groups[] = {HEADER, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
                                       0x0a,   0x08, 0x01, 0x06, 0x02, 0x02, 0x7f, 0x01, 0x7c, 0x0b};
  wasm_module m;
  diag d;
  diag_init(&d, "t.wasm");
  assert_true(decode_module(&m, two_groups, sizeof two_groups, &d));
  assert_int_equal(m.funcs[0].local_count, 3);
  assert_int_equal(m.funcs[0].local_types[1], VT_I32);
  assert_int_equal(m.funcs[0].local_types[2], VT_F64);
  assert_int_equal(m.funcs[0].body_offset, sizeof two_groups - 1);
  assert_int_equal(m.funcs[0].body_end, sizeof two_groups);
  module_free(&m);
}

/* A module with an export, an element segment and a name section. */
static const uint8_t named_module[] = {
    HEADER, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00,             /* type () -> () */
    0x03,   0x04, 0x03, 0x00, 0x00, 0x00,                   /* three functions */
    0x04,   0x04, 0x01, 0x70, 0x00, 0x01,                   /* table funcref min 1 */
    0x07,   0x05, 0x01, 0x01, 'f',  0x00, 0x00,             /* export "f" func 0 */
    0x09,   0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x02, /* elem: table 0 at 0: func 2 */
    0x0a,   0x0a, 0x03, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b, 0x02,
    0x00,   0x0b, 0x00, 0x11, 0x04, 'n',  'a',  'm',  'e', /* custom "name" */
    0x00,   0x03, 0x02, 'm',  'o',                         /* module name "mo" */
    0x01,   0x05, 0x01, 0x01, 0x02, 'g',  'h',             /* function 1 is "gh" */
};

static void test_name_section_and_declared(void **state) {
  (void)state;
  wasm_module m;
  diag d;
  diag_init(&d, "t.wasm");
  assert_true(decode_module(&m, named_module, sizeof named_module, &d));
  assert_string_equal(m.module_name.data, "mo");
  assert_null(m.func_names[0].data);
  assert_string_equal(m.func_names[1].data, "gh");
  assert_true(m.func_declared[0]);
  assert_false(m.func_declared[1]);
  assert_true(m.func_declared[2]);
  assert_int_equal(m.custom_count, 1);
  assert_int_equal(m.elems[0].mode, SEG_ACTIVE);
  assert_int_equal(m.elems[0].items[0].index, 2);
  assert_true(validate_module(&m, &d));
  module_free(&m);
}

static void test_allocation_failure(void **state) {
  (void)state;
  bool succeeded = false;
  for (int n = 0; n < 100 && !succeeded; n++) {
    wasm_module m;
    diag d;
    diag_init(&d, "t.wasm");
    allocations_left = n;
    w2o_set_allocator(failing_realloc);
    succeeded = decode_module(&m, named_module, sizeof named_module, &d) && validate_module(&m, &d);
    module_free(&m);
    w2o_set_allocator(NULL);
    if (!succeeded)
      assert_string_equal(d.message, "out of memory");
  }
  assert_true(succeeded);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_leb_u32),
      cmocka_unit_test(test_leb_signed),
      cmocka_unit_test(test_read_instr),
      cmocka_unit_test(test_opcode_names),
      cmocka_unit_test(test_opcode_signatures),
      cmocka_unit_test(test_opcode_access_bytes),
      cmocka_unit_test(test_diag_format),
      cmocka_unit_test(test_empty_module),
      cmocka_unit_test(test_sections),
      cmocka_unit_test(test_malformed_entries),
      cmocka_unit_test(test_unsupported_proposals),
      cmocka_unit_test(test_tags),
      cmocka_unit_test(test_memory64_limits),
      cmocka_unit_test(test_utf8),
      cmocka_unit_test(test_locals),
      cmocka_unit_test(test_name_section_and_declared),
      cmocka_unit_test(test_allocation_failure),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
