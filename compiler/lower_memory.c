/*
 * lower_memory.c — linear memory, tables and references.
 *
 * requires: fs->memory_base / fs->memory_obj loaded in the prologue (memory
 *           0, whose code stays as it was before multi-memory); another
 *           memory's object and base are loaded where used, invariant loads
 *           LLVM may hoist or merge like memory 0's.
 * maintains: every access is bounds-checked as the compile options say:
 *   guard     base + zext(addr) + offset, no compare: the runtime reserves
 *             8 GiB + guard at base, so any such address faults inside the
 *             reservation and the signal handler turns it into a trap;
 *   explicit  zext(addr) + offset + width compared with the current size
 *             (loaded with TBAA distinct from linear memory, so LLVM may
 *             hoist the load and the compare out of loops);
 *   none      no check at all (unsafe; for measuring what checks cost).
 *   In the fast copy of a counted loop (lower_nowrap.c) an access whose
 *   address is bounded is not compared: the check before the loop proves
 *   it in bounds in every iteration, or the other copy runs.
 *   With --fuel, guard mode compares too (lower_accesses_checked): the
 *   trap path then writes back the exact count, where a fault would need a
 *   store of the counter before every access (measured: per-access stores
 *   cost about twice what the compares do, and block more optimizations).
 *   With --fuel or --epoch, compares use the size kept in a variable
 *   (fs->size_var): read on entry, after memory.grow and after calls that
 *   may grow memory (callgraph.c: all but direct calls to functions that,
 *   transitively, neither run memory.grow on memory 0 nor call into the
 *   host or through a table), but not after the interrupt checks' slow
 *   paths, in which the runtime lets no memory grow
 *   (runtime/src/interrupt.c). So those cold calls do not
 *   make LLVM forget what it knows about the size: a compare before a loop
 *   still covers the accesses in it (measured: jacobi2d --fuel 924 -> 580
 *   million instructions, the plain guard build's count).
 * breaks:   nothing.
 *
 * Accesses use alignment 1 (wasm alignment is only a hint) and the TBAA
 * class of linear memory, so they never alias the context, globals or
 * tables.
 */
#include "lower.h"

bool lower_accesses_checked(const backend *be) {
  return be->opts.bounds == BOUNDS_EXPLICIT || (be->opts.bounds == BOUNDS_GUARD && be->opts.fuel);
}

bool lower_memory_shared(const backend *be, uint32_t index) {
  return index < be->wasm->memory_total && be->wasm->memories[index].shared;
}

bool lower_memory_index64(const backend *be, uint32_t index) {
  return index < be->wasm->memory_total && be->wasm->memories[index].index64;
}

LLVMValueRef lower_memory_object(func_state *fs, uint32_t index) {
  if (index == 0)
    return fs->memory_obj;
  return lower_ctx_array_elem(fs, offsetof(w2o_instance_t, memories), index);
}

/* The base of memory `index`, which never moves (see lower_memory_object). */
static LLVMValueRef memory_base(func_state *fs, uint32_t index) {
  if (index == 0)
    return fs->memory_base;
  LLVMValueRef p = lower_gep(fs, lower_memory_object(fs, index), offsetof(w2o_memory_t, base));
  return lower_load_value(fs, fs->be->t_ptr, p, TBAA_CONTEXT, true, 8);
}

/* The current size of memory `index` in bytes, loaded at each use
 * (memory.grow changes it) with the context's TBAA class, so LLVM may hoist
 * it. A shared memory's size may grow on another thread at any time: it is
 * read with an atomic (monotonic) load, which LLVM does not merge or hoist. */
LLVMValueRef lower_memory_bytes(func_state *fs, uint32_t index) {
  LLVMValueRef field = lower_gep(fs, lower_memory_object(fs, index), offsetof(w2o_memory_t, size));
  LLVMValueRef size = lower_load_value(fs, fs->be->t_i64, field, TBAA_CONTEXT, false, 8);
  if (lower_memory_shared(fs->be, index))
    LLVMSetOrdering(size, LLVMAtomicOrderingMonotonic);
  return size;
}

/* A shared memory keeps no size variable: a copy would miss growth by
 * other threads, and trap on accesses that are in bounds. */
bool lower_memory_size_kept(const backend *be) {
  return be->wasm->memory_total > 0 && lower_accesses_checked(be) && (be->opts.fuel || be->opts.epoch) &&
         !lower_memory_shared(be, 0);
}

void lower_memory_size_setup(func_state *fs) {
  backend *be = fs->be;
  if (!fs->memory_obj || !lower_memory_size_kept(be))
    return;
  fs->size_var = LLVMBuildAlloca(be->builder, be->t_i64, "size");
  lower_memory_size_refresh(fs);
}

void lower_memory_size_refresh(func_state *fs) {
  if (fs->size_var)
    LLVMBuildStore(fs->be->builder, lower_memory_bytes(fs, 0), fs->size_var);
}

/* Traps unless start + extra <= the size of memory `memory`, where `start`
 * is an i32 or i64 operand and `extra` an i64 or i32 one: the sum is taken
 * in 128 bits, so no 64-bit operands can wrap it past the size. */
static void check_end128(func_state *fs, uint32_t memory, LLVMValueRef start, LLVMValueRef extra) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMTypeRef t128 = LLVMInt128TypeInContext(be->context);
  LLVMValueRef end =
      LLVMBuildAdd(b, LLVMBuildZExt(b, start, t128, ""), LLVMBuildZExt(b, extra, t128, ""), "");
  LLVMValueRef size = fs->size_var && memory == 0 ? LLVMBuildLoad2(b, be->t_i64, fs->size_var, "")
                                                  : lower_memory_bytes(fs, memory);
  LLVMValueRef out = LLVMBuildICmp(b, LLVMIntUGT, end, LLVMBuildZExt(b, size, t128, ""), "");
  lower_trap_if(fs, out, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
}

void lower_check_access64(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                          unsigned width) {
  backend *be = fs->be;
  LLVMTypeRef t128 = LLVMInt128TypeInContext(be->context);
  LLVMValueRef extra = LLVMConstAdd(LLVMConstInt(t128, offset, 0), LLVMConstInt(t128, width, 0));
  check_end128(fs, memory, addr, extra);
}

/* A 64-bit memory (memory64): the guard region cannot cover an i64 index,
 * so every mode but `none` compares, overflow-safe (lower_check_access64);
 * the in-bounds sum then cannot wrap. */
static LLVMValueRef effective_address64(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                                        unsigned width) {
  backend *be = fs->be;
  if (be->opts.bounds != BOUNDS_NONE)
    lower_check_access64(fs, memory, addr, offset, width);
  LLVMValueRef index = addr;
  if (offset)
    index = LLVMBuildAdd(be->builder, index, lower_const_i64(be, offset), "");
  return LLVMBuildInBoundsGEP2(be->builder, be->t_i8, memory_base(fs, memory), &index, 1, "");
}

LLVMValueRef lower_effective_address(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                                     unsigned width) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  if (lower_memory_index64(be, memory))
    return effective_address64(fs, memory, addr, offset, width);
  LLVMValueRef index =
      fs->nowrap_active ? lower_nowrap_index(fs, addr) : LLVMBuildZExt(b, addr, be->t_i64, "");
  if (offset) {
    index = LLVMBuildAdd(b, index, lower_const_i64(be, offset), "");
    LLVMSetNUW(index, 1); /* both < 2^32: cannot wrap in 64 bits */
  }
  if (lower_accesses_checked(be) &&
      !(fs->nowrap_active && lower_nowrap_in_bounds(fs, memory, addr, offset, width))) {
    LLVMValueRef size = fs->size_var && memory == 0 ? LLVMBuildLoad2(b, be->t_i64, fs->size_var, "")
                                                    : lower_memory_bytes(fs, memory);
    LLVMValueRef end = LLVMBuildAdd(b, index, lower_const_i64(be, width), "");
    lower_trap_if(fs, LLVMBuildICmp(b, LLVMIntUGT, end, size, ""), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  }
  LLVMValueRef array = fs->nowrap_active ? lower_nowrap_address(fs, memory, addr, index) : NULL;
  if (array)
    return array;
  return LLVMBuildInBoundsGEP2(b, be->t_i8, memory_base(fs, memory), &index, 1, "");
}

/* ARG: whether a narrow load sign-extends. */
bool lower_load(func_state *fs, const wasm_instr *in, int is_signed) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMTypeRef result = lower_result_type(be, in->op);
  LLVMValueRef ptr = lower_effective_address(fs, in->index, lower_pop(fs), in->offset_imm, bytes);
  bool narrow = LLVMGetTypeKind(result) == LLVMIntegerTypeKind && bytes * 8 < LLVMGetIntTypeWidth(result);
  if (!narrow) {
    lower_push(fs, lower_load_value(fs, result, ptr, TBAA_MEMORY, false, 1));
    return true;
  }
  LLVMValueRef v =
      lower_load_value(fs, LLVMIntTypeInContext(be->context, bytes * 8), ptr, TBAA_MEMORY, false, 1);
  lower_push(fs, is_signed ? LLVMBuildSExt(b, v, result, "") : LLVMBuildZExt(b, v, result, ""));
  return true;
}

bool lower_store(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  unsigned bytes = opcode_infos[in->op].bytes;
  LLVMValueRef value = lower_pop(fs);
  LLVMValueRef ptr = lower_effective_address(fs, in->index, lower_pop(fs), in->offset_imm, bytes);
  LLVMTypeRef t = LLVMTypeOf(value);
  if (LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) > bytes * 8)
    value = LLVMBuildTrunc(be->builder, value, LLVMIntTypeInContext(be->context, bytes * 8), "");
  lower_store_value(fs, value, ptr, TBAA_MEMORY, 1);
  return true;
}

/* Page counts are i32, or i64 on a 64-bit memory (LLVMBuildTrunc and
 * LLVMBuildZExt to the same type emit nothing). */
bool lower_memory_size(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef pages =
      LLVMBuildLShr(be->builder, lower_memory_bytes(fs, in->index), lower_const_i64(be, 16), "");
  LLVMTypeRef t = lower_memory_index64(be, in->index) ? be->t_i64 : be->t_i32;
  lower_push(fs, LLVMBuildTrunc(be->builder, pages, t, ""));
  return true;
}

bool lower_memory_grow(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef operand = lower_pop(fs); /* i32, or i64 on a 64-bit memory */
  LLVMValueRef delta = LLVMBuildZExt(be->builder, operand, be->t_i64, "");
  LLVMValueRef args[2] = {lower_memory_object(fs, in->index), delta};
  lower_fuel_spill(fs);
  LLVMValueRef old = LLVMBuildCall2(be->builder, be->memory_grow_type, be->memory_grow_fn, args, 2, "");
  lower_interrupt_reload(fs);
  lower_memory_size_refresh(fs);
  lower_push(fs, LLVMBuildTrunc(be->builder, old, LLVMTypeOf(operand), ""));
  return true;
}

/* ---- references ---- */

bool lower_ref_null(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  lower_push(fs, LLVMConstNull(fs->be->t_ptr));
  return true;
}

bool lower_ref_is_null(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMValueRef c = LLVMBuildIsNull(fs->be->builder, lower_pop(fs), "");
  lower_push(fs, LLVMBuildZExt(fs->be->builder, c, fs->be->t_i32, ""));
  return true;
}

bool lower_ref_func(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  lower_push(fs, lower_ctx_array_elem(fs, offsetof(w2o_instance_t, funcs), in->index));
  return true;
}

/* ---- tables ---- */

/* The current element count (i32) of the w2o_table_t at `t`. */
static LLVMValueRef table_length(func_state *fs, LLVMValueRef t) {
  LLVMValueRef field = lower_gep(fs, t, offsetof(w2o_table_t, size));
  return lower_load_value(fs, fs->be->t_i32, field, TBAA_TABLE, false, 4);
}

/* The count is compared in the index's width (LLVMBuildZExt to the same
 * type emits nothing), so an i32 or an already widened i64 index gives
 * the same checks. */
LLVMValueRef lower_table_slot(func_state *fs, uint32_t table, LLVMValueRef index, w2o_trap_t code) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef t = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, tables), table);
  LLVMValueRef size = LLVMBuildZExt(b, table_length(fs, t), LLVMTypeOf(index), "");
  lower_trap_if(fs, LLVMBuildICmp(b, LLVMIntUGE, index, size, ""), code);
  LLVMValueRef elems =
      lower_load_value(fs, be->t_ptr, lower_gep(fs, t, offsetof(w2o_table_t, elems)), TBAA_TABLE, false, 8);
  LLVMValueRef i64 = LLVMBuildZExt(b, index, be->t_i64, "");
  return LLVMBuildInBoundsGEP2(b, be->t_ptr, elems, &i64, 1, "");
}

/* A table.get/set index out of range traps as "out of bounds table access". */
static LLVMValueRef table_slot(func_state *fs, uint32_t table, LLVMValueRef index) {
  return lower_table_slot(fs, table, index, W2O_TRAP_TABLE_OUT_OF_BOUNDS);
}

bool lower_table_get(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef slot = table_slot(fs, in->index, lower_pop(fs));
  lower_push(fs, lower_load_value(fs, fs->be->t_ptr, slot, TBAA_TABLE, false, 8));
  return true;
}

bool lower_table_set(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef value = lower_pop(fs);
  LLVMValueRef slot = table_slot(fs, in->index, lower_pop(fs));
  lower_store_value(fs, value, slot, TBAA_TABLE, 8);
  return true;
}

bool lower_table_size(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef t = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, tables), in->index);
  lower_push(fs, table_length(fs, t));
  return true;
}

/* ---- bulk memory and tables ---- */

/* Pops `n` i32 operands into out[0..n) in push order. */
static void pop_operands(func_state *fs, LLVMValueRef *out, unsigned n) {
  for (unsigned i = n; i-- > 0;)
    out[i] = lower_pop(fs);
}

/* Traps unless [start, start + n) lies within memory `memory`: i32
 * operands, or on a 64-bit memory an i64 start and an i32 or i64 length
 * (memory.copy between a 32- and a 64-bit memory), summed in 128 bits. */
static LLVMValueRef checked_range(func_state *fs, uint32_t memory, LLVMValueRef start, LLVMValueRef n) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef s64 = LLVMBuildZExt(b, start, be->t_i64, "");
  if (lower_memory_index64(be, memory)) {
    check_end128(fs, memory, start, n);
    return LLVMBuildInBoundsGEP2(b, be->t_i8, memory_base(fs, memory), &s64, 1, "");
  }
  LLVMValueRef n64 = LLVMBuildZExt(b, n, be->t_i64, "");
  LLVMValueRef size = lower_memory_bytes(fs, memory);
  LLVMValueRef end = LLVMBuildAdd(b, s64, n64, "");
  lower_trap_if(fs, LLVMBuildICmp(b, LLVMIntUGT, end, size, ""), W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  return LLVMBuildInBoundsGEP2(b, be->t_i8, memory_base(fs, memory), &s64, 1, "");
}

bool lower_memory_copy(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef op[3]; /* dst, src, n */
  pop_operands(fs, op, 3);
  LLVMValueRef src = checked_range(fs, in->index2, op[1], op[2]);
  LLVMValueRef dst = checked_range(fs, in->index, op[0], op[2]);
  LLVMBuildMemMove(fs->be->builder, dst, 1, src, 1, LLVMBuildZExt(fs->be->builder, op[2], fs->be->t_i64, ""));
  return true;
}

bool lower_memory_fill(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef op[3]; /* dst, value, n */
  pop_operands(fs, op, 3);
  LLVMValueRef dst = checked_range(fs, in->index, op[0], op[2]);
  LLVMBuildMemSet(b, dst, LLVMBuildTrunc(b, op[1], fs->be->t_i8, ""),
                  LLVMBuildZExt(b, op[2], fs->be->t_i64, ""), 1);
  return true;
}

/* Calls runtime function `name` with the context, immediates and operands. */
static void call_with_ctx(func_state *fs, const char *name, const uint32_t *imms, unsigned nimm,
                          unsigned nops) {
  backend *be = fs->be;
  LLVMValueRef args[8];
  unsigned n = 0;
  args[n++] = fs->ctx;
  for (unsigned i = 0; i < nimm; i++)
    args[n++] = lower_const_i32(be, imms[i]);
  pop_operands(fs, args + n, nops);
  lower_runtime_call(fs, name, be->t_void, args, n + nops);
}

bool lower_memory_init(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  uint32_t imms[2] = {in->index2, in->index};              /* memory, segment */
  bool index64 = lower_memory_index64(fs->be, in->index2); /* an i64 destination */
  call_with_ctx(fs, index64 ? "w2o_memory_init64" : "w2o_memory_init", imms, 2, 3);
  return true;
}

bool lower_data_drop(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  call_with_ctx(fs, "w2o_data_drop", &in->index, 1, 0);
  return true;
}

bool lower_table_init(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  uint32_t imms[2] = {in->index2, in->index}; /* table, segment */
  call_with_ctx(fs, "w2o_table_init", imms, 2, 3);
  return true;
}

bool lower_elem_drop(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  call_with_ctx(fs, "w2o_elem_drop", &in->index, 1, 0);
  return true;
}

bool lower_table_copy(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  uint32_t imms[2] = {in->index, in->index2}; /* destination, source */
  call_with_ctx(fs, "w2o_table_copy", imms, 2, 3);
  return true;
}

bool lower_table_fill(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  call_with_ctx(fs, "w2o_table_fill", &in->index, 1, 3); /* i, ref, n */
  return true;
}

bool lower_table_grow(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef args[3]; /* table, init, delta */
  LLVMValueRef delta = lower_pop(fs);
  args[1] = lower_pop(fs);
  args[2] = delta;
  args[0] = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, tables), in->index);
  LLVMValueRef reordered[3] = {args[0], args[2], args[1]}; /* w2o_table_grow(table, delta, init) */
  lower_push(fs, lower_runtime_call(fs, "w2o_table_grow", be->t_i32, reordered, 3));
  return true;
}
