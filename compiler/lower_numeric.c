/*
 * lower_numeric.c — constants, comparisons, arithmetic and conversions.
 *
 * requires: operands of the types the opcode's signature names.
 * maintains: WebAssembly's exact semantics, never LLVM's undefined ones:
 *   - shift counts are taken modulo the width (LLVM's shifts are poison
 *     past it); rotates use funnel shifts, which are modular already;
 *   - division traps on zero and on INT_MIN / -1; remainder traps on zero
 *     and gives 0 for INT_MIN % -1 (computed as x % 1, no branch);
 *   - clz/ctz of zero give the width (is_zero_poison = false);
 *   - min/max use llvm.minimum/maximum (NaN-propagating, -0 < +0),
 *     nearest uses roundeven, copysign/abs/neg are bit operations;
 *   - trapping float->int conversions check NaN, then the exact range;
 *     saturating ones use llvm.fpto[su]i.sat, which match wasm exactly;
 *   - no fast-math flags anywhere: no reassociation, no contraction.
 * breaks:   nothing.
 *
 * The NaN rules live here once: lower_simd.c's arithmetic calls the same
 * lower_*_value helpers on vectors, so scalar and SIMD lanes agree.
 */
#include "lower.h"

static LLVMValueRef bool_to_i32(func_state *fs, LLVMValueRef c) {
  return LLVMBuildZExt(fs->be->builder, c, fs->be->t_i32, "");
}

bool lower_const(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  switch (in->op) {
  case OP_I32_CONST: lower_push(fs, lower_const_i32(be, (uint32_t)in->bits)); break;
  case OP_I64_CONST: lower_push(fs, lower_const_i64(be, in->bits)); break;
  case OP_F32_CONST:
    lower_push(fs, LLVMConstBitCast(lower_const_i32(be, (uint32_t)in->bits), be->t_f32));
    break;
  default: lower_push(fs, LLVMConstBitCast(lower_const_i64(be, in->bits), be->t_f64)); break;
  }
  return true;
}

bool lower_eqz(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMValueRef v = lower_pop(fs);
  LLVMValueRef c = LLVMBuildICmp(fs->be->builder, LLVMIntEQ, v, LLVMConstNull(LLVMTypeOf(v)), "");
  lower_push(fs, bool_to_i32(fs, c));
  return true;
}

bool lower_icmp(func_state *fs, const wasm_instr *in, int pred) {
  (void)in;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  if (fs->nowrap_active)
    pred = (int)lower_nowrap_predicate(fs, (LLVMIntPredicate)pred, l, r);
  lower_push(fs, bool_to_i32(fs, LLVMBuildICmp(fs->be->builder, (LLVMIntPredicate)pred, l, r, "")));
  return true;
}

bool lower_fcmp(func_state *fs, const wasm_instr *in, int pred) {
  (void)in;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  lower_push(fs, bool_to_i32(fs, LLVMBuildFCmp(fs->be->builder, (LLVMRealPredicate)pred, l, r, "")));
  return true;
}

/*
 * NaN quieting, scalar and vector alike (LLVM's fcmp, fadd and select work
 * lane by lane): `v` where neither `l` nor `r` is a NaN, else l + r, which
 * the FPU quiets; quiet_nan(fs, v, v, v) quiets `v` itself.
 */
static LLVMValueRef quiet_nan(func_state *fs, LLVMValueRef l, LLVMValueRef r, LLVMValueRef v) {
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef any_nan = LLVMBuildFCmp(b, LLVMRealUNO, l, r, "");
  return LLVMBuildSelect(b, any_nan, LLVMBuildFAdd(b, l, r, ""), v, "");
}

static bool is_identity_value(LLVMValueRef c) {
  LLVMBool lost;
  double d = LLVMConstRealGetDouble(c, &lost);
  return d == 0.0 || d == 1.0 || d == -1.0;
}

/* A constant ±0 or ±1, or for a vector a constant with such a lane (or a
 * lane that is undef or unknown: be safe). */
static bool has_identity_constant(LLVMValueRef v) {
  if (LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMVectorTypeKind)
    return LLVMIsAConstantFP(v) && is_identity_value(v);
  if (!LLVMIsAConstant(v))
    return false;
  unsigned n = LLVMGetVectorSize(LLVMTypeOf(v));
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef e = LLVMGetAggregateElement(v, i);
    if (!e || !LLVMIsAConstantFP(e) || is_identity_value(e))
      return true;
  }
  return false;
}

/*
 * LLVM folds x - 0.0, x * 1.0, x / -1.0, -0.0 - x and the like to x or -x,
 * which passes a signaling NaN through unquieted; wasm requires an
 * arithmetic NaN. Such operations (with a constant ±0 or ±1 operand: rare
 * in compiled code, which folds them itself) get an explicit quieting.
 */
LLVMValueRef lower_binop_value(func_state *fs, LLVMOpcode op, LLVMValueRef l, LLVMValueRef r) {
  LLVMValueRef v = LLVMBuildBinOp(fs->be->builder, op, l, r, "");
  bool is_float = op == LLVMFAdd || op == LLVMFSub || op == LLVMFMul || op == LLVMFDiv;
  if (is_float && (has_identity_constant(l) || has_identity_constant(r)))
    v = quiet_nan(fs, v, v, v);
  return v;
}

bool lower_binop(func_state *fs, const wasm_instr *in, int opcode) {
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  LLVMValueRef v = lower_binop_value(fs, (LLVMOpcode)opcode, l, r);
  if (fs->nowrap_active && (in->op == OP_I32_ADD || in->op == OP_I32_MUL || in->op == OP_I32_XOR))
    v = lower_nowrap_arith(fs, in->op, l, r, v);
  lower_push(fs, v);
  return true;
}

bool lower_shift(func_state *fs, const wasm_instr *in, int opcode) {
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  LLVMTypeRef t = LLVMTypeOf(l);
  LLVMValueRef mask = LLVMConstInt(t, LLVMGetIntTypeWidth(t) - 1, 0);
  LLVMValueRef count = LLVMBuildAnd(b, r, mask, "");
  LLVMValueRef v = LLVMBuildBinOp(b, (LLVMOpcode)opcode, l, count, "");
  if (fs->nowrap_active && in->op == OP_I32_SHL)
    v = lower_nowrap_arith(fs, in->op, l, count, v);
  lower_push(fs, v);
  return true;
}

bool lower_rotate(func_state *fs, const wasm_instr *in, int id) {
  (void)in;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  LLVMValueRef args[3] = {l, l, r};
  lower_push(fs, lower_call_intrinsic(fs, (enum intrinsic_id)id, LLVMTypeOf(l), args, 3));
  return true;
}

bool lower_idiv(func_state *fs, const wasm_instr *in, int opcode) {
  (void)in;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  LLVMTypeRef t = LLVMTypeOf(l);
  unsigned width = LLVMGetIntTypeWidth(t);
  LLVMValueRef zero = LLVMConstNull(t), minus_one = LLVMConstAllOnes(t);
  lower_trap_if(fs, LLVMBuildICmp(b, LLVMIntEQ, r, zero, ""), W2O_TRAP_INTEGER_DIVIDE_BY_ZERO);
  if (opcode == LLVMSDiv) {
    LLVMValueRef min = LLVMConstInt(t, 1ull << (width - 1), 0);
    LLVMValueRef overflow = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, l, min, ""),
                                         LLVMBuildICmp(b, LLVMIntEQ, r, minus_one, ""), "");
    lower_trap_if(fs, overflow, W2O_TRAP_INTEGER_OVERFLOW);
  } else if (opcode == LLVMSRem) {
    LLVMValueRef is_m1 = LLVMBuildICmp(b, LLVMIntEQ, r, minus_one, "");
    r = LLVMBuildSelect(b, is_m1, LLVMConstInt(t, 1, 0), r, "");
  }
  lower_push(fs, LLVMBuildBinOp(b, (LLVMOpcode)opcode, l, r, ""));
  return true;
}

/* ctlz, cttz and abs take a second operand, is_*_poison: false, so a zero
 * (INT_MIN for abs) gives wasm's result instead of poison. */
LLVMValueRef lower_unop_intrinsic_value(func_state *fs, enum intrinsic_id id, LLVMValueRef v) {
  LLVMValueRef args[2] = {v, LLVMConstInt(LLVMInt1TypeInContext(fs->be->context), 0, 0)};
  unsigned n = (id == INTR_CTLZ || id == INTR_CTTZ || id == INTR_ABS) ? 2 : 1;
  return lower_call_intrinsic(fs, id, LLVMTypeOf(v), args, n);
}

bool lower_unop_intrinsic(func_state *fs, const wasm_instr *in, int id) {
  (void)in;
  lower_push(fs, lower_unop_intrinsic_value(fs, (enum intrinsic_id)id, lower_pop(fs)));
  return true;
}

/*
 * min/max: llvm.minimum/maximum propagate a NaN operand as it is, signaling
 * or not, but wasm wants an arithmetic (quiet) NaN. When either operand is
 * NaN the result is l + r instead, which the FPU quiets.
 */
LLVMValueRef lower_binop_intrinsic_value(func_state *fs, enum intrinsic_id id, LLVMValueRef l,
                                         LLVMValueRef r) {
  LLVMValueRef args[2] = {l, r};
  LLVMValueRef v = lower_call_intrinsic(fs, id, LLVMTypeOf(l), args, 2);
  if (id == INTR_MINIMUM || id == INTR_MAXIMUM)
    v = quiet_nan(fs, l, r, v);
  return v;
}

bool lower_binop_intrinsic(func_state *fs, const wasm_instr *in, int id) {
  (void)in;
  LLVMValueRef r = lower_pop(fs), l = lower_pop(fs);
  lower_push(fs, lower_binop_intrinsic_value(fs, (enum intrinsic_id)id, l, r));
  return true;
}

bool lower_fneg(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  lower_push(fs, LLVMBuildFNeg(fs->be->builder, lower_pop(fs), ""));
  return true;
}

bool lower_convert(func_state *fs, const wasm_instr *in, int opcode) {
  LLVMValueRef v = lower_pop(fs);
  bool round_trip = opcode == LLVMFPTrunc && LLVMIsAFPExtInst(v); /* folded to the input */
  LLVMTypeRef to = lower_result_type(fs->be, in->op);
  LLVMValueRef r = LLVMBuildCast(fs->be->builder, (LLVMOpcode)opcode, v, to, "");
  lower_push(fs, round_trip ? quiet_nan(fs, r, r, r) : r);
  return true;
}

bool lower_extend_inreg(func_state *fs, const wasm_instr *in, int bits) {
  (void)in;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef v = lower_pop(fs);
  LLVMValueRef narrow = LLVMBuildTrunc(b, v, LLVMIntTypeInContext(fs->be->context, (unsigned)bits), "");
  lower_push(fs, LLVMBuildSExt(b, narrow, LLVMTypeOf(v), ""));
  return true;
}

/*
 * The exclusive bounds of floats whose truncation fits: x must satisfy
 * lo < x < hi. For signed N-bit results lo = -2^(N-1) - 1 when that is
 * exactly representable in the float type, else the check is x >= -2^(N-1)
 * (returned with *lo_inclusive). Unsigned: -1 < x < 2^N.
 */
static void trunc_bounds(unsigned bits, bool is_signed, bool is_f32, double *lo, double *hi,
                         bool *lo_inclusive) {
  double p = is_signed ? (double)(1ull << (bits - 2)) * 2.0 : (double)(1ull << (bits - 1)) * 2.0;
  *hi = p;
  *lo_inclusive = false;
  if (!is_signed) {
    *lo = -1.0;
    return;
  }
  unsigned mantissa = is_f32 ? 24 : 53;
  if (bits <= mantissa) {
    *lo = -p - 1.0; /* exactly representable */
  } else {
    *lo = -p;
    *lo_inclusive = true;
  }
}

bool lower_trunc_trap(func_state *fs, const wasm_instr *in, int is_signed) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef v = lower_pop(fs);
  LLVMTypeRef ft = LLVMTypeOf(v), it = lower_result_type(fs->be, in->op);
  unsigned bits = LLVMGetIntTypeWidth(it);
  double lo, hi;
  bool lo_inclusive;
  trunc_bounds(bits, is_signed, ft == be->t_f32, &lo, &hi, &lo_inclusive);
  lower_trap_if(fs, LLVMBuildFCmp(b, LLVMRealUNO, v, v, ""), W2O_TRAP_INVALID_CONVERSION);
  LLVMValueRef above =
      LLVMBuildFCmp(b, lo_inclusive ? LLVMRealOGE : LLVMRealOGT, v, LLVMConstReal(ft, lo), "");
  LLVMValueRef below = LLVMBuildFCmp(b, LLVMRealOLT, v, LLVMConstReal(ft, hi), "");
  LLVMValueRef ok = LLVMBuildAnd(b, above, below, "");
  lower_trap_if(fs, LLVMBuildNot(b, ok, ""), W2O_TRAP_INTEGER_OVERFLOW);
  lower_push(fs, is_signed ? LLVMBuildFPToSI(b, v, it, "") : LLVMBuildFPToUI(b, v, it, ""));
  return true;
}

bool lower_trunc_sat(func_state *fs, const wasm_instr *in, int is_signed) {
  LLVMValueRef v = lower_pop(fs);
  enum intrinsic_id id = is_signed ? INTR_FPTOSI_SAT : INTR_FPTOUI_SAT;
  lower_push(fs, lower_call_intrinsic(fs, id, lower_result_type(fs->be, in->op), &v, 1));
  return true;
}
