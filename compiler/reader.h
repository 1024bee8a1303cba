/*
 * reader.h — bounds-checked reading of the binary format: LEB128 integers,
 * names, value types, and whole instructions with their immediates.
 *
 * Every read checks the remaining bytes and the LEB128 limits (no more bytes
 * than ceil(N/7), unused bits of the last byte zero or sign bits) and reports
 * a malformed-module error through the diag context. The same instruction
 * reader serves the decoder (constant expressions), the validator and
 * lowering, so all three agree on what an instruction is and where it is.
 */
#ifndef W2O_READER_H
#define W2O_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "module.h"
#include "opcodes.h"

typedef struct reader {
  const uint8_t *base; /* start of the file: offsets are p - base */
  const uint8_t *p;    /* next byte */
  const uint8_t *end;  /* end of the current section / body */
  diag *diag;
  uint8_t rules; /* READER_* flags: 0 for WebAssembly 3.0 */
} reader;

/* reader.rules */
enum {
  /* WebAssembly 2.0 (--disable-multi-memory): memory indices of
   * memory.size/grow/fill/copy/init are a reserved 0x00 byte and memargs
   * have no index; else the multi-memory u32 indices */
  READER_MEMIDX_ZERO_BYTE = 1,
  /* memarg offsets are u32 (a module without 64-bit memories); else u64
   * (memory64), range-checked by the validator */
  READER_OFFSET32 = 2,
};

static inline size_t reader_offset(const reader *r) { return (size_t)(r->p - r->base); }
static inline bool reader_at_end(const reader *r) { return r->p >= r->end; }

bool read_u8(reader *r, uint8_t *out);
bool read_u32(reader *r, uint32_t *out); /* unsigned LEB128, 32 bits */
bool read_u64(reader *r, uint64_t *out); /* unsigned LEB128, 64 bits */
bool read_s32(reader *r, int32_t *out);  /* signed LEB128, 32 bits */
bool read_s33(reader *r, int64_t *out);  /* signed LEB128, 33 bits (block types) */
bool read_s64(reader *r, int64_t *out);  /* signed LEB128, 64 bits */
bool read_f32(reader *r, uint32_t *bits);
bool read_f64(reader *r, uint64_t *bits);
bool read_bytes(reader *r, size_t n, const uint8_t **out);
/* A name: u32 length then that many bytes of valid UTF-8. Copied NUL-terminated into `a`. */
bool read_name(reader *r, arena *a, wasm_name *out);
/* A value type byte (numeric, vector or reference). */
bool read_valtype(reader *r, wasm_valtype *out);

/* Block types: BLOCKTYPE_EMPTY, a value type (0x7F...), or a type index (>= 0). */
#define BLOCKTYPE_EMPTY (-0x40)
static inline bool blocktype_is_index(int64_t bt) { return bt >= 0; }
static inline int64_t blocktype_from_valtype(wasm_valtype t) { return -(int64_t)(0x80 - t); }
static inline wasm_valtype blocktype_valtype(int64_t bt) { return (wasm_valtype)(0x80 + bt); }

/* One decoded instruction. Only the fields of its immediate kind are set. */
typedef struct wasm_instr {
  wasm_opcode op;
  size_t offset;     /* file offset of the opcode's first byte */
  int64_t blocktype; /* IMM_BLOCKTYPE: see BLOCKTYPE_* above */
  uint32_t index;    /* see imm_kind in opcodes.h */
  uint32_t index2;
  uint32_t align;           /* IMM_MEMARG: log2 of the alignment */
  uint64_t offset_imm;      /* IMM_MEMARG */
  uint64_t bits;            /* IMM_I32 (sign-extended), IMM_I64, IMM_F32, IMM_F64 */
  wasm_valtype select_type; /* IMM_SELECT_T, IMM_REFTYPE */
  uint32_t select_count;    /* IMM_SELECT_T: number of types in the vector */
  uint32_t target_count;    /* IMM_BR_TABLE: number of targets, not counting the default */
  uint32_t *targets;        /* IMM_BR_TABLE: target_count + 1 entries, default last */
  uint8_t bytes[16];        /* IMM_V128: the constant; IMM_SHUFFLE: the lane indices */
  uint8_t lane;             /* IMM_LANE*, IMM_MEMARG_LANE*: the lane index */
} wasm_instr;

/*
 * Reads one instruction. br_table targets are allocated from `scratch`.
 * Unknown opcodes are malformed ("illegal opcode 0x..", "illegal opcode
 * 0xfd N"). Lane indices are read, not checked: that is validation.
 */
bool read_instr(reader *r, arena *scratch, wasm_instr *out);

/* The text name of an opcode ("i32.add"). */
const char *opcode_name(wasm_opcode op);

/* The fixed signature of an opcode (SIG of opcodes.h) as value types. */
enum { SIG_MAX_PARAMS = 3, SIG_MAX_RESULTS = 1 };
typedef struct opcode_sig {
  uint32_t param_count, result_count;
  wasm_valtype params[SIG_MAX_PARAMS];
  wasm_valtype results[SIG_MAX_RESULTS];
} opcode_sig;

/* Decodes the SIG column of `op` into *out; false (and *out untouched) for
 * an opcode without one, which the validator types itself. The one reader
 * of that column: the validator and lowering both go through it. */
bool opcode_signature(wasm_opcode op, opcode_sig *out);

#endif /* W2O_READER_H */
