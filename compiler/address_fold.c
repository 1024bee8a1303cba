/*
 * address_fold.c — after LLVM's pipeline: `x + c` accesses with c < 0 made
 * base + x + c, so the constant folds into the access.
 *
 * requires: a module optimized by optimize_module's pipeline; a runtime of
 *           W2O_ABI_VERSION 7 or later (the object's descriptor says which).
 * produces: the same module, where a plain load or store whose pointer is
 *           `base + zext(x + c)` (base that of a 32-bit memory, c a constant
 *           in [-W2O_MEMORY_PRE_GUARD, -1]) uses `(base + zext(x)) + c`.
 * breaks:   nothing: the access traps exactly when it did (below).
 *
 * Why: wasm addresses are i32 and wrap, so `stack[sp - 1]` arrives, after
 * InstCombine, as zext(add i32 (shl sp, 2) + fp, -4): on x86-64 a 32-bit
 * `lea` plus an `add` before the access, where native code folds the -4
 * into the access (`-4(%rsp,%rdx,4)`). Measured (valgrind --tool=callgrind,
 * bench kernels at full size, -O2): interp 3.42 -> 3.32 G instructions
 * (-3.0%), sha256 3.80 -> 3.65 G (-3.9%), strsearch -0.4%, sort, lz77 and
 * hashtable unchanged. interp's kernel time did not move measurably on the
 * AMD EPYC test machine, where it depends on code placement far more.
 *
 * Why it is exact: where x + c does not wrap (x >= -c), both are the same
 * address. Where it wraps (x < -c), the wasm address is 2^32 + x + c, at
 * least 2^32 - W2O_MEMORY_PRE_GUARD, above the end of any 32-bit memory
 * (the runtime never lets one reach W2O_MEMORY32_LIMIT_PAGES + 1 pages), so
 * the access traps: by a fault in the guard region after the memory, or by
 * a failed compare with explicit checks. base + x + c is then below base,
 * inside the W2O_MEMORY_PRE_GUARD inaccessible bytes every reservation has
 * there (runtime/src/os_posix.c), so the new access faults and the fault
 * handler reports the same out-of-bounds trap; with explicit checks the
 * compare of x + c, unchanged, still runs first. An access with an offset
 * is not of this shape (its pointer is another GEP on top), and neither is
 * a base that is not exactly a memory's: LLVM may hoist an offset into a
 * GEP under the index, and that sum could be in bounds where it wraps. Only
 * on 64-bit targets; 64-bit memories (memory64) are left alone, where
 * 2^32 + x + c may well be in bounds.
 */
#include <stddef.h>

#include "backend_impl.h"
#include "w2o_abi.h"

_Static_assert(offsetof(w2o_memory_t, base) == 0, "a memory's base is loaded from the memory object itself");

/* v's constant value, if v is an integer constant. */
static bool const_value(LLVMValueRef v, long long *out) {
  if (!v || !LLVMIsAConstantInt(v))
    return false;
  *out = LLVMConstIntGetSExtValue(v);
  return true;
}

/* `p` as `base + k`: a one-index i8 GEP by a constant, or p itself (k 0). */
static LLVMValueRef strip_const_gep(LLVMValueRef p, LLVMTypeRef i8, long long *k) {
  *k = 0;
  if (!LLVMIsAGetElementPtrInst(p) || LLVMGetNumIndices(p) != 1 || LLVMGetGEPSourceElementType(p) != i8 ||
      !const_value(LLVMGetOperand(p, 1), k))
    return p;
  return LLVMGetOperand(p, 0);
}

/* The index of the memory whose base `v` is, as lowering loads it
 * (lower.c, lower_memory.c): ctx->memories[i]->base, ctx being parameter 0
 * of `fn`; -1 for anything else. */
static long long memory_index(LLVMValueRef fn, LLVMValueRef v, LLVMTypeRef i8) {
  if (!LLVMIsALoadInst(v))
    return -1;
  LLVMValueRef object = LLVMGetOperand(v, 0);
  if (!LLVMIsALoadInst(object))
    return -1;
  long long slot, field;
  LLVMValueRef array = strip_const_gep(LLVMGetOperand(object, 0), i8, &slot);
  if (!LLVMIsALoadInst(array) || slot < 0 || slot % (long long)sizeof(void *) != 0)
    return -1;
  LLVMValueRef ctx = strip_const_gep(LLVMGetOperand(array, 0), i8, &field);
  if (ctx != LLVMGetParam(fn, 0) || field != (long long)offsetof(w2o_instance_t, memories))
    return -1;
  return slot / (long long)sizeof(void *);
}

/* Whether `user` is a plain load or store through `gep` (not its value). */
static bool plain_access_through(LLVMValueRef user, LLVMValueRef gep) {
  if (LLVMIsALoadInst(user))
    return LLVMGetOperand(user, 0) == gep && !LLVMGetVolatile(user) &&
           LLVMGetOrdering(user) == LLVMAtomicOrderingNotAtomic;
  if (LLVMIsAStoreInst(user))
    return LLVMGetOperand(user, 1) == gep && LLVMGetOperand(user, 0) != gep && !LLVMGetVolatile(user) &&
           LLVMGetOrdering(user) == LLVMAtomicOrderingNotAtomic;
  return false;
}

/* `v` as x + c (mod 2^32, c in *c), looking through additions,
 * subtractions, and multiplications and shifts by constants (`depth` levels
 * at most): (sp - 1) * 4 + fp is (sp * 4 + fp) - 4. Where x is not a value
 * that exists, builds it at `b` (before the access's GEP, which the
 * operands dominate); returns v itself with c = 0 if there is no constant. */
static LLVMValueRef peel(const backend *be, LLVMBuilderRef b, LLVMValueRef v, int depth, uint32_t *c) {
  *c = 0;
  long long k;
  if (depth == 0 || !LLVMIsAInstruction(v) || LLVMTypeOf(v) != be->t_i32)
    return v;
  LLVMOpcode op = LLVMGetInstructionOpcode(v);
  if (op != LLVMAdd && op != LLVMSub && op != LLVMMul && op != LLVMShl)
    return v;
  LLVMValueRef l = LLVMGetOperand(v, 0), r = LLVMGetOperand(v, 1);
  uint32_t cl, cr;
  if (op == LLVMMul || op == LLVMShl) {
    if (!const_value(r, &k) || (op == LLVMShl && (k < 0 || k > 31)))
      return v;
    LLVMValueRef x = peel(be, b, l, depth - 1, &cl);
    if (cl == 0)
      return v;
    *c = op == LLVMShl ? cl << k : cl * (uint32_t)k;
    return op == LLVMShl ? LLVMBuildShl(b, x, r, "") : LLVMBuildMul(b, x, r, "");
  }
  if (const_value(r, &k)) {
    LLVMValueRef x = peel(be, b, l, depth - 1, &cl);
    *c = op == LLVMAdd ? cl + (uint32_t)k : cl - (uint32_t)k;
    return x;
  }
  LLVMValueRef xl = peel(be, b, l, depth - 1, &cl), xr = peel(be, b, r, depth - 1, &cr);
  *c = op == LLVMAdd ? cl + cr : cl - cr;
  if (*c == 0)
    return v; /* (a - 4) + (b + 4) is v already */
  if (cl == 0 && cr == 0)
    return v;
  return op == LLVMAdd ? LLVMBuildAdd(b, xl, xr, "") : LLVMBuildSub(b, xl, xr, "");
}

/* If `gep` is base + zext(a) with base that of a 32-bit memory, its index
 * zext(a); NULL if not. */
static LLVMValueRef memory_index_of(const backend *be, LLVMValueRef fn, LLVMValueRef gep) {
  if (LLVMGetNumIndices(gep) != 1 || LLVMGetGEPSourceElementType(gep) != be->t_i8)
    return NULL;
  LLVMValueRef index = LLVMGetOperand(gep, 1);
  if (!LLVMIsAZExtInst(index) || LLVMTypeOf(LLVMGetOperand(index, 0)) != be->t_i32)
    return NULL;
  long long memory = memory_index(fn, LLVMGetOperand(gep, 0), be->t_i8);
  if (memory < 0 || memory >= be->wasm->memory_total || be->wasm->memories[memory].index64)
    return NULL;
  return index;
}

/* Deletes `v` if it is arithmetic or an address nothing uses any more,
 * then its operands likewise (`depth` levels at most). */
static void erase_dead(LLVMValueRef v, int depth) {
  if (depth == 0 || !LLVMIsAInstruction(v) || LLVMGetFirstUse(v))
    return;
  LLVMOpcode op = LLVMGetInstructionOpcode(v);
  if (op != LLVMAdd && op != LLVMSub && op != LLVMMul && op != LLVMShl && op != LLVMZExt &&
      op != LLVMGetElementPtr)
    return;
  LLVMValueRef operands[2] = {LLVMGetOperand(v, 0), LLVMGetNumOperands(v) > 1 ? LLVMGetOperand(v, 1) : NULL};
  LLVMInstructionEraseFromParent(v);
  for (int i = 0; i < 2; i++)
    if (operands[i])
      erase_dead(operands[i], depth - 1);
}

/* Rewrites the plain accesses through `gep` (base + zext(a), `index` the
 * zext) where a is x + c of the shape above. */
static void fold_gep(backend *be, LLVMBuilderRef b, LLVMValueRef gep, LLVMValueRef index) {
  LLVMUseRef use = LLVMGetFirstUse(gep);
  while (use && !plain_access_through(LLVMGetUser(use), gep))
    use = LLVMGetNextUse(use);
  if (!use)
    return;
  LLVMValueRef before = LLVMGetPreviousInstruction(gep); /* the first built comes after it */
  LLVMPositionBuilderBefore(b, gep);
  LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(gep));
  uint32_t c;
  LLVMValueRef x = peel(be, b, LLVMGetOperand(index, 0), 4, &c);
  if ((int32_t)c >= 0 || (int32_t)c < -(int32_t)W2O_MEMORY_PRE_GUARD) {
    /* not foldable: delete what peel built, last first */
    for (LLVMValueRef in = LLVMGetPreviousInstruction(gep); in != before;) {
      LLVMValueRef prev = LLVMGetPreviousInstruction(in);
      LLVMInstructionEraseFromParent(in);
      in = prev;
    }
    return;
  }
  LLVMValueRef wide = LLVMBuildZExt(b, x, be->t_i64, "");
  LLVMValueRef at = LLVMBuildInBoundsGEP2(b, be->t_i8, LLVMGetOperand(gep, 0), &wide, 1, "");
  LLVMValueRef k = LLVMConstInt(be->t_i64, (uint64_t)(int64_t)(int32_t)c, true);
  /* not inbounds: where x + c wraps, this points below the memory */
  LLVMValueRef folded = LLVMBuildGEP2(b, be->t_i8, at, &k, 1, "");
  LLVMUseRef next;
  for (; use; use = next) {
    next = LLVMGetNextUse(use);
    LLVMValueRef user = LLVMGetUser(use);
    if (plain_access_through(user, gep))
      LLVMSetOperand(user, LLVMIsALoadInst(user) ? 0 : 1, folded);
  }
  erase_dead(gep, 6);
}

void fold_negative_offsets(backend *be) {
  if (be->wasm->memory_total == 0 || LLVMPointerSize(be->data_layout) != 8)
    return;
  LLVMBuilderRef b = LLVMCreateBuilderInContext(be->context);
  for (LLVMValueRef fn = LLVMGetFirstFunction(be->module); fn; fn = LLVMGetNextFunction(fn)) {
    if (LLVMCountParams(fn) == 0)
      continue;
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
      LLVMValueRef next;
      for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = next) {
        next = LLVMGetNextInstruction(in);
        LLVMValueRef index = LLVMIsAGetElementPtrInst(in) ? memory_index_of(be, fn, in) : NULL;
        if (index)
          fold_gep(be, b, in, index);
      }
    }
  }
  LLVMDisposeBuilder(b);
}
