/*
 * opcodes.h — the one table of WebAssembly instructions.
 *
 * OP(NAME, CODE, IMM, SIG, FAMILY, ARG)
 *   NAME    enum suffix: OP_NAME
 *   CODE    encoding: one byte, or 0xFC00|n for the 0xFC prefix (n < 256)
 *   IMM     immediate kind: IMM_*
 *   SIG     for instructions with a fixed type, "params:results" with
 *           i = i32, I = i64, f = f32, F = f64 (e.g. "ii:i"); NULL where the
 *           validator types the instruction itself (control, variables,
 *           parametric, calls, references, tables)
 *   FAMILY  lowering family: lowering calls lower_FAMILY(ctx, instr, ARG)
 *   ARG     an integer for the family: an LLVM opcode or predicate, an
 *           intrinsic id, a load/store kind... Only lowering expands FAMILY
 *           and ARG, so they may name LLVM enumerators; the decoder and the
 *           validator never see them.
 *
 * Covered: the MVP, sign-extension, non-trapping float-to-int, multi-value,
 * bulk memory and reference types. SIMD (0xFD) is decoded as "unsupported".
 */
#ifndef W2O_OPCODES_H
#define W2O_OPCODES_H

/* Load/store kinds (ARG of the load/store families): bytes accessed, sign. */
#define LS_KIND(bytes, is_signed) ((bytes) | ((is_signed) << 8))

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
  OP(TABLE_FILL, 0xFC11, IMM_TABLE, NULL, table_fill, 0)

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
