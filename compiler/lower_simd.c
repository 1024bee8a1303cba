/*
 * lower_simd.c — fixed-width SIMD: v128 values as LLVM vectors.
 *
 * requires: operands of the types the opcode's signature names; a v128
 *           operand is always an LLVM <2 x i64> (lower_valtype), which each
 *           family bitcasts to the lane shape it works on (<16 x i8>,
 *           <8 x i16>, <4 x i32>, <2 x i64>, <4 x float>, <2 x double>) and
 *           back, so locals, block slots and calls see one type.
 * maintains: WebAssembly's exact semantics on every target, through
 *   generic LLVM vector operations and target-independent intrinsics only:
 *   - shift counts are taken modulo the lane width;
 *   - swizzle gives 0 for indices >= 16 (compare and select, not pshufb);
 *   - saturating arithmetic, narrowing, q15mulr and float->int conversions
 *     saturate exactly (llvm.*add.sat, clamps, llvm.fpto[su]i.sat);
 *   - float min/max use llvm.minimum/maximum with NaN results quieted, as
 *     the scalar ones do; pmin/pmax are the spec's compare and select;
 *   - loads and stores use lower_effective_address (the bounds-check mode
 *     of the options), alignment 1 and the linear-memory TBAA class.
 * breaks:   nothing.
 *
 * The ARG of each family (opcodes.h) carries the lane shape in bits 16-19
 * (SIMD_ARG) and an LLVM opcode, predicate or intrinsic id in bits 0-15;
 * conversions carry source and destination shapes (SIMD_CONV).
 */
#include "lower.h"

/* Lanes and lane width of each shape. */
static const struct {
  unsigned lanes, bits;
  bool is_float;
} shapes[] = {
    [SHAPE_I8X16] = {16, 8, false}, [SHAPE_I16X8] = {8, 16, false}, [SHAPE_I32X4] = {4, 32, false},
    [SHAPE_I64X2] = {2, 64, false}, [SHAPE_F32X4] = {4, 32, true},  [SHAPE_F64X2] = {2, 64, true},
};

static int arg_shape(int a) { return (a >> 16) & 0xF; }
static int arg_op(int a) { return a & 0xFFFF; }
static int conv_dst(int a) { return (a >> 20) & 0xF; }
static bool conv_high(int a) { return (a >> 24) & 1; }

static LLVMTypeRef int_type(backend *be, unsigned bits) { return LLVMIntTypeInContext(be->context, bits); }

static LLVMTypeRef lane_type(backend *be, int shape) {
  if (shapes[shape].is_float)
    return shapes[shape].bits == 32 ? be->t_f32 : be->t_f64;
  return int_type(be, shapes[shape].bits);
}

static LLVMTypeRef vec_type(backend *be, int shape) {
  return LLVMVectorType(lane_type(be, shape), shapes[shape].lanes);
}

/* <n x iBITS>: the integer vectors of comparisons and widening. */
static LLVMTypeRef int_vec(backend *be, unsigned bits, unsigned n) {
  return LLVMVectorType(int_type(be, bits), n);
}

static LLVMValueRef cast(func_state *fs, LLVMValueRef v, LLVMTypeRef t) {
  return LLVMBuildBitCast(fs->be->builder, v, t, "");
}

static LLVMValueRef pop_as(func_state *fs, int shape) {
  return cast(fs, lower_pop(fs), vec_type(fs->be, shape));
}

static void push_v128(func_state *fs, LLVMValueRef v) {
  lower_push(fs, cast(fs, v, lower_valtype(fs->be, VT_V128)));
}

static LLVMValueRef const_lane(backend *be, unsigned bits, unsigned n, uint64_t v) {
  LLVMValueRef lanes[16];
  for (unsigned i = 0; i < n; i++)
    lanes[i] = LLVMConstInt(int_type(be, bits), v, 0);
  return LLVMConstVector(lanes, n);
}

/* A shufflevector mask of n lanes: first, first + step, ... */
static LLVMValueRef mask_series(backend *be, unsigned n, unsigned first, unsigned step) {
  LLVMValueRef idx[16];
  for (unsigned i = 0; i < n; i++)
    idx[i] = lower_const_i32(be, first + i * step);
  return LLVMConstVector(idx, n);
}

/* Lanes [first, first + n) (step `step`) of v. */
static LLVMValueRef take_lanes(func_state *fs, LLVMValueRef v, unsigned n, unsigned first, unsigned step) {
  return LLVMBuildShuffleVector(fs->be->builder, v, v, mask_series(fs->be, n, first, step), "");
}

static LLVMValueRef splat(func_state *fs, LLVMValueRef scalar, unsigned n) {
  LLVMBuilderRef b = fs->be->builder;
  LLVMTypeRef t = LLVMVectorType(LLVMTypeOf(scalar), n);
  LLVMValueRef v = LLVMBuildInsertElement(b, LLVMGetPoison(t), scalar, lower_const_i32(fs->be, 0), "");
  return LLVMBuildShuffleVector(b, v, v, LLVMConstNull(int_vec(fs->be, 32, n)), "");
}

/* ---- memory ---- */

/* The access's width is the opcode's BYTES column (opcodes.h). */
static LLVMValueRef load(func_state *fs, const wasm_instr *in, LLVMTypeRef t) {
  LLVMValueRef ptr =
      lower_effective_address(fs, in->index, lower_pop(fs), in->offset_imm, opcode_infos[in->op].bytes);
  return lower_load_value(fs, t, ptr, TBAA_MEMORY, false, 1);
}

static void store(func_state *fs, const wasm_instr *in, LLVMValueRef v) {
  LLVMValueRef ptr =
      lower_effective_address(fs, in->index, lower_pop(fs), in->offset_imm, opcode_infos[in->op].bytes);
  lower_store_value(fs, v, ptr, TBAA_MEMORY, 1);
}

/* v128.load */
bool lower_simd_load(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  lower_push(fs, load(fs, in, lower_valtype(fs->be, VT_V128)));
  return true;
}

/* v128.store */
bool lower_simd_store(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef v = lower_pop(fs);
  store(fs, in, v);
  return true;
}

/* v128.loadMxN_s/u: N lanes of M bits, extended to the result shape. */
bool lower_simd_load_extend(func_state *fs, const wasm_instr *in, int a) {
  int shape = arg_shape(a);
  unsigned n = shapes[shape].lanes;
  LLVMValueRef v = load(fs, in, int_vec(fs->be, shapes[shape].bits / 2, n));
  push_v128(fs, LLVMBuildCast(fs->be->builder, (LLVMOpcode)arg_op(a), v, vec_type(fs->be, shape), ""));
  return true;
}

/* v128.loadN_splat */
bool lower_simd_load_splat(func_state *fs, const wasm_instr *in, int shape) {
  LLVMValueRef v = load(fs, in, lane_type(fs->be, shape));
  push_v128(fs, splat(fs, v, shapes[shape].lanes));
  return true;
}

/* v128.load32_zero / load64_zero: lane 0 loaded, the others zero. */
bool lower_simd_load_zero(func_state *fs, const wasm_instr *in, int shape) {
  backend *be = fs->be;
  LLVMValueRef v = load(fs, in, lane_type(be, shape));
  LLVMValueRef zero = LLVMConstNull(vec_type(be, shape));
  push_v128(fs, LLVMBuildInsertElement(be->builder, zero, v, lower_const_i32(be, 0), ""));
  return true;
}

/* v128.loadN_lane: [i32 v128] -> [v128], lane `in->lane` replaced. */
bool lower_simd_load_lane(func_state *fs, const wasm_instr *in, int shape) {
  backend *be = fs->be;
  LLVMValueRef v = pop_as(fs, shape);
  LLVMValueRef x = load(fs, in, lane_type(be, shape));
  push_v128(fs, LLVMBuildInsertElement(be->builder, v, x, lower_const_i32(be, in->lane), ""));
  return true;
}

/* v128.storeN_lane: [i32 v128] -> [] */
bool lower_simd_store_lane(func_state *fs, const wasm_instr *in, int shape) {
  backend *be = fs->be;
  LLVMValueRef v = pop_as(fs, shape);
  LLVMValueRef x = LLVMBuildExtractElement(be->builder, v, lower_const_i32(be, in->lane), "");
  store(fs, in, x);
  return true;
}

/* ---- constants, shuffles, lanes ---- */

bool lower_simd_const(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  uint64_t half[2] = {0, 0};
  for (int i = 0; i < 16; i++)
    half[i / 8] |= (uint64_t)in->bytes[i] << (8 * (i % 8));
  LLVMValueRef v[2] = {lower_const_i64(fs->be, half[0]), lower_const_i64(fs->be, half[1])};
  lower_push(fs, LLVMConstVector(v, 2));
  return true;
}

/* i8x16.shuffle: lane i = (a ++ b)[imm[i]], the indices validated < 32. */
bool lower_simd_shuffle(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef r = pop_as(fs, SHAPE_I8X16), l = pop_as(fs, SHAPE_I8X16);
  LLVMValueRef idx[16];
  for (int i = 0; i < 16; i++)
    idx[i] = lower_const_i32(be, in->bytes[i]);
  push_v128(fs, LLVMBuildShuffleVector(be->builder, l, r, LLVMConstVector(idx, 16), ""));
  return true;
}

/* i8x16.swizzle: lane i = s[i] < 16 ? a[s[i]] : 0. */
bool lower_simd_swizzle(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef s = pop_as(fs, SHAPE_I8X16), v = pop_as(fs, SHAPE_I8X16);
  LLVMValueRef idx = LLVMBuildAnd(b, s, const_lane(be, 8, 16, 15), "");
  LLVMValueRef gathered = LLVMGetPoison(LLVMTypeOf(v));
  for (unsigned i = 0; i < 16; i++) {
    LLVMValueRef lane = lower_const_i32(be, i);
    LLVMValueRef x = LLVMBuildExtractElement(b, v, LLVMBuildExtractElement(b, idx, lane, ""), "");
    gathered = LLVMBuildInsertElement(b, gathered, x, lane, "");
  }
  LLVMValueRef in_range = LLVMBuildICmp(b, LLVMIntULT, s, const_lane(be, 8, 16, 16), "");
  push_v128(fs, LLVMBuildSelect(b, in_range, gathered, LLVMConstNull(LLVMTypeOf(v)), ""));
  return true;
}

/* SHAPE.splat: the scalar operand (i32 truncated for i8x16 / i16x8) in every lane. */
bool lower_simd_splat(func_state *fs, const wasm_instr *in, int shape) {
  (void)in;
  LLVMValueRef x = lower_pop(fs);
  if (!shapes[shape].is_float && shapes[shape].bits < 32)
    x = LLVMBuildTrunc(fs->be->builder, x, lane_type(fs->be, shape), "");
  push_v128(fs, splat(fs, x, shapes[shape].lanes));
  return true;
}

/* SHAPE.extract_lane[_s|_u]: ARG's opcode extends narrow lanes to i32. */
bool lower_simd_extract_lane(func_state *fs, const wasm_instr *in, int a) {
  backend *be = fs->be;
  LLVMValueRef v = pop_as(fs, arg_shape(a));
  LLVMValueRef x = LLVMBuildExtractElement(be->builder, v, lower_const_i32(be, in->lane), "");
  if (arg_op(a))
    x = LLVMBuildCast(be->builder, (LLVMOpcode)arg_op(a), x, be->t_i32, "");
  lower_push(fs, x);
  return true;
}

bool lower_simd_replace_lane(func_state *fs, const wasm_instr *in, int shape) {
  backend *be = fs->be;
  LLVMValueRef x = lower_pop(fs), v = pop_as(fs, shape);
  if (!shapes[shape].is_float && shapes[shape].bits < 32)
    x = LLVMBuildTrunc(be->builder, x, lane_type(be, shape), "");
  push_v128(fs, LLVMBuildInsertElement(be->builder, v, x, lower_const_i32(be, in->lane), ""));
  return true;
}

/* ---- comparisons and bitwise operations ---- */

/* An <N x i1> mask as lanes of all ones or zeros, `bits` wide. */
static void push_mask(func_state *fs, LLVMValueRef m, unsigned bits, unsigned n) {
  push_v128(fs, LLVMBuildSExt(fs->be->builder, m, int_vec(fs->be, bits, n), ""));
}

bool lower_simd_icmp(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  int shape = arg_shape(a);
  LLVMValueRef r = pop_as(fs, shape), l = pop_as(fs, shape);
  LLVMValueRef m = LLVMBuildICmp(fs->be->builder, (LLVMIntPredicate)arg_op(a), l, r, "");
  push_mask(fs, m, shapes[shape].bits, shapes[shape].lanes);
  return true;
}

bool lower_simd_fcmp(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  int shape = arg_shape(a);
  LLVMValueRef r = pop_as(fs, shape), l = pop_as(fs, shape);
  LLVMValueRef m = LLVMBuildFCmp(fs->be->builder, (LLVMRealPredicate)arg_op(a), l, r, "");
  push_mask(fs, m, shapes[shape].bits, shapes[shape].lanes);
  return true;
}

bool lower_simd_not(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  push_v128(fs, LLVMBuildNot(fs->be->builder, lower_pop(fs), ""));
  return true;
}

/* v128.andnot: a & ~b */
bool lower_simd_andnot(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  push_v128(fs, LLVMBuildAnd(b, l, LLVMBuildNot(b, r, ""), ""));
  return true;
}

/* v128.bitselect: (v1 & c) | (v2 & ~c) */
bool lower_simd_bitselect(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef c = lower_pop(fs), v2 = lower_pop(fs), v1 = lower_pop(fs);
  LLVMValueRef ones = LLVMBuildAnd(b, v1, c, ""), zeros = LLVMBuildAnd(b, v2, LLVMBuildNot(b, c, ""), "");
  push_v128(fs, LLVMBuildOr(b, ones, zeros, ""));
  return true;
}

/* v128.any_true: any bit set. */
bool lower_simd_any_true(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  backend *be = fs->be;
  LLVMValueRef v = cast(fs, lower_pop(fs), int_type(be, 128));
  LLVMValueRef c = LLVMBuildICmp(be->builder, LLVMIntNE, v, LLVMConstNull(int_type(be, 128)), "");
  lower_push(fs, LLVMBuildZExt(be->builder, c, be->t_i32, ""));
  return true;
}

/* SHAPE.all_true: every lane non-zero (the lane mask, as an integer, all ones). */
bool lower_simd_all_true(func_state *fs, const wasm_instr *in, int shape) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  unsigned n = shapes[shape].lanes;
  LLVMValueRef v = pop_as(fs, shape);
  LLVMValueRef nonzero = LLVMBuildICmp(b, LLVMIntNE, v, LLVMConstNull(LLVMTypeOf(v)), "");
  LLVMValueRef m = cast(fs, nonzero, int_type(be, n));
  LLVMValueRef c = LLVMBuildICmp(b, LLVMIntEQ, m, LLVMConstAllOnes(int_type(be, n)), "");
  lower_push(fs, LLVMBuildZExt(b, c, be->t_i32, ""));
  return true;
}

/* SHAPE.bitmask: bit i = the sign bit of lane i. */
bool lower_simd_bitmask(func_state *fs, const wasm_instr *in, int shape) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef v = pop_as(fs, shape);
  LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, v, LLVMConstNull(LLVMTypeOf(v)), "");
  lower_push(fs, LLVMBuildZExt(b, cast(fs, neg, int_type(be, shapes[shape].lanes)), be->t_i32, ""));
  return true;
}

/* ---- arithmetic ---- */

/* SHAPE.add/sub/mul/div, v128.and/or/xor: one LLVM binary operator, float
 * lanes quieted as the scalar ones are (lower_binop_value). */
bool lower_simd_binop(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  int shape = arg_shape(a);
  LLVMValueRef r = pop_as(fs, shape), l = pop_as(fs, shape);
  push_v128(fs, lower_binop_value(fs, (LLVMOpcode)arg_op(a), l, r));
  return true;
}

/* Saturating add/sub, integer min/max, float min/max (NaN results quieted). */
bool lower_simd_binop_intrinsic(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  int shape = arg_shape(a);
  LLVMValueRef r = pop_as(fs, shape), l = pop_as(fs, shape);
  push_v128(fs, lower_binop_intrinsic_value(fs, (enum intrinsic_id)arg_op(a), l, r));
  return true;
}

/* abs, popcnt, float abs/sqrt/ceil/floor/trunc/nearest. abs(INT_MIN) = INT_MIN. */
bool lower_simd_unop_intrinsic(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  LLVMValueRef v = pop_as(fs, arg_shape(a));
  push_v128(fs, lower_unop_intrinsic_value(fs, (enum intrinsic_id)arg_op(a), v));
  return true;
}

bool lower_simd_neg(func_state *fs, const wasm_instr *in, int shape) {
  (void)in;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef v = pop_as(fs, shape);
  push_v128(fs, shapes[shape].is_float ? LLVMBuildFNeg(b, v, "") : LLVMBuildNeg(b, v, ""));
  return true;
}

/* SHAPE.shl/shr_s/shr_u: [v128 i32] -> [v128], count modulo the lane width. */
bool lower_simd_shift(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  int shape = arg_shape(a);
  unsigned bits = shapes[shape].bits;
  LLVMValueRef count = LLVMBuildAnd(b, lower_pop(fs), lower_const_i32(be, bits - 1), "");
  LLVMValueRef v = pop_as(fs, shape);
  count = LLVMBuildTruncOrBitCast(b, count, int_type(be, bits < 32 ? bits : 32), "");
  count = LLVMBuildZExtOrBitCast(b, count, lane_type(be, shape), "");
  push_v128(fs, LLVMBuildBinOp(b, (LLVMOpcode)arg_op(a), v, splat(fs, count, shapes[shape].lanes), ""));
  return true;
}

/* SHAPE.avgr_u: (a + b + 1) >> 1 computed one bit wider. */
bool lower_simd_avgr_u(func_state *fs, const wasm_instr *in, int shape) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  unsigned bits = shapes[shape].bits, n = shapes[shape].lanes;
  LLVMTypeRef wide = int_vec(be, bits * 2, n);
  LLVMValueRef r = LLVMBuildZExt(b, pop_as(fs, shape), wide, "");
  LLVMValueRef l = LLVMBuildZExt(b, pop_as(fs, shape), wide, "");
  LLVMValueRef sum = LLVMBuildAdd(b, LLVMBuildAdd(b, l, r, ""), const_lane(be, bits * 2, n, 1), "");
  LLVMValueRef avg = LLVMBuildLShr(b, sum, const_lane(be, bits * 2, n, 1), "");
  push_v128(fs, LLVMBuildTrunc(b, avg, vec_type(be, shape), ""));
  return true;
}

/* pmin = b < a ? b : a; pmax = a < b ? b : a (ARG's op: 1 for max). */
bool lower_simd_pminmax(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  LLVMBuilderRef b = fs->be->builder;
  int shape = arg_shape(a);
  LLVMValueRef r = pop_as(fs, shape), l = pop_as(fs, shape);
  bool is_max = arg_op(a);
  LLVMValueRef c = LLVMBuildFCmp(b, LLVMRealOLT, is_max ? l : r, is_max ? r : l, "");
  push_v128(fs, LLVMBuildSelect(b, c, r, l, ""));
  return true;
}

/* Pops two i16x8 operands and returns their lane-wise product as i32x8
 * (exact: both sign-extended first). Shared by q15mulr and dot. */
static LLVMValueRef pop_widened_product(func_state *fs) {
  LLVMBuilderRef b = fs->be->builder;
  LLVMTypeRef wide = int_vec(fs->be, 32, 8);
  LLVMValueRef r = LLVMBuildSExt(b, pop_as(fs, SHAPE_I16X8), wide, "");
  LLVMValueRef l = LLVMBuildSExt(b, pop_as(fs, SHAPE_I16X8), wide, "");
  return LLVMBuildMul(b, l, r, "");
}

/* i16x8.q15mulr_sat_s: (a * b + 0x4000) >> 15, saturated (only
 * -32768 * -32768 overflows, to 32768). */
bool lower_simd_q15mulr_sat(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMTypeRef wide = int_vec(be, 32, 8);
  LLVMValueRef p = LLVMBuildAdd(b, pop_widened_product(fs), const_lane(be, 32, 8, 0x4000), "");
  p = LLVMBuildAShr(b, p, const_lane(be, 32, 8, 15), "");
  LLVMValueRef args[2] = {p, const_lane(be, 32, 8, 0x7FFF)};
  p = lower_call_intrinsic(fs, INTR_SMIN, wide, args, 2);
  push_v128(fs, LLVMBuildTrunc(b, p, int_vec(be, 16, 8), ""));
  return true;
}

/* ---- widening and narrowing ---- */

/* The lanes of `v` (shape `src`) that convert to shape `dst`: all of them,
 * or the low or high half when `dst` has fewer lanes. */
static LLVMValueRef source_lanes(func_state *fs, LLVMValueRef v, int src, int dst, bool high) {
  unsigned sn = shapes[src].lanes, dn = shapes[dst].lanes;
  if (dn >= sn)
    return v;
  return take_lanes(fs, v, dn, high ? sn - dn : 0, 1);
}

/* Lanes of `v` widened to shape `dst` by ARG's cast (SExt or ZExt). */
static LLVMValueRef widen(func_state *fs, LLVMValueRef v, int a) {
  int src = arg_shape(a), dst = conv_dst(a);
  v = source_lanes(fs, v, src, dst, conv_high(a));
  return LLVMBuildCast(fs->be->builder, (LLVMOpcode)arg_op(a), v, vec_type(fs->be, dst), "");
}

/*
 * Lane conversions: extend_low/high, convert_i32x4, convert_low_i32x4,
 * promote_low, demote_f64x2_zero, trunc_sat_f32x4, trunc_sat_f64x2_zero.
 * The low (or high) lanes that fit are converted; missing result lanes are
 * zero. FPToSI / FPToUI mean the saturating llvm.fpto[su]i.sat.
 */
bool lower_simd_convert(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  backend *be = fs->be;
  int src = arg_shape(a), dst = conv_dst(a), op = arg_op(a);
  unsigned sn = shapes[src].lanes, dn = shapes[dst].lanes, n = sn < dn ? sn : dn;
  LLVMValueRef v = source_lanes(fs, pop_as(fs, src), src, dst, conv_high(a));
  LLVMTypeRef t = LLVMVectorType(lane_type(be, dst), n);
  if (op == LLVMFPToSI || op == LLVMFPToUI)
    v = lower_call_intrinsic(fs, op == LLVMFPToSI ? INTR_FPTOSI_SAT : INTR_FPTOUI_SAT, t, &v, 1);
  else
    v = LLVMBuildCast(be->builder, (LLVMOpcode)op, v, t, "");
  if (n < dn) /* lanes n.. from a zero vector */
    v = LLVMBuildShuffleVector(be->builder, v, LLVMConstNull(t), mask_series(be, dn, 0, 1), "");
  push_v128(fs, v);
  return true;
}

/* extmul_low/high: the halves widened, then multiplied (cannot overflow). */
bool lower_simd_extmul(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  int src = arg_shape(a);
  LLVMValueRef r = widen(fs, pop_as(fs, src), a), l = widen(fs, pop_as(fs, src), a);
  push_v128(fs, LLVMBuildMul(fs->be->builder, l, r, ""));
  return true;
}

/* extadd_pairwise: lane i = ext(a[2i]) + ext(a[2i+1]). */
bool lower_simd_extadd_pairwise(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  int src = arg_shape(a);
  unsigned n = shapes[src].lanes / 2;
  LLVMTypeRef wide = int_vec(be, shapes[src].bits * 2, n);
  LLVMValueRef v = pop_as(fs, src);
  LLVMValueRef even = LLVMBuildCast(b, (LLVMOpcode)arg_op(a), take_lanes(fs, v, n, 0, 2), wide, "");
  LLVMValueRef odd = LLVMBuildCast(b, (LLVMOpcode)arg_op(a), take_lanes(fs, v, n, 1, 2), wide, "");
  push_v128(fs, LLVMBuildAdd(b, even, odd, ""));
  return true;
}

/* i32x4.dot_i16x8_s: lane i = a[2i] * b[2i] + a[2i+1] * b[2i+1] (wrapping). */
bool lower_simd_dot(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef p = pop_widened_product(fs);
  push_v128(fs, LLVMBuildAdd(b, take_lanes(fs, p, 4, 0, 2), take_lanes(fs, p, 4, 1, 2), ""));
  return true;
}

/* Lanes of `v` clamped to [lo, hi] (signed compares). */
static LLVMValueRef clamp(func_state *fs, LLVMValueRef v, unsigned bits, unsigned n, int64_t lo, int64_t hi) {
  LLVMValueRef args[2] = {v, const_lane(fs->be, bits, n, (uint64_t)lo)};
  LLVMValueRef x = lower_call_intrinsic(fs, INTR_SMAX, LLVMTypeOf(v), args, 2);
  LLVMValueRef args2[2] = {x, const_lane(fs->be, bits, n, (uint64_t)hi)};
  return lower_call_intrinsic(fs, INTR_SMIN, LLVMTypeOf(v), args2, 2);
}

/* narrow_s/u: both operands' signed lanes saturated to the half width,
 * signed or unsigned (ARG's op: 1 for signed), a's lanes first. */
bool lower_simd_narrow(func_state *fs, const wasm_instr *in, int a) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  int src = arg_shape(a);
  unsigned bits = shapes[src].bits, half = bits / 2, n = shapes[src].lanes;
  int64_t lo = arg_op(a) ? -((int64_t)1 << (half - 1)) : 0;
  int64_t hi = arg_op(a) ? ((int64_t)1 << (half - 1)) - 1 : ((int64_t)1 << half) - 1;
  LLVMTypeRef t = int_vec(be, half, n);
  LLVMValueRef r = LLVMBuildTrunc(b, clamp(fs, pop_as(fs, src), bits, n, lo, hi), t, "");
  LLVMValueRef l = LLVMBuildTrunc(b, clamp(fs, pop_as(fs, src), bits, n, lo, hi), t, "");
  push_v128(fs, LLVMBuildShuffleVector(b, l, r, mask_series(be, 2 * n, 0, 1), ""));
  return true;
}
