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
 * opcodes.h (its FAMILY and ARG columns are ignored here), with the
 * specification's text name of every instruction.
 */
#include <string.h>

#include "reader.h"

/* The spec text names; the X-macro below fills the other fields. */
#define W2O_OP_INFO(n, c, i, s, family, arg) \
  [OP_##n].code = (c), [OP_##n].imm = (i), [OP_##n].sig = (s),

const opcode_info opcode_infos[OP_COUNT] = {
    W2O_OPCODES(W2O_OP_INFO)
    [OP_UNREACHABLE].name = "unreachable",
    [OP_NOP].name = "nop",
    [OP_BLOCK].name = "block",
    [OP_LOOP].name = "loop",
    [OP_IF].name = "if",
    [OP_ELSE].name = "else",
    [OP_END].name = "end",
    [OP_BR].name = "br",
    [OP_BR_IF].name = "br_if",
    [OP_BR_TABLE].name = "br_table",
    [OP_RETURN].name = "return",
    [OP_CALL].name = "call",
    [OP_CALL_INDIRECT].name = "call_indirect",
    [OP_DROP].name = "drop",
    [OP_SELECT].name = "select",
    [OP_SELECT_T].name = "select",
    [OP_LOCAL_GET].name = "local.get",
    [OP_LOCAL_SET].name = "local.set",
    [OP_LOCAL_TEE].name = "local.tee",
    [OP_GLOBAL_GET].name = "global.get",
    [OP_GLOBAL_SET].name = "global.set",
    [OP_TABLE_GET].name = "table.get",
    [OP_TABLE_SET].name = "table.set",
    [OP_I32_LOAD].name = "i32.load",
    [OP_I64_LOAD].name = "i64.load",
    [OP_F32_LOAD].name = "f32.load",
    [OP_F64_LOAD].name = "f64.load",
    [OP_I32_LOAD8_S].name = "i32.load8_s",
    [OP_I32_LOAD8_U].name = "i32.load8_u",
    [OP_I32_LOAD16_S].name = "i32.load16_s",
    [OP_I32_LOAD16_U].name = "i32.load16_u",
    [OP_I64_LOAD8_S].name = "i64.load8_s",
    [OP_I64_LOAD8_U].name = "i64.load8_u",
    [OP_I64_LOAD16_S].name = "i64.load16_s",
    [OP_I64_LOAD16_U].name = "i64.load16_u",
    [OP_I64_LOAD32_S].name = "i64.load32_s",
    [OP_I64_LOAD32_U].name = "i64.load32_u",
    [OP_I32_STORE].name = "i32.store",
    [OP_I64_STORE].name = "i64.store",
    [OP_F32_STORE].name = "f32.store",
    [OP_F64_STORE].name = "f64.store",
    [OP_I32_STORE8].name = "i32.store8",
    [OP_I32_STORE16].name = "i32.store16",
    [OP_I64_STORE8].name = "i64.store8",
    [OP_I64_STORE16].name = "i64.store16",
    [OP_I64_STORE32].name = "i64.store32",
    [OP_MEMORY_SIZE].name = "memory.size",
    [OP_MEMORY_GROW].name = "memory.grow",
    [OP_I32_CONST].name = "i32.const",
    [OP_I64_CONST].name = "i64.const",
    [OP_F32_CONST].name = "f32.const",
    [OP_F64_CONST].name = "f64.const",
    [OP_I32_EQZ].name = "i32.eqz",
    [OP_I32_EQ].name = "i32.eq",
    [OP_I32_NE].name = "i32.ne",
    [OP_I32_LT_S].name = "i32.lt_s",
    [OP_I32_LT_U].name = "i32.lt_u",
    [OP_I32_GT_S].name = "i32.gt_s",
    [OP_I32_GT_U].name = "i32.gt_u",
    [OP_I32_LE_S].name = "i32.le_s",
    [OP_I32_LE_U].name = "i32.le_u",
    [OP_I32_GE_S].name = "i32.ge_s",
    [OP_I32_GE_U].name = "i32.ge_u",
    [OP_I64_EQZ].name = "i64.eqz",
    [OP_I64_EQ].name = "i64.eq",
    [OP_I64_NE].name = "i64.ne",
    [OP_I64_LT_S].name = "i64.lt_s",
    [OP_I64_LT_U].name = "i64.lt_u",
    [OP_I64_GT_S].name = "i64.gt_s",
    [OP_I64_GT_U].name = "i64.gt_u",
    [OP_I64_LE_S].name = "i64.le_s",
    [OP_I64_LE_U].name = "i64.le_u",
    [OP_I64_GE_S].name = "i64.ge_s",
    [OP_I64_GE_U].name = "i64.ge_u",
    [OP_F32_EQ].name = "f32.eq",
    [OP_F32_NE].name = "f32.ne",
    [OP_F32_LT].name = "f32.lt",
    [OP_F32_GT].name = "f32.gt",
    [OP_F32_LE].name = "f32.le",
    [OP_F32_GE].name = "f32.ge",
    [OP_F64_EQ].name = "f64.eq",
    [OP_F64_NE].name = "f64.ne",
    [OP_F64_LT].name = "f64.lt",
    [OP_F64_GT].name = "f64.gt",
    [OP_F64_LE].name = "f64.le",
    [OP_F64_GE].name = "f64.ge",
    [OP_I32_CLZ].name = "i32.clz",
    [OP_I32_CTZ].name = "i32.ctz",
    [OP_I32_POPCNT].name = "i32.popcnt",
    [OP_I32_ADD].name = "i32.add",
    [OP_I32_SUB].name = "i32.sub",
    [OP_I32_MUL].name = "i32.mul",
    [OP_I32_DIV_S].name = "i32.div_s",
    [OP_I32_DIV_U].name = "i32.div_u",
    [OP_I32_REM_S].name = "i32.rem_s",
    [OP_I32_REM_U].name = "i32.rem_u",
    [OP_I32_AND].name = "i32.and",
    [OP_I32_OR].name = "i32.or",
    [OP_I32_XOR].name = "i32.xor",
    [OP_I32_SHL].name = "i32.shl",
    [OP_I32_SHR_S].name = "i32.shr_s",
    [OP_I32_SHR_U].name = "i32.shr_u",
    [OP_I32_ROTL].name = "i32.rotl",
    [OP_I32_ROTR].name = "i32.rotr",
    [OP_I64_CLZ].name = "i64.clz",
    [OP_I64_CTZ].name = "i64.ctz",
    [OP_I64_POPCNT].name = "i64.popcnt",
    [OP_I64_ADD].name = "i64.add",
    [OP_I64_SUB].name = "i64.sub",
    [OP_I64_MUL].name = "i64.mul",
    [OP_I64_DIV_S].name = "i64.div_s",
    [OP_I64_DIV_U].name = "i64.div_u",
    [OP_I64_REM_S].name = "i64.rem_s",
    [OP_I64_REM_U].name = "i64.rem_u",
    [OP_I64_AND].name = "i64.and",
    [OP_I64_OR].name = "i64.or",
    [OP_I64_XOR].name = "i64.xor",
    [OP_I64_SHL].name = "i64.shl",
    [OP_I64_SHR_S].name = "i64.shr_s",
    [OP_I64_SHR_U].name = "i64.shr_u",
    [OP_I64_ROTL].name = "i64.rotl",
    [OP_I64_ROTR].name = "i64.rotr",
    [OP_F32_ABS].name = "f32.abs",
    [OP_F32_NEG].name = "f32.neg",
    [OP_F32_CEIL].name = "f32.ceil",
    [OP_F32_FLOOR].name = "f32.floor",
    [OP_F32_TRUNC].name = "f32.trunc",
    [OP_F32_NEAREST].name = "f32.nearest",
    [OP_F32_SQRT].name = "f32.sqrt",
    [OP_F32_ADD].name = "f32.add",
    [OP_F32_SUB].name = "f32.sub",
    [OP_F32_MUL].name = "f32.mul",
    [OP_F32_DIV].name = "f32.div",
    [OP_F32_MIN].name = "f32.min",
    [OP_F32_MAX].name = "f32.max",
    [OP_F32_COPYSIGN].name = "f32.copysign",
    [OP_F64_ABS].name = "f64.abs",
    [OP_F64_NEG].name = "f64.neg",
    [OP_F64_CEIL].name = "f64.ceil",
    [OP_F64_FLOOR].name = "f64.floor",
    [OP_F64_TRUNC].name = "f64.trunc",
    [OP_F64_NEAREST].name = "f64.nearest",
    [OP_F64_SQRT].name = "f64.sqrt",
    [OP_F64_ADD].name = "f64.add",
    [OP_F64_SUB].name = "f64.sub",
    [OP_F64_MUL].name = "f64.mul",
    [OP_F64_DIV].name = "f64.div",
    [OP_F64_MIN].name = "f64.min",
    [OP_F64_MAX].name = "f64.max",
    [OP_F64_COPYSIGN].name = "f64.copysign",
    [OP_I32_WRAP_I64].name = "i32.wrap_i64",
    [OP_I32_TRUNC_F32_S].name = "i32.trunc_f32_s",
    [OP_I32_TRUNC_F32_U].name = "i32.trunc_f32_u",
    [OP_I32_TRUNC_F64_S].name = "i32.trunc_f64_s",
    [OP_I32_TRUNC_F64_U].name = "i32.trunc_f64_u",
    [OP_I64_EXTEND_I32_S].name = "i64.extend_i32_s",
    [OP_I64_EXTEND_I32_U].name = "i64.extend_i32_u",
    [OP_I64_TRUNC_F32_S].name = "i64.trunc_f32_s",
    [OP_I64_TRUNC_F32_U].name = "i64.trunc_f32_u",
    [OP_I64_TRUNC_F64_S].name = "i64.trunc_f64_s",
    [OP_I64_TRUNC_F64_U].name = "i64.trunc_f64_u",
    [OP_F32_CONVERT_I32_S].name = "f32.convert_i32_s",
    [OP_F32_CONVERT_I32_U].name = "f32.convert_i32_u",
    [OP_F32_CONVERT_I64_S].name = "f32.convert_i64_s",
    [OP_F32_CONVERT_I64_U].name = "f32.convert_i64_u",
    [OP_F32_DEMOTE_F64].name = "f32.demote_f64",
    [OP_F64_CONVERT_I32_S].name = "f64.convert_i32_s",
    [OP_F64_CONVERT_I32_U].name = "f64.convert_i32_u",
    [OP_F64_CONVERT_I64_S].name = "f64.convert_i64_s",
    [OP_F64_CONVERT_I64_U].name = "f64.convert_i64_u",
    [OP_F64_PROMOTE_F32].name = "f64.promote_f32",
    [OP_I32_REINTERPRET_F32].name = "i32.reinterpret_f32",
    [OP_I64_REINTERPRET_F64].name = "i64.reinterpret_f64",
    [OP_F32_REINTERPRET_I32].name = "f32.reinterpret_i32",
    [OP_F64_REINTERPRET_I64].name = "f64.reinterpret_i64",
    [OP_I32_EXTEND8_S].name = "i32.extend8_s",
    [OP_I32_EXTEND16_S].name = "i32.extend16_s",
    [OP_I64_EXTEND8_S].name = "i64.extend8_s",
    [OP_I64_EXTEND16_S].name = "i64.extend16_s",
    [OP_I64_EXTEND32_S].name = "i64.extend32_s",
    [OP_REF_NULL].name = "ref.null",
    [OP_REF_IS_NULL].name = "ref.is_null",
    [OP_REF_FUNC].name = "ref.func",
    [OP_I32_TRUNC_SAT_F32_S].name = "i32.trunc_sat_f32_s",
    [OP_I32_TRUNC_SAT_F32_U].name = "i32.trunc_sat_f32_u",
    [OP_I32_TRUNC_SAT_F64_S].name = "i32.trunc_sat_f64_s",
    [OP_I32_TRUNC_SAT_F64_U].name = "i32.trunc_sat_f64_u",
    [OP_I64_TRUNC_SAT_F32_S].name = "i64.trunc_sat_f32_s",
    [OP_I64_TRUNC_SAT_F32_U].name = "i64.trunc_sat_f32_u",
    [OP_I64_TRUNC_SAT_F64_S].name = "i64.trunc_sat_f64_s",
    [OP_I64_TRUNC_SAT_F64_U].name = "i64.trunc_sat_f64_u",
    [OP_MEMORY_INIT].name = "memory.init",
    [OP_DATA_DROP].name = "data.drop",
    [OP_MEMORY_COPY].name = "memory.copy",
    [OP_MEMORY_FILL].name = "memory.fill",
    [OP_TABLE_INIT].name = "table.init",
    [OP_ELEM_DROP].name = "elem.drop",
    [OP_TABLE_COPY].name = "table.copy",
    [OP_TABLE_GROW].name = "table.grow",
    [OP_TABLE_SIZE].name = "table.size",
    [OP_TABLE_FILL].name = "table.fill",
    [OP_V128_LOAD].name = "v128.load",
    [OP_V128_LOAD8X8_S].name = "v128.load8x8_s",
    [OP_V128_LOAD8X8_U].name = "v128.load8x8_u",
    [OP_V128_LOAD16X4_S].name = "v128.load16x4_s",
    [OP_V128_LOAD16X4_U].name = "v128.load16x4_u",
    [OP_V128_LOAD32X2_S].name = "v128.load32x2_s",
    [OP_V128_LOAD32X2_U].name = "v128.load32x2_u",
    [OP_V128_LOAD8_SPLAT].name = "v128.load8_splat",
    [OP_V128_LOAD16_SPLAT].name = "v128.load16_splat",
    [OP_V128_LOAD32_SPLAT].name = "v128.load32_splat",
    [OP_V128_LOAD64_SPLAT].name = "v128.load64_splat",
    [OP_V128_STORE].name = "v128.store",
    [OP_V128_CONST].name = "v128.const",
    [OP_I8X16_SHUFFLE].name = "i8x16.shuffle",
    [OP_I8X16_SWIZZLE].name = "i8x16.swizzle",
    [OP_I8X16_SPLAT].name = "i8x16.splat",
    [OP_I16X8_SPLAT].name = "i16x8.splat",
    [OP_I32X4_SPLAT].name = "i32x4.splat",
    [OP_I64X2_SPLAT].name = "i64x2.splat",
    [OP_F32X4_SPLAT].name = "f32x4.splat",
    [OP_F64X2_SPLAT].name = "f64x2.splat",
    [OP_I8X16_EXTRACT_LANE_S].name = "i8x16.extract_lane_s",
    [OP_I8X16_EXTRACT_LANE_U].name = "i8x16.extract_lane_u",
    [OP_I8X16_REPLACE_LANE].name = "i8x16.replace_lane",
    [OP_I16X8_EXTRACT_LANE_S].name = "i16x8.extract_lane_s",
    [OP_I16X8_EXTRACT_LANE_U].name = "i16x8.extract_lane_u",
    [OP_I16X8_REPLACE_LANE].name = "i16x8.replace_lane",
    [OP_I32X4_EXTRACT_LANE].name = "i32x4.extract_lane",
    [OP_I32X4_REPLACE_LANE].name = "i32x4.replace_lane",
    [OP_I64X2_EXTRACT_LANE].name = "i64x2.extract_lane",
    [OP_I64X2_REPLACE_LANE].name = "i64x2.replace_lane",
    [OP_F32X4_EXTRACT_LANE].name = "f32x4.extract_lane",
    [OP_F32X4_REPLACE_LANE].name = "f32x4.replace_lane",
    [OP_F64X2_EXTRACT_LANE].name = "f64x2.extract_lane",
    [OP_F64X2_REPLACE_LANE].name = "f64x2.replace_lane",
    [OP_I8X16_EQ].name = "i8x16.eq",
    [OP_I8X16_NE].name = "i8x16.ne",
    [OP_I8X16_LT_S].name = "i8x16.lt_s",
    [OP_I8X16_LT_U].name = "i8x16.lt_u",
    [OP_I8X16_GT_S].name = "i8x16.gt_s",
    [OP_I8X16_GT_U].name = "i8x16.gt_u",
    [OP_I8X16_LE_S].name = "i8x16.le_s",
    [OP_I8X16_LE_U].name = "i8x16.le_u",
    [OP_I8X16_GE_S].name = "i8x16.ge_s",
    [OP_I8X16_GE_U].name = "i8x16.ge_u",
    [OP_I16X8_EQ].name = "i16x8.eq",
    [OP_I16X8_NE].name = "i16x8.ne",
    [OP_I16X8_LT_S].name = "i16x8.lt_s",
    [OP_I16X8_LT_U].name = "i16x8.lt_u",
    [OP_I16X8_GT_S].name = "i16x8.gt_s",
    [OP_I16X8_GT_U].name = "i16x8.gt_u",
    [OP_I16X8_LE_S].name = "i16x8.le_s",
    [OP_I16X8_LE_U].name = "i16x8.le_u",
    [OP_I16X8_GE_S].name = "i16x8.ge_s",
    [OP_I16X8_GE_U].name = "i16x8.ge_u",
    [OP_I32X4_EQ].name = "i32x4.eq",
    [OP_I32X4_NE].name = "i32x4.ne",
    [OP_I32X4_LT_S].name = "i32x4.lt_s",
    [OP_I32X4_LT_U].name = "i32x4.lt_u",
    [OP_I32X4_GT_S].name = "i32x4.gt_s",
    [OP_I32X4_GT_U].name = "i32x4.gt_u",
    [OP_I32X4_LE_S].name = "i32x4.le_s",
    [OP_I32X4_LE_U].name = "i32x4.le_u",
    [OP_I32X4_GE_S].name = "i32x4.ge_s",
    [OP_I32X4_GE_U].name = "i32x4.ge_u",
    [OP_F32X4_EQ].name = "f32x4.eq",
    [OP_F32X4_NE].name = "f32x4.ne",
    [OP_F32X4_LT].name = "f32x4.lt",
    [OP_F32X4_GT].name = "f32x4.gt",
    [OP_F32X4_LE].name = "f32x4.le",
    [OP_F32X4_GE].name = "f32x4.ge",
    [OP_F64X2_EQ].name = "f64x2.eq",
    [OP_F64X2_NE].name = "f64x2.ne",
    [OP_F64X2_LT].name = "f64x2.lt",
    [OP_F64X2_GT].name = "f64x2.gt",
    [OP_F64X2_LE].name = "f64x2.le",
    [OP_F64X2_GE].name = "f64x2.ge",
    [OP_V128_NOT].name = "v128.not",
    [OP_V128_AND].name = "v128.and",
    [OP_V128_ANDNOT].name = "v128.andnot",
    [OP_V128_OR].name = "v128.or",
    [OP_V128_XOR].name = "v128.xor",
    [OP_V128_BITSELECT].name = "v128.bitselect",
    [OP_V128_ANY_TRUE].name = "v128.any_true",
    [OP_V128_LOAD8_LANE].name = "v128.load8_lane",
    [OP_V128_LOAD16_LANE].name = "v128.load16_lane",
    [OP_V128_LOAD32_LANE].name = "v128.load32_lane",
    [OP_V128_LOAD64_LANE].name = "v128.load64_lane",
    [OP_V128_STORE8_LANE].name = "v128.store8_lane",
    [OP_V128_STORE16_LANE].name = "v128.store16_lane",
    [OP_V128_STORE32_LANE].name = "v128.store32_lane",
    [OP_V128_STORE64_LANE].name = "v128.store64_lane",
    [OP_V128_LOAD32_ZERO].name = "v128.load32_zero",
    [OP_V128_LOAD64_ZERO].name = "v128.load64_zero",
    [OP_F32X4_DEMOTE_F64X2_ZERO].name = "f32x4.demote_f64x2_zero",
    [OP_F64X2_PROMOTE_LOW_F32X4].name = "f64x2.promote_low_f32x4",
    [OP_I8X16_ABS].name = "i8x16.abs",
    [OP_I8X16_NEG].name = "i8x16.neg",
    [OP_I8X16_POPCNT].name = "i8x16.popcnt",
    [OP_I8X16_ALL_TRUE].name = "i8x16.all_true",
    [OP_I8X16_BITMASK].name = "i8x16.bitmask",
    [OP_I8X16_NARROW_I16X8_S].name = "i8x16.narrow_i16x8_s",
    [OP_I8X16_NARROW_I16X8_U].name = "i8x16.narrow_i16x8_u",
    [OP_F32X4_CEIL].name = "f32x4.ceil",
    [OP_F32X4_FLOOR].name = "f32x4.floor",
    [OP_F32X4_TRUNC].name = "f32x4.trunc",
    [OP_F32X4_NEAREST].name = "f32x4.nearest",
    [OP_I8X16_SHL].name = "i8x16.shl",
    [OP_I8X16_SHR_S].name = "i8x16.shr_s",
    [OP_I8X16_SHR_U].name = "i8x16.shr_u",
    [OP_I8X16_ADD].name = "i8x16.add",
    [OP_I8X16_ADD_SAT_S].name = "i8x16.add_sat_s",
    [OP_I8X16_ADD_SAT_U].name = "i8x16.add_sat_u",
    [OP_I8X16_SUB].name = "i8x16.sub",
    [OP_I8X16_SUB_SAT_S].name = "i8x16.sub_sat_s",
    [OP_I8X16_SUB_SAT_U].name = "i8x16.sub_sat_u",
    [OP_F64X2_CEIL].name = "f64x2.ceil",
    [OP_F64X2_FLOOR].name = "f64x2.floor",
    [OP_I8X16_MIN_S].name = "i8x16.min_s",
    [OP_I8X16_MIN_U].name = "i8x16.min_u",
    [OP_I8X16_MAX_S].name = "i8x16.max_s",
    [OP_I8X16_MAX_U].name = "i8x16.max_u",
    [OP_F64X2_TRUNC].name = "f64x2.trunc",
    [OP_I8X16_AVGR_U].name = "i8x16.avgr_u",
    [OP_I16X8_EXTADD_PAIRWISE_I8X16_S].name = "i16x8.extadd_pairwise_i8x16_s",
    [OP_I16X8_EXTADD_PAIRWISE_I8X16_U].name = "i16x8.extadd_pairwise_i8x16_u",
    [OP_I32X4_EXTADD_PAIRWISE_I16X8_S].name = "i32x4.extadd_pairwise_i16x8_s",
    [OP_I32X4_EXTADD_PAIRWISE_I16X8_U].name = "i32x4.extadd_pairwise_i16x8_u",
    [OP_I16X8_ABS].name = "i16x8.abs",
    [OP_I16X8_NEG].name = "i16x8.neg",
    [OP_I16X8_Q15MULR_SAT_S].name = "i16x8.q15mulr_sat_s",
    [OP_I16X8_ALL_TRUE].name = "i16x8.all_true",
    [OP_I16X8_BITMASK].name = "i16x8.bitmask",
    [OP_I16X8_NARROW_I32X4_S].name = "i16x8.narrow_i32x4_s",
    [OP_I16X8_NARROW_I32X4_U].name = "i16x8.narrow_i32x4_u",
    [OP_I16X8_EXTEND_LOW_I8X16_S].name = "i16x8.extend_low_i8x16_s",
    [OP_I16X8_EXTEND_HIGH_I8X16_S].name = "i16x8.extend_high_i8x16_s",
    [OP_I16X8_EXTEND_LOW_I8X16_U].name = "i16x8.extend_low_i8x16_u",
    [OP_I16X8_EXTEND_HIGH_I8X16_U].name = "i16x8.extend_high_i8x16_u",
    [OP_I16X8_SHL].name = "i16x8.shl",
    [OP_I16X8_SHR_S].name = "i16x8.shr_s",
    [OP_I16X8_SHR_U].name = "i16x8.shr_u",
    [OP_I16X8_ADD].name = "i16x8.add",
    [OP_I16X8_ADD_SAT_S].name = "i16x8.add_sat_s",
    [OP_I16X8_ADD_SAT_U].name = "i16x8.add_sat_u",
    [OP_I16X8_SUB].name = "i16x8.sub",
    [OP_I16X8_SUB_SAT_S].name = "i16x8.sub_sat_s",
    [OP_I16X8_SUB_SAT_U].name = "i16x8.sub_sat_u",
    [OP_F64X2_NEAREST].name = "f64x2.nearest",
    [OP_I16X8_MUL].name = "i16x8.mul",
    [OP_I16X8_MIN_S].name = "i16x8.min_s",
    [OP_I16X8_MIN_U].name = "i16x8.min_u",
    [OP_I16X8_MAX_S].name = "i16x8.max_s",
    [OP_I16X8_MAX_U].name = "i16x8.max_u",
    [OP_I16X8_AVGR_U].name = "i16x8.avgr_u",
    [OP_I16X8_EXTMUL_LOW_I8X16_S].name = "i16x8.extmul_low_i8x16_s",
    [OP_I16X8_EXTMUL_HIGH_I8X16_S].name = "i16x8.extmul_high_i8x16_s",
    [OP_I16X8_EXTMUL_LOW_I8X16_U].name = "i16x8.extmul_low_i8x16_u",
    [OP_I16X8_EXTMUL_HIGH_I8X16_U].name = "i16x8.extmul_high_i8x16_u",
    [OP_I32X4_ABS].name = "i32x4.abs",
    [OP_I32X4_NEG].name = "i32x4.neg",
    [OP_I32X4_ALL_TRUE].name = "i32x4.all_true",
    [OP_I32X4_BITMASK].name = "i32x4.bitmask",
    [OP_I32X4_EXTEND_LOW_I16X8_S].name = "i32x4.extend_low_i16x8_s",
    [OP_I32X4_EXTEND_HIGH_I16X8_S].name = "i32x4.extend_high_i16x8_s",
    [OP_I32X4_EXTEND_LOW_I16X8_U].name = "i32x4.extend_low_i16x8_u",
    [OP_I32X4_EXTEND_HIGH_I16X8_U].name = "i32x4.extend_high_i16x8_u",
    [OP_I32X4_SHL].name = "i32x4.shl",
    [OP_I32X4_SHR_S].name = "i32x4.shr_s",
    [OP_I32X4_SHR_U].name = "i32x4.shr_u",
    [OP_I32X4_ADD].name = "i32x4.add",
    [OP_I32X4_SUB].name = "i32x4.sub",
    [OP_I32X4_MUL].name = "i32x4.mul",
    [OP_I32X4_MIN_S].name = "i32x4.min_s",
    [OP_I32X4_MIN_U].name = "i32x4.min_u",
    [OP_I32X4_MAX_S].name = "i32x4.max_s",
    [OP_I32X4_MAX_U].name = "i32x4.max_u",
    [OP_I32X4_DOT_I16X8_S].name = "i32x4.dot_i16x8_s",
    [OP_I32X4_EXTMUL_LOW_I16X8_S].name = "i32x4.extmul_low_i16x8_s",
    [OP_I32X4_EXTMUL_HIGH_I16X8_S].name = "i32x4.extmul_high_i16x8_s",
    [OP_I32X4_EXTMUL_LOW_I16X8_U].name = "i32x4.extmul_low_i16x8_u",
    [OP_I32X4_EXTMUL_HIGH_I16X8_U].name = "i32x4.extmul_high_i16x8_u",
    [OP_I64X2_ABS].name = "i64x2.abs",
    [OP_I64X2_NEG].name = "i64x2.neg",
    [OP_I64X2_ALL_TRUE].name = "i64x2.all_true",
    [OP_I64X2_BITMASK].name = "i64x2.bitmask",
    [OP_I64X2_EXTEND_LOW_I32X4_S].name = "i64x2.extend_low_i32x4_s",
    [OP_I64X2_EXTEND_HIGH_I32X4_S].name = "i64x2.extend_high_i32x4_s",
    [OP_I64X2_EXTEND_LOW_I32X4_U].name = "i64x2.extend_low_i32x4_u",
    [OP_I64X2_EXTEND_HIGH_I32X4_U].name = "i64x2.extend_high_i32x4_u",
    [OP_I64X2_SHL].name = "i64x2.shl",
    [OP_I64X2_SHR_S].name = "i64x2.shr_s",
    [OP_I64X2_SHR_U].name = "i64x2.shr_u",
    [OP_I64X2_ADD].name = "i64x2.add",
    [OP_I64X2_SUB].name = "i64x2.sub",
    [OP_I64X2_MUL].name = "i64x2.mul",
    [OP_I64X2_EQ].name = "i64x2.eq",
    [OP_I64X2_NE].name = "i64x2.ne",
    [OP_I64X2_LT_S].name = "i64x2.lt_s",
    [OP_I64X2_GT_S].name = "i64x2.gt_s",
    [OP_I64X2_LE_S].name = "i64x2.le_s",
    [OP_I64X2_GE_S].name = "i64x2.ge_s",
    [OP_I64X2_EXTMUL_LOW_I32X4_S].name = "i64x2.extmul_low_i32x4_s",
    [OP_I64X2_EXTMUL_HIGH_I32X4_S].name = "i64x2.extmul_high_i32x4_s",
    [OP_I64X2_EXTMUL_LOW_I32X4_U].name = "i64x2.extmul_low_i32x4_u",
    [OP_I64X2_EXTMUL_HIGH_I32X4_U].name = "i64x2.extmul_high_i32x4_u",
    [OP_F32X4_ABS].name = "f32x4.abs",
    [OP_F32X4_NEG].name = "f32x4.neg",
    [OP_F32X4_SQRT].name = "f32x4.sqrt",
    [OP_F32X4_ADD].name = "f32x4.add",
    [OP_F32X4_SUB].name = "f32x4.sub",
    [OP_F32X4_MUL].name = "f32x4.mul",
    [OP_F32X4_DIV].name = "f32x4.div",
    [OP_F32X4_MIN].name = "f32x4.min",
    [OP_F32X4_MAX].name = "f32x4.max",
    [OP_F32X4_PMIN].name = "f32x4.pmin",
    [OP_F32X4_PMAX].name = "f32x4.pmax",
    [OP_F64X2_ABS].name = "f64x2.abs",
    [OP_F64X2_NEG].name = "f64x2.neg",
    [OP_F64X2_SQRT].name = "f64x2.sqrt",
    [OP_F64X2_ADD].name = "f64x2.add",
    [OP_F64X2_SUB].name = "f64x2.sub",
    [OP_F64X2_MUL].name = "f64x2.mul",
    [OP_F64X2_DIV].name = "f64x2.div",
    [OP_F64X2_MIN].name = "f64x2.min",
    [OP_F64X2_MAX].name = "f64x2.max",
    [OP_F64X2_PMIN].name = "f64x2.pmin",
    [OP_F64X2_PMAX].name = "f64x2.pmax",
    [OP_I32X4_TRUNC_SAT_F32X4_S].name = "i32x4.trunc_sat_f32x4_s",
    [OP_I32X4_TRUNC_SAT_F32X4_U].name = "i32x4.trunc_sat_f32x4_u",
    [OP_F32X4_CONVERT_I32X4_S].name = "f32x4.convert_i32x4_s",
    [OP_F32X4_CONVERT_I32X4_U].name = "f32x4.convert_i32x4_u",
    [OP_I32X4_TRUNC_SAT_F64X2_S_ZERO].name = "i32x4.trunc_sat_f64x2_s_zero",
    [OP_I32X4_TRUNC_SAT_F64X2_U_ZERO].name = "i32x4.trunc_sat_f64x2_u_zero",
    [OP_F64X2_CONVERT_LOW_I32X4_S].name = "f64x2.convert_low_i32x4_s",
    [OP_F64X2_CONVERT_LOW_I32X4_U].name = "f64x2.convert_low_i32x4_u",
};
#undef W2O_OP_INFO

const char *opcode_name(wasm_opcode op) {
  if ((unsigned)op >= OP_COUNT)
    return "<invalid opcode>";
  return opcode_infos[op].name;
}

/* Maps an encoding (a byte, or 0xFC00|n, 0xFD00|n) to its opcode. */
static bool opcode_from_code(unsigned code, wasm_opcode *out) {
  switch (code) {
#define W2O_OP_CASE(n, c, i, s, family, arg) \
  case (c):                                  \
    *out = OP_##n;                           \
    return true;
    W2O_OPCODES(W2O_OP_CASE)
#undef W2O_OP_CASE
  default:
    return false;
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
  return b == VT_I32 || b == VT_I64 || b == VT_F32 || b == VT_F64 || b == VT_V128 ||
         b == VT_FUNCREF || b == VT_EXTERNREF;
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

static bool read_two_u32(reader *r, uint32_t *a, uint32_t *b) {
  return read_u32(r, a) && read_u32(r, b);
}

/* memarg ::= a:u32 o:u32 (memory 0) */
static bool read_memarg(reader *r, wasm_instr *in) {
  uint32_t offset = 0;
  if (!read_two_u32(r, &in->align, &offset))
    return false;
  in->offset_imm = offset;
  in->index = 0;
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
  default:
    return read_f64(r, &in->bits);
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
  case IMM_NONE:
    return true;
  case IMM_BLOCKTYPE:
    return read_blocktype(r, &in->blocktype);
  case IMM_BR_TABLE:
    return read_br_table(r, scratch, in);
  case IMM_LABEL: case IMM_FUNC: case IMM_LOCAL: case IMM_GLOBAL:
  case IMM_TABLE: case IMM_DATA: case IMM_ELEM:
    return read_u32(r, &in->index);
  case IMM_CALL_INDIRECT: case IMM_TABLE_INIT: case IMM_TABLE_COPY:
    return read_two_u32(r, &in->index, &in->index2);
  case IMM_SELECT_T:
    return read_select_t(r, in);
  case IMM_MEMARG:
    return read_memarg(r, in);
  case IMM_MEMORY:
    return read_zero_byte(r);
  case IMM_I32: case IMM_I64: case IMM_F32: case IMM_F64:
    return read_const_imm(r, imm, in);
  case IMM_REFTYPE:
    return read_reftype(r, &in->select_type);
  case IMM_MEMORY_INIT:
    return read_u32(r, &in->index) && read_zero_byte(r);
  case IMM_MEMORY_COPY:
    return read_zero_byte(r) && read_zero_byte(r);
  case IMM_V128: case IMM_SHUFFLE:
    return read_16_bytes(r, in->bytes);
  case IMM_LANE2: case IMM_LANE4: case IMM_LANE8: case IMM_LANE16:
    return read_u8(r, &in->lane);
  case IMM_MEMARG_LANE2: case IMM_MEMARG_LANE4: case IMM_MEMARG_LANE8: case IMM_MEMARG_LANE16:
    return read_memarg_lane(r, in);
  }
  return diag_error(r->diag, in->offset, "internal error: unknown immediate kind");
}

/* instr ::= opcode:byte immediates | 0xFC n:u32 immediates | 0xFD n:u32 immediates */
static bool read_opcode(reader *r, wasm_instr *in) {
  uint8_t byte = 0;
  if (!read_u8(r, &byte))
    return false;
  unsigned code = byte;
  if (byte == 0xFC || byte == 0xFD) {
    uint32_t sub = 0;
    if (!read_u32(r, &sub))
      return false;
    if (sub > 0xFF)
      return diag_error(r->diag, in->offset, "illegal opcode 0x%02x %u", byte, sub);
    code = (unsigned)byte << 8 | sub;
  }
  if (!opcode_from_code(code, &in->op)) {
    if (code > 0xFF)
      return diag_error(r->diag, in->offset, "illegal opcode 0x%02x %u", code >> 8, code & 0xFF);
    return diag_error(r->diag, in->offset, "illegal opcode 0x%02x", code);
  }
  return true;
}

bool read_instr(reader *r, arena *scratch, wasm_instr *out) {
  memset(out, 0, sizeof *out);
  out->offset = reader_offset(r);
  return read_opcode(r, out) && read_immediates(r, scratch, out);
}
