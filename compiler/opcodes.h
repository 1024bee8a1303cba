/*
 * opcodes.h — the one table of WebAssembly instructions.
 *
 * OP(NAME, TEXT, CODE, IMM, BYTES, SIG, FUEL, FAMILY, ARG)
 *   NAME    enum suffix: OP_NAME
 *   TEXT    the specification's text name ("i32.add"), for diagnostics
 *   CODE    encoding: one byte, or 0xFC00|n / 0xFD00|n for the 0xFC / 0xFD
 *           prefixes (n < 256)
 *   IMM     immediate kind: IMM_*
 *   BYTES   for memory accesses (IMM_MEMARG*), the bytes accessed, which is
 *           also the natural alignment; 0 for other instructions
 *   SIG     for instructions with a fixed type, "params:results" with
 *           i = i32, I = i64, f = f32, F = f64, v = v128 (e.g. "ii:i"); NULL where the
 *           validator types the instruction itself (control, variables,
 *           parametric, calls, references, tables). Read through
 *           opcode_signature (reader.h), which decodes it into value types.
 *   FUEL    fuel class under --fuel: FUEL_* below (cost, and whether the
 *           pending cost is subtracted before the instruction)
 *   FAMILY  lowering family: lowering calls lower_FAMILY(ctx, instr, ARG)
 *   ARG     an integer for the family: an LLVM opcode or predicate, an
 *           intrinsic id, whether a load sign-extends... Only lowering expands FAMILY
 *           and ARG, so they may name LLVM enumerators; the decoder and the
 *           validator never see them.
 *
 * Covered: the MVP, sign-extension, non-trapping float-to-int, multi-value,
 * bulk memory, reference types and fixed-width SIMD: all of WebAssembly 2.0;
 * and of WebAssembly 3.0, tail calls (return_call, return_call_indirect),
 * threads (the 0xFE prefix, coded 0xFE00|n: waits, notify, fence and the
 * atomic accesses, lowered by lower_atomic.c) and the legacy exception
 * handling (try, catch, catch_all, delegate, throw, rethrow; lowered by
 * lower_exception.c).
 */
#ifndef W2O_OPCODES_H
#define W2O_OPCODES_H

/*
 * Fuel classes (FUEL column). Costs follow Wasmtime: every operator 1,
 * except nop, drop and the structure of control flow (block, loop, else,
 * end, return, unreachable), which cost 0. Costs accumulate in the compiler
 * and are subtracted from the fuel before each instruction that can trap,
 * call or branch ("flush"); straight instructions can do none of these.
 * Only lower_interrupt.c reads this column.
 */
typedef enum fuel_class {
  FUEL_STRAIGHT, /* cost 1, straight */
  FUEL_FLUSH,    /* cost 1, flushes the pending cost before it */
  FUEL_FREE,     /* cost 0, straight: nop, drop */
  FUEL_CONTROL,  /* cost 0, flushes: block, loop, else, end, return, unreachable */
} fuel_class;

/*
 * SIMD lane shapes, and the ARG of the SIMD families: the shape of the
 * (first) operand plus an LLVM opcode, predicate or intrinsic id, or for
 * conversions the source and destination shapes, a cast opcode and whether
 * the high half of the source is taken.
 */
enum simd_shape { SHAPE_I8X16, SHAPE_I16X8, SHAPE_I32X4, SHAPE_I64X2, SHAPE_F32X4, SHAPE_F64X2 };
#define SIMD_ARG(shape, x)            ((x) | ((shape) << 16))
#define SIMD_CONV(src, dst, op, high) ((op) | ((src) << 16) | ((dst) << 20) | ((high) << 24))

/*
 * The seven rows of one atomic read-modify-write operator (0xFE prefix): i32,
 * i64, then the narrow forms i32 8/16 and i64 8/16/32 (zero-extended), at
 * codes base..base+6. ARG is the LLVMAtomicRMWBinOp (or 0 for cmpxchg).
 */
// clang-format off
#define W2O_ATOMIC_RMW(OP, NAME, TEXT, BASE, FAMILY, ARG, S32, S64)                                          \
  OP(I32_ATOMIC_RMW_##NAME, "i32.atomic.rmw." TEXT, (BASE), IMM_MEMARG_ATOMIC, 4, S32, FUEL_FLUSH, FAMILY, ARG)  \
  OP(I64_ATOMIC_RMW_##NAME, "i64.atomic.rmw." TEXT, (BASE) + 1, IMM_MEMARG_ATOMIC, 8, S64, FUEL_FLUSH, FAMILY, ARG) \
  OP(I32_ATOMIC_RMW8_##NAME, "i32.atomic.rmw8." TEXT "_u", (BASE) + 2, IMM_MEMARG_ATOMIC, 1, S32, FUEL_FLUSH, FAMILY, ARG) \
  OP(I32_ATOMIC_RMW16_##NAME, "i32.atomic.rmw16." TEXT "_u", (BASE) + 3, IMM_MEMARG_ATOMIC, 2, S32, FUEL_FLUSH, FAMILY, ARG) \
  OP(I64_ATOMIC_RMW8_##NAME, "i64.atomic.rmw8." TEXT "_u", (BASE) + 4, IMM_MEMARG_ATOMIC, 1, S64, FUEL_FLUSH, FAMILY, ARG) \
  OP(I64_ATOMIC_RMW16_##NAME, "i64.atomic.rmw16." TEXT "_u", (BASE) + 5, IMM_MEMARG_ATOMIC, 2, S64, FUEL_FLUSH, FAMILY, ARG) \
  OP(I64_ATOMIC_RMW32_##NAME, "i64.atomic.rmw32." TEXT "_u", (BASE) + 6, IMM_MEMARG_ATOMIC, 4, S64, FUEL_FLUSH, FAMILY, ARG)

#define W2O_OPCODES(OP)                                                                                         \
  /* control */                                                                                                 \
  OP(UNREACHABLE, "unreachable", 0x00, IMM_NONE, 0, NULL, FUEL_CONTROL, unreachable, 0)                         \
  OP(NOP, "nop", 0x01, IMM_NONE, 0, NULL, FUEL_FREE, nop, 0)                                                    \
  OP(BLOCK, "block", 0x02, IMM_BLOCKTYPE, 0, NULL, FUEL_CONTROL, block, 0)                                      \
  OP(LOOP, "loop", 0x03, IMM_BLOCKTYPE, 0, NULL, FUEL_CONTROL, loop, 0)                                         \
  OP(IF, "if", 0x04, IMM_BLOCKTYPE, 0, NULL, FUEL_FLUSH, if, 0)                                                 \
  OP(ELSE, "else", 0x05, IMM_NONE, 0, NULL, FUEL_CONTROL, else, 0)                                              \
  OP(TRY, "try", 0x06, IMM_BLOCKTYPE, 0, NULL, FUEL_CONTROL, try, 0)                                            \
  OP(CATCH, "catch", 0x07, IMM_TAG, 0, NULL, FUEL_CONTROL, catch, 0)                                            \
  OP(THROW, "throw", 0x08, IMM_TAG, 0, NULL, FUEL_FLUSH, throw, 0)                                              \
  OP(RETHROW, "rethrow", 0x09, IMM_LABEL, 0, NULL, FUEL_FLUSH, rethrow, 0)                                      \
  OP(END, "end", 0x0B, IMM_NONE, 0, NULL, FUEL_CONTROL, end, 0)                                                 \
  OP(BR, "br", 0x0C, IMM_LABEL, 0, NULL, FUEL_FLUSH, br, 0)                                                     \
  OP(BR_IF, "br_if", 0x0D, IMM_LABEL, 0, NULL, FUEL_FLUSH, br_if, 0)                                            \
  OP(BR_TABLE, "br_table", 0x0E, IMM_BR_TABLE, 0, NULL, FUEL_FLUSH, br_table, 0)                                \
  OP(RETURN, "return", 0x0F, IMM_NONE, 0, NULL, FUEL_CONTROL, return, 0)                                        \
  OP(CALL, "call", 0x10, IMM_FUNC, 0, NULL, FUEL_FLUSH, call, 0)                                                \
  OP(CALL_INDIRECT, "call_indirect", 0x11, IMM_CALL_INDIRECT, 0, NULL, FUEL_FLUSH, call_indirect, 0)            \
  OP(RETURN_CALL, "return_call", 0x12, IMM_FUNC, 0, NULL, FUEL_FLUSH, return_call, 0)                          \
  OP(RETURN_CALL_INDIRECT, "return_call_indirect", 0x13, IMM_CALL_INDIRECT, 0, NULL, FUEL_FLUSH,              \
     return_call_indirect, 0)                                                                                   \
  OP(DELEGATE, "delegate", 0x18, IMM_LABEL, 0, NULL, FUEL_CONTROL, delegate, 0)                                 \
  OP(CATCH_ALL, "catch_all", 0x19, IMM_NONE, 0, NULL, FUEL_CONTROL, catch_all, 0)                               \
  /* parametric */                                                                                              \
  OP(DROP, "drop", 0x1A, IMM_NONE, 0, NULL, FUEL_FREE, drop, 0)                                                 \
  OP(SELECT, "select", 0x1B, IMM_NONE, 0, NULL, FUEL_STRAIGHT, select, 0)                                       \
  OP(SELECT_T, "select", 0x1C, IMM_SELECT_T, 0, NULL, FUEL_STRAIGHT, select, 0)                                 \
  /* variables */                                                                                               \
  OP(LOCAL_GET, "local.get", 0x20, IMM_LOCAL, 0, NULL, FUEL_STRAIGHT, local_get, 0)                             \
  OP(LOCAL_SET, "local.set", 0x21, IMM_LOCAL, 0, NULL, FUEL_STRAIGHT, local_set, 0)                             \
  OP(LOCAL_TEE, "local.tee", 0x22, IMM_LOCAL, 0, NULL, FUEL_STRAIGHT, local_tee, 0)                             \
  OP(GLOBAL_GET, "global.get", 0x23, IMM_GLOBAL, 0, NULL, FUEL_STRAIGHT, global_get, 0)                         \
  OP(GLOBAL_SET, "global.set", 0x24, IMM_GLOBAL, 0, NULL, FUEL_STRAIGHT, global_set, 0)                         \
  /* tables */                                                                                                  \
  OP(TABLE_GET, "table.get", 0x25, IMM_TABLE, 0, NULL, FUEL_FLUSH, table_get, 0)                                \
  OP(TABLE_SET, "table.set", 0x26, IMM_TABLE, 0, NULL, FUEL_FLUSH, table_set, 0)                                \
  /* memory */                                                                                                  \
  OP(I32_LOAD, "i32.load", 0x28, IMM_MEMARG, 4, "i:i", FUEL_FLUSH, load, 0)                                     \
  OP(I64_LOAD, "i64.load", 0x29, IMM_MEMARG, 8, "i:I", FUEL_FLUSH, load, 0)                                     \
  OP(F32_LOAD, "f32.load", 0x2A, IMM_MEMARG, 4, "i:f", FUEL_FLUSH, load, 0)                                     \
  OP(F64_LOAD, "f64.load", 0x2B, IMM_MEMARG, 8, "i:F", FUEL_FLUSH, load, 0)                                     \
  OP(I32_LOAD8_S, "i32.load8_s", 0x2C, IMM_MEMARG, 1, "i:i", FUEL_FLUSH, load, 1)                               \
  OP(I32_LOAD8_U, "i32.load8_u", 0x2D, IMM_MEMARG, 1, "i:i", FUEL_FLUSH, load, 0)                               \
  OP(I32_LOAD16_S, "i32.load16_s", 0x2E, IMM_MEMARG, 2, "i:i", FUEL_FLUSH, load, 1)                             \
  OP(I32_LOAD16_U, "i32.load16_u", 0x2F, IMM_MEMARG, 2, "i:i", FUEL_FLUSH, load, 0)                             \
  OP(I64_LOAD8_S, "i64.load8_s", 0x30, IMM_MEMARG, 1, "i:I", FUEL_FLUSH, load, 1)                               \
  OP(I64_LOAD8_U, "i64.load8_u", 0x31, IMM_MEMARG, 1, "i:I", FUEL_FLUSH, load, 0)                               \
  OP(I64_LOAD16_S, "i64.load16_s", 0x32, IMM_MEMARG, 2, "i:I", FUEL_FLUSH, load, 1)                             \
  OP(I64_LOAD16_U, "i64.load16_u", 0x33, IMM_MEMARG, 2, "i:I", FUEL_FLUSH, load, 0)                             \
  OP(I64_LOAD32_S, "i64.load32_s", 0x34, IMM_MEMARG, 4, "i:I", FUEL_FLUSH, load, 1)                             \
  OP(I64_LOAD32_U, "i64.load32_u", 0x35, IMM_MEMARG, 4, "i:I", FUEL_FLUSH, load, 0)                             \
  OP(I32_STORE, "i32.store", 0x36, IMM_MEMARG, 4, "ii:", FUEL_FLUSH, store, 0)                                  \
  OP(I64_STORE, "i64.store", 0x37, IMM_MEMARG, 8, "iI:", FUEL_FLUSH, store, 0)                                  \
  OP(F32_STORE, "f32.store", 0x38, IMM_MEMARG, 4, "if:", FUEL_FLUSH, store, 0)                                  \
  OP(F64_STORE, "f64.store", 0x39, IMM_MEMARG, 8, "iF:", FUEL_FLUSH, store, 0)                                  \
  OP(I32_STORE8, "i32.store8", 0x3A, IMM_MEMARG, 1, "ii:", FUEL_FLUSH, store, 0)                                \
  OP(I32_STORE16, "i32.store16", 0x3B, IMM_MEMARG, 2, "ii:", FUEL_FLUSH, store, 0)                              \
  OP(I64_STORE8, "i64.store8", 0x3C, IMM_MEMARG, 1, "iI:", FUEL_FLUSH, store, 0)                                \
  OP(I64_STORE16, "i64.store16", 0x3D, IMM_MEMARG, 2, "iI:", FUEL_FLUSH, store, 0)                              \
  OP(I64_STORE32, "i64.store32", 0x3E, IMM_MEMARG, 4, "iI:", FUEL_FLUSH, store, 0)                              \
  OP(MEMORY_SIZE, "memory.size", 0x3F, IMM_MEMORY, 0, ":i", FUEL_STRAIGHT, memory_size, 0)                      \
  OP(MEMORY_GROW, "memory.grow", 0x40, IMM_MEMORY, 0, "i:i", FUEL_FLUSH, memory_grow, 0)                        \
  /* constants */                                                                                               \
  OP(I32_CONST, "i32.const", 0x41, IMM_I32, 0, ":i", FUEL_STRAIGHT, const, 0)                                   \
  OP(I64_CONST, "i64.const", 0x42, IMM_I64, 0, ":I", FUEL_STRAIGHT, const, 0)                                   \
  OP(F32_CONST, "f32.const", 0x43, IMM_F32, 0, ":f", FUEL_STRAIGHT, const, 0)                                   \
  OP(F64_CONST, "f64.const", 0x44, IMM_F64, 0, ":F", FUEL_STRAIGHT, const, 0)                                   \
  /* comparisons */                                                                                             \
  OP(I32_EQZ, "i32.eqz", 0x45, IMM_NONE, 0, "i:i", FUEL_STRAIGHT, eqz, 0)                                       \
  OP(I32_EQ, "i32.eq", 0x46, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntEQ)                               \
  OP(I32_NE, "i32.ne", 0x47, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntNE)                               \
  OP(I32_LT_S, "i32.lt_s", 0x48, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntSLT)                          \
  OP(I32_LT_U, "i32.lt_u", 0x49, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntULT)                          \
  OP(I32_GT_S, "i32.gt_s", 0x4A, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntSGT)                          \
  OP(I32_GT_U, "i32.gt_u", 0x4B, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntUGT)                          \
  OP(I32_LE_S, "i32.le_s", 0x4C, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntSLE)                          \
  OP(I32_LE_U, "i32.le_u", 0x4D, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntULE)                          \
  OP(I32_GE_S, "i32.ge_s", 0x4E, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntSGE)                          \
  OP(I32_GE_U, "i32.ge_u", 0x4F, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, icmp, LLVMIntUGE)                          \
  OP(I64_EQZ, "i64.eqz", 0x50, IMM_NONE, 0, "I:i", FUEL_STRAIGHT, eqz, 0)                                       \
  OP(I64_EQ, "i64.eq", 0x51, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntEQ)                               \
  OP(I64_NE, "i64.ne", 0x52, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntNE)                               \
  OP(I64_LT_S, "i64.lt_s", 0x53, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntSLT)                          \
  OP(I64_LT_U, "i64.lt_u", 0x54, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntULT)                          \
  OP(I64_GT_S, "i64.gt_s", 0x55, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntSGT)                          \
  OP(I64_GT_U, "i64.gt_u", 0x56, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntUGT)                          \
  OP(I64_LE_S, "i64.le_s", 0x57, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntSLE)                          \
  OP(I64_LE_U, "i64.le_u", 0x58, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntULE)                          \
  OP(I64_GE_S, "i64.ge_s", 0x59, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntSGE)                          \
  OP(I64_GE_U, "i64.ge_u", 0x5A, IMM_NONE, 0, "II:i", FUEL_STRAIGHT, icmp, LLVMIntUGE)                          \
  OP(F32_EQ, "f32.eq", 0x5B, IMM_NONE, 0, "ff:i", FUEL_STRAIGHT, fcmp, LLVMRealOEQ)                             \
  OP(F32_NE, "f32.ne", 0x5C, IMM_NONE, 0, "ff:i", FUEL_STRAIGHT, fcmp, LLVMRealUNE)                             \
  OP(F32_LT, "f32.lt", 0x5D, IMM_NONE, 0, "ff:i", FUEL_STRAIGHT, fcmp, LLVMRealOLT)                             \
  OP(F32_GT, "f32.gt", 0x5E, IMM_NONE, 0, "ff:i", FUEL_STRAIGHT, fcmp, LLVMRealOGT)                             \
  OP(F32_LE, "f32.le", 0x5F, IMM_NONE, 0, "ff:i", FUEL_STRAIGHT, fcmp, LLVMRealOLE)                             \
  OP(F32_GE, "f32.ge", 0x60, IMM_NONE, 0, "ff:i", FUEL_STRAIGHT, fcmp, LLVMRealOGE)                             \
  OP(F64_EQ, "f64.eq", 0x61, IMM_NONE, 0, "FF:i", FUEL_STRAIGHT, fcmp, LLVMRealOEQ)                             \
  OP(F64_NE, "f64.ne", 0x62, IMM_NONE, 0, "FF:i", FUEL_STRAIGHT, fcmp, LLVMRealUNE)                             \
  OP(F64_LT, "f64.lt", 0x63, IMM_NONE, 0, "FF:i", FUEL_STRAIGHT, fcmp, LLVMRealOLT)                             \
  OP(F64_GT, "f64.gt", 0x64, IMM_NONE, 0, "FF:i", FUEL_STRAIGHT, fcmp, LLVMRealOGT)                             \
  OP(F64_LE, "f64.le", 0x65, IMM_NONE, 0, "FF:i", FUEL_STRAIGHT, fcmp, LLVMRealOLE)                             \
  OP(F64_GE, "f64.ge", 0x66, IMM_NONE, 0, "FF:i", FUEL_STRAIGHT, fcmp, LLVMRealOGE)                             \
  /* i32 arithmetic */                                                                                          \
  OP(I32_CLZ, "i32.clz", 0x67, IMM_NONE, 0, "i:i", FUEL_STRAIGHT, unop_intrinsic, INTR_CTLZ)                    \
  OP(I32_CTZ, "i32.ctz", 0x68, IMM_NONE, 0, "i:i", FUEL_STRAIGHT, unop_intrinsic, INTR_CTTZ)                    \
  OP(I32_POPCNT, "i32.popcnt", 0x69, IMM_NONE, 0, "i:i", FUEL_STRAIGHT, unop_intrinsic, INTR_CTPOP)             \
  OP(I32_ADD, "i32.add", 0x6A, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, binop, LLVMAdd)                              \
  OP(I32_SUB, "i32.sub", 0x6B, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, binop, LLVMSub)                              \
  OP(I32_MUL, "i32.mul", 0x6C, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, binop, LLVMMul)                              \
  OP(I32_DIV_S, "i32.div_s", 0x6D, IMM_NONE, 0, "ii:i", FUEL_FLUSH, idiv, LLVMSDiv)                             \
  OP(I32_DIV_U, "i32.div_u", 0x6E, IMM_NONE, 0, "ii:i", FUEL_FLUSH, idiv, LLVMUDiv)                             \
  OP(I32_REM_S, "i32.rem_s", 0x6F, IMM_NONE, 0, "ii:i", FUEL_FLUSH, idiv, LLVMSRem)                             \
  OP(I32_REM_U, "i32.rem_u", 0x70, IMM_NONE, 0, "ii:i", FUEL_FLUSH, idiv, LLVMURem)                             \
  OP(I32_AND, "i32.and", 0x71, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, binop, LLVMAnd)                              \
  OP(I32_OR, "i32.or", 0x72, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, binop, LLVMOr)                                 \
  OP(I32_XOR, "i32.xor", 0x73, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, binop, LLVMXor)                              \
  OP(I32_SHL, "i32.shl", 0x74, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, shift, LLVMShl)                              \
  OP(I32_SHR_S, "i32.shr_s", 0x75, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, shift, LLVMAShr)                         \
  OP(I32_SHR_U, "i32.shr_u", 0x76, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, shift, LLVMLShr)                         \
  OP(I32_ROTL, "i32.rotl", 0x77, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, rotate, INTR_FSHL)                         \
  OP(I32_ROTR, "i32.rotr", 0x78, IMM_NONE, 0, "ii:i", FUEL_STRAIGHT, rotate, INTR_FSHR)                         \
  /* i64 arithmetic */                                                                                          \
  OP(I64_CLZ, "i64.clz", 0x79, IMM_NONE, 0, "I:I", FUEL_STRAIGHT, unop_intrinsic, INTR_CTLZ)                    \
  OP(I64_CTZ, "i64.ctz", 0x7A, IMM_NONE, 0, "I:I", FUEL_STRAIGHT, unop_intrinsic, INTR_CTTZ)                    \
  OP(I64_POPCNT, "i64.popcnt", 0x7B, IMM_NONE, 0, "I:I", FUEL_STRAIGHT, unop_intrinsic, INTR_CTPOP)             \
  OP(I64_ADD, "i64.add", 0x7C, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, binop, LLVMAdd)                              \
  OP(I64_SUB, "i64.sub", 0x7D, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, binop, LLVMSub)                              \
  OP(I64_MUL, "i64.mul", 0x7E, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, binop, LLVMMul)                              \
  OP(I64_DIV_S, "i64.div_s", 0x7F, IMM_NONE, 0, "II:I", FUEL_FLUSH, idiv, LLVMSDiv)                             \
  OP(I64_DIV_U, "i64.div_u", 0x80, IMM_NONE, 0, "II:I", FUEL_FLUSH, idiv, LLVMUDiv)                             \
  OP(I64_REM_S, "i64.rem_s", 0x81, IMM_NONE, 0, "II:I", FUEL_FLUSH, idiv, LLVMSRem)                             \
  OP(I64_REM_U, "i64.rem_u", 0x82, IMM_NONE, 0, "II:I", FUEL_FLUSH, idiv, LLVMURem)                             \
  OP(I64_AND, "i64.and", 0x83, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, binop, LLVMAnd)                              \
  OP(I64_OR, "i64.or", 0x84, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, binop, LLVMOr)                                 \
  OP(I64_XOR, "i64.xor", 0x85, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, binop, LLVMXor)                              \
  OP(I64_SHL, "i64.shl", 0x86, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, shift, LLVMShl)                              \
  OP(I64_SHR_S, "i64.shr_s", 0x87, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, shift, LLVMAShr)                         \
  OP(I64_SHR_U, "i64.shr_u", 0x88, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, shift, LLVMLShr)                         \
  OP(I64_ROTL, "i64.rotl", 0x89, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, rotate, INTR_FSHL)                         \
  OP(I64_ROTR, "i64.rotr", 0x8A, IMM_NONE, 0, "II:I", FUEL_STRAIGHT, rotate, INTR_FSHR)                         \
  /* f32 arithmetic */                                                                                          \
  OP(F32_ABS, "f32.abs", 0x8B, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, unop_intrinsic, INTR_FABS)                    \
  OP(F32_NEG, "f32.neg", 0x8C, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, fneg, 0)                                      \
  OP(F32_CEIL, "f32.ceil", 0x8D, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, unop_intrinsic, INTR_CEIL)                  \
  OP(F32_FLOOR, "f32.floor", 0x8E, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, unop_intrinsic, INTR_FLOOR)               \
  OP(F32_TRUNC, "f32.trunc", 0x8F, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, unop_intrinsic, INTR_TRUNC)               \
  OP(F32_NEAREST, "f32.nearest", 0x90, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, unop_intrinsic, INTR_ROUNDEVEN)       \
  OP(F32_SQRT, "f32.sqrt", 0x91, IMM_NONE, 0, "f:f", FUEL_STRAIGHT, unop_intrinsic, INTR_SQRT)                  \
  OP(F32_ADD, "f32.add", 0x92, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop, LLVMFAdd)                             \
  OP(F32_SUB, "f32.sub", 0x93, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop, LLVMFSub)                             \
  OP(F32_MUL, "f32.mul", 0x94, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop, LLVMFMul)                             \
  OP(F32_DIV, "f32.div", 0x95, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop, LLVMFDiv)                             \
  OP(F32_MIN, "f32.min", 0x96, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop_intrinsic, INTR_MINIMUM)               \
  OP(F32_MAX, "f32.max", 0x97, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop_intrinsic, INTR_MAXIMUM)               \
  OP(F32_COPYSIGN, "f32.copysign", 0x98, IMM_NONE, 0, "ff:f", FUEL_STRAIGHT, binop_intrinsic, INTR_COPYSIGN)    \
  /* f64 arithmetic */                                                                                          \
  OP(F64_ABS, "f64.abs", 0x99, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, unop_intrinsic, INTR_FABS)                    \
  OP(F64_NEG, "f64.neg", 0x9A, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, fneg, 0)                                      \
  OP(F64_CEIL, "f64.ceil", 0x9B, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, unop_intrinsic, INTR_CEIL)                  \
  OP(F64_FLOOR, "f64.floor", 0x9C, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, unop_intrinsic, INTR_FLOOR)               \
  OP(F64_TRUNC, "f64.trunc", 0x9D, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, unop_intrinsic, INTR_TRUNC)               \
  OP(F64_NEAREST, "f64.nearest", 0x9E, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, unop_intrinsic, INTR_ROUNDEVEN)       \
  OP(F64_SQRT, "f64.sqrt", 0x9F, IMM_NONE, 0, "F:F", FUEL_STRAIGHT, unop_intrinsic, INTR_SQRT)                  \
  OP(F64_ADD, "f64.add", 0xA0, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop, LLVMFAdd)                             \
  OP(F64_SUB, "f64.sub", 0xA1, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop, LLVMFSub)                             \
  OP(F64_MUL, "f64.mul", 0xA2, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop, LLVMFMul)                             \
  OP(F64_DIV, "f64.div", 0xA3, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop, LLVMFDiv)                             \
  OP(F64_MIN, "f64.min", 0xA4, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop_intrinsic, INTR_MINIMUM)               \
  OP(F64_MAX, "f64.max", 0xA5, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop_intrinsic, INTR_MAXIMUM)               \
  OP(F64_COPYSIGN, "f64.copysign", 0xA6, IMM_NONE, 0, "FF:F", FUEL_STRAIGHT, binop_intrinsic, INTR_COPYSIGN)    \
  /* conversions */                                                                                             \
  OP(I32_WRAP_I64, "i32.wrap_i64", 0xA7, IMM_NONE, 0, "I:i", FUEL_STRAIGHT, convert, LLVMTrunc)                 \
  OP(I32_TRUNC_F32_S, "i32.trunc_f32_s", 0xA8, IMM_NONE, 0, "f:i", FUEL_FLUSH, trunc_trap, 1)                   \
  OP(I32_TRUNC_F32_U, "i32.trunc_f32_u", 0xA9, IMM_NONE, 0, "f:i", FUEL_FLUSH, trunc_trap, 0)                   \
  OP(I32_TRUNC_F64_S, "i32.trunc_f64_s", 0xAA, IMM_NONE, 0, "F:i", FUEL_FLUSH, trunc_trap, 1)                   \
  OP(I32_TRUNC_F64_U, "i32.trunc_f64_u", 0xAB, IMM_NONE, 0, "F:i", FUEL_FLUSH, trunc_trap, 0)                   \
  OP(I64_EXTEND_I32_S, "i64.extend_i32_s", 0xAC, IMM_NONE, 0, "i:I", FUEL_STRAIGHT, convert, LLVMSExt)          \
  OP(I64_EXTEND_I32_U, "i64.extend_i32_u", 0xAD, IMM_NONE, 0, "i:I", FUEL_STRAIGHT, convert, LLVMZExt)          \
  OP(I64_TRUNC_F32_S, "i64.trunc_f32_s", 0xAE, IMM_NONE, 0, "f:I", FUEL_FLUSH, trunc_trap, 1)                   \
  OP(I64_TRUNC_F32_U, "i64.trunc_f32_u", 0xAF, IMM_NONE, 0, "f:I", FUEL_FLUSH, trunc_trap, 0)                   \
  OP(I64_TRUNC_F64_S, "i64.trunc_f64_s", 0xB0, IMM_NONE, 0, "F:I", FUEL_FLUSH, trunc_trap, 1)                   \
  OP(I64_TRUNC_F64_U, "i64.trunc_f64_u", 0xB1, IMM_NONE, 0, "F:I", FUEL_FLUSH, trunc_trap, 0)                   \
  OP(F32_CONVERT_I32_S, "f32.convert_i32_s", 0xB2, IMM_NONE, 0, "i:f", FUEL_STRAIGHT, convert, LLVMSIToFP)      \
  OP(F32_CONVERT_I32_U, "f32.convert_i32_u", 0xB3, IMM_NONE, 0, "i:f", FUEL_STRAIGHT, convert, LLVMUIToFP)      \
  OP(F32_CONVERT_I64_S, "f32.convert_i64_s", 0xB4, IMM_NONE, 0, "I:f", FUEL_STRAIGHT, convert, LLVMSIToFP)      \
  OP(F32_CONVERT_I64_U, "f32.convert_i64_u", 0xB5, IMM_NONE, 0, "I:f", FUEL_STRAIGHT, convert, LLVMUIToFP)      \
  OP(F32_DEMOTE_F64, "f32.demote_f64", 0xB6, IMM_NONE, 0, "F:f", FUEL_STRAIGHT, convert, LLVMFPTrunc)           \
  OP(F64_CONVERT_I32_S, "f64.convert_i32_s", 0xB7, IMM_NONE, 0, "i:F", FUEL_STRAIGHT, convert, LLVMSIToFP)      \
  OP(F64_CONVERT_I32_U, "f64.convert_i32_u", 0xB8, IMM_NONE, 0, "i:F", FUEL_STRAIGHT, convert, LLVMUIToFP)      \
  OP(F64_CONVERT_I64_S, "f64.convert_i64_s", 0xB9, IMM_NONE, 0, "I:F", FUEL_STRAIGHT, convert, LLVMSIToFP)      \
  OP(F64_CONVERT_I64_U, "f64.convert_i64_u", 0xBA, IMM_NONE, 0, "I:F", FUEL_STRAIGHT, convert, LLVMUIToFP)      \
  OP(F64_PROMOTE_F32, "f64.promote_f32", 0xBB, IMM_NONE, 0, "f:F", FUEL_STRAIGHT, convert, LLVMFPExt)           \
  OP(I32_REINTERPRET_F32, "i32.reinterpret_f32", 0xBC, IMM_NONE, 0, "f:i", FUEL_STRAIGHT, convert, LLVMBitCast) \
  OP(I64_REINTERPRET_F64, "i64.reinterpret_f64", 0xBD, IMM_NONE, 0, "F:I", FUEL_STRAIGHT, convert, LLVMBitCast) \
  OP(F32_REINTERPRET_I32, "f32.reinterpret_i32", 0xBE, IMM_NONE, 0, "i:f", FUEL_STRAIGHT, convert, LLVMBitCast) \
  OP(F64_REINTERPRET_I64, "f64.reinterpret_i64", 0xBF, IMM_NONE, 0, "I:F", FUEL_STRAIGHT, convert, LLVMBitCast) \
  /* sign extension */                                                                                          \
  OP(I32_EXTEND8_S, "i32.extend8_s", 0xC0, IMM_NONE, 0, "i:i", FUEL_STRAIGHT, extend_inreg, 8)                  \
  OP(I32_EXTEND16_S, "i32.extend16_s", 0xC1, IMM_NONE, 0, "i:i", FUEL_STRAIGHT, extend_inreg, 16)               \
  OP(I64_EXTEND8_S, "i64.extend8_s", 0xC2, IMM_NONE, 0, "I:I", FUEL_STRAIGHT, extend_inreg, 8)                  \
  OP(I64_EXTEND16_S, "i64.extend16_s", 0xC3, IMM_NONE, 0, "I:I", FUEL_STRAIGHT, extend_inreg, 16)               \
  OP(I64_EXTEND32_S, "i64.extend32_s", 0xC4, IMM_NONE, 0, "I:I", FUEL_STRAIGHT, extend_inreg, 32)               \
  /* reference types */                                                                                         \
  OP(REF_NULL, "ref.null", 0xD0, IMM_REFTYPE, 0, NULL, FUEL_STRAIGHT, ref_null, 0)                              \
  OP(REF_IS_NULL, "ref.is_null", 0xD1, IMM_NONE, 0, NULL, FUEL_STRAIGHT, ref_is_null, 0)                        \
  OP(REF_FUNC, "ref.func", 0xD2, IMM_FUNC, 0, NULL, FUEL_STRAIGHT, ref_func, 0)                                 \
  /* non-trapping float-to-int */                                                                               \
  OP(I32_TRUNC_SAT_F32_S, "i32.trunc_sat_f32_s", 0xFC00, IMM_NONE, 0, "f:i", FUEL_STRAIGHT, trunc_sat, 1)       \
  OP(I32_TRUNC_SAT_F32_U, "i32.trunc_sat_f32_u", 0xFC01, IMM_NONE, 0, "f:i", FUEL_STRAIGHT, trunc_sat, 0)       \
  OP(I32_TRUNC_SAT_F64_S, "i32.trunc_sat_f64_s", 0xFC02, IMM_NONE, 0, "F:i", FUEL_STRAIGHT, trunc_sat, 1)       \
  OP(I32_TRUNC_SAT_F64_U, "i32.trunc_sat_f64_u", 0xFC03, IMM_NONE, 0, "F:i", FUEL_STRAIGHT, trunc_sat, 0)       \
  OP(I64_TRUNC_SAT_F32_S, "i64.trunc_sat_f32_s", 0xFC04, IMM_NONE, 0, "f:I", FUEL_STRAIGHT, trunc_sat, 1)       \
  OP(I64_TRUNC_SAT_F32_U, "i64.trunc_sat_f32_u", 0xFC05, IMM_NONE, 0, "f:I", FUEL_STRAIGHT, trunc_sat, 0)       \
  OP(I64_TRUNC_SAT_F64_S, "i64.trunc_sat_f64_s", 0xFC06, IMM_NONE, 0, "F:I", FUEL_STRAIGHT, trunc_sat, 1)       \
  OP(I64_TRUNC_SAT_F64_U, "i64.trunc_sat_f64_u", 0xFC07, IMM_NONE, 0, "F:I", FUEL_STRAIGHT, trunc_sat, 0)       \
  /* bulk memory and tables */                                                                                  \
  OP(MEMORY_INIT, "memory.init", 0xFC08, IMM_MEMORY_INIT, 0, "iii:", FUEL_FLUSH, memory_init, 0)                \
  OP(DATA_DROP, "data.drop", 0xFC09, IMM_DATA, 0, ":", FUEL_FLUSH, data_drop, 0)                                \
  OP(MEMORY_COPY, "memory.copy", 0xFC0A, IMM_MEMORY_COPY, 0, "iii:", FUEL_FLUSH, memory_copy, 0)                \
  OP(MEMORY_FILL, "memory.fill", 0xFC0B, IMM_MEMORY, 0, "iii:", FUEL_FLUSH, memory_fill, 0)                     \
  OP(TABLE_INIT, "table.init", 0xFC0C, IMM_TABLE_INIT, 0, "iii:", FUEL_FLUSH, table_init, 0)                    \
  OP(ELEM_DROP, "elem.drop", 0xFC0D, IMM_ELEM, 0, ":", FUEL_FLUSH, elem_drop, 0)                                \
  OP(TABLE_COPY, "table.copy", 0xFC0E, IMM_TABLE_COPY, 0, "iii:", FUEL_FLUSH, table_copy, 0)                    \
  OP(TABLE_GROW, "table.grow", 0xFC0F, IMM_TABLE, 0, NULL, FUEL_FLUSH, table_grow, 0)                           \
  OP(TABLE_SIZE, "table.size", 0xFC10, IMM_TABLE, 0, ":i", FUEL_STRAIGHT, table_size, 0)                        \
  OP(TABLE_FILL, "table.fill", 0xFC11, IMM_TABLE, 0, NULL, FUEL_FLUSH, table_fill, 0)                           \
  /* threads (0xFE prefix): waits, notify, fence, atomic accesses */                                       \
  OP(MEMORY_ATOMIC_NOTIFY, "memory.atomic.notify", 0xFE00, IMM_MEMARG_ATOMIC, 4, "ii:i", FUEL_FLUSH, atomic_notify, 0) \
  OP(MEMORY_ATOMIC_WAIT32, "memory.atomic.wait32", 0xFE01, IMM_MEMARG_ATOMIC, 4, "iiI:i", FUEL_FLUSH, atomic_wait, 32) \
  OP(MEMORY_ATOMIC_WAIT64, "memory.atomic.wait64", 0xFE02, IMM_MEMARG_ATOMIC, 8, "iII:i", FUEL_FLUSH, atomic_wait, 64) \
  OP(ATOMIC_FENCE, "atomic.fence", 0xFE03, IMM_ZERO, 0, ":", FUEL_STRAIGHT, atomic_fence, 0)                  \
  OP(I32_ATOMIC_LOAD, "i32.atomic.load", 0xFE10, IMM_MEMARG_ATOMIC, 4, "i:i", FUEL_FLUSH, atomic_load, 0)     \
  OP(I64_ATOMIC_LOAD, "i64.atomic.load", 0xFE11, IMM_MEMARG_ATOMIC, 8, "i:I", FUEL_FLUSH, atomic_load, 0)     \
  OP(I32_ATOMIC_LOAD8_U, "i32.atomic.load8_u", 0xFE12, IMM_MEMARG_ATOMIC, 1, "i:i", FUEL_FLUSH, atomic_load, 0) \
  OP(I32_ATOMIC_LOAD16_U, "i32.atomic.load16_u", 0xFE13, IMM_MEMARG_ATOMIC, 2, "i:i", FUEL_FLUSH, atomic_load, 0) \
  OP(I64_ATOMIC_LOAD8_U, "i64.atomic.load8_u", 0xFE14, IMM_MEMARG_ATOMIC, 1, "i:I", FUEL_FLUSH, atomic_load, 0) \
  OP(I64_ATOMIC_LOAD16_U, "i64.atomic.load16_u", 0xFE15, IMM_MEMARG_ATOMIC, 2, "i:I", FUEL_FLUSH, atomic_load, 0) \
  OP(I64_ATOMIC_LOAD32_U, "i64.atomic.load32_u", 0xFE16, IMM_MEMARG_ATOMIC, 4, "i:I", FUEL_FLUSH, atomic_load, 0) \
  OP(I32_ATOMIC_STORE, "i32.atomic.store", 0xFE17, IMM_MEMARG_ATOMIC, 4, "ii:", FUEL_FLUSH, atomic_store, 0)  \
  OP(I64_ATOMIC_STORE, "i64.atomic.store", 0xFE18, IMM_MEMARG_ATOMIC, 8, "iI:", FUEL_FLUSH, atomic_store, 0)  \
  OP(I32_ATOMIC_STORE8, "i32.atomic.store8", 0xFE19, IMM_MEMARG_ATOMIC, 1, "ii:", FUEL_FLUSH, atomic_store, 0) \
  OP(I32_ATOMIC_STORE16, "i32.atomic.store16", 0xFE1A, IMM_MEMARG_ATOMIC, 2, "ii:", FUEL_FLUSH, atomic_store, 0) \
  OP(I64_ATOMIC_STORE8, "i64.atomic.store8", 0xFE1B, IMM_MEMARG_ATOMIC, 1, "iI:", FUEL_FLUSH, atomic_store, 0) \
  OP(I64_ATOMIC_STORE16, "i64.atomic.store16", 0xFE1C, IMM_MEMARG_ATOMIC, 2, "iI:", FUEL_FLUSH, atomic_store, 0) \
  OP(I64_ATOMIC_STORE32, "i64.atomic.store32", 0xFE1D, IMM_MEMARG_ATOMIC, 4, "iI:", FUEL_FLUSH, atomic_store, 0) \
  W2O_ATOMIC_RMW(OP, ADD, "add", 0xFE1E, atomic_rmw, LLVMAtomicRMWBinOpAdd, "ii:i", "iI:I")                 \
  W2O_ATOMIC_RMW(OP, SUB, "sub", 0xFE25, atomic_rmw, LLVMAtomicRMWBinOpSub, "ii:i", "iI:I")                 \
  W2O_ATOMIC_RMW(OP, AND, "and", 0xFE2C, atomic_rmw, LLVMAtomicRMWBinOpAnd, "ii:i", "iI:I")                 \
  W2O_ATOMIC_RMW(OP, OR, "or", 0xFE33, atomic_rmw, LLVMAtomicRMWBinOpOr, "ii:i", "iI:I")                    \
  W2O_ATOMIC_RMW(OP, XOR, "xor", 0xFE3A, atomic_rmw, LLVMAtomicRMWBinOpXor, "ii:i", "iI:I")                 \
  W2O_ATOMIC_RMW(OP, XCHG, "xchg", 0xFE41, atomic_rmw, LLVMAtomicRMWBinOpXchg, "ii:i", "iI:I")              \
  W2O_ATOMIC_RMW(OP, CMPXCHG, "cmpxchg", 0xFE48, atomic_cmpxchg, 0, "iii:i", "iII:I")                       \
  /* fixed-width SIMD (0xFD prefix; ARG: see SIMD_ARG / SIMD_CONV) */                                                                                                        \
  OP(V128_LOAD, "v128.load", 0xFD00, IMM_MEMARG, 16, "i:v", FUEL_FLUSH, simd_load, 0)                                                                                        \
  OP(V128_LOAD8X8_S, "v128.load8x8_s", 0xFD01, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_extend, SIMD_ARG(SHAPE_I16X8, LLVMSExt))                                          \
  OP(V128_LOAD8X8_U, "v128.load8x8_u", 0xFD02, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_extend, SIMD_ARG(SHAPE_I16X8, LLVMZExt))                                          \
  OP(V128_LOAD16X4_S, "v128.load16x4_s", 0xFD03, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_extend, SIMD_ARG(SHAPE_I32X4, LLVMSExt))                                        \
  OP(V128_LOAD16X4_U, "v128.load16x4_u", 0xFD04, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_extend, SIMD_ARG(SHAPE_I32X4, LLVMZExt))                                        \
  OP(V128_LOAD32X2_S, "v128.load32x2_s", 0xFD05, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_extend, SIMD_ARG(SHAPE_I64X2, LLVMSExt))                                        \
  OP(V128_LOAD32X2_U, "v128.load32x2_u", 0xFD06, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_extend, SIMD_ARG(SHAPE_I64X2, LLVMZExt))                                        \
  OP(V128_LOAD8_SPLAT, "v128.load8_splat", 0xFD07, IMM_MEMARG, 1, "i:v", FUEL_FLUSH, simd_load_splat, SHAPE_I8X16)                                                           \
  OP(V128_LOAD16_SPLAT, "v128.load16_splat", 0xFD08, IMM_MEMARG, 2, "i:v", FUEL_FLUSH, simd_load_splat, SHAPE_I16X8)                                                         \
  OP(V128_LOAD32_SPLAT, "v128.load32_splat", 0xFD09, IMM_MEMARG, 4, "i:v", FUEL_FLUSH, simd_load_splat, SHAPE_I32X4)                                                         \
  OP(V128_LOAD64_SPLAT, "v128.load64_splat", 0xFD0A, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_splat, SHAPE_I64X2)                                                         \
  OP(V128_STORE, "v128.store", 0xFD0B, IMM_MEMARG, 16, "iv:", FUEL_FLUSH, simd_store, 0)                                                                                     \
  OP(V128_CONST, "v128.const", 0xFD0C, IMM_V128, 0, ":v", FUEL_FLUSH, simd_const, 0)                                                                                         \
  OP(I8X16_SHUFFLE, "i8x16.shuffle", 0xFD0D, IMM_SHUFFLE, 0, "vv:v", FUEL_FLUSH, simd_shuffle, 0)                                                                            \
  OP(I8X16_SWIZZLE, "i8x16.swizzle", 0xFD0E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_swizzle, 0)                                                                               \
  OP(I8X16_SPLAT, "i8x16.splat", 0xFD0F, IMM_NONE, 0, "i:v", FUEL_FLUSH, simd_splat, SHAPE_I8X16)                                                                            \
  OP(I16X8_SPLAT, "i16x8.splat", 0xFD10, IMM_NONE, 0, "i:v", FUEL_FLUSH, simd_splat, SHAPE_I16X8)                                                                            \
  OP(I32X4_SPLAT, "i32x4.splat", 0xFD11, IMM_NONE, 0, "i:v", FUEL_FLUSH, simd_splat, SHAPE_I32X4)                                                                            \
  OP(I64X2_SPLAT, "i64x2.splat", 0xFD12, IMM_NONE, 0, "I:v", FUEL_FLUSH, simd_splat, SHAPE_I64X2)                                                                            \
  OP(F32X4_SPLAT, "f32x4.splat", 0xFD13, IMM_NONE, 0, "f:v", FUEL_FLUSH, simd_splat, SHAPE_F32X4)                                                                            \
  OP(F64X2_SPLAT, "f64x2.splat", 0xFD14, IMM_NONE, 0, "F:v", FUEL_FLUSH, simd_splat, SHAPE_F64X2)                                                                            \
  OP(I8X16_EXTRACT_LANE_S, "i8x16.extract_lane_s", 0xFD15, IMM_LANE16, 0, "v:i", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_I8X16, LLVMSExt))                             \
  OP(I8X16_EXTRACT_LANE_U, "i8x16.extract_lane_u", 0xFD16, IMM_LANE16, 0, "v:i", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_I8X16, LLVMZExt))                             \
  OP(I8X16_REPLACE_LANE, "i8x16.replace_lane", 0xFD17, IMM_LANE16, 0, "vi:v", FUEL_FLUSH, simd_replace_lane, SHAPE_I8X16)                                                    \
  OP(I16X8_EXTRACT_LANE_S, "i16x8.extract_lane_s", 0xFD18, IMM_LANE8, 0, "v:i", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_I16X8, LLVMSExt))                              \
  OP(I16X8_EXTRACT_LANE_U, "i16x8.extract_lane_u", 0xFD19, IMM_LANE8, 0, "v:i", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_I16X8, LLVMZExt))                              \
  OP(I16X8_REPLACE_LANE, "i16x8.replace_lane", 0xFD1A, IMM_LANE8, 0, "vi:v", FUEL_FLUSH, simd_replace_lane, SHAPE_I16X8)                                                     \
  OP(I32X4_EXTRACT_LANE, "i32x4.extract_lane", 0xFD1B, IMM_LANE4, 0, "v:i", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_I32X4, 0))                                         \
  OP(I32X4_REPLACE_LANE, "i32x4.replace_lane", 0xFD1C, IMM_LANE4, 0, "vi:v", FUEL_FLUSH, simd_replace_lane, SHAPE_I32X4)                                                     \
  OP(I64X2_EXTRACT_LANE, "i64x2.extract_lane", 0xFD1D, IMM_LANE2, 0, "v:I", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_I64X2, 0))                                         \
  OP(I64X2_REPLACE_LANE, "i64x2.replace_lane", 0xFD1E, IMM_LANE2, 0, "vI:v", FUEL_FLUSH, simd_replace_lane, SHAPE_I64X2)                                                     \
  OP(F32X4_EXTRACT_LANE, "f32x4.extract_lane", 0xFD1F, IMM_LANE4, 0, "v:f", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_F32X4, 0))                                         \
  OP(F32X4_REPLACE_LANE, "f32x4.replace_lane", 0xFD20, IMM_LANE4, 0, "vf:v", FUEL_FLUSH, simd_replace_lane, SHAPE_F32X4)                                                     \
  OP(F64X2_EXTRACT_LANE, "f64x2.extract_lane", 0xFD21, IMM_LANE2, 0, "v:F", FUEL_FLUSH, simd_extract_lane, SIMD_ARG(SHAPE_F64X2, 0))                                         \
  OP(F64X2_REPLACE_LANE, "f64x2.replace_lane", 0xFD22, IMM_LANE2, 0, "vF:v", FUEL_FLUSH, simd_replace_lane, SHAPE_F64X2)                                                     \
  OP(I8X16_EQ, "i8x16.eq", 0xFD23, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntEQ))                                                             \
  OP(I8X16_NE, "i8x16.ne", 0xFD24, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntNE))                                                             \
  OP(I8X16_LT_S, "i8x16.lt_s", 0xFD25, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSLT))                                                        \
  OP(I8X16_LT_U, "i8x16.lt_u", 0xFD26, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntULT))                                                        \
  OP(I8X16_GT_S, "i8x16.gt_s", 0xFD27, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSGT))                                                        \
  OP(I8X16_GT_U, "i8x16.gt_u", 0xFD28, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntUGT))                                                        \
  OP(I8X16_LE_S, "i8x16.le_s", 0xFD29, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSLE))                                                        \
  OP(I8X16_LE_U, "i8x16.le_u", 0xFD2A, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntULE))                                                        \
  OP(I8X16_GE_S, "i8x16.ge_s", 0xFD2B, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSGE))                                                        \
  OP(I8X16_GE_U, "i8x16.ge_u", 0xFD2C, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntUGE))                                                        \
  OP(I16X8_EQ, "i16x8.eq", 0xFD2D, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntEQ))                                                             \
  OP(I16X8_NE, "i16x8.ne", 0xFD2E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntNE))                                                             \
  OP(I16X8_LT_S, "i16x8.lt_s", 0xFD2F, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSLT))                                                        \
  OP(I16X8_LT_U, "i16x8.lt_u", 0xFD30, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntULT))                                                        \
  OP(I16X8_GT_S, "i16x8.gt_s", 0xFD31, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSGT))                                                        \
  OP(I16X8_GT_U, "i16x8.gt_u", 0xFD32, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntUGT))                                                        \
  OP(I16X8_LE_S, "i16x8.le_s", 0xFD33, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSLE))                                                        \
  OP(I16X8_LE_U, "i16x8.le_u", 0xFD34, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntULE))                                                        \
  OP(I16X8_GE_S, "i16x8.ge_s", 0xFD35, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSGE))                                                        \
  OP(I16X8_GE_U, "i16x8.ge_u", 0xFD36, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntUGE))                                                        \
  OP(I32X4_EQ, "i32x4.eq", 0xFD37, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntEQ))                                                             \
  OP(I32X4_NE, "i32x4.ne", 0xFD38, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntNE))                                                             \
  OP(I32X4_LT_S, "i32x4.lt_s", 0xFD39, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSLT))                                                        \
  OP(I32X4_LT_U, "i32x4.lt_u", 0xFD3A, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntULT))                                                        \
  OP(I32X4_GT_S, "i32x4.gt_s", 0xFD3B, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSGT))                                                        \
  OP(I32X4_GT_U, "i32x4.gt_u", 0xFD3C, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntUGT))                                                        \
  OP(I32X4_LE_S, "i32x4.le_s", 0xFD3D, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSLE))                                                        \
  OP(I32X4_LE_U, "i32x4.le_u", 0xFD3E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntULE))                                                        \
  OP(I32X4_GE_S, "i32x4.ge_s", 0xFD3F, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSGE))                                                        \
  OP(I32X4_GE_U, "i32x4.ge_u", 0xFD40, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntUGE))                                                        \
  OP(F32X4_EQ, "f32x4.eq", 0xFD41, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOEQ))                                                           \
  OP(F32X4_NE, "f32x4.ne", 0xFD42, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealUNE))                                                           \
  OP(F32X4_LT, "f32x4.lt", 0xFD43, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOLT))                                                           \
  OP(F32X4_GT, "f32x4.gt", 0xFD44, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOGT))                                                           \
  OP(F32X4_LE, "f32x4.le", 0xFD45, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOLE))                                                           \
  OP(F32X4_GE, "f32x4.ge", 0xFD46, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOGE))                                                           \
  OP(F64X2_EQ, "f64x2.eq", 0xFD47, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOEQ))                                                           \
  OP(F64X2_NE, "f64x2.ne", 0xFD48, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealUNE))                                                           \
  OP(F64X2_LT, "f64x2.lt", 0xFD49, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOLT))                                                           \
  OP(F64X2_GT, "f64x2.gt", 0xFD4A, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOGT))                                                           \
  OP(F64X2_LE, "f64x2.le", 0xFD4B, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOLE))                                                           \
  OP(F64X2_GE, "f64x2.ge", 0xFD4C, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOGE))                                                           \
  OP(V128_NOT, "v128.not", 0xFD4D, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_not, 0)                                                                                              \
  OP(V128_AND, "v128.and", 0xFD4E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMAnd))                                                              \
  OP(V128_ANDNOT, "v128.andnot", 0xFD4F, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_andnot, 0)                                                                                    \
  OP(V128_OR, "v128.or", 0xFD50, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMOr))                                                                 \
  OP(V128_XOR, "v128.xor", 0xFD51, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMXor))                                                              \
  OP(V128_BITSELECT, "v128.bitselect", 0xFD52, IMM_NONE, 0, "vvv:v", FUEL_FLUSH, simd_bitselect, 0)                                                                          \
  OP(V128_ANY_TRUE, "v128.any_true", 0xFD53, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_any_true, 0)                                                                               \
  OP(V128_LOAD8_LANE, "v128.load8_lane", 0xFD54, IMM_MEMARG_LANE16, 1, "iv:v", FUEL_FLUSH, simd_load_lane, SHAPE_I8X16)                                                      \
  OP(V128_LOAD16_LANE, "v128.load16_lane", 0xFD55, IMM_MEMARG_LANE8, 2, "iv:v", FUEL_FLUSH, simd_load_lane, SHAPE_I16X8)                                                     \
  OP(V128_LOAD32_LANE, "v128.load32_lane", 0xFD56, IMM_MEMARG_LANE4, 4, "iv:v", FUEL_FLUSH, simd_load_lane, SHAPE_I32X4)                                                     \
  OP(V128_LOAD64_LANE, "v128.load64_lane", 0xFD57, IMM_MEMARG_LANE2, 8, "iv:v", FUEL_FLUSH, simd_load_lane, SHAPE_I64X2)                                                     \
  OP(V128_STORE8_LANE, "v128.store8_lane", 0xFD58, IMM_MEMARG_LANE16, 1, "iv:", FUEL_FLUSH, simd_store_lane, SHAPE_I8X16)                                                    \
  OP(V128_STORE16_LANE, "v128.store16_lane", 0xFD59, IMM_MEMARG_LANE8, 2, "iv:", FUEL_FLUSH, simd_store_lane, SHAPE_I16X8)                                                   \
  OP(V128_STORE32_LANE, "v128.store32_lane", 0xFD5A, IMM_MEMARG_LANE4, 4, "iv:", FUEL_FLUSH, simd_store_lane, SHAPE_I32X4)                                                   \
  OP(V128_STORE64_LANE, "v128.store64_lane", 0xFD5B, IMM_MEMARG_LANE2, 8, "iv:", FUEL_FLUSH, simd_store_lane, SHAPE_I64X2)                                                   \
  OP(V128_LOAD32_ZERO, "v128.load32_zero", 0xFD5C, IMM_MEMARG, 4, "i:v", FUEL_FLUSH, simd_load_zero, SHAPE_I32X4)                                                            \
  OP(V128_LOAD64_ZERO, "v128.load64_zero", 0xFD5D, IMM_MEMARG, 8, "i:v", FUEL_FLUSH, simd_load_zero, SHAPE_I64X2)                                                            \
  OP(F32X4_DEMOTE_F64X2_ZERO, "f32x4.demote_f64x2_zero", 0xFD5E, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_F64X2, SHAPE_F32X4, LLVMFPTrunc, 0))          \
  OP(F64X2_PROMOTE_LOW_F32X4, "f64x2.promote_low_f32x4", 0xFD5F, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_F32X4, SHAPE_F64X2, LLVMFPExt, 0))            \
  OP(I8X16_ABS, "i8x16.abs", 0xFD60, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_ABS))                                                   \
  OP(I8X16_NEG, "i8x16.neg", 0xFD61, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_neg, SHAPE_I8X16)                                                                                  \
  OP(I8X16_POPCNT, "i8x16.popcnt", 0xFD62, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_CTPOP))                                           \
  OP(I8X16_ALL_TRUE, "i8x16.all_true", 0xFD63, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_all_true, SHAPE_I8X16)                                                                   \
  OP(I8X16_BITMASK, "i8x16.bitmask", 0xFD64, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_bitmask, SHAPE_I8X16)                                                                      \
  OP(I8X16_NARROW_I16X8_S, "i8x16.narrow_i16x8_s", 0xFD65, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_narrow, SIMD_ARG(SHAPE_I16X8, 1))                                           \
  OP(I8X16_NARROW_I16X8_U, "i8x16.narrow_i16x8_u", 0xFD66, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_narrow, SIMD_ARG(SHAPE_I16X8, 0))                                           \
  OP(F32X4_CEIL, "f32x4.ceil", 0xFD67, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_CEIL))                                                \
  OP(F32X4_FLOOR, "f32x4.floor", 0xFD68, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_FLOOR))                                             \
  OP(F32X4_TRUNC, "f32x4.trunc", 0xFD69, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_TRUNC))                                             \
  OP(F32X4_NEAREST, "f32x4.nearest", 0xFD6A, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_ROUNDEVEN))                                     \
  OP(I8X16_SHL, "i8x16.shl", 0xFD6B, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I8X16, LLVMShl))                                                            \
  OP(I8X16_SHR_S, "i8x16.shr_s", 0xFD6C, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I8X16, LLVMAShr))                                                       \
  OP(I8X16_SHR_U, "i8x16.shr_u", 0xFD6D, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I8X16, LLVMLShr))                                                       \
  OP(I8X16_ADD, "i8x16.add", 0xFD6E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I8X16, LLVMAdd))                                                            \
  OP(I8X16_ADD_SAT_S, "i8x16.add_sat_s", 0xFD6F, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SADD_SAT))                                \
  OP(I8X16_ADD_SAT_U, "i8x16.add_sat_u", 0xFD70, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_UADD_SAT))                                \
  OP(I8X16_SUB, "i8x16.sub", 0xFD71, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I8X16, LLVMSub))                                                            \
  OP(I8X16_SUB_SAT_S, "i8x16.sub_sat_s", 0xFD72, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SSUB_SAT))                                \
  OP(I8X16_SUB_SAT_U, "i8x16.sub_sat_u", 0xFD73, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_USUB_SAT))                                \
  OP(F64X2_CEIL, "f64x2.ceil", 0xFD74, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_CEIL))                                                \
  OP(F64X2_FLOOR, "f64x2.floor", 0xFD75, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_FLOOR))                                             \
  OP(I8X16_MIN_S, "i8x16.min_s", 0xFD76, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SMIN))                                            \
  OP(I8X16_MIN_U, "i8x16.min_u", 0xFD77, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_UMIN))                                            \
  OP(I8X16_MAX_S, "i8x16.max_s", 0xFD78, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SMAX))                                            \
  OP(I8X16_MAX_U, "i8x16.max_u", 0xFD79, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_UMAX))                                            \
  OP(F64X2_TRUNC, "f64x2.trunc", 0xFD7A, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_TRUNC))                                             \
  OP(I8X16_AVGR_U, "i8x16.avgr_u", 0xFD7B, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_avgr_u, SHAPE_I8X16)                                                                        \
  OP(I16X8_EXTADD_PAIRWISE_I8X16_S, "i16x8.extadd_pairwise_i8x16_s", 0xFD7C, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_extadd_pairwise, SIMD_ARG(SHAPE_I8X16, LLVMSExt))          \
  OP(I16X8_EXTADD_PAIRWISE_I8X16_U, "i16x8.extadd_pairwise_i8x16_u", 0xFD7D, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_extadd_pairwise, SIMD_ARG(SHAPE_I8X16, LLVMZExt))          \
  OP(I32X4_EXTADD_PAIRWISE_I16X8_S, "i32x4.extadd_pairwise_i16x8_s", 0xFD7E, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_extadd_pairwise, SIMD_ARG(SHAPE_I16X8, LLVMSExt))          \
  OP(I32X4_EXTADD_PAIRWISE_I16X8_U, "i32x4.extadd_pairwise_i16x8_u", 0xFD7F, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_extadd_pairwise, SIMD_ARG(SHAPE_I16X8, LLVMZExt))          \
  OP(I16X8_ABS, "i16x8.abs", 0xFD80, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_ABS))                                                   \
  OP(I16X8_NEG, "i16x8.neg", 0xFD81, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_neg, SHAPE_I16X8)                                                                                  \
  OP(I16X8_Q15MULR_SAT_S, "i16x8.q15mulr_sat_s", 0xFD82, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_q15mulr_sat, 0)                                                               \
  OP(I16X8_ALL_TRUE, "i16x8.all_true", 0xFD83, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_all_true, SHAPE_I16X8)                                                                   \
  OP(I16X8_BITMASK, "i16x8.bitmask", 0xFD84, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_bitmask, SHAPE_I16X8)                                                                      \
  OP(I16X8_NARROW_I32X4_S, "i16x8.narrow_i32x4_s", 0xFD85, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_narrow, SIMD_ARG(SHAPE_I32X4, 1))                                           \
  OP(I16X8_NARROW_I32X4_U, "i16x8.narrow_i32x4_u", 0xFD86, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_narrow, SIMD_ARG(SHAPE_I32X4, 0))                                           \
  OP(I16X8_EXTEND_LOW_I8X16_S, "i16x8.extend_low_i8x16_s", 0xFD87, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 0))           \
  OP(I16X8_EXTEND_HIGH_I8X16_S, "i16x8.extend_high_i8x16_s", 0xFD88, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 1))         \
  OP(I16X8_EXTEND_LOW_I8X16_U, "i16x8.extend_low_i8x16_u", 0xFD89, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 0))           \
  OP(I16X8_EXTEND_HIGH_I8X16_U, "i16x8.extend_high_i8x16_u", 0xFD8A, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 1))         \
  OP(I16X8_SHL, "i16x8.shl", 0xFD8B, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I16X8, LLVMShl))                                                            \
  OP(I16X8_SHR_S, "i16x8.shr_s", 0xFD8C, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I16X8, LLVMAShr))                                                       \
  OP(I16X8_SHR_U, "i16x8.shr_u", 0xFD8D, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I16X8, LLVMLShr))                                                       \
  OP(I16X8_ADD, "i16x8.add", 0xFD8E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I16X8, LLVMAdd))                                                            \
  OP(I16X8_ADD_SAT_S, "i16x8.add_sat_s", 0xFD8F, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SADD_SAT))                                \
  OP(I16X8_ADD_SAT_U, "i16x8.add_sat_u", 0xFD90, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_UADD_SAT))                                \
  OP(I16X8_SUB, "i16x8.sub", 0xFD91, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I16X8, LLVMSub))                                                            \
  OP(I16X8_SUB_SAT_S, "i16x8.sub_sat_s", 0xFD92, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SSUB_SAT))                                \
  OP(I16X8_SUB_SAT_U, "i16x8.sub_sat_u", 0xFD93, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_USUB_SAT))                                \
  OP(F64X2_NEAREST, "f64x2.nearest", 0xFD94, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_ROUNDEVEN))                                     \
  OP(I16X8_MUL, "i16x8.mul", 0xFD95, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I16X8, LLVMMul))                                                            \
  OP(I16X8_MIN_S, "i16x8.min_s", 0xFD96, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SMIN))                                            \
  OP(I16X8_MIN_U, "i16x8.min_u", 0xFD97, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_UMIN))                                            \
  OP(I16X8_MAX_S, "i16x8.max_s", 0xFD98, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SMAX))                                            \
  OP(I16X8_MAX_U, "i16x8.max_u", 0xFD99, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_UMAX))                                            \
  OP(I16X8_AVGR_U, "i16x8.avgr_u", 0xFD9B, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_avgr_u, SHAPE_I16X8)                                                                        \
  OP(I16X8_EXTMUL_LOW_I8X16_S, "i16x8.extmul_low_i8x16_s", 0xFD9C, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 0))           \
  OP(I16X8_EXTMUL_HIGH_I8X16_S, "i16x8.extmul_high_i8x16_s", 0xFD9D, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 1))         \
  OP(I16X8_EXTMUL_LOW_I8X16_U, "i16x8.extmul_low_i8x16_u", 0xFD9E, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 0))           \
  OP(I16X8_EXTMUL_HIGH_I8X16_U, "i16x8.extmul_high_i8x16_u", 0xFD9F, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 1))         \
  OP(I32X4_ABS, "i32x4.abs", 0xFDA0, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_ABS))                                                   \
  OP(I32X4_NEG, "i32x4.neg", 0xFDA1, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_neg, SHAPE_I32X4)                                                                                  \
  OP(I32X4_ALL_TRUE, "i32x4.all_true", 0xFDA3, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_all_true, SHAPE_I32X4)                                                                   \
  OP(I32X4_BITMASK, "i32x4.bitmask", 0xFDA4, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_bitmask, SHAPE_I32X4)                                                                      \
  OP(I32X4_EXTEND_LOW_I16X8_S, "i32x4.extend_low_i16x8_s", 0xFDA7, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 0))           \
  OP(I32X4_EXTEND_HIGH_I16X8_S, "i32x4.extend_high_i16x8_s", 0xFDA8, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 1))         \
  OP(I32X4_EXTEND_LOW_I16X8_U, "i32x4.extend_low_i16x8_u", 0xFDA9, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 0))           \
  OP(I32X4_EXTEND_HIGH_I16X8_U, "i32x4.extend_high_i16x8_u", 0xFDAA, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 1))         \
  OP(I32X4_SHL, "i32x4.shl", 0xFDAB, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I32X4, LLVMShl))                                                            \
  OP(I32X4_SHR_S, "i32x4.shr_s", 0xFDAC, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I32X4, LLVMAShr))                                                       \
  OP(I32X4_SHR_U, "i32x4.shr_u", 0xFDAD, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I32X4, LLVMLShr))                                                       \
  OP(I32X4_ADD, "i32x4.add", 0xFDAE, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I32X4, LLVMAdd))                                                            \
  OP(I32X4_SUB, "i32x4.sub", 0xFDB1, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I32X4, LLVMSub))                                                            \
  OP(I32X4_MUL, "i32x4.mul", 0xFDB5, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I32X4, LLVMMul))                                                            \
  OP(I32X4_MIN_S, "i32x4.min_s", 0xFDB6, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_SMIN))                                            \
  OP(I32X4_MIN_U, "i32x4.min_u", 0xFDB7, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_UMIN))                                            \
  OP(I32X4_MAX_S, "i32x4.max_s", 0xFDB8, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_SMAX))                                            \
  OP(I32X4_MAX_U, "i32x4.max_u", 0xFDB9, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_UMAX))                                            \
  OP(I32X4_DOT_I16X8_S, "i32x4.dot_i16x8_s", 0xFDBA, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_dot, 0)                                                                           \
  OP(I32X4_EXTMUL_LOW_I16X8_S, "i32x4.extmul_low_i16x8_s", 0xFDBC, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 0))           \
  OP(I32X4_EXTMUL_HIGH_I16X8_S, "i32x4.extmul_high_i16x8_s", 0xFDBD, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 1))         \
  OP(I32X4_EXTMUL_LOW_I16X8_U, "i32x4.extmul_low_i16x8_u", 0xFDBE, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 0))           \
  OP(I32X4_EXTMUL_HIGH_I16X8_U, "i32x4.extmul_high_i16x8_u", 0xFDBF, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 1))         \
  OP(I64X2_ABS, "i64x2.abs", 0xFDC0, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_I64X2, INTR_ABS))                                                   \
  OP(I64X2_NEG, "i64x2.neg", 0xFDC1, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_neg, SHAPE_I64X2)                                                                                  \
  OP(I64X2_ALL_TRUE, "i64x2.all_true", 0xFDC3, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_all_true, SHAPE_I64X2)                                                                   \
  OP(I64X2_BITMASK, "i64x2.bitmask", 0xFDC4, IMM_NONE, 0, "v:i", FUEL_FLUSH, simd_bitmask, SHAPE_I64X2)                                                                      \
  OP(I64X2_EXTEND_LOW_I32X4_S, "i64x2.extend_low_i32x4_s", 0xFDC7, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 0))           \
  OP(I64X2_EXTEND_HIGH_I32X4_S, "i64x2.extend_high_i32x4_s", 0xFDC8, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 1))         \
  OP(I64X2_EXTEND_LOW_I32X4_U, "i64x2.extend_low_i32x4_u", 0xFDC9, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 0))           \
  OP(I64X2_EXTEND_HIGH_I32X4_U, "i64x2.extend_high_i32x4_u", 0xFDCA, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 1))         \
  OP(I64X2_SHL, "i64x2.shl", 0xFDCB, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I64X2, LLVMShl))                                                            \
  OP(I64X2_SHR_S, "i64x2.shr_s", 0xFDCC, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I64X2, LLVMAShr))                                                       \
  OP(I64X2_SHR_U, "i64x2.shr_u", 0xFDCD, IMM_NONE, 0, "vi:v", FUEL_FLUSH, simd_shift, SIMD_ARG(SHAPE_I64X2, LLVMLShr))                                                       \
  OP(I64X2_ADD, "i64x2.add", 0xFDCE, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMAdd))                                                            \
  OP(I64X2_SUB, "i64x2.sub", 0xFDD1, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMSub))                                                            \
  OP(I64X2_MUL, "i64x2.mul", 0xFDD5, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMMul))                                                            \
  OP(I64X2_EQ, "i64x2.eq", 0xFDD6, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntEQ))                                                             \
  OP(I64X2_NE, "i64x2.ne", 0xFDD7, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntNE))                                                             \
  OP(I64X2_LT_S, "i64x2.lt_s", 0xFDD8, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSLT))                                                        \
  OP(I64X2_GT_S, "i64x2.gt_s", 0xFDD9, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSGT))                                                        \
  OP(I64X2_LE_S, "i64x2.le_s", 0xFDDA, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSLE))                                                        \
  OP(I64X2_GE_S, "i64x2.ge_s", 0xFDDB, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSGE))                                                        \
  OP(I64X2_EXTMUL_LOW_I32X4_S, "i64x2.extmul_low_i32x4_s", 0xFDDC, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 0))           \
  OP(I64X2_EXTMUL_HIGH_I32X4_S, "i64x2.extmul_high_i32x4_s", 0xFDDD, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 1))         \
  OP(I64X2_EXTMUL_LOW_I32X4_U, "i64x2.extmul_low_i32x4_u", 0xFDDE, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 0))           \
  OP(I64X2_EXTMUL_HIGH_I32X4_U, "i64x2.extmul_high_i32x4_u", 0xFDDF, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 1))         \
  OP(F32X4_ABS, "f32x4.abs", 0xFDE0, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_FABS))                                                  \
  OP(F32X4_NEG, "f32x4.neg", 0xFDE1, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_neg, SHAPE_F32X4)                                                                                  \
  OP(F32X4_SQRT, "f32x4.sqrt", 0xFDE3, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_SQRT))                                                \
  OP(F32X4_ADD, "f32x4.add", 0xFDE4, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFAdd))                                                           \
  OP(F32X4_SUB, "f32x4.sub", 0xFDE5, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFSub))                                                           \
  OP(F32X4_MUL, "f32x4.mul", 0xFDE6, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFMul))                                                           \
  OP(F32X4_DIV, "f32x4.div", 0xFDE7, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFDiv))                                                           \
  OP(F32X4_MIN, "f32x4.min", 0xFDE8, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_MINIMUM))                                             \
  OP(F32X4_MAX, "f32x4.max", 0xFDE9, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_MAXIMUM))                                             \
  OP(F32X4_PMIN, "f32x4.pmin", 0xFDEA, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_pminmax, SIMD_ARG(SHAPE_F32X4, 0))                                                              \
  OP(F32X4_PMAX, "f32x4.pmax", 0xFDEB, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_pminmax, SIMD_ARG(SHAPE_F32X4, 1))                                                              \
  OP(F64X2_ABS, "f64x2.abs", 0xFDEC, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_FABS))                                                  \
  OP(F64X2_NEG, "f64x2.neg", 0xFDED, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_neg, SHAPE_F64X2)                                                                                  \
  OP(F64X2_SQRT, "f64x2.sqrt", 0xFDEF, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_SQRT))                                                \
  OP(F64X2_ADD, "f64x2.add", 0xFDF0, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFAdd))                                                           \
  OP(F64X2_SUB, "f64x2.sub", 0xFDF1, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFSub))                                                           \
  OP(F64X2_MUL, "f64x2.mul", 0xFDF2, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFMul))                                                           \
  OP(F64X2_DIV, "f64x2.div", 0xFDF3, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFDiv))                                                           \
  OP(F64X2_MIN, "f64x2.min", 0xFDF4, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_MINIMUM))                                             \
  OP(F64X2_MAX, "f64x2.max", 0xFDF5, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_binop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_MAXIMUM))                                             \
  OP(F64X2_PMIN, "f64x2.pmin", 0xFDF6, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_pminmax, SIMD_ARG(SHAPE_F64X2, 0))                                                              \
  OP(F64X2_PMAX, "f64x2.pmax", 0xFDF7, IMM_NONE, 0, "vv:v", FUEL_FLUSH, simd_pminmax, SIMD_ARG(SHAPE_F64X2, 1))                                                              \
  OP(I32X4_TRUNC_SAT_F32X4_S, "i32x4.trunc_sat_f32x4_s", 0xFDF8, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_F32X4, SHAPE_I32X4, LLVMFPToSI, 0))           \
  OP(I32X4_TRUNC_SAT_F32X4_U, "i32x4.trunc_sat_f32x4_u", 0xFDF9, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_F32X4, SHAPE_I32X4, LLVMFPToUI, 0))           \
  OP(F32X4_CONVERT_I32X4_S, "f32x4.convert_i32x4_s", 0xFDFA, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F32X4, LLVMSIToFP, 0))               \
  OP(F32X4_CONVERT_I32X4_U, "f32x4.convert_i32x4_u", 0xFDFB, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F32X4, LLVMUIToFP, 0))               \
  OP(I32X4_TRUNC_SAT_F64X2_S_ZERO, "i32x4.trunc_sat_f64x2_s_zero", 0xFDFC, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_F64X2, SHAPE_I32X4, LLVMFPToSI, 0)) \
  OP(I32X4_TRUNC_SAT_F64X2_U_ZERO, "i32x4.trunc_sat_f64x2_u_zero", 0xFDFD, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_F64X2, SHAPE_I32X4, LLVMFPToUI, 0)) \
  OP(F64X2_CONVERT_LOW_I32X4_S, "f64x2.convert_low_i32x4_s", 0xFDFE, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F64X2, LLVMSIToFP, 0))       \
  OP(F64X2_CONVERT_LOW_I32X4_U, "f64x2.convert_low_i32x4_u", 0xFDFF, IMM_NONE, 0, "v:v", FUEL_FLUSH, simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F64X2, LLVMUIToFP, 0))
// clang-format on

/* Immediate kinds. */
typedef enum imm_kind {
  IMM_NONE,
  IMM_BLOCKTYPE,     /* blocktype */
  IMM_LABEL,         /* index = label depth */
  IMM_BR_TABLE,      /* br_table targets + default */
  IMM_FUNC,          /* index = function index */
  IMM_CALL_INDIRECT, /* index = type index, index2 = table index */
  IMM_SELECT_T,      /* select_type (vector of exactly one) */
  IMM_LOCAL,         /* index = local index */
  IMM_GLOBAL,        /* index = global index */
  IMM_TABLE,         /* index = table index */
  IMM_MEMARG,        /* align (log2), offset_imm; index = memory (0) */
  IMM_MEMORY,        /* index = memory index (a zero byte in MVP encoding) */
  IMM_I32,           /* bits = value, sign-extended to 64 bits */
  IMM_I64,           /* bits */
  IMM_F32,           /* bits (low 32) */
  IMM_F64,           /* bits */
  IMM_REFTYPE,       /* select_type = reftype */
  IMM_MEMORY_INIT,   /* index = data index, index2 = memory index */
  IMM_DATA,          /* index = data index */
  IMM_MEMORY_COPY,   /* index = destination memory, index2 = source memory */
  IMM_TABLE_INIT,    /* index = elem index, index2 = table index */
  IMM_ELEM,          /* index = elem index */
  IMM_TABLE_COPY,    /* index = destination table, index2 = source table */
  IMM_V128,          /* bytes = the 16 bytes of the constant, little endian */
  IMM_SHUFFLE,       /* bytes = 16 lane indices (each < 32) */
  IMM_LANE2,         /* lane = lane index of a 2-lane shape */
  IMM_LANE4,
  IMM_LANE8,
  IMM_LANE16,
  IMM_MEMARG_LANE2,  /* memarg, then lane = lane index (of an 8-byte access) */
  IMM_MEMARG_LANE4,  /* 4-byte access */
  IMM_MEMARG_LANE8,  /* 2-byte access */
  IMM_MEMARG_LANE16, /* 1-byte access */
  IMM_MEMARG_ATOMIC, /* memarg whose alignment must be exactly natural (threads) */
  IMM_ZERO,          /* a reserved zero byte, no index (atomic.fence) */
  IMM_TAG,           /* index = tag index (exception handling) */
} imm_kind;

typedef enum wasm_opcode {
#define W2O_OP_ENUM(name, text, code, imm, bytes, sig, fuel, family, arg) OP_##name,
  W2O_OPCODES(W2O_OP_ENUM)
#undef W2O_OP_ENUM
      OP_COUNT
} wasm_opcode;

/* The table's columns that the front end and the fuel plan read, per
 * opcode (defined in reader.c from the table; FAMILY and ARG are
 * lowering's own, expanded only there). */
typedef struct opcode_info {
  const char *name; /* TEXT */
  unsigned code;
  imm_kind imm;
  unsigned bytes;
  const char *sig;
  fuel_class fuel;
} opcode_info;

extern const opcode_info opcode_infos[OP_COUNT];

#endif /* W2O_OPCODES_H */
