/*
 * opcodes.h — the one table of WebAssembly instructions.
 *
 * OP(NAME, CODE, IMM, SIG, FAMILY, ARG)
 *   NAME    enum suffix: OP_NAME
 *   CODE    encoding: one byte, or 0xFC00|n / 0xFD00|n for the 0xFC / 0xFD
 *           prefixes (n < 256)
 *   IMM     immediate kind: IMM_*
 *   SIG     for instructions with a fixed type, "params:results" with
 *           i = i32, I = i64, f = f32, F = f64, v = v128 (e.g. "ii:i"); NULL where the
 *           validator types the instruction itself (control, variables,
 *           parametric, calls, references, tables)
 *   FAMILY  lowering family: lowering calls lower_FAMILY(ctx, instr, ARG)
 *   ARG     an integer for the family: an LLVM opcode or predicate, an
 *           intrinsic id, a load/store kind... Only lowering expands FAMILY
 *           and ARG, so they may name LLVM enumerators; the decoder and the
 *           validator never see them.
 *
 * Covered: the MVP, sign-extension, non-trapping float-to-int, multi-value,
 * bulk memory, reference types and fixed-width SIMD: all of WebAssembly 2.0.
 */
#ifndef W2O_OPCODES_H
#define W2O_OPCODES_H

/* Load/store kinds (ARG of the load/store families): bytes accessed, sign. */
#define LS_KIND(bytes, is_signed) ((bytes) | ((is_signed) << 8))

/*
 * SIMD lane shapes, and the ARG of the SIMD families: the shape of the
 * (first) operand plus an LLVM opcode, predicate or intrinsic id, or for
 * conversions the source and destination shapes, a cast opcode and whether
 * the high half of the source is taken.
 */
enum simd_shape { SHAPE_I8X16, SHAPE_I16X8, SHAPE_I32X4, SHAPE_I64X2, SHAPE_F32X4, SHAPE_F64X2 };
#define SIMD_ARG(shape, x) ((x) | ((shape) << 16))
#define SIMD_CONV(src, dst, op, high) ((op) | ((src) << 16) | ((dst) << 20) | ((high) << 24))

#define W2O_OPCODES(OP)                                                                 \
  /* control */                                                                         \
  OP(UNREACHABLE, 0x00, IMM_NONE, NULL, unreachable, 0)                                 \
  OP(NOP, 0x01, IMM_NONE, NULL, nop, 0)                                                 \
  OP(BLOCK, 0x02, IMM_BLOCKTYPE, NULL, block, 0)                                        \
  OP(LOOP, 0x03, IMM_BLOCKTYPE, NULL, loop, 0)                                          \
  OP(IF, 0x04, IMM_BLOCKTYPE, NULL, if, 0)                                              \
  OP(ELSE, 0x05, IMM_NONE, NULL, else, 0)                                               \
  OP(END, 0x0B, IMM_NONE, NULL, end, 0)                                                 \
  OP(BR, 0x0C, IMM_LABEL, NULL, br, 0)                                                  \
  OP(BR_IF, 0x0D, IMM_LABEL, NULL, br_if, 0)                                            \
  OP(BR_TABLE, 0x0E, IMM_BR_TABLE, NULL, br_table, 0)                                   \
  OP(RETURN, 0x0F, IMM_NONE, NULL, return, 0)                                           \
  OP(CALL, 0x10, IMM_FUNC, NULL, call, 0)                                               \
  OP(CALL_INDIRECT, 0x11, IMM_CALL_INDIRECT, NULL, call_indirect, 0)                    \
  /* parametric */                                                                      \
  OP(DROP, 0x1A, IMM_NONE, NULL, drop, 0)                                               \
  OP(SELECT, 0x1B, IMM_NONE, NULL, select, 0)                                           \
  OP(SELECT_T, 0x1C, IMM_SELECT_T, NULL, select, 0)                                     \
  /* variables */                                                                       \
  OP(LOCAL_GET, 0x20, IMM_LOCAL, NULL, local_get, 0)                                    \
  OP(LOCAL_SET, 0x21, IMM_LOCAL, NULL, local_set, 0)                                    \
  OP(LOCAL_TEE, 0x22, IMM_LOCAL, NULL, local_tee, 0)                                    \
  OP(GLOBAL_GET, 0x23, IMM_GLOBAL, NULL, global_get, 0)                                 \
  OP(GLOBAL_SET, 0x24, IMM_GLOBAL, NULL, global_set, 0)                                 \
  /* tables */                                                                          \
  OP(TABLE_GET, 0x25, IMM_TABLE, NULL, table_get, 0)                                    \
  OP(TABLE_SET, 0x26, IMM_TABLE, NULL, table_set, 0)                                    \
  /* memory */                                                                          \
  OP(I32_LOAD, 0x28, IMM_MEMARG, "i:i", load, LS_KIND(4, 0))                            \
  OP(I64_LOAD, 0x29, IMM_MEMARG, "i:I", load, LS_KIND(8, 0))                            \
  OP(F32_LOAD, 0x2A, IMM_MEMARG, "i:f", load, LS_KIND(4, 0))                            \
  OP(F64_LOAD, 0x2B, IMM_MEMARG, "i:F", load, LS_KIND(8, 0))                            \
  OP(I32_LOAD8_S, 0x2C, IMM_MEMARG, "i:i", load, LS_KIND(1, 1))                         \
  OP(I32_LOAD8_U, 0x2D, IMM_MEMARG, "i:i", load, LS_KIND(1, 0))                         \
  OP(I32_LOAD16_S, 0x2E, IMM_MEMARG, "i:i", load, LS_KIND(2, 1))                        \
  OP(I32_LOAD16_U, 0x2F, IMM_MEMARG, "i:i", load, LS_KIND(2, 0))                        \
  OP(I64_LOAD8_S, 0x30, IMM_MEMARG, "i:I", load, LS_KIND(1, 1))                         \
  OP(I64_LOAD8_U, 0x31, IMM_MEMARG, "i:I", load, LS_KIND(1, 0))                         \
  OP(I64_LOAD16_S, 0x32, IMM_MEMARG, "i:I", load, LS_KIND(2, 1))                        \
  OP(I64_LOAD16_U, 0x33, IMM_MEMARG, "i:I", load, LS_KIND(2, 0))                        \
  OP(I64_LOAD32_S, 0x34, IMM_MEMARG, "i:I", load, LS_KIND(4, 1))                        \
  OP(I64_LOAD32_U, 0x35, IMM_MEMARG, "i:I", load, LS_KIND(4, 0))                        \
  OP(I32_STORE, 0x36, IMM_MEMARG, "ii:", store, LS_KIND(4, 0))                          \
  OP(I64_STORE, 0x37, IMM_MEMARG, "iI:", store, LS_KIND(8, 0))                          \
  OP(F32_STORE, 0x38, IMM_MEMARG, "if:", store, LS_KIND(4, 0))                          \
  OP(F64_STORE, 0x39, IMM_MEMARG, "iF:", store, LS_KIND(8, 0))                          \
  OP(I32_STORE8, 0x3A, IMM_MEMARG, "ii:", store, LS_KIND(1, 0))                         \
  OP(I32_STORE16, 0x3B, IMM_MEMARG, "ii:", store, LS_KIND(2, 0))                        \
  OP(I64_STORE8, 0x3C, IMM_MEMARG, "iI:", store, LS_KIND(1, 0))                         \
  OP(I64_STORE16, 0x3D, IMM_MEMARG, "iI:", store, LS_KIND(2, 0))                        \
  OP(I64_STORE32, 0x3E, IMM_MEMARG, "iI:", store, LS_KIND(4, 0))                        \
  OP(MEMORY_SIZE, 0x3F, IMM_MEMORY, ":i", memory_size, 0)                               \
  OP(MEMORY_GROW, 0x40, IMM_MEMORY, "i:i", memory_grow, 0)                              \
  /* constants */                                                                       \
  OP(I32_CONST, 0x41, IMM_I32, ":i", const, 0)                                          \
  OP(I64_CONST, 0x42, IMM_I64, ":I", const, 0)                                          \
  OP(F32_CONST, 0x43, IMM_F32, ":f", const, 0)                                          \
  OP(F64_CONST, 0x44, IMM_F64, ":F", const, 0)                                          \
  /* comparisons */                                                                     \
  OP(I32_EQZ, 0x45, IMM_NONE, "i:i", eqz, 0)                                            \
  OP(I32_EQ, 0x46, IMM_NONE, "ii:i", icmp, LLVMIntEQ)                                   \
  OP(I32_NE, 0x47, IMM_NONE, "ii:i", icmp, LLVMIntNE)                                   \
  OP(I32_LT_S, 0x48, IMM_NONE, "ii:i", icmp, LLVMIntSLT)                                \
  OP(I32_LT_U, 0x49, IMM_NONE, "ii:i", icmp, LLVMIntULT)                                \
  OP(I32_GT_S, 0x4A, IMM_NONE, "ii:i", icmp, LLVMIntSGT)                                \
  OP(I32_GT_U, 0x4B, IMM_NONE, "ii:i", icmp, LLVMIntUGT)                                \
  OP(I32_LE_S, 0x4C, IMM_NONE, "ii:i", icmp, LLVMIntSLE)                                \
  OP(I32_LE_U, 0x4D, IMM_NONE, "ii:i", icmp, LLVMIntULE)                                \
  OP(I32_GE_S, 0x4E, IMM_NONE, "ii:i", icmp, LLVMIntSGE)                                \
  OP(I32_GE_U, 0x4F, IMM_NONE, "ii:i", icmp, LLVMIntUGE)                                \
  OP(I64_EQZ, 0x50, IMM_NONE, "I:i", eqz, 0)                                            \
  OP(I64_EQ, 0x51, IMM_NONE, "II:i", icmp, LLVMIntEQ)                                   \
  OP(I64_NE, 0x52, IMM_NONE, "II:i", icmp, LLVMIntNE)                                   \
  OP(I64_LT_S, 0x53, IMM_NONE, "II:i", icmp, LLVMIntSLT)                                \
  OP(I64_LT_U, 0x54, IMM_NONE, "II:i", icmp, LLVMIntULT)                                \
  OP(I64_GT_S, 0x55, IMM_NONE, "II:i", icmp, LLVMIntSGT)                                \
  OP(I64_GT_U, 0x56, IMM_NONE, "II:i", icmp, LLVMIntUGT)                                \
  OP(I64_LE_S, 0x57, IMM_NONE, "II:i", icmp, LLVMIntSLE)                                \
  OP(I64_LE_U, 0x58, IMM_NONE, "II:i", icmp, LLVMIntULE)                                \
  OP(I64_GE_S, 0x59, IMM_NONE, "II:i", icmp, LLVMIntSGE)                                \
  OP(I64_GE_U, 0x5A, IMM_NONE, "II:i", icmp, LLVMIntUGE)                                \
  OP(F32_EQ, 0x5B, IMM_NONE, "ff:i", fcmp, LLVMRealOEQ)                                 \
  OP(F32_NE, 0x5C, IMM_NONE, "ff:i", fcmp, LLVMRealUNE)                                 \
  OP(F32_LT, 0x5D, IMM_NONE, "ff:i", fcmp, LLVMRealOLT)                                 \
  OP(F32_GT, 0x5E, IMM_NONE, "ff:i", fcmp, LLVMRealOGT)                                 \
  OP(F32_LE, 0x5F, IMM_NONE, "ff:i", fcmp, LLVMRealOLE)                                 \
  OP(F32_GE, 0x60, IMM_NONE, "ff:i", fcmp, LLVMRealOGE)                                 \
  OP(F64_EQ, 0x61, IMM_NONE, "FF:i", fcmp, LLVMRealOEQ)                                 \
  OP(F64_NE, 0x62, IMM_NONE, "FF:i", fcmp, LLVMRealUNE)                                 \
  OP(F64_LT, 0x63, IMM_NONE, "FF:i", fcmp, LLVMRealOLT)                                 \
  OP(F64_GT, 0x64, IMM_NONE, "FF:i", fcmp, LLVMRealOGT)                                 \
  OP(F64_LE, 0x65, IMM_NONE, "FF:i", fcmp, LLVMRealOLE)                                 \
  OP(F64_GE, 0x66, IMM_NONE, "FF:i", fcmp, LLVMRealOGE)                                 \
  /* i32 arithmetic */                                                                  \
  OP(I32_CLZ, 0x67, IMM_NONE, "i:i", unop_intrinsic, INTR_CTLZ)                         \
  OP(I32_CTZ, 0x68, IMM_NONE, "i:i", unop_intrinsic, INTR_CTTZ)                         \
  OP(I32_POPCNT, 0x69, IMM_NONE, "i:i", unop_intrinsic, INTR_CTPOP)                     \
  OP(I32_ADD, 0x6A, IMM_NONE, "ii:i", binop, LLVMAdd)                                   \
  OP(I32_SUB, 0x6B, IMM_NONE, "ii:i", binop, LLVMSub)                                   \
  OP(I32_MUL, 0x6C, IMM_NONE, "ii:i", binop, LLVMMul)                                   \
  OP(I32_DIV_S, 0x6D, IMM_NONE, "ii:i", idiv, LLVMSDiv)                                 \
  OP(I32_DIV_U, 0x6E, IMM_NONE, "ii:i", idiv, LLVMUDiv)                                 \
  OP(I32_REM_S, 0x6F, IMM_NONE, "ii:i", idiv, LLVMSRem)                                 \
  OP(I32_REM_U, 0x70, IMM_NONE, "ii:i", idiv, LLVMURem)                                 \
  OP(I32_AND, 0x71, IMM_NONE, "ii:i", binop, LLVMAnd)                                   \
  OP(I32_OR, 0x72, IMM_NONE, "ii:i", binop, LLVMOr)                                     \
  OP(I32_XOR, 0x73, IMM_NONE, "ii:i", binop, LLVMXor)                                   \
  OP(I32_SHL, 0x74, IMM_NONE, "ii:i", shift, LLVMShl)                                   \
  OP(I32_SHR_S, 0x75, IMM_NONE, "ii:i", shift, LLVMAShr)                                \
  OP(I32_SHR_U, 0x76, IMM_NONE, "ii:i", shift, LLVMLShr)                                \
  OP(I32_ROTL, 0x77, IMM_NONE, "ii:i", rotate, INTR_FSHL)                               \
  OP(I32_ROTR, 0x78, IMM_NONE, "ii:i", rotate, INTR_FSHR)                               \
  /* i64 arithmetic */                                                                  \
  OP(I64_CLZ, 0x79, IMM_NONE, "I:I", unop_intrinsic, INTR_CTLZ)                         \
  OP(I64_CTZ, 0x7A, IMM_NONE, "I:I", unop_intrinsic, INTR_CTTZ)                         \
  OP(I64_POPCNT, 0x7B, IMM_NONE, "I:I", unop_intrinsic, INTR_CTPOP)                     \
  OP(I64_ADD, 0x7C, IMM_NONE, "II:I", binop, LLVMAdd)                                   \
  OP(I64_SUB, 0x7D, IMM_NONE, "II:I", binop, LLVMSub)                                   \
  OP(I64_MUL, 0x7E, IMM_NONE, "II:I", binop, LLVMMul)                                   \
  OP(I64_DIV_S, 0x7F, IMM_NONE, "II:I", idiv, LLVMSDiv)                                 \
  OP(I64_DIV_U, 0x80, IMM_NONE, "II:I", idiv, LLVMUDiv)                                 \
  OP(I64_REM_S, 0x81, IMM_NONE, "II:I", idiv, LLVMSRem)                                 \
  OP(I64_REM_U, 0x82, IMM_NONE, "II:I", idiv, LLVMURem)                                 \
  OP(I64_AND, 0x83, IMM_NONE, "II:I", binop, LLVMAnd)                                   \
  OP(I64_OR, 0x84, IMM_NONE, "II:I", binop, LLVMOr)                                     \
  OP(I64_XOR, 0x85, IMM_NONE, "II:I", binop, LLVMXor)                                   \
  OP(I64_SHL, 0x86, IMM_NONE, "II:I", shift, LLVMShl)                                   \
  OP(I64_SHR_S, 0x87, IMM_NONE, "II:I", shift, LLVMAShr)                                \
  OP(I64_SHR_U, 0x88, IMM_NONE, "II:I", shift, LLVMLShr)                                \
  OP(I64_ROTL, 0x89, IMM_NONE, "II:I", rotate, INTR_FSHL)                               \
  OP(I64_ROTR, 0x8A, IMM_NONE, "II:I", rotate, INTR_FSHR)                               \
  /* f32 arithmetic */                                                                  \
  OP(F32_ABS, 0x8B, IMM_NONE, "f:f", unop_intrinsic, INTR_FABS)                         \
  OP(F32_NEG, 0x8C, IMM_NONE, "f:f", fneg, 0)                                           \
  OP(F32_CEIL, 0x8D, IMM_NONE, "f:f", unop_intrinsic, INTR_CEIL)                        \
  OP(F32_FLOOR, 0x8E, IMM_NONE, "f:f", unop_intrinsic, INTR_FLOOR)                      \
  OP(F32_TRUNC, 0x8F, IMM_NONE, "f:f", unop_intrinsic, INTR_TRUNC)                      \
  OP(F32_NEAREST, 0x90, IMM_NONE, "f:f", unop_intrinsic, INTR_ROUNDEVEN)                \
  OP(F32_SQRT, 0x91, IMM_NONE, "f:f", unop_intrinsic, INTR_SQRT)                        \
  OP(F32_ADD, 0x92, IMM_NONE, "ff:f", binop, LLVMFAdd)                                  \
  OP(F32_SUB, 0x93, IMM_NONE, "ff:f", binop, LLVMFSub)                                  \
  OP(F32_MUL, 0x94, IMM_NONE, "ff:f", binop, LLVMFMul)                                  \
  OP(F32_DIV, 0x95, IMM_NONE, "ff:f", binop, LLVMFDiv)                                  \
  OP(F32_MIN, 0x96, IMM_NONE, "ff:f", binop_intrinsic, INTR_MINIMUM)                    \
  OP(F32_MAX, 0x97, IMM_NONE, "ff:f", binop_intrinsic, INTR_MAXIMUM)                    \
  OP(F32_COPYSIGN, 0x98, IMM_NONE, "ff:f", binop_intrinsic, INTR_COPYSIGN)              \
  /* f64 arithmetic */                                                                  \
  OP(F64_ABS, 0x99, IMM_NONE, "F:F", unop_intrinsic, INTR_FABS)                         \
  OP(F64_NEG, 0x9A, IMM_NONE, "F:F", fneg, 0)                                           \
  OP(F64_CEIL, 0x9B, IMM_NONE, "F:F", unop_intrinsic, INTR_CEIL)                        \
  OP(F64_FLOOR, 0x9C, IMM_NONE, "F:F", unop_intrinsic, INTR_FLOOR)                      \
  OP(F64_TRUNC, 0x9D, IMM_NONE, "F:F", unop_intrinsic, INTR_TRUNC)                      \
  OP(F64_NEAREST, 0x9E, IMM_NONE, "F:F", unop_intrinsic, INTR_ROUNDEVEN)                \
  OP(F64_SQRT, 0x9F, IMM_NONE, "F:F", unop_intrinsic, INTR_SQRT)                        \
  OP(F64_ADD, 0xA0, IMM_NONE, "FF:F", binop, LLVMFAdd)                                  \
  OP(F64_SUB, 0xA1, IMM_NONE, "FF:F", binop, LLVMFSub)                                  \
  OP(F64_MUL, 0xA2, IMM_NONE, "FF:F", binop, LLVMFMul)                                  \
  OP(F64_DIV, 0xA3, IMM_NONE, "FF:F", binop, LLVMFDiv)                                  \
  OP(F64_MIN, 0xA4, IMM_NONE, "FF:F", binop_intrinsic, INTR_MINIMUM)                    \
  OP(F64_MAX, 0xA5, IMM_NONE, "FF:F", binop_intrinsic, INTR_MAXIMUM)                    \
  OP(F64_COPYSIGN, 0xA6, IMM_NONE, "FF:F", binop_intrinsic, INTR_COPYSIGN)              \
  /* conversions */                                                                     \
  OP(I32_WRAP_I64, 0xA7, IMM_NONE, "I:i", convert, LLVMTrunc)                           \
  OP(I32_TRUNC_F32_S, 0xA8, IMM_NONE, "f:i", trunc_trap, 1)                             \
  OP(I32_TRUNC_F32_U, 0xA9, IMM_NONE, "f:i", trunc_trap, 0)                             \
  OP(I32_TRUNC_F64_S, 0xAA, IMM_NONE, "F:i", trunc_trap, 1)                             \
  OP(I32_TRUNC_F64_U, 0xAB, IMM_NONE, "F:i", trunc_trap, 0)                             \
  OP(I64_EXTEND_I32_S, 0xAC, IMM_NONE, "i:I", convert, LLVMSExt)                        \
  OP(I64_EXTEND_I32_U, 0xAD, IMM_NONE, "i:I", convert, LLVMZExt)                        \
  OP(I64_TRUNC_F32_S, 0xAE, IMM_NONE, "f:I", trunc_trap, 1)                             \
  OP(I64_TRUNC_F32_U, 0xAF, IMM_NONE, "f:I", trunc_trap, 0)                             \
  OP(I64_TRUNC_F64_S, 0xB0, IMM_NONE, "F:I", trunc_trap, 1)                             \
  OP(I64_TRUNC_F64_U, 0xB1, IMM_NONE, "F:I", trunc_trap, 0)                             \
  OP(F32_CONVERT_I32_S, 0xB2, IMM_NONE, "i:f", convert, LLVMSIToFP)                     \
  OP(F32_CONVERT_I32_U, 0xB3, IMM_NONE, "i:f", convert, LLVMUIToFP)                     \
  OP(F32_CONVERT_I64_S, 0xB4, IMM_NONE, "I:f", convert, LLVMSIToFP)                     \
  OP(F32_CONVERT_I64_U, 0xB5, IMM_NONE, "I:f", convert, LLVMUIToFP)                     \
  OP(F32_DEMOTE_F64, 0xB6, IMM_NONE, "F:f", convert, LLVMFPTrunc)                       \
  OP(F64_CONVERT_I32_S, 0xB7, IMM_NONE, "i:F", convert, LLVMSIToFP)                     \
  OP(F64_CONVERT_I32_U, 0xB8, IMM_NONE, "i:F", convert, LLVMUIToFP)                     \
  OP(F64_CONVERT_I64_S, 0xB9, IMM_NONE, "I:F", convert, LLVMSIToFP)                     \
  OP(F64_CONVERT_I64_U, 0xBA, IMM_NONE, "I:F", convert, LLVMUIToFP)                     \
  OP(F64_PROMOTE_F32, 0xBB, IMM_NONE, "f:F", convert, LLVMFPExt)                        \
  OP(I32_REINTERPRET_F32, 0xBC, IMM_NONE, "f:i", convert, LLVMBitCast)                  \
  OP(I64_REINTERPRET_F64, 0xBD, IMM_NONE, "F:I", convert, LLVMBitCast)                  \
  OP(F32_REINTERPRET_I32, 0xBE, IMM_NONE, "i:f", convert, LLVMBitCast)                  \
  OP(F64_REINTERPRET_I64, 0xBF, IMM_NONE, "I:F", convert, LLVMBitCast)                  \
  /* sign extension */                                                                  \
  OP(I32_EXTEND8_S, 0xC0, IMM_NONE, "i:i", extend_inreg, 8)                             \
  OP(I32_EXTEND16_S, 0xC1, IMM_NONE, "i:i", extend_inreg, 16)                           \
  OP(I64_EXTEND8_S, 0xC2, IMM_NONE, "I:I", extend_inreg, 8)                             \
  OP(I64_EXTEND16_S, 0xC3, IMM_NONE, "I:I", extend_inreg, 16)                           \
  OP(I64_EXTEND32_S, 0xC4, IMM_NONE, "I:I", extend_inreg, 32)                           \
  /* reference types */                                                                 \
  OP(REF_NULL, 0xD0, IMM_REFTYPE, NULL, ref_null, 0)                                    \
  OP(REF_IS_NULL, 0xD1, IMM_NONE, NULL, ref_is_null, 0)                                 \
  OP(REF_FUNC, 0xD2, IMM_FUNC, NULL, ref_func, 0)                                       \
  /* non-trapping float-to-int */                                                       \
  OP(I32_TRUNC_SAT_F32_S, 0xFC00, IMM_NONE, "f:i", trunc_sat, 1)                        \
  OP(I32_TRUNC_SAT_F32_U, 0xFC01, IMM_NONE, "f:i", trunc_sat, 0)                        \
  OP(I32_TRUNC_SAT_F64_S, 0xFC02, IMM_NONE, "F:i", trunc_sat, 1)                        \
  OP(I32_TRUNC_SAT_F64_U, 0xFC03, IMM_NONE, "F:i", trunc_sat, 0)                        \
  OP(I64_TRUNC_SAT_F32_S, 0xFC04, IMM_NONE, "f:I", trunc_sat, 1)                        \
  OP(I64_TRUNC_SAT_F32_U, 0xFC05, IMM_NONE, "f:I", trunc_sat, 0)                        \
  OP(I64_TRUNC_SAT_F64_S, 0xFC06, IMM_NONE, "F:I", trunc_sat, 1)                        \
  OP(I64_TRUNC_SAT_F64_U, 0xFC07, IMM_NONE, "F:I", trunc_sat, 0)                        \
  /* bulk memory and tables */                                                          \
  OP(MEMORY_INIT, 0xFC08, IMM_MEMORY_INIT, "iii:", memory_init, 0)                      \
  OP(DATA_DROP, 0xFC09, IMM_DATA, ":", data_drop, 0)                                    \
  OP(MEMORY_COPY, 0xFC0A, IMM_MEMORY_COPY, "iii:", memory_copy, 0)                      \
  OP(MEMORY_FILL, 0xFC0B, IMM_MEMORY, "iii:", memory_fill, 0)                           \
  OP(TABLE_INIT, 0xFC0C, IMM_TABLE_INIT, "iii:", table_init, 0)                         \
  OP(ELEM_DROP, 0xFC0D, IMM_ELEM, ":", elem_drop, 0)                                    \
  OP(TABLE_COPY, 0xFC0E, IMM_TABLE_COPY, "iii:", table_copy, 0)                         \
  OP(TABLE_GROW, 0xFC0F, IMM_TABLE, NULL, table_grow, 0)                                \
  OP(TABLE_SIZE, 0xFC10, IMM_TABLE, ":i", table_size, 0)                                \
  OP(TABLE_FILL, 0xFC11, IMM_TABLE, NULL, table_fill, 0)                                \
  /* fixed-width SIMD (0xFD prefix; ARG: see SIMD_ARG / SIMD_CONV) */                   \
  OP(V128_LOAD, 0xFD00, IMM_MEMARG, "i:v", simd_load, 0)                                                                      \
  OP(V128_LOAD8X8_S, 0xFD01, IMM_MEMARG, "i:v", simd_load_extend, SIMD_ARG(SHAPE_I16X8, LLVMSExt))                            \
  OP(V128_LOAD8X8_U, 0xFD02, IMM_MEMARG, "i:v", simd_load_extend, SIMD_ARG(SHAPE_I16X8, LLVMZExt))                            \
  OP(V128_LOAD16X4_S, 0xFD03, IMM_MEMARG, "i:v", simd_load_extend, SIMD_ARG(SHAPE_I32X4, LLVMSExt))                           \
  OP(V128_LOAD16X4_U, 0xFD04, IMM_MEMARG, "i:v", simd_load_extend, SIMD_ARG(SHAPE_I32X4, LLVMZExt))                           \
  OP(V128_LOAD32X2_S, 0xFD05, IMM_MEMARG, "i:v", simd_load_extend, SIMD_ARG(SHAPE_I64X2, LLVMSExt))                           \
  OP(V128_LOAD32X2_U, 0xFD06, IMM_MEMARG, "i:v", simd_load_extend, SIMD_ARG(SHAPE_I64X2, LLVMZExt))                           \
  OP(V128_LOAD8_SPLAT, 0xFD07, IMM_MEMARG, "i:v", simd_load_splat, SHAPE_I8X16)                                               \
  OP(V128_LOAD16_SPLAT, 0xFD08, IMM_MEMARG, "i:v", simd_load_splat, SHAPE_I16X8)                                              \
  OP(V128_LOAD32_SPLAT, 0xFD09, IMM_MEMARG, "i:v", simd_load_splat, SHAPE_I32X4)                                              \
  OP(V128_LOAD64_SPLAT, 0xFD0A, IMM_MEMARG, "i:v", simd_load_splat, SHAPE_I64X2)                                              \
  OP(V128_STORE, 0xFD0B, IMM_MEMARG, "iv:", simd_store, 0)                                                                    \
  OP(V128_CONST, 0xFD0C, IMM_V128, ":v", simd_const, 0)                                                                       \
  OP(I8X16_SHUFFLE, 0xFD0D, IMM_SHUFFLE, "vv:v", simd_shuffle, 0)                                                             \
  OP(I8X16_SWIZZLE, 0xFD0E, IMM_NONE, "vv:v", simd_swizzle, 0)                                                                \
  OP(I8X16_SPLAT, 0xFD0F, IMM_NONE, "i:v", simd_splat, SHAPE_I8X16)                                                           \
  OP(I16X8_SPLAT, 0xFD10, IMM_NONE, "i:v", simd_splat, SHAPE_I16X8)                                                           \
  OP(I32X4_SPLAT, 0xFD11, IMM_NONE, "i:v", simd_splat, SHAPE_I32X4)                                                           \
  OP(I64X2_SPLAT, 0xFD12, IMM_NONE, "I:v", simd_splat, SHAPE_I64X2)                                                           \
  OP(F32X4_SPLAT, 0xFD13, IMM_NONE, "f:v", simd_splat, SHAPE_F32X4)                                                           \
  OP(F64X2_SPLAT, 0xFD14, IMM_NONE, "F:v", simd_splat, SHAPE_F64X2)                                                           \
  OP(I8X16_EXTRACT_LANE_S, 0xFD15, IMM_LANE16, "v:i", simd_extract_lane, SIMD_ARG(SHAPE_I8X16, LLVMSExt))                     \
  OP(I8X16_EXTRACT_LANE_U, 0xFD16, IMM_LANE16, "v:i", simd_extract_lane, SIMD_ARG(SHAPE_I8X16, LLVMZExt))                     \
  OP(I8X16_REPLACE_LANE, 0xFD17, IMM_LANE16, "vi:v", simd_replace_lane, SHAPE_I8X16)                                          \
  OP(I16X8_EXTRACT_LANE_S, 0xFD18, IMM_LANE8, "v:i", simd_extract_lane, SIMD_ARG(SHAPE_I16X8, LLVMSExt))                      \
  OP(I16X8_EXTRACT_LANE_U, 0xFD19, IMM_LANE8, "v:i", simd_extract_lane, SIMD_ARG(SHAPE_I16X8, LLVMZExt))                      \
  OP(I16X8_REPLACE_LANE, 0xFD1A, IMM_LANE8, "vi:v", simd_replace_lane, SHAPE_I16X8)                                           \
  OP(I32X4_EXTRACT_LANE, 0xFD1B, IMM_LANE4, "v:i", simd_extract_lane, SIMD_ARG(SHAPE_I32X4, 0))                               \
  OP(I32X4_REPLACE_LANE, 0xFD1C, IMM_LANE4, "vi:v", simd_replace_lane, SHAPE_I32X4)                                           \
  OP(I64X2_EXTRACT_LANE, 0xFD1D, IMM_LANE2, "v:I", simd_extract_lane, SIMD_ARG(SHAPE_I64X2, 0))                               \
  OP(I64X2_REPLACE_LANE, 0xFD1E, IMM_LANE2, "vI:v", simd_replace_lane, SHAPE_I64X2)                                           \
  OP(F32X4_EXTRACT_LANE, 0xFD1F, IMM_LANE4, "v:f", simd_extract_lane, SIMD_ARG(SHAPE_F32X4, 0))                               \
  OP(F32X4_REPLACE_LANE, 0xFD20, IMM_LANE4, "vf:v", simd_replace_lane, SHAPE_F32X4)                                           \
  OP(F64X2_EXTRACT_LANE, 0xFD21, IMM_LANE2, "v:F", simd_extract_lane, SIMD_ARG(SHAPE_F64X2, 0))                               \
  OP(F64X2_REPLACE_LANE, 0xFD22, IMM_LANE2, "vF:v", simd_replace_lane, SHAPE_F64X2)                                           \
  OP(I8X16_EQ, 0xFD23, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntEQ))                                         \
  OP(I8X16_NE, 0xFD24, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntNE))                                         \
  OP(I8X16_LT_S, 0xFD25, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSLT))                                      \
  OP(I8X16_LT_U, 0xFD26, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntULT))                                      \
  OP(I8X16_GT_S, 0xFD27, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSGT))                                      \
  OP(I8X16_GT_U, 0xFD28, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntUGT))                                      \
  OP(I8X16_LE_S, 0xFD29, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSLE))                                      \
  OP(I8X16_LE_U, 0xFD2A, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntULE))                                      \
  OP(I8X16_GE_S, 0xFD2B, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntSGE))                                      \
  OP(I8X16_GE_U, 0xFD2C, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I8X16, LLVMIntUGE))                                      \
  OP(I16X8_EQ, 0xFD2D, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntEQ))                                         \
  OP(I16X8_NE, 0xFD2E, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntNE))                                         \
  OP(I16X8_LT_S, 0xFD2F, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSLT))                                      \
  OP(I16X8_LT_U, 0xFD30, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntULT))                                      \
  OP(I16X8_GT_S, 0xFD31, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSGT))                                      \
  OP(I16X8_GT_U, 0xFD32, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntUGT))                                      \
  OP(I16X8_LE_S, 0xFD33, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSLE))                                      \
  OP(I16X8_LE_U, 0xFD34, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntULE))                                      \
  OP(I16X8_GE_S, 0xFD35, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntSGE))                                      \
  OP(I16X8_GE_U, 0xFD36, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I16X8, LLVMIntUGE))                                      \
  OP(I32X4_EQ, 0xFD37, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntEQ))                                         \
  OP(I32X4_NE, 0xFD38, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntNE))                                         \
  OP(I32X4_LT_S, 0xFD39, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSLT))                                      \
  OP(I32X4_LT_U, 0xFD3A, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntULT))                                      \
  OP(I32X4_GT_S, 0xFD3B, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSGT))                                      \
  OP(I32X4_GT_U, 0xFD3C, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntUGT))                                      \
  OP(I32X4_LE_S, 0xFD3D, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSLE))                                      \
  OP(I32X4_LE_U, 0xFD3E, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntULE))                                      \
  OP(I32X4_GE_S, 0xFD3F, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntSGE))                                      \
  OP(I32X4_GE_U, 0xFD40, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I32X4, LLVMIntUGE))                                      \
  OP(F32X4_EQ, 0xFD41, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOEQ))                                       \
  OP(F32X4_NE, 0xFD42, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealUNE))                                       \
  OP(F32X4_LT, 0xFD43, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOLT))                                       \
  OP(F32X4_GT, 0xFD44, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOGT))                                       \
  OP(F32X4_LE, 0xFD45, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOLE))                                       \
  OP(F32X4_GE, 0xFD46, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F32X4, LLVMRealOGE))                                       \
  OP(F64X2_EQ, 0xFD47, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOEQ))                                       \
  OP(F64X2_NE, 0xFD48, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealUNE))                                       \
  OP(F64X2_LT, 0xFD49, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOLT))                                       \
  OP(F64X2_GT, 0xFD4A, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOGT))                                       \
  OP(F64X2_LE, 0xFD4B, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOLE))                                       \
  OP(F64X2_GE, 0xFD4C, IMM_NONE, "vv:v", simd_fcmp, SIMD_ARG(SHAPE_F64X2, LLVMRealOGE))                                       \
  OP(V128_NOT, 0xFD4D, IMM_NONE, "v:v", simd_not, 0)                                                                          \
  OP(V128_AND, 0xFD4E, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMAnd))                                          \
  OP(V128_ANDNOT, 0xFD4F, IMM_NONE, "vv:v", simd_andnot, 0)                                                                   \
  OP(V128_OR, 0xFD50, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMOr))                                            \
  OP(V128_XOR, 0xFD51, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMXor))                                          \
  OP(V128_BITSELECT, 0xFD52, IMM_NONE, "vvv:v", simd_bitselect, 0)                                                            \
  OP(V128_ANY_TRUE, 0xFD53, IMM_NONE, "v:i", simd_any_true, 0)                                                                \
  OP(V128_LOAD8_LANE, 0xFD54, IMM_MEMARG_LANE16, "iv:v", simd_load_lane, SHAPE_I8X16)                                         \
  OP(V128_LOAD16_LANE, 0xFD55, IMM_MEMARG_LANE8, "iv:v", simd_load_lane, SHAPE_I16X8)                                         \
  OP(V128_LOAD32_LANE, 0xFD56, IMM_MEMARG_LANE4, "iv:v", simd_load_lane, SHAPE_I32X4)                                         \
  OP(V128_LOAD64_LANE, 0xFD57, IMM_MEMARG_LANE2, "iv:v", simd_load_lane, SHAPE_I64X2)                                         \
  OP(V128_STORE8_LANE, 0xFD58, IMM_MEMARG_LANE16, "iv:", simd_store_lane, SHAPE_I8X16)                                        \
  OP(V128_STORE16_LANE, 0xFD59, IMM_MEMARG_LANE8, "iv:", simd_store_lane, SHAPE_I16X8)                                        \
  OP(V128_STORE32_LANE, 0xFD5A, IMM_MEMARG_LANE4, "iv:", simd_store_lane, SHAPE_I32X4)                                        \
  OP(V128_STORE64_LANE, 0xFD5B, IMM_MEMARG_LANE2, "iv:", simd_store_lane, SHAPE_I64X2)                                        \
  OP(V128_LOAD32_ZERO, 0xFD5C, IMM_MEMARG, "i:v", simd_load_zero, SHAPE_I32X4)                                                \
  OP(V128_LOAD64_ZERO, 0xFD5D, IMM_MEMARG, "i:v", simd_load_zero, SHAPE_I64X2)                                                \
  OP(F32X4_DEMOTE_F64X2_ZERO, 0xFD5E, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_F64X2, SHAPE_F32X4, LLVMFPTrunc, 0))     \
  OP(F64X2_PROMOTE_LOW_F32X4, 0xFD5F, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_F32X4, SHAPE_F64X2, LLVMFPExt, 0))       \
  OP(I8X16_ABS, 0xFD60, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_ABS))                                \
  OP(I8X16_NEG, 0xFD61, IMM_NONE, "v:v", simd_neg, SHAPE_I8X16)                                                               \
  OP(I8X16_POPCNT, 0xFD62, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_CTPOP))                           \
  OP(I8X16_ALL_TRUE, 0xFD63, IMM_NONE, "v:i", simd_all_true, SHAPE_I8X16)                                                     \
  OP(I8X16_BITMASK, 0xFD64, IMM_NONE, "v:i", simd_bitmask, SHAPE_I8X16)                                                       \
  OP(I8X16_NARROW_I16X8_S, 0xFD65, IMM_NONE, "vv:v", simd_narrow, SIMD_ARG(SHAPE_I16X8, 1))                                   \
  OP(I8X16_NARROW_I16X8_U, 0xFD66, IMM_NONE, "vv:v", simd_narrow, SIMD_ARG(SHAPE_I16X8, 0))                                   \
  OP(F32X4_CEIL, 0xFD67, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_CEIL))                              \
  OP(F32X4_FLOOR, 0xFD68, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_FLOOR))                            \
  OP(F32X4_TRUNC, 0xFD69, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_TRUNC))                            \
  OP(F32X4_NEAREST, 0xFD6A, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_ROUNDEVEN))                      \
  OP(I8X16_SHL, 0xFD6B, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I8X16, LLVMShl))                                         \
  OP(I8X16_SHR_S, 0xFD6C, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I8X16, LLVMAShr))                                      \
  OP(I8X16_SHR_U, 0xFD6D, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I8X16, LLVMLShr))                                      \
  OP(I8X16_ADD, 0xFD6E, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I8X16, LLVMAdd))                                         \
  OP(I8X16_ADD_SAT_S, 0xFD6F, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SADD_SAT))                   \
  OP(I8X16_ADD_SAT_U, 0xFD70, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_UADD_SAT))                   \
  OP(I8X16_SUB, 0xFD71, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I8X16, LLVMSub))                                         \
  OP(I8X16_SUB_SAT_S, 0xFD72, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SSUB_SAT))                   \
  OP(I8X16_SUB_SAT_U, 0xFD73, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_USUB_SAT))                   \
  OP(F64X2_CEIL, 0xFD74, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_CEIL))                              \
  OP(F64X2_FLOOR, 0xFD75, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_FLOOR))                            \
  OP(I8X16_MIN_S, 0xFD76, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SMIN))                           \
  OP(I8X16_MIN_U, 0xFD77, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_UMIN))                           \
  OP(I8X16_MAX_S, 0xFD78, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_SMAX))                           \
  OP(I8X16_MAX_U, 0xFD79, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I8X16, INTR_UMAX))                           \
  OP(F64X2_TRUNC, 0xFD7A, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_TRUNC))                            \
  OP(I8X16_AVGR_U, 0xFD7B, IMM_NONE, "vv:v", simd_avgr_u, SHAPE_I8X16)                                                        \
  OP(I16X8_EXTADD_PAIRWISE_I8X16_S, 0xFD7C, IMM_NONE, "v:v", simd_extadd_pairwise, SIMD_ARG(SHAPE_I8X16, LLVMSExt))           \
  OP(I16X8_EXTADD_PAIRWISE_I8X16_U, 0xFD7D, IMM_NONE, "v:v", simd_extadd_pairwise, SIMD_ARG(SHAPE_I8X16, LLVMZExt))           \
  OP(I32X4_EXTADD_PAIRWISE_I16X8_S, 0xFD7E, IMM_NONE, "v:v", simd_extadd_pairwise, SIMD_ARG(SHAPE_I16X8, LLVMSExt))           \
  OP(I32X4_EXTADD_PAIRWISE_I16X8_U, 0xFD7F, IMM_NONE, "v:v", simd_extadd_pairwise, SIMD_ARG(SHAPE_I16X8, LLVMZExt))           \
  OP(I16X8_ABS, 0xFD80, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_ABS))                                \
  OP(I16X8_NEG, 0xFD81, IMM_NONE, "v:v", simd_neg, SHAPE_I16X8)                                                               \
  OP(I16X8_Q15MULR_SAT_S, 0xFD82, IMM_NONE, "vv:v", simd_q15mulr_sat, 0)                                                      \
  OP(I16X8_ALL_TRUE, 0xFD83, IMM_NONE, "v:i", simd_all_true, SHAPE_I16X8)                                                     \
  OP(I16X8_BITMASK, 0xFD84, IMM_NONE, "v:i", simd_bitmask, SHAPE_I16X8)                                                       \
  OP(I16X8_NARROW_I32X4_S, 0xFD85, IMM_NONE, "vv:v", simd_narrow, SIMD_ARG(SHAPE_I32X4, 1))                                   \
  OP(I16X8_NARROW_I32X4_U, 0xFD86, IMM_NONE, "vv:v", simd_narrow, SIMD_ARG(SHAPE_I32X4, 0))                                   \
  OP(I16X8_EXTEND_LOW_I8X16_S, 0xFD87, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 0))       \
  OP(I16X8_EXTEND_HIGH_I8X16_S, 0xFD88, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 1))      \
  OP(I16X8_EXTEND_LOW_I8X16_U, 0xFD89, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 0))       \
  OP(I16X8_EXTEND_HIGH_I8X16_U, 0xFD8A, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 1))      \
  OP(I16X8_SHL, 0xFD8B, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I16X8, LLVMShl))                                         \
  OP(I16X8_SHR_S, 0xFD8C, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I16X8, LLVMAShr))                                      \
  OP(I16X8_SHR_U, 0xFD8D, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I16X8, LLVMLShr))                                      \
  OP(I16X8_ADD, 0xFD8E, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I16X8, LLVMAdd))                                         \
  OP(I16X8_ADD_SAT_S, 0xFD8F, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SADD_SAT))                   \
  OP(I16X8_ADD_SAT_U, 0xFD90, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_UADD_SAT))                   \
  OP(I16X8_SUB, 0xFD91, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I16X8, LLVMSub))                                         \
  OP(I16X8_SUB_SAT_S, 0xFD92, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SSUB_SAT))                   \
  OP(I16X8_SUB_SAT_U, 0xFD93, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_USUB_SAT))                   \
  OP(F64X2_NEAREST, 0xFD94, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_ROUNDEVEN))                      \
  OP(I16X8_MUL, 0xFD95, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I16X8, LLVMMul))                                         \
  OP(I16X8_MIN_S, 0xFD96, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SMIN))                           \
  OP(I16X8_MIN_U, 0xFD97, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_UMIN))                           \
  OP(I16X8_MAX_S, 0xFD98, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_SMAX))                           \
  OP(I16X8_MAX_U, 0xFD99, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I16X8, INTR_UMAX))                           \
  OP(I16X8_AVGR_U, 0xFD9B, IMM_NONE, "vv:v", simd_avgr_u, SHAPE_I16X8)                                                        \
  OP(I16X8_EXTMUL_LOW_I8X16_S, 0xFD9C, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 0))       \
  OP(I16X8_EXTMUL_HIGH_I8X16_S, 0xFD9D, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMSExt, 1))      \
  OP(I16X8_EXTMUL_LOW_I8X16_U, 0xFD9E, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 0))       \
  OP(I16X8_EXTMUL_HIGH_I8X16_U, 0xFD9F, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I8X16, SHAPE_I16X8, LLVMZExt, 1))      \
  OP(I32X4_ABS, 0xFDA0, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_ABS))                                \
  OP(I32X4_NEG, 0xFDA1, IMM_NONE, "v:v", simd_neg, SHAPE_I32X4)                                                               \
  OP(I32X4_ALL_TRUE, 0xFDA3, IMM_NONE, "v:i", simd_all_true, SHAPE_I32X4)                                                     \
  OP(I32X4_BITMASK, 0xFDA4, IMM_NONE, "v:i", simd_bitmask, SHAPE_I32X4)                                                       \
  OP(I32X4_EXTEND_LOW_I16X8_S, 0xFDA7, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 0))       \
  OP(I32X4_EXTEND_HIGH_I16X8_S, 0xFDA8, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 1))      \
  OP(I32X4_EXTEND_LOW_I16X8_U, 0xFDA9, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 0))       \
  OP(I32X4_EXTEND_HIGH_I16X8_U, 0xFDAA, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 1))      \
  OP(I32X4_SHL, 0xFDAB, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I32X4, LLVMShl))                                         \
  OP(I32X4_SHR_S, 0xFDAC, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I32X4, LLVMAShr))                                      \
  OP(I32X4_SHR_U, 0xFDAD, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I32X4, LLVMLShr))                                      \
  OP(I32X4_ADD, 0xFDAE, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I32X4, LLVMAdd))                                         \
  OP(I32X4_SUB, 0xFDB1, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I32X4, LLVMSub))                                         \
  OP(I32X4_MUL, 0xFDB5, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I32X4, LLVMMul))                                         \
  OP(I32X4_MIN_S, 0xFDB6, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_SMIN))                           \
  OP(I32X4_MIN_U, 0xFDB7, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_UMIN))                           \
  OP(I32X4_MAX_S, 0xFDB8, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_SMAX))                           \
  OP(I32X4_MAX_U, 0xFDB9, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_I32X4, INTR_UMAX))                           \
  OP(I32X4_DOT_I16X8_S, 0xFDBA, IMM_NONE, "vv:v", simd_dot, 0)                                                                \
  OP(I32X4_EXTMUL_LOW_I16X8_S, 0xFDBC, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 0))       \
  OP(I32X4_EXTMUL_HIGH_I16X8_S, 0xFDBD, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMSExt, 1))      \
  OP(I32X4_EXTMUL_LOW_I16X8_U, 0xFDBE, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 0))       \
  OP(I32X4_EXTMUL_HIGH_I16X8_U, 0xFDBF, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I16X8, SHAPE_I32X4, LLVMZExt, 1))      \
  OP(I64X2_ABS, 0xFDC0, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_I64X2, INTR_ABS))                                \
  OP(I64X2_NEG, 0xFDC1, IMM_NONE, "v:v", simd_neg, SHAPE_I64X2)                                                               \
  OP(I64X2_ALL_TRUE, 0xFDC3, IMM_NONE, "v:i", simd_all_true, SHAPE_I64X2)                                                     \
  OP(I64X2_BITMASK, 0xFDC4, IMM_NONE, "v:i", simd_bitmask, SHAPE_I64X2)                                                       \
  OP(I64X2_EXTEND_LOW_I32X4_S, 0xFDC7, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 0))       \
  OP(I64X2_EXTEND_HIGH_I32X4_S, 0xFDC8, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 1))      \
  OP(I64X2_EXTEND_LOW_I32X4_U, 0xFDC9, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 0))       \
  OP(I64X2_EXTEND_HIGH_I32X4_U, 0xFDCA, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 1))      \
  OP(I64X2_SHL, 0xFDCB, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I64X2, LLVMShl))                                         \
  OP(I64X2_SHR_S, 0xFDCC, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I64X2, LLVMAShr))                                      \
  OP(I64X2_SHR_U, 0xFDCD, IMM_NONE, "vi:v", simd_shift, SIMD_ARG(SHAPE_I64X2, LLVMLShr))                                      \
  OP(I64X2_ADD, 0xFDCE, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMAdd))                                         \
  OP(I64X2_SUB, 0xFDD1, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMSub))                                         \
  OP(I64X2_MUL, 0xFDD5, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_I64X2, LLVMMul))                                         \
  OP(I64X2_EQ, 0xFDD6, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntEQ))                                         \
  OP(I64X2_NE, 0xFDD7, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntNE))                                         \
  OP(I64X2_LT_S, 0xFDD8, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSLT))                                      \
  OP(I64X2_GT_S, 0xFDD9, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSGT))                                      \
  OP(I64X2_LE_S, 0xFDDA, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSLE))                                      \
  OP(I64X2_GE_S, 0xFDDB, IMM_NONE, "vv:v", simd_icmp, SIMD_ARG(SHAPE_I64X2, LLVMIntSGE))                                      \
  OP(I64X2_EXTMUL_LOW_I32X4_S, 0xFDDC, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 0))       \
  OP(I64X2_EXTMUL_HIGH_I32X4_S, 0xFDDD, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMSExt, 1))      \
  OP(I64X2_EXTMUL_LOW_I32X4_U, 0xFDDE, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 0))       \
  OP(I64X2_EXTMUL_HIGH_I32X4_U, 0xFDDF, IMM_NONE, "vv:v", simd_extmul, SIMD_CONV(SHAPE_I32X4, SHAPE_I64X2, LLVMZExt, 1))      \
  OP(F32X4_ABS, 0xFDE0, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_FABS))                               \
  OP(F32X4_NEG, 0xFDE1, IMM_NONE, "v:v", simd_neg, SHAPE_F32X4)                                                               \
  OP(F32X4_SQRT, 0xFDE3, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_SQRT))                              \
  OP(F32X4_ADD, 0xFDE4, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFAdd))                                        \
  OP(F32X4_SUB, 0xFDE5, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFSub))                                        \
  OP(F32X4_MUL, 0xFDE6, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFMul))                                        \
  OP(F32X4_DIV, 0xFDE7, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F32X4, LLVMFDiv))                                        \
  OP(F32X4_MIN, 0xFDE8, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_MINIMUM))                          \
  OP(F32X4_MAX, 0xFDE9, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_F32X4, INTR_MAXIMUM))                          \
  OP(F32X4_PMIN, 0xFDEA, IMM_NONE, "vv:v", simd_pminmax, SIMD_ARG(SHAPE_F32X4, 0))                                            \
  OP(F32X4_PMAX, 0xFDEB, IMM_NONE, "vv:v", simd_pminmax, SIMD_ARG(SHAPE_F32X4, 1))                                            \
  OP(F64X2_ABS, 0xFDEC, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_FABS))                               \
  OP(F64X2_NEG, 0xFDED, IMM_NONE, "v:v", simd_neg, SHAPE_F64X2)                                                               \
  OP(F64X2_SQRT, 0xFDEF, IMM_NONE, "v:v", simd_unop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_SQRT))                              \
  OP(F64X2_ADD, 0xFDF0, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFAdd))                                        \
  OP(F64X2_SUB, 0xFDF1, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFSub))                                        \
  OP(F64X2_MUL, 0xFDF2, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFMul))                                        \
  OP(F64X2_DIV, 0xFDF3, IMM_NONE, "vv:v", simd_binop, SIMD_ARG(SHAPE_F64X2, LLVMFDiv))                                        \
  OP(F64X2_MIN, 0xFDF4, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_MINIMUM))                          \
  OP(F64X2_MAX, 0xFDF5, IMM_NONE, "vv:v", simd_binop_intrinsic, SIMD_ARG(SHAPE_F64X2, INTR_MAXIMUM))                          \
  OP(F64X2_PMIN, 0xFDF6, IMM_NONE, "vv:v", simd_pminmax, SIMD_ARG(SHAPE_F64X2, 0))                                            \
  OP(F64X2_PMAX, 0xFDF7, IMM_NONE, "vv:v", simd_pminmax, SIMD_ARG(SHAPE_F64X2, 1))                                            \
  OP(I32X4_TRUNC_SAT_F32X4_S, 0xFDF8, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_F32X4, SHAPE_I32X4, LLVMFPToSI, 0))      \
  OP(I32X4_TRUNC_SAT_F32X4_U, 0xFDF9, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_F32X4, SHAPE_I32X4, LLVMFPToUI, 0))      \
  OP(F32X4_CONVERT_I32X4_S, 0xFDFA, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F32X4, LLVMSIToFP, 0))        \
  OP(F32X4_CONVERT_I32X4_U, 0xFDFB, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F32X4, LLVMUIToFP, 0))        \
  OP(I32X4_TRUNC_SAT_F64X2_S_ZERO, 0xFDFC, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_F64X2, SHAPE_I32X4, LLVMFPToSI, 0)) \
  OP(I32X4_TRUNC_SAT_F64X2_U_ZERO, 0xFDFD, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_F64X2, SHAPE_I32X4, LLVMFPToUI, 0)) \
  OP(F64X2_CONVERT_LOW_I32X4_S, 0xFDFE, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F64X2, LLVMSIToFP, 0))    \
  OP(F64X2_CONVERT_LOW_I32X4_U, 0xFDFF, IMM_NONE, "v:v", simd_convert, SIMD_CONV(SHAPE_I32X4, SHAPE_F64X2, LLVMUIToFP, 0))

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
} imm_kind;

typedef enum wasm_opcode {
#define W2O_OP_ENUM(name, code, imm, sig, family, arg) OP_##name,
  W2O_OPCODES(W2O_OP_ENUM)
#undef W2O_OP_ENUM
  OP_COUNT
} wasm_opcode;

/* Static facts about each opcode (defined in reader.c from the table). */
typedef struct opcode_info {
  const char *name;   /* "i32.add" style */
  unsigned code;
  imm_kind imm;
  const char *sig;
} opcode_info;

extern const opcode_info opcode_infos[OP_COUNT];

#endif /* W2O_OPCODES_H */
