/*
 * lower_atomic.c — the threads instructions (0xFE prefix): atomic loads,
 * stores, read-modify-writes and compare-exchanges, atomic.fence, and the
 * waits and notify.
 *
 * requires: a validated function (an atomic's memarg alignment is exactly
 *           natural), lower_memory_object of the memarg's memory.
 * maintains: every access is sequentially consistent (LLVM seq_cst, the
 *   ordering the threads proposal gives all atomics), on a shared memory or
 *   not. The effective address is checked for alignment first: an address
 *   that is not a multiple of the access size traps "unaligned atomic",
 *   as the reference interpreter checks; then for bounds as the compile
 *   options say (lower_effective_address: guard pages or a compare).
 *   The waits and notify always compare with the size, since the runtime,
 *   not generated code, touches the address (a fault there would be a
 *   crash, not a trap); they call w2o_memory_atomic_wait32/64 and
 *   w2o_memory_atomic_notify (runtime/src/wait.c) with the byte offset.
 * breaks:   nothing.
 *
 * Narrow forms access 1, 2 or 4 bytes and zero-extend what they return; a
 * narrow cmpxchg compares the loaded bytes with the expected operand
 * wrapped to the access size, as it stores the replacement wrapped.
 */
#include "lower.h"

/* The integer type of a `bytes`-wide access. */
static LLVMTypeRef access_type(backend *be, unsigned bytes) {
  return LLVMIntTypeInContext(be->context, bytes * 8);
}

/* zext(addr) + offset as i64: the effective address (cannot wrap for an
 * i32 address; an i64 one, memory64, may, but then the access is out of
 * bounds, which lower_check_access64 finds). */
static LLVMValueRef effective_index(func_state *fs, LLVMValueRef addr, uint64_t offset) {
  backend *be = fs->be;
  LLVMValueRef index = LLVMBuildZExt(be->builder, addr, be->t_i64, "");
  if (!offset)
    return index;
  index = LLVMBuildAdd(be->builder, index, lower_const_i64(be, offset), "");
  if (LLVMTypeOf(addr) != be->t_i64)
    LLVMSetNUW(index, 1);
  return index;
}

/* Traps "unaligned atomic" unless the effective address is a multiple of `bytes`. */
static void check_alignment(func_state *fs, LLVMValueRef index, unsigned bytes) {
  backend *be = fs->be;
  if (bytes == 1)
    return;
  LLVMValueRef low = LLVMBuildAnd(be->builder, index, lower_const_i64(be, bytes - 1), "");
  LLVMValueRef bad = LLVMBuildICmp(be->builder, LLVMIntNE, low, lower_const_i64(be, 0), "");
  lower_trap_if(fs, bad, W2O_TRAP_UNALIGNED_ATOMIC);
}

/* The checked pointer of the atomic access `in` at i32 operand `addr`. */
static LLVMValueRef atomic_address(func_state *fs, const wasm_instr *in, LLVMValueRef addr) {
  unsigned bytes = opcode_infos[in->op].bytes;
  check_alignment(fs, effective_index(fs, addr, in->offset_imm), bytes);
  return lower_effective_address(fs, in->index, addr, in->offset_imm, bytes);
}

/* The load or store `v` as a seq_cst access of `bytes` (aligned: checked). */
static void make_atomic(LLVMValueRef v, unsigned bytes) {
  LLVMSetOrdering(v, LLVMAtomicOrderingSequentiallyConsistent);
  LLVMSetAlignment(v, bytes);
}

/* `v` narrowed to the access width, or unchanged if it already is. */
static LLVMValueRef to_width(func_state *fs, LLVMValueRef v, unsigned bytes) {
  LLVMTypeRef t = access_type(fs->be, bytes);
  return LLVMTypeOf(v) == t ? v : LLVMBuildTrunc(fs->be->builder, v, t, "");
}

/* Pushes `v` zero-extended to the instruction's result type. */
static void push_result(func_state *fs, const wasm_instr *in, LLVMValueRef v) {
  LLVMTypeRef result = lower_result_type(fs->be, in->op);
  lower_push(fs, LLVMTypeOf(v) == result ? v : LLVMBuildZExt(fs->be->builder, v, result, ""));
}

bool lower_atomic_load(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMValueRef ptr = atomic_address(fs, in, lower_pop(fs));
  LLVMValueRef v = lower_load_value(fs, access_type(fs->be, bytes), ptr, TBAA_MEMORY, false, bytes);
  make_atomic(v, bytes);
  push_result(fs, in, v);
  return true;
}

bool lower_atomic_store(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMValueRef value = to_width(fs, lower_pop(fs), bytes);
  LLVMValueRef ptr = atomic_address(fs, in, lower_pop(fs));
  make_atomic(lower_store_value(fs, value, ptr, TBAA_MEMORY, bytes), bytes);
  return true;
}

/* ARG: the LLVMAtomicRMWBinOp. */
bool lower_atomic_rmw(func_state *fs, const wasm_instr *in, int op) {
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMValueRef value = to_width(fs, lower_pop(fs), bytes);
  LLVMValueRef ptr = atomic_address(fs, in, lower_pop(fs));
  LLVMValueRef old = LLVMBuildAtomicRMW(fs->be->builder, (LLVMAtomicRMWBinOp)op, ptr, value,
                                        LLVMAtomicOrderingSequentiallyConsistent, 0);
  LLVMSetAlignment(old, bytes);
  push_result(fs, in, old);
  return true;
}

bool lower_atomic_cmpxchg(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMBuilderRef b = fs->be->builder;
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMValueRef replacement = to_width(fs, lower_pop(fs), bytes);
  LLVMValueRef expected = to_width(fs, lower_pop(fs), bytes);
  LLVMValueRef ptr = atomic_address(fs, in, lower_pop(fs));
  LLVMValueRef pair =
      LLVMBuildAtomicCmpXchg(b, ptr, expected, replacement, LLVMAtomicOrderingSequentiallyConsistent,
                             LLVMAtomicOrderingSequentiallyConsistent, 0);
  LLVMSetAlignment(pair, bytes);
  push_result(fs, in, LLVMBuildExtractValue(b, pair, 0, ""));
  return true;
}

bool lower_atomic_fence(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMBuildFence(fs->be->builder, LLVMAtomicOrderingSequentiallyConsistent, 0, "");
  return true;
}

/* The byte offset of a wait/notify at i32 operand `addr`: aligned, and
 * compared with the size in every bounds mode. */
static LLVMValueRef wait_index(func_state *fs, const wasm_instr *in, LLVMValueRef addr) {
  backend *be = fs->be;
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMValueRef index = effective_index(fs, addr, in->offset_imm);
  check_alignment(fs, index, bytes);
  if (lower_memory_index64(be, in->index)) {
    lower_check_access64(fs, in->index, addr, in->offset_imm, bytes);
    return index;
  }
  LLVMValueRef end = LLVMBuildAdd(be->builder, index, lower_const_i64(be, bytes), "");
  LLVMValueRef out = LLVMBuildICmp(be->builder, LLVMIntUGT, end, lower_memory_bytes(fs, in->index), "");
  lower_trap_if(fs, out, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  return index;
}

/* ARG: 32 or 64, the width of the expected value. */
bool lower_atomic_wait(func_state *fs, const wasm_instr *in, int bits) {
  backend *be = fs->be;
  LLVMValueRef timeout = lower_pop(fs), expected = lower_pop(fs);
  LLVMValueRef args[4] = {lower_memory_object(fs, in->index), wait_index(fs, in, lower_pop(fs)), expected,
                          timeout};
  const char *name = bits == 64 ? "w2o_memory_atomic_wait64" : "w2o_memory_atomic_wait32";
  lower_push(fs, lower_runtime_call(fs, name, be->t_i32, args, 4));
  return true;
}

bool lower_atomic_notify(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef count = lower_pop(fs);
  LLVMValueRef args[3] = {lower_memory_object(fs, in->index), wait_index(fs, in, lower_pop(fs)), count};
  lower_push(fs, lower_runtime_call(fs, "w2o_memory_atomic_notify", fs->be->t_i32, args, 3));
  return true;
}
