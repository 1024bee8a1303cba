/*
 * lower.c — lowering driver: a validated wasm module to an LLVM module.
 *
 * requires: a module that passed validate_module, a backend whose target
 *           machine and data layout are set (backend_create).
 * produces: one LLVM function per defined function, the entry thunks and the
 *           module descriptor `<name>_module` (descriptor.c).
 * breaks:   nothing; on an unsupported instruction it stops with
 *           diag.unsupported set and the LLVM module is discarded.
 *
 * This file holds the per-function driver (locals, prologue, the dispatch
 * loop over instructions through the opcode table), the helpers the
 * instruction families share (operand stack, context loads with TBAA,
 * trap blocks, intrinsics), and the variable and parametric families.
 * Control flow is in lower_control.c (exceptions in lower_exception.c),
 * memory and tables in lower_memory.c,
 * arithmetic in lower_numeric.c, SIMD in lower_simd.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"

/* ---- types and constants ---- */

LLVMTypeRef lower_valtype(backend *be, wasm_valtype t) {
  switch (t) {
  case VT_I32: return be->t_i32;
  case VT_I64: return be->t_i64;
  case VT_F32: return be->t_f32;
  case VT_F64: return be->t_f64;
  case VT_V128: return LLVMVectorType(be->t_i64, 2);
  default: return be->t_ptr; /* funcref, externref */
  }
}

LLVMTypeRef lower_result_type(backend *be, wasm_opcode op) {
  opcode_sig sig;
  bool fixed = opcode_signature(op, &sig);
  return lower_valtype(be, fixed && sig.result_count ? sig.results[0] : VT_I32);
}

LLVMValueRef lower_const_i32(backend *be, uint32_t v) { return LLVMConstInt(be->t_i32, v, 0); }
LLVMValueRef lower_const_i64(backend *be, uint64_t v) { return LLVMConstInt(be->t_i64, v, 0); }

static const char *const intrinsic_names[INTR_COUNT] = {
    [INTR_CTLZ] = "llvm.ctlz",
    [INTR_CTTZ] = "llvm.cttz",
    [INTR_CTPOP] = "llvm.ctpop",
    [INTR_FSHL] = "llvm.fshl",
    [INTR_FSHR] = "llvm.fshr",
    [INTR_FABS] = "llvm.fabs",
    [INTR_CEIL] = "llvm.ceil",
    [INTR_FLOOR] = "llvm.floor",
    [INTR_TRUNC] = "llvm.trunc",
    [INTR_ROUNDEVEN] = "llvm.roundeven",
    [INTR_SQRT] = "llvm.sqrt",
    [INTR_MINIMUM] = "llvm.minimum",
    [INTR_MAXIMUM] = "llvm.maximum",
    [INTR_COPYSIGN] = "llvm.copysign",
    [INTR_FRAMEADDRESS] = "llvm.frameaddress",
    [INTR_FPTOSI_SAT] = "llvm.fptosi.sat",
    [INTR_FPTOUI_SAT] = "llvm.fptoui.sat",
    [INTR_SADD_SAT] = "llvm.sadd.sat",
    [INTR_UADD_SAT] = "llvm.uadd.sat",
    [INTR_SSUB_SAT] = "llvm.ssub.sat",
    [INTR_USUB_SAT] = "llvm.usub.sat",
    [INTR_SMIN] = "llvm.smin",
    [INTR_SMAX] = "llvm.smax",
    [INTR_UMIN] = "llvm.umin",
    [INTR_UMAX] = "llvm.umax",
    [INTR_ABS] = "llvm.abs",
};

LLVMValueRef lower_call_intrinsic(func_state *fs, enum intrinsic_id id, LLVMTypeRef overload,
                                  LLVMValueRef *args, unsigned n) {
  backend *be = fs->be;
  LLVMTypeRef types[2] = {overload, LLVMTypeOf(args[0])};
  unsigned ntypes = (id == INTR_FPTOSI_SAT || id == INTR_FPTOUI_SAT) ? 2 : 1;
  const char *name = intrinsic_names[id];
  unsigned iid = LLVMLookupIntrinsicID(name, strlen(name));
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(be->module, iid, types, ntypes);
  LLVMTypeRef fty = LLVMIntrinsicGetType(be->context, iid, types, ntypes);
  return LLVMBuildCall2(be->builder, fty, fn, args, n, "");
}

static void add_fn_attr(backend *be, LLVMValueRef fn, const char *name);
static void lower_stack_check(func_state *fs, const wasm_instr *in);

/* ---- operand stack ---- */

void lower_push(func_state *fs, LLVMValueRef v) {
  if (fs->sp == fs->stack_cap) {
    size_t cap = fs->stack_cap ? fs->stack_cap * 2 : 64;
    LLVMValueRef *s = w2o_realloc(fs->stack, cap * sizeof *s);
    if (!s) {
      diag_out_of_memory(fs->be->diag, 0);
      return;
    }
    fs->stack = s;
    fs->stack_cap = cap;
  }
  fs->stack[fs->sp++] = v;
}

LLVMValueRef lower_pop(func_state *fs) {
  /* The validator guarantees operands in reachable code. */
  return fs->sp ? fs->stack[--fs->sp] : NULL;
}

/* ---- memory accesses with TBAA and invariance ---- */

static void set_tbaa(backend *be, LLVMValueRef inst, enum tbaa_class cls) {
  LLVMSetMetadata(inst, be->md_tbaa, be->tbaa_tags[cls]);
}

LLVMValueRef lower_load_value(func_state *fs, LLVMTypeRef type, LLVMValueRef ptr, enum tbaa_class cls,
                              bool invariant, unsigned align) {
  backend *be = fs->be;
  LLVMValueRef v = LLVMBuildLoad2(be->builder, type, ptr, "");
  LLVMSetAlignment(v, align);
  set_tbaa(be, v, cls);
  if (invariant)
    LLVMSetMetadata(v, be->md_invariant_load, LLVMMDNodeInContext(be->context, NULL, 0));
  return v;
}

LLVMValueRef lower_store_value(func_state *fs, LLVMValueRef value, LLVMValueRef ptr, enum tbaa_class cls,
                               unsigned align) {
  LLVMValueRef s = LLVMBuildStore(fs->be->builder, value, ptr);
  LLVMSetAlignment(s, align);
  set_tbaa(fs->be, s, cls);
  return s;
}

LLVMValueRef lower_gep(func_state *fs, LLVMValueRef base, uint64_t offset) {
  if (offset == 0)
    return base;
  LLVMValueRef idx = lower_const_i64(fs->be, offset);
  return LLVMBuildInBoundsGEP2(fs->be->builder, fs->be->t_i8, base, &idx, 1, "");
}

LLVMValueRef lower_ctx_field(func_state *fs, size_t offset, LLVMTypeRef type, bool invariant) {
  LLVMValueRef p = lower_gep(fs, fs->ctx, offset);
  return lower_load_value(fs, type, p, TBAA_CONTEXT, invariant, 8);
}

LLVMValueRef lower_ctx_array_elem(func_state *fs, size_t offset, uint32_t index) {
  LLVMValueRef array = lower_ctx_field(fs, offset, fs->be->t_ptr, true);
  LLVMValueRef p = lower_gep(fs, array, (uint64_t)index * sizeof(void *));
  return lower_load_value(fs, fs->be->t_ptr, p, TBAA_CONTEXT, true, 8);
}

/* ---- traps ---- */

void lower_emit_trap(func_state *fs, w2o_trap_t code) {
  backend *be = fs->be;
  LLVMValueRef arg = lower_const_i32(be, code);
  lower_fuel_spill(fs);
  LLVMBuildCall2(be->builder, be->trap_fn_type, be->trap_fn, &arg, 1, "");
  LLVMBuildUnreachable(be->builder);
}

static LLVMBasicBlockRef trap_block(func_state *fs, w2o_trap_t code) {
  backend *be = fs->be;
  if (fs->trap_bbs[code])
    return fs->trap_bbs[code];
  LLVMBasicBlockRef saved = LLVMGetInsertBlock(be->builder);
  LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "trap");
  LLVMPositionBuilderAtEnd(be->builder, bb);
  lower_emit_trap(fs, code);
  LLVMPositionBuilderAtEnd(be->builder, saved);
  fs->trap_bbs[code] = bb;
  return bb;
}

void lower_trap_if(func_state *fs, LLVMValueRef cond, w2o_trap_t code) {
  backend *be = fs->be;
  fs->trap_ifs++;
  LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(be->context, fs->fn, "");
  LLVMValueRef br = LLVMBuildCondBr(be->builder, cond, trap_block(fs, code), cont);
  lower_set_unlikely(fs, br);
  LLVMPositionBuilderAtEnd(be->builder, cont);
}

void lower_set_unlikely(func_state *fs, LLVMValueRef br) {
  backend *be = fs->be;
  LLVMMetadataRef weights[3] = {
      LLVMMDStringInContext2(be->context, "branch_weights", 14),
      LLVMValueAsMetadata(lower_const_i32(be, 1)),
      LLVMValueAsMetadata(lower_const_i32(be, 1048575)),
  };
  LLVMSetMetadata(br, LLVMGetMDKindIDInContext(be->context, "prof", 4),
                  LLVMMetadataAsValue(be->context, LLVMMDNodeInContext2(be->context, weights, 3)));
}

void lower_set_no_unroll(func_state *fs, LLVMValueRef latch) {
  LLVMContextRef c = fs->be->context;
  LLVMMetadataRef self = LLVMTemporaryMDNode(c, NULL, 0);
  LLVMMetadataRef name = LLVMMDStringInContext2(c, "llvm.loop.unroll.disable", 24);
  LLVMMetadataRef ops[2] = {self, LLVMMDNodeInContext2(c, &name, 1)};
  LLVMMetadataRef loop = LLVMMDNodeInContext2(c, ops, 2);
  LLVMMetadataReplaceAllUsesWith(self, loop); /* a loop ID refers to itself */
  LLVMSetMetadata(latch, LLVMGetMDKindIDInContext(c, "llvm.loop", 9), LLVMMetadataAsValue(c, loop));
}

LLVMValueRef lower_runtime_call(func_state *fs, const char *name, LLVMTypeRef ret, LLVMValueRef *args,
                                unsigned n) {
  backend *be = fs->be;
  LLVMTypeRef params[n ? n : 1];
  for (unsigned i = 0; i < n; i++)
    params[i] = LLVMTypeOf(args[i]);
  LLVMTypeRef fty = LLVMFunctionType(ret, params, n, 0);
  LLVMValueRef fn = LLVMGetNamedFunction(be->module, name);
  if (!fn) {
    fn = LLVMAddFunction(be->module, name, fty);
    add_fn_attr(be, fn, "nounwind");
  }
  lower_fuel_spill(fs); /* the callee may trap or read the fuel */
  LLVMValueRef call = LLVMBuildCall2(be->builder, fty, fn, args, n, "");
  lower_interrupt_reload(fs);
  return call;
}

bool lower_unsupported(func_state *fs, const wasm_instr *in) {
  return diag_unsupported(fs->be->diag, in->offset, "unsupported: %s is not supported yet",
                          opcode_name(in->op));
}

/* ---- variable instructions ---- */

bool lower_local_get(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMTypeRef t = lower_valtype(fs->be, fs->local_types[in->index]);
  LLVMValueRef v = LLVMBuildLoad2(fs->be->builder, t, fs->locals[in->index], "");
  if (fs->nowrap_active)
    lower_nowrap_local_get(fs, in->index, v);
  lower_push(fs, v);
  return true;
}

bool lower_local_set(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMValueRef v = lower_pop(fs);
  if (fs->nowrap_active)
    lower_nowrap_local_set(fs, in->index, v);
  LLVMBuildStore(fs->be->builder, v, fs->locals[in->index]);
  return true;
}

bool lower_local_tee(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  if (fs->nowrap_active)
    lower_nowrap_local_set(fs, in->index, fs->stack[fs->sp - 1]);
  LLVMBuildStore(fs->be->builder, fs->stack[fs->sp - 1], fs->locals[in->index]);
  return true;
}

static LLVMValueRef global_cell(func_state *fs, uint32_t index) {
  return lower_ctx_array_elem(fs, offsetof(w2o_instance_t, globals), index);
}

bool lower_global_get(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  const wasm_global *g = &fs->be->wasm->globals[in->index];
  LLVMTypeRef t = lower_valtype(fs->be, g->type.type);
  bool invariant = !g->type.mutable_; /* immutable after instantiation */
  lower_push(fs, lower_load_value(fs, t, global_cell(fs, in->index), TBAA_GLOBAL, invariant, 8));
  return true;
}

bool lower_global_set(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  lower_store_value(fs, lower_pop(fs), global_cell(fs, in->index), TBAA_GLOBAL, 8);
  return true;
}

/* ---- parametric instructions ---- */

bool lower_nop(func_state *fs, const wasm_instr *in, int a) {
  (void)fs, (void)in, (void)a;
  return true;
}

/*
 * In guard mode an out-of-bounds load traps only by faulting, so a load
 * whose value is dropped must still happen: LLVM would delete it as dead.
 * Marks the linear-memory loads feeding a dropped value volatile (through
 * a few levels of pure operations, which is where dropped loads occur).
 */
static void keep_dropped_loads(func_state *fs, LLVMValueRef v, int depth) {
  backend *be = fs->be;
  if (!v || depth > 4 || !LLVMIsAInstruction(v))
    return;
  if (LLVMIsALoadInst(v)) {
    if (LLVMGetMetadata(v, be->md_tbaa) == be->tbaa_tags[TBAA_MEMORY])
      LLVMSetVolatile(v, 1);
    return;
  }
  if (!LLVMIsABinaryOperator(v) && !LLVMIsACastInst(v) && !LLVMIsACmpInst(v) && !LLVMIsASelectInst(v) &&
      !LLVMIsAInsertElementInst(v) && !LLVMIsAShuffleVectorInst(v)) /* SIMD splat and lane loads */
    return;
  for (int i = 0; i < LLVMGetNumOperands(v); i++)
    keep_dropped_loads(fs, LLVMGetOperand(v, (unsigned)i), depth + 1);
}

bool lower_drop(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMValueRef v = lower_pop(fs);
  if (!lower_accesses_checked(fs->be))
    keep_dropped_loads(fs, v, 0);
  return true;
}

bool lower_select(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef cond = lower_pop(fs), v2 = lower_pop(fs), v1 = lower_pop(fs);
  LLVMValueRef c = LLVMBuildICmp(b, LLVMIntNE, cond, lower_const_i32(fs->be, 0), "");
  LLVMValueRef v = LLVMBuildSelect(b, c, v1, v2, "");
  if (lower_select_steers_dispatch(fs))
    lower_set_unlikely(fs, v); /* weights that say "predictable": LLVM then branches */
  lower_push(fs, v);
  return true;
}

/* ---- dispatch ---- */

typedef bool (*lower_fn)(func_state *fs, const wasm_instr *in, int a);

static const struct {
  lower_fn fn;
  int arg;
} lowerers[OP_COUNT] = {
#define W2O_LOWER_ENTRY(name, text, code, imm, bytes, sig, fuel, family, arg) \
  [OP_##name] = {lower_##family, (int)(arg)},
    W2O_OPCODES(W2O_LOWER_ENTRY)
#undef W2O_LOWER_ENTRY
};

/* In unreachable code only the structure matters: count nested blocks and
 * hand `else`/`catch`/`catch_all`/`end`/`delegate` of the current frame to
 * their lowering. */
static bool skip_dead(func_state *fs, wasm_opcode op) {
  if (op == OP_BLOCK || op == OP_LOOP || op == OP_IF || op == OP_TRY) {
    fs->dead_depth++;
    return true;
  }
  if (op == OP_END || op == OP_ELSE || op == OP_CATCH || op == OP_CATCH_ALL || op == OP_DELEGATE) {
    if (fs->dead_depth == 0)
      return false;
    if (op == OP_END || op == OP_DELEGATE)
      fs->dead_depth--;
    return true;
  }
  return true;
}

bool lower_instruction(func_state *fs, const wasm_instr *in) {
  debug_instruction(fs, fs->instr_index++, in->offset);
  if (fs->dead && skip_dead(fs, in->op))
    return true;
  lower_fuel_charge(fs, in->op);
  if (fs->epoch_edges)
    lower_epoch_edge_check(fs, fs->instr_index - 1);
  lower_stack_check(fs, in);
  /* A check made inside a block covers the rest of it, not what follows
   * its else, catch or end. */
  bool checked_before = fs->frame_count ? fs->frames[fs->frame_count - 1].stack_checked : true;
  bool done = false;
  if (in->op == OP_LOOP && !lower_loop_nowrap(fs, in, &done))
    return false;
  if (in->op == OP_LOOP && !done && !lower_loop_versioned(fs, in, &done))
    return false;
  if (fs->nowrap_active && (in->op == OP_BLOCK || in->op == OP_IF || in->op == OP_ELSE || in->op == OP_END))
    lower_nowrap_new_run(fs);
  if (!done && !lowerers[in->op].fn(fs, in, lowerers[in->op].arg))
    return false;
  if (in->op == OP_ELSE || in->op == OP_CATCH || in->op == OP_CATCH_ALL || in->op == OP_END ||
      in->op == OP_DELEGATE)
    fs->stack_checked = checked_before;
  return !fs->be->diag->failed;
}

bool lower_until(func_state *fs, size_t frames) {
  while (fs->frame_count > frames) {
    wasm_instr in;
    if (!read_instr(&fs->body, &fs->scratch, &in) || !lower_instruction(fs, &in))
      return false;
  }
  return true;
}

void body_scan_init(body_scan *s, reader from) {
  s->r = from;
  diag_init(&s->quiet, NULL);
  s->r.diag = &s->quiet;
  arena_init(&s->scratch);
}

bool body_scan_next(body_scan *s) { return s->r.p < s->r.end && read_instr(&s->r, &s->scratch, &s->in); }

void body_scan_end(body_scan *s) { arena_free(&s->scratch); }

static bool lower_body(func_state *fs) {
  backend *be = fs->be;
  fs->body = (reader){be->wasm->bytes, be->wasm->bytes + fs->func->body_offset,
                      be->wasm->bytes + fs->func->body_end, be->diag, false};
  fs->instr_index = 0;
  return lower_until(fs, 0);
}

/* ---- function setup ---- */

static LLVMValueRef zero_value(backend *be, wasm_valtype t) {
  LLVMTypeRef type = lower_valtype(be, t);
  if (t == VT_F32 || t == VT_F64)
    return LLVMConstReal(type, 0.0);
  return LLVMConstNull(type);
}

/* Allocas for parameters and locals; parameters stored, locals zeroed. */
static bool setup_locals(func_state *fs) {
  backend *be = fs->be;
  const wasm_functype *ft = fs->type;
  fs->local_count = ft->param_count + fs->func->local_count;
  fs->locals = arena_array(&fs->scratch, fs->local_count ? fs->local_count : 1, sizeof(LLVMValueRef));
  fs->local_types = arena_array(&fs->scratch, fs->local_count ? fs->local_count : 1, 1);
  if (!fs->locals || !fs->local_types)
    return diag_out_of_memory(be->diag, fs->func->body_offset);
  for (uint32_t i = 0; i < fs->local_count; i++)
    fs->local_types[i] = i < ft->param_count ? ft->params[i] : fs->func->local_types[i - ft->param_count];
  if (be->opts.opt_level == 0) {
    /* One frame, so a debugger expression can reach both the memory base
     * and the wasm local that C code uses as its frame pointer (debug.c). */
    LLVMTypeRef *fields = arena_array(&fs->scratch, (size_t)fs->local_count + 1, sizeof(LLVMTypeRef));
    if (!fields)
      return diag_out_of_memory(be->diag, fs->func->body_offset);
    fields[0] = be->t_ptr;
    for (uint32_t i = 0; i < fs->local_count; i++)
      fields[i + 1] = lower_valtype(be, fs->local_types[i]);
    fs->locals_frame_type = LLVMStructTypeInContext(be->context, fields, fs->local_count + 1, 0);
    fs->locals_frame = LLVMBuildAlloca(be->builder, fs->locals_frame_type, "locals");
  }
  for (uint32_t i = 0; i < fs->local_count; i++) {
    LLVMTypeRef t = lower_valtype(be, fs->local_types[i]);
    fs->locals[i] = fs->locals_frame
                        ? LLVMBuildStructGEP2(be->builder, fs->locals_frame_type, fs->locals_frame, i + 1, "")
                        : LLVMBuildAlloca(be->builder, t, "");
  }
  for (uint32_t i = 0; i < fs->local_count; i++) {
    LLVMValueRef v = i < ft->param_count ? LLVMGetParam(fs->fn, i + 1) : zero_value(be, fs->local_types[i]);
    LLVMBuildStore(be->builder, v, fs->locals[i]);
  }
  return true;
}

/*
 * Stack exhaustion check: the stack position of the function against
 * ctx->stack_limit. On x86-64 and AArch64 that is the address of the
 * return address (llvm.addressofreturnaddress), which the back end computes
 * from the stack pointer; elsewhere the frame address, which keeps a frame
 * pointer in every function (on x86-64 that was a push, a move and a pop
 * per call, and one register fewer: recursion -2.8%, bintrees -3.0%,
 * strsearch -3.3% instructions by callgrind). Both are the same value wherever a function
 * is inlined, so LLVM drops the inlined function's check; after LLVM's
 * pipeline the return address's becomes the stack pointer's
 * (read_stack_pointer, optimize.c). Unwinding and backtraces go by
 * .eh_frame, not frame pointers.
 *
 * Above -O0 the check is made before the function's first call on each
 * path (lower_stack_check), not on entry: only calls make the stack grow
 * without bound, and a path that returns without calling needs none (a
 * frame that alone reaches past the limit into the guard page faults, and
 * the runtime traps the same way: trap.c). recursion: 3.3% fewer
 * instructions (fib and tak check only when they recurse, ack only when
 * it calls). A trap block that returned to the code after the check would
 * let LLVM shrink-wrap the callee-saved registers' pushes into the paths
 * that call, but it keeps values live across the trap's call, which costs
 * a register: ack ran 20% more instructions so.
 */
static void emit_stack_check(func_state *fs) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef at;
  if (target_stack_pointer(be)) { /* x86-64, AArch64 */
    unsigned id = LLVMLookupIntrinsicID("llvm.addressofreturnaddress", 27);
    LLVMTypeRef ptr = be->t_ptr;
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(be->module, id, &ptr, 1);
    at = LLVMBuildCall2(b, LLVMIntrinsicGetType(be->context, id, &ptr, 1), fn, NULL, 0, "");
  } else {
    LLVMValueRef zero = lower_const_i32(be, 0);
    at = lower_call_intrinsic(fs, INTR_FRAMEADDRESS, be->t_ptr, &zero, 1);
  }
  LLVMValueRef sp = LLVMBuildPtrToInt(b, at, be->t_i64, "");
  LLVMValueRef limit = lower_ctx_field(fs, offsetof(w2o_instance_t, stack_limit), be->t_i64, false);
  lower_trap_if(fs, LLVMBuildICmp(b, LLVMIntULT, sp, limit, ""), W2O_TRAP_STACK_EXHAUSTED);
  fs->stack_checked = true;
}

static bool is_call(wasm_opcode op) {
  return op == OP_CALL || op == OP_CALL_INDIRECT || op == OP_RETURN_CALL || op == OP_RETURN_CALL_INDIRECT;
}

/* Whether the loop starting at fs->body calls. A loop found not to call
 * covers the loops nested in it (and both copies of a versioned loop):
 * they are not scanned again. */
static bool loop_calls(func_state *fs) {
  if (fs->body.p >= fs->call_free[0] && fs->body.p < fs->call_free[1])
    return false;
  body_scan s;
  body_scan_init(&s, fs->body);
  uint32_t depth = 1;
  bool calls = false;
  while (!calls && depth > 0 && body_scan_next(&s)) {
    wasm_opcode op = s.in.op;
    calls = is_call(op);
    depth += op == OP_BLOCK || op == OP_LOOP || op == OP_IF || op == OP_TRY;
    depth -= op == OP_END || op == OP_DELEGATE;
  }
  if (!calls) {
    fs->call_free[0] = fs->body.p;
    fs->call_free[1] = s.r.p;
  }
  body_scan_end(&s);
  return calls;
}

/* Before `in`: the stack check, where no check made before dominates it
 * and `in` is a call or a loop that calls (checked once before the loop
 * rather than on every iteration). */
static void lower_stack_check(func_state *fs, const wasm_instr *in) {
  if (!fs->stack_checked && (is_call(in->op) || (in->op == OP_LOOP && loop_calls(fs))))
    emit_stack_check(fs);
}

/* The memory 0 object and base, loaded once: the base never moves. */
static void load_memory_base(func_state *fs) {
  backend *be = fs->be;
  if (be->wasm->memory_total == 0)
    return;
  fs->memory_obj = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, memories), 0);
  LLVMValueRef p = lower_gep(fs, fs->memory_obj, offsetof(w2o_memory_t, base));
  fs->memory_base = lower_load_value(fs, be->t_ptr, p, TBAA_CONTEXT, true, 8);
  if (fs->locals_frame)
    LLVMBuildStore(be->builder, fs->memory_base, fs->locals_frame);
  lower_memory_size_setup(fs);
}

static bool lower_function(backend *be, uint32_t defined_index) {
  const wasm_module *m = be->wasm;
  func_state fs = {0};
  fs.be = be;
  fs.func_index = m->func_import_count + defined_index;
  fs.func = &m->funcs[defined_index];
  fs.type = &m->types[fs.func->type_index];
  fs.fn = be->funcs[defined_index];
  fs.ctx = LLVMGetParam(fs.fn, 0);
  if (fs.type->result_count > 1)
    fs.results_ptr = LLVMGetParam(fs.fn, fs.type->param_count + 1);
  arena_init(&fs.scratch);
  be->diag->func = fs.func_index;

  debug_clear_location(be); /* no location of the previous function may leak in */
  fs.entry_bb = LLVMAppendBasicBlockInContext(be->context, fs.fn, "entry");
  LLVMPositionBuilderAtEnd(be->builder, fs.entry_bb);
  bool ok = setup_locals(&fs);
  if (ok) {
    debug_function(&fs);
    lower_interrupt_prologue(&fs);
    if (be->opts.opt_level == 0) /* in the prologue, where debuggers expect it (gdb's `next`) */
      emit_stack_check(&fs);
    load_memory_base(&fs);
    lower_entry_check(&fs);
    ok = lower_exception_setup(&fs) && lower_push_frame(&fs, FRAME_FUNC, fs.func->type_index) &&
         lower_body(&fs);
  }
  w2o_realloc(fs.stack, 0);
  w2o_realloc(fs.frames, 0);
  arena_free(&fs.scratch);
  if (ok)
    be->diag->func = -1;
  return ok;
}

/* ---- module-level declarations ---- */

static LLVMTypeRef function_type(backend *be, const wasm_functype *ft, LLVMTypeRef *result_struct) {
  LLVMTypeRef params[ft->param_count + 2];
  unsigned n = 0;
  params[n++] = be->t_ptr;
  for (uint32_t i = 0; i < ft->param_count; i++)
    params[n++] = lower_valtype(be, ft->params[i]);
  LLVMTypeRef ret = be->t_void;
  *result_struct = NULL;
  if (ft->result_count == 1) {
    ret = lower_valtype(be, ft->results[0]);
  } else if (ft->result_count > 1) {
    LLVMTypeRef fields[ft->result_count];
    for (uint32_t i = 0; i < ft->result_count; i++)
      fields[i] = lower_valtype(be, ft->results[i]);
    *result_struct = LLVMStructTypeInContext(be->context, fields, ft->result_count, 0);
    params[n++] = be->t_ptr;
  }
  return LLVMFunctionType(ret, params, n, 0);
}

static void add_fn_attr(backend *be, LLVMValueRef fn, const char *name) {
  unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(be->context, kind, 0));
}

void lower_add_unwind_table(backend *be, LLVMValueRef fn) {
  /* uwtable(async): CFI for every instruction, so debuggers and the
   * runtime's trap backtraces unwind through guest frames at any -O level.
   * It adds .eh_frame entries and leaves .text as it is. */
  unsigned kind = LLVMGetEnumAttributeKindForName("uwtable", 7);
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(be->context, kind, 2));
}

static void declare_runtime(backend *be) {
  LLVMTypeRef i32 = be->t_i32;
  be->trap_fn_type = LLVMFunctionType(be->t_void, &i32, 1, 0);
  be->trap_fn = LLVMAddFunction(be->module, "w2o_trap", be->trap_fn_type);
  add_fn_attr(be, be->trap_fn, "noreturn");
  add_fn_attr(be, be->trap_fn, "nounwind");
  add_fn_attr(be, be->trap_fn, "cold");
  LLVMTypeRef grow_params[2] = {be->t_ptr, be->t_i64};
  be->memory_grow_type = LLVMFunctionType(be->t_i64, grow_params, 2, 0);
  be->memory_grow_fn = LLVMAddFunction(be->module, "w2o_memory_grow", be->memory_grow_type);
  add_fn_attr(be, be->memory_grow_fn, "nounwind");
}

static void init_tbaa(backend *be) {
  static const char *const names[TBAA_COUNT] = {"w2o linear memory", "w2o context", "w2o global",
                                                "w2o table"};
  LLVMContextRef c = be->context;
  LLVMMetadataRef root_name = LLVMMDStringInContext2(c, "w2o tbaa", 8);
  LLVMMetadataRef root = LLVMMDNodeInContext2(c, &root_name, 1);
  LLVMMetadataRef zero = LLVMValueAsMetadata(lower_const_i64(be, 0));
  for (int i = 0; i < TBAA_COUNT; i++) {
    LLVMMetadataRef type_ops[3] = {LLVMMDStringInContext2(c, names[i], strlen(names[i])), root, zero};
    LLVMMetadataRef type = LLVMMDNodeInContext2(c, type_ops, 3);
    LLVMMetadataRef tag_ops[3] = {type, type, zero};
    be->tbaa_tags[i] = LLVMMetadataAsValue(c, LLVMMDNodeInContext2(c, tag_ops, 3));
  }
  be->md_tbaa = LLVMGetMDKindIDInContext(c, "tbaa", 4);
  be->md_invariant_load = LLVMGetMDKindIDInContext(c, "invariant.load", 14);
}

/* Symbol of a defined function: "<prefix>.<name from the name section>" or
 * "<prefix>.func<N>". */
static char *function_symbol(const wasm_module *m, const char *prefix, uint32_t func_index) {
  const wasm_name *n = m->func_names ? &m->func_names[func_index] : NULL;
  if (n && n->data && n->len > 0) {
    char *id = names_c_identifier(n->data, n->len);
    char *s = id ? text_printf("%s.%s", prefix, id) : NULL;
    w2o_free(id);
    return s;
  }
  return text_printf("%s.func%u", prefix, func_index);
}

static uint64_t symbol_hash(const char *s) {
  uint64_t h = 1469598103934665603u; /* FNV-1a */
  for (; *s; s++)
    h = (h ^ (uint8_t)*s) * 1099511628211u;
  return h;
}

/* The slot of `s` in the open-addressing set `set` (capacity mask+1, at
 * most half full): where it is, or the empty slot where it would go. */
static size_t symbol_slot(const char **set, size_t mask, const char *s) {
  size_t i = symbol_hash(s) & mask;
  while (set[i] && strcmp(set[i], s) != 0)
    i = (i + 1) & mask;
  return i;
}

/* A copy of `s` in `a`; NULL if out of memory. */
static char *arena_copy(arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  char *p = arena_alloc(a, n);
  return p ? memcpy(p, s, n) : NULL;
}

/*
 * Names from the name section may repeat, or become equal as C identifiers
 * ("a.b" and "a_b"). A repeat gets ".<k>" with the next k that makes it
 * unique, k counting from 1 over the module, as LLVM renames a repeated
 * name; base names have one '.' and suffixed ones two, so a suffix never
 * meets a base name. All partitions of a compilation share the result, so
 * their declarations and definitions agree.
 */
const char *const *lower_function_symbols(const wasm_module *m, const char *prefix, arena *a) {
  size_t cap = 16;
  while (cap < 2 * (size_t)m->func_count + 2)
    cap *= 2;
  const char **symbols = arena_array(a, m->func_count ? m->func_count : 1, sizeof *symbols);
  const char **set = w2o_realloc(NULL, cap * sizeof *set);
  if (!symbols || !set)
    return w2o_free(set), NULL;
  memset(set, 0, cap * sizeof *set);
  unsigned suffix = 0;
  bool ok = true;
  for (uint32_t i = 0; ok && i < m->func_count; i++) {
    char *base = function_symbol(m, prefix, m->func_import_count + i), *sym = base;
    size_t slot = sym ? symbol_slot(set, cap - 1, sym) : 0;
    while (sym && set[slot]) {
      if (sym != base)
        w2o_free(sym);
      sym = text_printf("%s.%u", base, ++suffix);
      slot = sym ? symbol_slot(set, cap - 1, sym) : 0;
    }
    symbols[i] = set[slot] = sym ? arena_copy(a, sym) : NULL;
    ok = symbols[i] != NULL;
    if (sym != base)
      w2o_free(sym);
    w2o_free(base);
  }
  w2o_free(set);
  return ok ? symbols : NULL;
}

/* Declares defined function `i` (its LLVM function on first use): the
 * attributes every definition carries; a partition's own functions and the
 * ones it calls in other partitions are hidden globals, the functions of a
 * whole-module compilation internal. */
static LLVMValueRef declare_function(backend *be, uint32_t i) {
  const wasm_module *m = be->wasm;
  LLVMValueRef fn = LLVMAddFunction(be->module, be->func_symbols[i], be->func_types[m->funcs[i].type_index]);
  if (be->partitioned)
    LLVMSetVisibility(fn, LLVMHiddenVisibility);
  else
    LLVMSetLinkage(fn, LLVMInternalLinkage);
  if (be->tail_calls)
    LLVMSetFunctionCallConv(fn, LOWER_TAIL_CC);
  else if (lower_internal_cc(be, i)) {
    LLVMSetFunctionCallConv(fn, LLVMSwiftCallConv);
    LLVMAddAttributeAtIndex(fn, 1, lower_swiftself(be));
  }
  if (!be->eh) /* with exceptions, calls unwind through every function */
    add_fn_attr(be, fn, "nounwind");
  lower_add_unwind_table(be, fn);
  /* Tail-recursion elimination would turn runaway recursion into an
   * endless loop that never reaches the stack check; wasm requires the
   * "call stack exhausted" trap. The musttail calls of return_call are
   * still made (the attribute only stops optional tail calls). */
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                          LLVMCreateStringAttribute(be->context, "disable-tail-calls", 18, "true", 4));
  if (be->opts.opt_level == 0) /* as clang at -O0: what debuggers expect of a prologue */
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(be->context, "frame-pointer", 13, "all", 3));
  if (be->opts.size_level > 0)
    add_fn_attr(be, fn, "optsize");
  if (be->opts.size_level > 1)
    add_fn_attr(be, fn, "minsize");
  return be->funcs[i] = fn;
}

/*
 * The convention of functions that only this module's code calls. A
 * function that no funcref can reach (not exported, in no element segment,
 * no global's initializer, not the start function: outside the module's
 * C.refs, so no ref.func names it either) is called only by direct calls
 * of this module. It takes the instance in swiftcc's `swiftself` register
 * (r13 on x86-64, x20 on AArch64), which is callee-saved and is where its
 * callers of the same kind already hold it: a call passes the instance
 * without a move, and a function that calls does not keep a copy of it in
 * a register of its own that it must save and restore (recursion: 20%
 * fewer instructions). Its func_code
 * entry in the descriptor is the function itself (backtraces name frames
 * by it), never called through the C convention since no funcref reaches
 * it. Modules with tail calls keep tailcc for all (lower_control.c).
 */
bool lower_internal_cc(const backend *be, uint32_t defined_index) {
  const wasm_module *m = be->wasm;
  uint32_t f = m->func_import_count + defined_index;
  return be->internal_cc && !m->func_declared[f] && !(m->has_start && m->start == f);
}

LLVMAttributeRef lower_swiftself(backend *be) {
  return LLVMCreateEnumAttribute(be->context, LLVMGetEnumAttributeKindForName("swiftself", 9), 0);
}

LLVMValueRef lower_function_ref(backend *be, uint32_t defined_index) {
  LLVMValueRef fn = be->funcs[defined_index];
  return fn ? fn : declare_function(be, defined_index);
}

/* Creates the function types, and declares the functions this module
 * defines, in index order; a partition declares the others on first use. */
static bool declare_functions(backend *be) {
  const wasm_module *m = be->wasm;
  arena *a = &be->arena;
  be->func_types = arena_array(a, m->type_count ? m->type_count : 1, sizeof(LLVMTypeRef));
  be->result_structs = arena_array(a, m->type_count ? m->type_count : 1, sizeof(LLVMTypeRef));
  be->funcs = arena_array(a, m->func_count ? m->func_count : 1, sizeof(LLVMValueRef));
  be->entries = arena_array(a, m->type_count ? m->type_count : 1, sizeof(LLVMValueRef));
  if (!be->func_symbols)
    be->func_symbols = lower_function_symbols(m, be->opts.name, a);
  if (!be->func_types || !be->result_structs || !be->funcs || !be->entries || !be->func_symbols)
    return diag_out_of_memory(be->diag, 0);
  for (uint32_t i = 0; i < m->type_count; i++)
    be->func_types[i] = function_type(be, &m->types[i], &be->result_structs[i]);
  be->tail_calls = lower_module_tail_calls(m);
  be->internal_cc = !be->tail_calls && target_stack_pointer(be);
  be->eh = lower_module_exceptions(m);
  for (uint32_t i = be->first; i < be->end; i++)
    declare_function(be, i);
  return true;
}

bool lower_module(backend *be, const wasm_module *m) {
  be->wasm = m;
  if (be->end > m->func_count)
    be->end = m->func_count;
  init_tbaa(be);
  declare_runtime(be);
  if (!declare_functions(be) || !lower_call_plans(be))
    return false;
  if (be->opts.debug && !debug_begin(be, be->opts.debug_listing, be->opts.debug_comp_dir))
    return false;
  for (uint32_t i = be->first; i < be->end; i++)
    if (!lower_function(be, i))
      return false;
  debug_clear_location(be); /* the thunks and descriptor have no source */
  bool ok = !be->has_descriptor || descriptor_emit(be);
  debug_finish(be);
  return ok;
}
