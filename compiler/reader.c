/*
 * reader.c — bounds-checked reading of the WebAssembly binary format.
 *
 * Contract: every function reads from r->p without passing r->end, advances
 * r->p past what it read, and on failure records a malformed-module error in
 * r->diag (at the offset of the offending byte) and returns false. LEB128
 * integers follow the specification exactly: at most ceil(N/7) bytes
 * ("integer representation too long"), and the unused bits of the last byte
 * must be zero, or copies of the sign bit for signed integers ("integer too
 * large"). The same read_instr serves the decoder, the validator and
 * lowering, so they agree on every instruction's extent and offset.
 *
 * This file also owns opcode_infos, built from the X-macro table of
 * opcodes.h (its FAMILY and ARG columns are ignored here).
 */
#include <string.h>

#include "reader.h"

#define W2O_OP_INFO(n, text, c, i, bytes, s, fuel, family, arg) \
  [OP_##n] = {(text), (c), (i), (bytes), (s), (fuel)},
const opcode_info opcode_infos[OP_COUNT] = {W2O_OPCODES(W2O_OP_INFO)};
#undef W2O_OP_INFO

const char *opcode_name(wasm_opcode op) {
  if ((unsigned)op >= OP_COUNT)
    return "<invalid opcode>";
  return opcode_infos[op].name;
}

/* A value type of the SIG column: i = i32, I = i64, f = f32, F = f64, v = v128. */
static wasm_valtype sig_valtype(char c) {
  switch (c) {
  case 'i': return VT_I32;
  case 'I': return VT_I64;
  case 'f': return VT_F32;
  case 'F': return VT_F64;
  default: return VT_V128;
  }
}

/* SIG ::= params ':' results; test_decode checks every row fits the bounds. */
bool opcode_signature(wasm_opcode op, opcode_sig *out) {
  const char *p = (unsigned)op < OP_COUNT ? opcode_infos[op].sig : NULL;
  if (!p)
    return false;
  out->param_count = out->result_count = 0;
  for (; *p != ':' && out->param_count < SIG_MAX_PARAMS; p++)
    out->params[out->param_count++] = sig_valtype(*p);
  for (p = strchr(p, ':') + 1; *p && out->result_count < SIG_MAX_RESULTS; p++)
    out->results[out->result_count++] = sig_valtype(*p);
  return true;
}

/* Maps an encoding (a byte, or 0xFC00|n, 0xFD00|n, 0xFE00|n) to its opcode. */
static bool opcode_from_code(unsigned code, wasm_opcode *out) {
  switch (code) {
#define W2O_OP_CASE(n, text, c, i, bytes, s, fuel, family, arg) \
  case (c): *out = OP_##n; return true;
    W2O_OPCODES(W2O_OP_CASE)
#undef W2O_OP_CASE
  default: return false;
  }
}

static bool unexpected_end(reader *r) { return diag_error(r->diag, reader_offset(r), "unexpected end"); }

/* byte ::= one byte */
bool read_u8(reader *r, uint8_t *out) {
  if (r->p >= r->end)
    return unexpected_end(r);
  *out = *r->p++;
  return true;
}

/*
 * uN ::= n:byte => n (if n < 2^7 and n < 2^N)
 *      | n:byte m:u(N-7) => 2^7*m + (n - 2^7) (if n >= 2^7 and N > 7)
 * Hence at most ceil(N/7) bytes, and the last byte's unused bits are zero.
 */
static bool read_uleb(reader *r, unsigned bits, uint64_t *out) {
  uint64_t result = 0;
  unsigned max_bytes = (bits + 6) / 7;
  for (unsigned i = 0, shift = 0; i < max_bytes; i++, shift += 7) {
    size_t at = reader_offset(r);
    uint8_t byte = 0;
    if (!read_u8(r, &byte))
      return false;
    result |= (uint64_t)(byte & 0x7F) << shift;
    if (i + 1 == max_bytes) {
      if (byte & 0x80)
        return diag_error(r->diag, at, "integer representation too long");
      if ((byte & 0x7F) >> (bits - shift))
        return diag_error(r->diag, at, "integer too large");
    }
    if (!(byte & 0x80))
      break;
  }
  *out = result;
  return true;
}

/* Is `payload` (7 bits) a valid last byte when only `used` low bits carry value? */
static bool sign_bits_ok(uint8_t payload, unsigned used) {
  if (used >= 7)
    return true;
  unsigned top = payload >> (used - 1); /* the sign bit and the unused bits */
  return top == 0 || top == (0x7Fu >> (used - 1));
}

/*
 * sN ::= n:byte => n (if n < 2^6 and n < 2^(N-1))
 *      | n:byte => n - 2^7 (if 2^6 <= n < 2^7 and n >= 2^7 - 2^(N-1))
 *      | n:byte m:s(N-7) => 2^7*m + (n - 2^7) (if n >= 2^7 and N > 7)
 * The last byte's unused bits must be copies of the sign bit.
 */
static bool read_sleb(reader *r, unsigned bits, int64_t *out) {
  uint64_t result = 0;
  unsigned max_bytes = (bits + 6) / 7, shift = 0;
  uint8_t byte = 0;
  for (unsigned i = 0; i < max_bytes; i++) {
    size_t at = reader_offset(r);
    if (!read_u8(r, &byte))
      return false;
    result |= (uint64_t)(byte & 0x7F) << shift;
    shift += 7;
    if (i + 1 == max_bytes) {
      if (byte & 0x80)
        return diag_error(r->diag, at, "integer representation too long");
      if (!sign_bits_ok(byte & 0x7F, bits - (shift - 7)))
        return diag_error(r->diag, at, "integer too large");
    }
    if (!(byte & 0x80))
      break;
  }
  if (shift < 64 && (byte & 0x40))
    result |= ~(uint64_t)0 << shift;
  *out = (int64_t)result;
  return true;
}

bool read_u32(reader *r, uint32_t *out) {
  uint64_t v = 0;
  if (!read_uleb(r, 32, &v))
    return false;
  *out = (uint32_t)v;
  return true;
}

bool read_u64(reader *r, uint64_t *out) { return read_uleb(r, 64, out); }

bool read_s32(reader *r, int32_t *out) {
  int64_t v = 0;
  if (!read_sleb(r, 32, &v))
    return false;
  *out = (int32_t)v;
  return true;
}

bool read_s33(reader *r, int64_t *out) { return read_sleb(r, 33, out); }
bool read_s64(reader *r, int64_t *out) { return read_sleb(r, 64, out); }

/* Little-endian fixed-width value of n bytes. */
static bool read_fixed(reader *r, unsigned n, uint64_t *out) {
  const uint8_t *b = NULL;
  if (!read_bytes(r, n, &b))
    return false;
  uint64_t v = 0;
  for (unsigned i = n; i-- > 0;)
    v = (v << 8) | b[i];
  *out = v;
  return true;
}

/* f32 ::= b*:byte^4 (IEEE 754 little endian) */
bool read_f32(reader *r, uint32_t *bits) {
  uint64_t v = 0;
  if (!read_fixed(r, 4, &v))
    return false;
  *bits = (uint32_t)v;
  return true;
}

/* f64 ::= b*:byte^8 */
bool read_f64(reader *r, uint64_t *bits) { return read_fixed(r, 8, bits); }

bool read_bytes(reader *r, size_t n, const uint8_t **out) {
  if (n > (size_t)(r->end - r->p))
    return diag_error(r->diag, reader_offset(r), "unexpected end");
  *out = r->p;
  r->p += n;
  return true;
}

/* Length of the UTF-8 sequence at s (n bytes left), or 0 if malformed:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t utf8_sequence(const uint8_t *s, size_t n) {
  uint8_t b = s[0];
  size_t len;
  uint32_t min, cp;
  if (b < 0x80)
    return 1;
  if (b >= 0xC2 && b <= 0xDF)
    len = 2, min = 0x80, cp = b & 0x1F;
  else if (b >= 0xE0 && b <= 0xEF)
    len = 3, min = 0x800, cp = b & 0x0F;
  else if (b >= 0xF0 && b <= 0xF4)
    len = 4, min = 0x10000, cp = b & 0x07;
  else
    return 0;
  if (len > n)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

static bool utf8_valid(const uint8_t *s, size_t n) {
  while (n > 0) {
    size_t len = utf8_sequence(s, n);
    if (len == 0)
      return false;
    s += len;
    n -= len;
  }
  return true;
}

/* name ::= b*:vec(byte) => name (if utf8(name) = b*) */
bool read_name(reader *r, arena *a, wasm_name *out) {
  uint32_t len = 0;
  const uint8_t *bytes;
  if (!read_u32(r, &len))
    return false;
  size_t at = reader_offset(r);
  if (len > (size_t)(r->end - r->p))
    return diag_error(r->diag, at, "length out of bounds: name of %u bytes, %zu left", len,
                      (size_t)(r->end - r->p));
  if (!read_bytes(r, len, &bytes))
    return false;
  if (!utf8_valid(bytes, len))
    return diag_error(r->diag, at, "malformed UTF-8 encoding");
  char *copy = arena_alloc(a, (size_t)len + 1);
  if (!copy)
    return diag_out_of_memory(r->diag, at);
  memcpy(copy, bytes, len);
  out->data = copy;
  out->len = len;
  return true;
}

static bool is_valtype(uint8_t b) {
  return b == VT_I32 || b == VT_I64 || b == VT_F32 || b == VT_F64 || b == VT_V128 || b == VT_FUNCREF ||
         b == VT_EXTERNREF;
}

/* valtype ::= 0x7F i32 | 0x7E i64 | 0x7D f32 | 0x7C f64 | 0x7B v128
 *           | 0x70 funcref | 0x6F externref */
bool read_valtype(reader *r, wasm_valtype *out) {
  size_t at = reader_offset(r);
  uint8_t b = 0;
  if (!read_u8(r, &b))
    return false;
  if (!is_valtype(b))
    return diag_error(r->diag, at, "malformed value type: found 0x%02x, expected a value type", b);
  *out = b;
  return true;
}

/* blocktype ::= 0x40 | t:valtype | x:s33 (x >= 0, a type index) */
static bool read_blocktype(reader *r, int64_t *out) {
  size_t at = reader_offset(r);
  if (!read_s33(r, out))
    return false;
  if (*out >= 0 || *out == BLOCKTYPE_EMPTY)
    return true;
  if (*out >= -0x40 && is_valtype(blocktype_valtype(*out)))
    return true;
  return diag_error(r->diag, at, "malformed block type: found %lld", (long long)*out);
}

/* A reserved memory index: exactly one 0x00 byte. */
static bool read_zero_byte(reader *r) {
  size_t at = reader_offset(r);
  uint8_t b = 0;
  if (!read_u8(r, &b))
    return false;
  if (b != 0)
    return diag_error(r->diag, at, "zero byte expected, found 0x%02x", b);
  return true;
}

/* The memory index of memory.size/grow/fill/copy/init: a u32 (multi-memory),
 * or the reserved zero byte of WebAssembly 2.0. */
static bool read_memidx(reader *r, uint32_t *out) {
  *out = 0;
  return (r->rules & READER_MEMIDX_ZERO_BYTE) ? read_zero_byte(r) : read_u32(r, out);
}

/* reftype ::= 0x70 funcref | 0x6F externref */
static bool read_reftype(reader *r, wasm_valtype *out) {
  size_t at = reader_offset(r);
  uint8_t b = 0;
  if (!read_u8(r, &b))
    return false;
  if (b != VT_FUNCREF && b != VT_EXTERNREF)
    return diag_error(r->diag, at, "malformed reference type: found 0x%02x", b);
  *out = b;
  return true;
}

/* br_table l*:vec(labelidx) lN:labelidx; targets allocated in `scratch`. */
static bool read_br_table(reader *r, arena *scratch, wasm_instr *in) {
  uint32_t count = 0;
  if (!read_u32(r, &count))
    return false;
  if (count >= (size_t)(r->end - r->p))
    return unexpected_end(r); /* each label takes at least one byte */
  in->targets = arena_array(scratch, (size_t)count + 1, sizeof(uint32_t));
  if (!in->targets)
    return diag_out_of_memory(r->diag, in->offset);
  in->target_count = count;
  for (uint32_t i = 0; i <= count; i++)
    if (!read_u32(r, &in->targets[i]))
      return false;
  return true;
}

/* select t*:vec(valtype); the validator requires exactly one type. */
static bool read_select_t(reader *r, wasm_instr *in) {
  if (!read_u32(r, &in->select_count))
    return false;
  for (uint32_t i = 0; i < in->select_count; i++) {
    wasm_valtype t = 0;
    if (!read_valtype(r, &t))
      return false;
    if (i == 0)
      in->select_type = t;
  }
  return true;
}

static bool read_two_u32(reader *r, uint32_t *a, uint32_t *b) { return read_u32(r, a) && read_u32(r, b); }

/* memarg ::= a:u32 o:u64 (memory 0) | a:u32 x:memidx o:u64 (if bit 6 of a is
 * set: the multi-memory form of WebAssembly 3.0; in 2.0 the bit is part of
 * the alignment, which the validator then finds too large). The offset is a
 * u64 (memory64; a u32 in a module without 64-bit memories:
 * READER_OFFSET32); the validator checks that a 32-bit
 * memory's fits in a u32, and memory indices against the module's memories. */
static bool read_memarg(reader *r, wasm_instr *in) {
  in->index = 0;
  if (!read_u32(r, &in->align))
    return false;
  if (!(r->rules & READER_MEMIDX_ZERO_BYTE) && (in->align & 0x40)) {
    if (!read_u32(r, &in->index))
      return false;
    in->align &= ~0x40u;
  }
  if (!(r->rules & READER_OFFSET32))
    return read_u64(r, &in->offset_imm);
  uint32_t offset = 0;
  if (!read_u32(r, &offset))
    return false;
  in->offset_imm = offset;
  return true;
}

static bool read_const_imm(reader *r, imm_kind imm, wasm_instr *in) {
  int32_t v32;
  int64_t v64;
  uint32_t f32;
  switch (imm) {
  case IMM_I32:
    if (!read_s32(r, &v32))
      return false;
    in->bits = (uint64_t)(int64_t)v32;
    return true;
  case IMM_I64:
    if (!read_s64(r, &v64))
      return false;
    in->bits = (uint64_t)v64;
    return true;
  case IMM_F32:
    if (!read_f32(r, &f32))
      return false;
    in->bits = f32;
    return true;
  default: return read_f64(r, &in->bits);
  }
}

/* v128.const i128 (16 bytes); i8x16.shuffle laneidx^16 (16 bytes) */
static bool read_16_bytes(reader *r, uint8_t out[16]) {
  const uint8_t *b = NULL;
  if (!read_bytes(r, 16, &b))
    return false;
  memcpy(out, b, 16);
  return true;
}

/* v128.loadN_lane / storeN_lane: memarg laneidx */
static bool read_memarg_lane(reader *r, wasm_instr *in) {
  return read_memarg(r, in) && read_u8(r, &in->lane);
}

/* The immediates of each kind, per the instruction encodings of the spec. */
static bool read_immediates(reader *r, arena *scratch, wasm_instr *in) {
  imm_kind imm = opcode_infos[in->op].imm;
  switch (imm) {
  case IMM_NONE: return true;
  case IMM_BLOCKTYPE: return read_blocktype(r, &in->blocktype);
  case IMM_BR_TABLE: return read_br_table(r, scratch, in);
  case IMM_LABEL:
  case IMM_FUNC:
  case IMM_LOCAL:
  case IMM_GLOBAL:
  case IMM_TABLE:
  case IMM_DATA:
  case IMM_ELEM:
  case IMM_TAG: return read_u32(r, &in->index);
  case IMM_CALL_INDIRECT:
  case IMM_TABLE_INIT:
  case IMM_TABLE_COPY: return read_two_u32(r, &in->index, &in->index2);
  case IMM_SELECT_T: return read_select_t(r, in);
  case IMM_MEMARG:
  case IMM_MEMARG_ATOMIC: return read_memarg(r, in);
  case IMM_MEMORY: return read_memidx(r, &in->index);
  case IMM_ZERO: return read_zero_byte(r);
  case IMM_I32:
  case IMM_I64:
  case IMM_F32:
  case IMM_F64: return read_const_imm(r, imm, in);
  case IMM_REFTYPE: return read_reftype(r, &in->select_type);
  case IMM_MEMORY_INIT: return read_u32(r, &in->index) && read_memidx(r, &in->index2);
  case IMM_MEMORY_COPY: return read_memidx(r, &in->index) && read_memidx(r, &in->index2);
  case IMM_V128:
  case IMM_SHUFFLE: return read_16_bytes(r, in->bytes);
  case IMM_LANE2:
  case IMM_LANE4:
  case IMM_LANE8:
  case IMM_LANE16: return read_u8(r, &in->lane);
  case IMM_MEMARG_LANE2:
  case IMM_MEMARG_LANE4:
  case IMM_MEMARG_LANE8:
  case IMM_MEMARG_LANE16: return read_memarg_lane(r, in);
  }
  return diag_error(r->diag, in->offset, "internal error: unknown immediate kind");
}

/*
 * Encodings of WebAssembly 3.0 this version does not compile: the
 * exception handling with exnref (try_table, throw_ref), beside the legacy
 * form it compiles. They are valid WebAssembly, so they are reported as
 * unsupported (exit 3), never as malformed.
 */
static const char *unsupported_opcode(unsigned code) {
  switch (code) {
  case 0x0A: return "throw_ref";
  case 0x1F: return "try_table";
  default: return NULL;
  }
}

static bool illegal_opcode(reader *r, const wasm_instr *in, unsigned code) {
  const char *what = unsupported_opcode(code);
  if (what)
    return diag_unsupported(r->diag, in->offset, "unsupported: %s (exception handling with exnref)", what);
  if (code > 0xFF)
    return diag_error(r->diag, in->offset, "illegal opcode 0x%02x %u", code >> 8, code & 0xFF);
  return diag_error(r->diag, in->offset, "illegal opcode 0x%02x", code);
}

/* instr ::= opcode:byte immediates | 0xFC n:u32 immediates | 0xFD n:u32 immediates
 *         | 0xFE n:u32 immediates (threads) */
static bool read_opcode(reader *r, wasm_instr *in) {
  uint8_t byte = 0;
  if (!read_u8(r, &byte))
    return false;
  unsigned code = byte;
  if (byte == 0xFC || byte == 0xFD || byte == 0xFE) {
    uint32_t sub = 0;
    if (!read_u32(r, &sub))
      return false;
    if (sub > 0xFF)
      return diag_error(r->diag, in->offset, "illegal opcode 0x%02x %u", byte, sub);
    code = (unsigned)byte << 8 | sub;
  }
  if (!opcode_from_code(code, &in->op))
    return illegal_opcode(r, in, code);
  return true;
}

bool read_instr(reader *r, arena *scratch, wasm_instr *out) {
  memset(out, 0, sizeof *out);
  out->offset = reader_offset(r);
  return read_opcode(r, out) && read_immediates(r, scratch, out);
}
