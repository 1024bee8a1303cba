/*
 * lower_control.c — structured control flow and calls.
 *
 * requires: a validated body (labels, arities and types are right), the
 *           function's entry block holding the locals.
 * maintains: fs->frames mirrors the wasm control stack; fs->dead is true
 *           exactly when the current position cannot be reached (after br,
 *           br_table, return, unreachable), in which case the builder's
 *           block is terminated and lower_body skips to the frame's else/end.
 * breaks:   nothing.
 *
 * Values cross block boundaries through slots (allocas in the entry block):
 * a branch stores the carried values into the target's slots and jumps; the
 * merge point loads them. For block/if/func the slots hold the results and
 * the target is `merge`; for a loop they hold the parameters and the target
 * is the header. SROA turns this into phis.
 */
#include <string.h>

#include "lower.h"

/* ---- frames ---- */

/* An alloca at the start of the entry block. Positioning the builder
 * before an instruction also takes that instruction's debug location, so
 * the current one is put back (else -g would lose the location of what
 * follows). */
LLVMValueRef lower_entry_alloca(func_state *fs, LLVMTypeRef type) {
  backend *be = fs->be;
  LLVMBasicBlockRef saved = LLVMGetInsertBlock(be->builder);
  LLVMMetadataRef saved_loc = LLVMGetCurrentDebugLocation2(be->builder);
  LLVMValueRef first = LLVMGetFirstInstruction(fs->entry_bb);
  if (first)
    LLVMPositionBuilderBefore(be->builder, first);
  else
    LLVMPositionBuilderAtEnd(be->builder, fs->entry_bb);
  LLVMValueRef a = LLVMBuildAlloca(be->builder, type, "");
  LLVMPositionBuilderAtEnd(be->builder, saved);
  LLVMSetCurrentDebugLocation2(be->builder, saved_loc);
  return a;
}

static LLVMValueRef *make_slots(func_state *fs, uint32_t n, const wasm_valtype *types) {
  LLVMValueRef *slots = arena_array(&fs->scratch, n ? n : 1, sizeof(LLVMValueRef));
  if (!slots)
    return NULL;
  for (uint32_t i = 0; i < n; i++)
    slots[i] = lower_entry_alloca(fs, lower_valtype(fs->be, types[i]));
  return slots;
}

static void blocktype_signature(func_state *fs, int64_t bt, frame *f) {
  const wasm_module *m = fs->be->wasm;
  static const wasm_valtype valtypes[] = {VT_I32, VT_I64, VT_F32, VT_F64, VT_V128, VT_FUNCREF, VT_EXTERNREF};
  f->param_count = f->result_count = 0;
  if (blocktype_is_index(bt)) {
    const wasm_functype *ft = &m->types[bt];
    f->param_count = ft->param_count;
    f->params = ft->params;
    f->result_count = ft->result_count;
    f->results = ft->results;
  } else if (bt != BLOCKTYPE_EMPTY) {
    wasm_valtype t = blocktype_valtype(bt);
    for (size_t i = 0; i < sizeof valtypes; i++)
      if (valtypes[i] == t)
        f->results = &valtypes[i];
    f->result_count = 1;
  }
}

/* Pushes a frame; for FRAME_FUNC `blocktype` is the function's type index. */
bool lower_push_frame(func_state *fs, frame_kind kind, int64_t blocktype) {
  backend *be = fs->be;
  if (fs->frame_count == fs->frame_cap) {
    size_t cap = fs->frame_cap ? fs->frame_cap * 2 : 16;
    frame *f = w2o_realloc(fs->frames, cap * sizeof *f);
    if (!f)
      return diag_out_of_memory(be->diag, 0);
    fs->frames = f;
    fs->frame_cap = cap;
  }
  frame *f = &fs->frames[fs->frame_count++];
  memset(f, 0, sizeof *f);
  f->kind = kind;
  f->stack_checked = fs->stack_checked;
  blocktype_signature(fs, blocktype, f);
  if (kind == FRAME_FUNC)
    f->param_count = 0; /* parameters are locals, not operands */
  f->height = fs->sp - f->param_count;
  if (kind == FRAME_LOOP) {
    f->slots = make_slots(fs, f->param_count, f->params);
    f->header = f->latch = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop");
  } else {
    f->slots = make_slots(fs, f->result_count, f->results);
    f->merge = LLVMAppendBasicBlockInContext(be->context, fs->fn, kind == FRAME_FUNC ? "return" : "end");
  }
  return f->slots != NULL || diag_out_of_memory(be->diag, 0);
}

/* Stores the top `n` operands into `slots` without popping them. */
static void store_slots(func_state *fs, LLVMValueRef *slots, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    LLVMBuildStore(fs->be->builder, fs->stack[fs->sp - n + i], slots[i]);
}

static void load_slots(func_state *fs, LLVMValueRef *slots, uint32_t n, const wasm_valtype *types) {
  for (uint32_t i = 0; i < n; i++)
    lower_push(fs, LLVMBuildLoad2(fs->be->builder, lower_valtype(fs->be, types[i]), slots[i], ""));
}

/* Stores the values a branch to `f` carries; returns its target block. */
static LLVMBasicBlockRef branch_target(func_state *fs, frame *f) {
  if (f->kind == FRAME_LOOP) {
    store_slots(fs, f->slots, f->param_count);
    return f->latch;
  }
  store_slots(fs, f->slots, f->result_count);
  f->merge_used = true;
  return f->merge;
}

static frame *label_frame(func_state *fs, uint32_t depth) { return &fs->frames[fs->frame_count - 1 - depth]; }

void lower_become_dead(func_state *fs) {
  fs->sp = fs->frames[fs->frame_count - 1].height;
  fs->dead = true;
  fs->dead_depth = 0;
}

/* ---- blocks ---- */

bool lower_block(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  return lower_push_frame(fs, FRAME_BLOCK, in->blocktype);
}

/* ARG: nonzero for a copy whose header needs no fuel or epoch check
 * (lower_nowrap.c's fast copy, entered only when none could fire). */
bool lower_loop(func_state *fs, const wasm_instr *in, int a) {
  if (!lower_push_frame(fs, FRAME_LOOP, in->blocktype))
    return false;
  frame *f = &fs->frames[fs->frame_count - 1];
  f->start = fs->body;
  store_slots(fs, f->slots, f->param_count);
  LLVMBuildBr(fs->be->builder, f->header);
  LLVMPositionBuilderAtEnd(fs->be->builder, f->header);
  if (!a)
    lower_loop_check(fs);
  fs->sp = f->height;
  load_slots(fs, f->slots, f->param_count, f->params);
  return true;
}

/*
 * Interpreter dispatch. A bytecode interpreter compiled to wasm is a loop
 * that loads the next instruction through a local (the virtual pc) and
 * dispatches with a br_table; its conditional jumps set the pc with a
 * `select` between the jump's target and the next instruction. LLVM makes
 * that select a conditional move, so the next iteration's loads wait for
 * the condition (a value just stored to the interpreted stack): the bench's
 * interp ran at 1.41x native, where clang, compiling the same C for x86,
 * keeps the jump a branch that the CPU predicts. So a select whose result
 * the next instruction sets to a local that the innermost enclosing loop
 * loads through, in a loop that has a br_table (outside nested loops), gets
 * branch weights that call it predictable, and LLVM's CodeGenPrepare turns
 * it into a branch. The bet is the predictor's: an interpreted program's
 * jumps follow its loops, as native interpreters assume. Other selects,
 * including branchless searches (whose loops have no br_table), stay
 * conditional moves.
 */
static void scan_dispatch(func_state *fs, frame *f) {
  f->vm_loop = 1;
  f->address_locals = arena_alloc(&fs->scratch, fs->local_count / 8 + 1); /* zeroed */
  if (!f->address_locals)
    return; /* then it is not one: no select changes */
  body_scan s;
  body_scan_init(&s, f->start);
  uint32_t depth = 1, inner = 0; /* inner: the depth inside the nested loop being skipped, or 0 */
  uint32_t got = UINT32_MAX;     /* the local the previous instruction read */
  bool br_table = false, loads = false;
  while (depth > 0 && body_scan_next(&s)) {
    const wasm_instr *in = &s.in;
    uint32_t prev = got;
    got = in->op == OP_LOCAL_GET ? in->index : UINT32_MAX;
    switch (in->op) {
    case OP_BLOCK:
    case OP_IF:
    case OP_TRY: depth++; continue;
    case OP_LOOP:
      inner = inner ? inner : depth + 1;
      depth++;
      continue;
    case OP_END:
    case OP_DELEGATE: /* ends its try */
      if (depth-- == inner)
        inner = 0;
      continue;
    default: break;
    }
    opcode_sig sig;
    if (inner)
      continue;
    br_table = br_table || in->op == OP_BR_TABLE;
    if (prev != UINT32_MAX && opcode_infos[in->op].imm == IMM_MEMARG && opcode_signature(in->op, &sig) &&
        sig.param_count == 1 && sig.result_count == 1) { /* a load through local `prev` */
      f->address_locals[prev / 8] |= (uint8_t)(1u << (prev % 8));
      loads = true;
    }
  }
  body_scan_end(&s);
  f->vm_loop = br_table && loads ? 2 : 1;
}

bool lower_select_steers_dispatch(func_state *fs) {
  frame *f = NULL;
  for (size_t i = fs->frame_count; i-- > 0 && !f;)
    if (fs->frames[i].kind == FRAME_LOOP)
      f = &fs->frames[i];
  reader next = fs->body;
  wasm_instr in;
  if (!f || !read_instr(&next, &fs->scratch, &in) || (in.op != OP_LOCAL_SET && in.op != OP_LOCAL_TEE))
    return false;
  if (!f->vm_loop)
    scan_dispatch(fs, f);
  return f->vm_loop == 2 && (f->address_locals[in.index / 8] >> (in.index % 8) & 1);
}

bool lower_if(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef cond = lower_pop(fs);
  if (!lower_push_frame(fs, FRAME_IF, in->blocktype))
    return false;
  frame *f = &fs->frames[fs->frame_count - 1];
  f->if_params = arena_array(&fs->scratch, f->param_count ? f->param_count : 1, sizeof(LLVMValueRef));
  if (!f->if_params)
    return diag_out_of_memory(be->diag, in->offset);
  for (uint32_t i = 0; i < f->param_count; i++)
    f->if_params[i] = fs->stack[f->height + i];
  LLVMBasicBlockRef then_bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "then");
  f->else_bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "else");
  LLVMValueRef c = LLVMBuildICmp(be->builder, LLVMIntNE, cond, lower_const_i32(be, 0), "");
  LLVMBuildCondBr(be->builder, c, then_bb, f->else_bb);
  LLVMPositionBuilderAtEnd(be->builder, then_bb);
  return true;
}

/* Starts the else arm (explicit `else`, or the implicit one at `end`). */
static void start_else(func_state *fs, frame *f) {
  LLVMPositionBuilderAtEnd(fs->be->builder, f->else_bb);
  f->else_bb = NULL;
  fs->sp = f->height;
  for (uint32_t i = 0; i < f->param_count; i++)
    lower_push(fs, f->if_params[i]);
  fs->dead = false;
}

void lower_fall_through(func_state *fs, frame *f) {
  if (fs->dead || f->kind == FRAME_LOOP)
    return;
  LLVMBuildBr(fs->be->builder, branch_target(fs, f));
}

bool lower_else(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  frame *f = &fs->frames[fs->frame_count - 1];
  lower_fall_through(fs, f);
  start_else(fs, f);
  return true;
}

static void emit_return(func_state *fs, frame *f) {
  backend *be = fs->be;
  lower_exception_leave(fs);
  lower_fuel_spill(fs);
  if (f->result_count == 0) {
    LLVMBuildRetVoid(be->builder);
  } else if (f->result_count == 1) {
    LLVMBuildRet(be->builder, fs->stack[fs->sp - 1]);
  } else {
    LLVMTypeRef st = be->result_structs[fs->func->type_index];
    for (uint32_t i = 0; i < f->result_count; i++) {
      LLVMValueRef p = LLVMBuildStructGEP2(be->builder, st, fs->results_ptr, i, "");
      LLVMBuildStore(be->builder, fs->stack[fs->sp - f->result_count + i], p);
    }
    LLVMBuildRetVoid(be->builder);
  }
}

bool lower_end(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  backend *be = fs->be;
  frame *f = &fs->frames[fs->frame_count - 1];
  lower_fall_through(fs, f);
  if (f->kind == FRAME_TRY)
    lower_try_end(fs, f);
  if (f->kind == FRAME_IF && f->else_bb) {
    start_else(fs, f); /* no else: parameters pass through as results */
    lower_fall_through(fs, f);
  }
  if (f->kind == FRAME_LOOP) {
    if (fs->dead)
      fs->sp = f->height;
    fs->frame_count--;
    return true;
  }
  fs->sp = f->height;
  if (f->merge_used) {
    LLVMPositionBuilderAtEnd(be->builder, f->merge);
    load_slots(fs, f->slots, f->result_count, f->results);
    fs->dead = false;
    if (f->kind == FRAME_FUNC)
      emit_return(fs, f);
  } else {
    LLVMDeleteBasicBlock(f->merge);
    fs->dead = true;
  }
  fs->frame_count--;
  return true;
}

/*
 * --epoch and --fuel, innermost loops (no nested loop, no call): the loop
 * is lowered twice, so that LLVM can still vectorize it, and neither copy
 * checks on every iteration. Both count their back edges down. The fast
 * copy runs first and counts down from `period`; it is entered only from
 * before the loop, so LLVM knows its start values, can often prove that
 * the count never runs out (a trip count below `period`), drop it and
 * vectorize. When the count does run out, execution goes on, at the same
 * iteration, in the second copy: its entry (`loop.check`) checks and
 * starts a new count, and it is the copy for long loops (its start values
 * are not known).
 *  - Epoch: the fast copy's entry checks once, unless another check covers
 *    it; the second copy's entry checks and counts `period`. Between two
 *    checks run at most LOOP_WORK instructions: one iteration executes
 *    each instruction of the body at most once.
 *  - Fuel: checks are left out only where they cannot fail, so the fuel
 *    left is exact as ever. An iteration costs at most `cost`, the cost of
 *    the whole body. The fast copy is entered only when the fuel covers
 *    `period` iterations (so no header in it could find the fuel below
 *    zero), else the second copy's entry checks this header. That entry
 *    checks as lower_loop_check does, then counts fuel / cost iterations
 *    (1 to `period`): the headers in between would pass the check.
 * Only bodies up to LOOP_COPY_MAX instructions are copied (the loops worth
 * vectorizing are small; code size stays bounded).
 *
 * A loop left on a test of loaded data (a list walk, a search) has no trip
 * count that LLVM can compute, so it is not unrolled in a build without
 * the count; with it, LLVM takes `period` for one and unrolls both copies,
 * with an exit block per unrolled iteration, which made short searches
 * slower: sort's partition loops (one or two iterations each) took 8.7%
 * more time than the guard build's, 2.1% with the copies kept rolled (the
 * bench's sort, interleaved runs). Such copies are marked not to unroll;
 * a loop that looks counted (one branch back, its last instruction, no
 * other way out, no loaded data in its test) is left to LLVM.
 */
/* What simple_loop_size finds of a loop body. */
typedef struct loop_facts {
  uint32_t size;  /* instructions, or 0 if it holds a loop, a call or exception
                     handling (lowered once: lower_exception_setup counts each try once) */
  uint32_t cost;  /* the fuel all of them cost */
  bool data_exit; /* may be left on a test of loaded data: not counted */
} loop_facts;

bool lower_copies_loop_with(wasm_opcode op) {
  switch (op) {
  case OP_LOOP:
  case OP_CALL:
  case OP_CALL_INDIRECT:
  case OP_RETURN_CALL:
  case OP_RETURN_CALL_INDIRECT:
  case OP_TRY:
  case OP_THROW:
  case OP_RETHROW: return false;
  default: return true;
  }
}

/* Whether `in` reads linear memory into a value (a load, an atomic). */
static bool reads_memory(const wasm_instr *in) {
  const opcode_info *info = &opcode_infos[in->op];
  return info->imm == IMM_MEMARG && info->sig[strlen(info->sig) - 1] != ':';
}

/* The scan: `data` is whether the expression being built (since the last
 * local.set, store, branch or block boundary) has read memory, directly or
 * through a local last set from such an expression (fs->loaded_in[i] is
 * this scan's number while local i holds such a value, in body order:
 * clang's code sets a local before it tests it; one array per function). */
static loop_facts simple_loop_size(func_state *fs) {
  loop_facts facts = {0};
  if (!fs->loaded_in)
    fs->loaded_in = arena_array(&fs->scratch, fs->local_count ? fs->local_count : 1, sizeof(uint32_t));
  if (!fs->loaded_in) /* not versioned: checked at its header */
    return facts;
  uint32_t scan = ++fs->loop_scans, *loaded = fs->loaded_in;
  body_scan s;
  body_scan_init(&s, fs->body);
  uint32_t count = 0, depth = 1, back_edges = 0, back_at = 0, exits = 0, exit_at = 0;
  bool exit_is_br = false, data = false, back_on_data = true, simple = true;
  while (simple && depth > 0 && count <= LOOP_COPY_MAX && body_scan_next(&s)) {
    const wasm_instr *in = &s.in;
    count++;
    facts.cost += lower_fuel_cost(in->op);
    simple = lower_copies_loop_with(in->op);
    switch (in->op) {
    case OP_LOCAL_GET: data = data || loaded[in->index] == scan; break;
    case OP_LOCAL_SET:
    case OP_LOCAL_TEE:
      loaded[in->index] = data ? scan : 0;
      data = data && in->op == OP_LOCAL_TEE;
      break;
    case OP_BR:
    case OP_BR_IF:
      if (in->index == depth - 1)
        back_edges++, back_at = count, back_on_data = data;
      else if (in->index >= depth)
        exits++, exit_at = count, exit_is_br = in->op == OP_BR;
      data = false;
      break;
    case OP_BR_TABLE:
    case OP_RETURN: exits += 2; break; /* never the one final `br` out */
    case OP_BLOCK:
    case OP_IF: depth++, data = false; break;
    case OP_END: depth--, data = false; break;
    default:
      if (opcode_infos[in->op].imm == IMM_MEMARG)
        data = reads_memory(in);
      break;
    }
  }
  body_scan_end(&s);
  if (!simple || depth != 0)
    return (loop_facts){0};
  /* counted: `... br_if 0 end`, or `... br_if 0 br N end` (left by a branch) */
  uint32_t end_at = count - (exits == 1 && exit_is_br && exit_at == count - 1);
  facts.size = count;
  facts.data_exit = back_edges != 1 || back_at != end_at - 1 || exits != (end_at < count) || back_on_data;
  return facts;
}

/* After one copy's `end`: its results (if it reaches the end) go to `done`. */
static void finish_copy(func_state *fs, LLVMValueRef *results, uint32_t n, LLVMBasicBlockRef done,
                        bool *reached) {
  if (fs->dead)
    return;
  store_slots(fs, results, n);
  fs->sp -= n;
  LLVMBuildBr(fs->be->builder, done);
  *reached = true;
}

/* A back edge that counts down: `--*countdown ? header : expired`; a
 * `rolled` loop is not unrolled. */
static LLVMBasicBlockRef countdown_latch(func_state *fs, LLVMValueRef countdown, LLVMBasicBlockRef expired,
                                         LLVMBasicBlockRef header, bool rolled) {
  backend *be = fs->be;
  LLVMBasicBlockRef latch = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.latch");
  LLVMBasicBlockRef here = LLVMGetInsertBlock(be->builder);
  LLVMPositionBuilderAtEnd(be->builder, latch);
  LLVMValueRef left = LLVMBuildSub(be->builder, LLVMBuildLoad2(be->builder, be->t_i32, countdown, ""),
                                   lower_const_i32(be, 1), "");
  LLVMBuildStore(be->builder, left, countdown);
  LLVMValueRef zero = LLVMBuildICmp(be->builder, LLVMIntEQ, left, lower_const_i32(be, 0), "");
  LLVMValueRef br = LLVMBuildCondBr(be->builder, zero, expired, header);
  lower_set_unlikely(fs, br);
  if (rolled)
    lower_set_no_unroll(fs, br);
  LLVMPositionBuilderAtEnd(be->builder, here);
  return latch;
}

/* One copy of the loop at the top frame, whose parameters are in its slots:
 * counts down from `count` (i32, at least 1), goes to `expired` when the
 * count runs out, and falls through to `after` with its results. */
static bool lower_counted_copy(func_state *fs, bool rolled, LLVMValueRef countdown, LLVMValueRef count,
                               LLVMBasicBlockRef expired, size_t frames, LLVMValueRef *results,
                               LLVMBasicBlockRef after, bool *reached) {
  backend *be = fs->be;
  frame *f = &fs->frames[fs->frame_count - 1];
  uint32_t result_count = f->result_count;
  LLVMBuildStore(be->builder, count, countdown);
  LLVMBuildBr(be->builder, f->header);
  f->latch = countdown_latch(fs, countdown, expired, f->header, rolled);
  LLVMPositionBuilderAtEnd(be->builder, f->header);
  fs->sp = f->height;
  load_slots(fs, f->slots, f->param_count, f->params);
  if (!lower_until(fs, frames))
    return false;
  finish_copy(fs, results, result_count, after, reached);
  return true;
}

bool lower_loop_versioned(func_state *fs, const wasm_instr *in, bool *done) {
  backend *be = fs->be;
  *done = false;
  if (!be->opts.epoch && !fs->fuel_var)
    return true;
  loop_facts facts = simple_loop_size(fs);
  if (facts.size == 0 || facts.size > LOOP_COPY_MAX)
    return true;
  uint32_t period = LOOP_WORK / facts.size, cost = facts.cost ? facts.cost : 1;
  *done = true;
  size_t frames = fs->frame_count;
  reader start = fs->body;
  uint32_t start_index = fs->instr_index;
  /* The fast copy: check the epoch once (unless another check covers it),
   * enter only with fuel for `period` iterations, count down on the back
   * edges. */
  if (be->opts.epoch && !lower_epoch_covered(fs))
    lower_epoch_check(fs);
  if (!lower_push_frame(fs, FRAME_LOOP, in->blocktype))
    return false;
  frame *f = &fs->frames[fs->frame_count - 1];
  uint32_t result_count = f->result_count, param_count = f->param_count;
  const wasm_valtype *result_types = f->results;
  LLVMValueRef *params = f->slots, *results = make_slots(fs, result_count, result_types);
  LLVMValueRef countdown = lower_entry_alloca(fs, be->t_i32);
  LLVMBasicBlockRef checked = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.check");
  LLVMBasicBlockRef after = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.done");
  size_t height = f->height;
  if (!results)
    return diag_out_of_memory(be->diag, in->offset);
  store_slots(fs, params, param_count);
  if (fs->fuel_var) {
    LLVMBasicBlockRef fast = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.fast");
    LLVMBuildCondBr(be->builder, lower_fuel_covers(fs, (uint64_t)period * cost), fast, checked);
    LLVMPositionBuilderAtEnd(be->builder, fast);
  }
  bool reached = false;
  if (!lower_counted_copy(fs, facts.data_exit, countdown, lower_const_i32(be, period), checked, frames,
                          results, after, &reached))
    return false;
  /* The second copy, entered from before the loop without the fuel for the
   * fast one, or from either copy's expired count, with the loop's
   * parameters in the same slots. */
  fs->body = start;
  fs->instr_index = start_index;
  fs->sp = height + param_count; /* as at the `loop`; the values come from the slots */
  fs->dead = false;
  fs->dead_depth = 0;
  if (!lower_push_frame(fs, FRAME_LOOP, in->blocktype))
    return false;
  f = &fs->frames[fs->frame_count - 1];
  f->slots = params;
  LLVMPositionBuilderAtEnd(be->builder, checked);
  if (be->opts.epoch)
    lower_epoch_check(fs);
  LLVMValueRef count = lower_const_i32(be, period);
  if (fs->fuel_var) {
    lower_fuel_check(fs);
    count = lower_fuel_batch(fs, cost, period);
  }
  if (!lower_counted_copy(fs, facts.data_exit, countdown, count, checked, frames, results, after, &reached))
    return false;
  /* After the loop: its results, if either copy falls through. */
  fs->sp = height;
  if (reached) {
    LLVMPositionBuilderAtEnd(be->builder, after);
    load_slots(fs, results, result_count, result_types);
    fs->dead = false;
  } else {
    LLVMDeleteBasicBlock(after);
    fs->dead = true;
    fs->dead_depth = 0;
  }
  return true;
}

/* ---- branches ---- */

bool lower_br(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  LLVMBuildBr(fs->be->builder, branch_target(fs, label_frame(fs, in->index)));
  lower_become_dead(fs);
  return true;
}

bool lower_br_if(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef cond = lower_pop(fs);
  LLVMBasicBlockRef target = branch_target(fs, label_frame(fs, in->index));
  LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(be->context, fs->fn, "");
  LLVMValueRef c = LLVMBuildICmp(be->builder, LLVMIntNE, cond, lower_const_i32(be, 0), "");
  LLVMBuildCondBr(be->builder, c, target, cont);
  LLVMPositionBuilderAtEnd(be->builder, cont);
  return true;
}

bool lower_br_table(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMValueRef index = lower_pop(fs);
  /* Store into every target's slots before the switch terminates the block. */
  LLVMBasicBlockRef *targets = arena_array(&fs->scratch, in->target_count + 1, sizeof *targets);
  if (!targets)
    return diag_out_of_memory(be->diag, in->offset);
  for (uint32_t i = 0; i <= in->target_count; i++)
    targets[i] = branch_target(fs, label_frame(fs, in->targets[i]));
  LLVMValueRef sw = LLVMBuildSwitch(be->builder, index, targets[in->target_count], in->target_count);
  for (uint32_t i = 0; i < in->target_count; i++)
    LLVMAddCase(sw, lower_const_i32(be, i), targets[i]);
  lower_become_dead(fs);
  return true;
}

bool lower_return(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  LLVMBuildBr(fs->be->builder, branch_target(fs, &fs->frames[0]));
  lower_become_dead(fs);
  return true;
}

bool lower_unreachable(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  lower_emit_trap(fs, W2O_TRAP_UNREACHABLE);
  lower_become_dead(fs);
  return true;
}

/* ---- calls ---- */

void lower_emit_call(func_state *fs, LLVMValueRef callee, const wasm_functype *type, uint32_t type_index,
                     LLVMValueRef env, bool may_grow) {
  backend *be = fs->be;
  uint32_t np = type->param_count;
  LLVMValueRef args[np + 2];
  args[0] = env;
  for (uint32_t i = 0; i < np; i++)
    args[1 + i] = fs->stack[fs->sp - np + i];
  fs->sp -= np;
  unsigned n = np + 1;
  LLVMValueRef results = NULL;
  LLVMTypeRef st = be->result_structs[type_index];
  if (type->result_count > 1) {
    results = lower_entry_alloca(fs, st);
    args[n++] = results;
  }
  lower_fuel_spill(fs);
  LLVMValueRef call = lower_exception_call(fs, be->func_types[type_index], callee, args, n);
  if (LLVMIsAFunction(callee)) { /* a defined function: tailcc or swiftcc (lower_internal_cc) */
    LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(callee));
    if (LLVMGetFunctionCallConv(callee) == LLVMSwiftCallConv)
      LLVMAddCallSiteAttribute(call, 1, lower_swiftself(be));
  }
  lower_interrupt_reload(fs);
  if (may_grow)
    lower_memory_size_refresh(fs);
  if (type->result_count == 1)
    lower_push(fs, call);
  for (uint32_t i = 0; type->result_count > 1 && i < type->result_count; i++) {
    LLVMValueRef p = LLVMBuildStructGEP2(be->builder, st, results, i, "");
    lower_push(fs, LLVMBuildLoad2(be->builder, lower_valtype(be, type->results[i]), p, ""));
  }
}

/* A call through a w2o_funcref_t: the callee checks its stack against ours. */
static void call_funcref(func_state *fs, LLVMValueRef ref, uint32_t type_index) {
  backend *be = fs->be;
  LLVMValueRef code = lower_load_value(fs, be->t_ptr, lower_gep(fs, ref, offsetof(w2o_funcref_t, func)),
                                       TBAA_CONTEXT, true, 8);
  LLVMValueRef env = lower_load_value(fs, be->t_ptr, lower_gep(fs, ref, offsetof(w2o_funcref_t, env)),
                                      TBAA_CONTEXT, true, 8);
  LLVMValueRef limit = lower_ctx_field(fs, offsetof(w2o_instance_t, stack_limit), be->t_i64, false);
  lower_store_value(fs, limit, env, TBAA_CONTEXT, 8);
  lower_emit_call(fs, code, &be->wasm->types[type_index], type_index, env, true);
}

bool lower_call(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  const wasm_module *m = be->wasm;
  uint32_t type_index = m->func_type_indices[in->index];
  if (in->index >= m->func_import_count) {
    uint32_t f = in->index - m->func_import_count;
    lower_emit_call(fs, lower_function_ref(be, f), &m->types[type_index], type_index, fs->ctx,
                    !be->memory_grows || be->memory_grows[f]);
    return true;
  }
  LLVMValueRef ref = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, funcs), in->index);
  call_funcref(fs, ref, type_index);
  return true;
}

/* call_indirect's checks: the table slot, not null, the type; returns the funcref. */
static LLVMValueRef checked_table_ref(func_state *fs, const wasm_instr *in) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  /* Widened before the lookup (compared in 64 bits), as it always was:
   * either width gives the same check; this keeps the code unchanged. */
  LLVMValueRef index = LLVMBuildZExt(b, lower_pop(fs), be->t_i64, "");
  LLVMValueRef slot = lower_table_slot(fs, in->index2, index, W2O_TRAP_UNDEFINED_ELEMENT);
  LLVMValueRef ref = lower_load_value(fs, be->t_ptr, slot, TBAA_TABLE, false, 8);
  lower_trap_if(fs, LLVMBuildIsNull(b, ref, ""), W2O_TRAP_UNINITIALIZED_ELEMENT);
  LLVMValueRef id = lower_load_value(fs, be->t_i32, lower_gep(fs, ref, offsetof(w2o_funcref_t, type_id)),
                                     TBAA_CONTEXT, true, 4);
  LLVMValueRef ids = lower_ctx_field(fs, offsetof(w2o_instance_t, type_ids), be->t_ptr, true);
  LLVMValueRef want =
      lower_load_value(fs, be->t_i32, lower_gep(fs, ids, (uint64_t)in->index * 4), TBAA_CONTEXT, true, 4);
  lower_trap_if(fs, LLVMBuildICmp(b, LLVMIntNE, id, want, ""), W2O_TRAP_INDIRECT_CALL_TYPE_MISMATCH);
  return ref;
}

bool lower_call_indirect(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  call_funcref(fs, checked_table_ref(fs, in), in->index);
  return true;
}

/* ---- tail calls ----
 *
 * In a module with return_call or return_call_indirect, every defined
 * function uses LLVM's tailcc convention (lower.c), under which a musttail
 * call needs only the same return type, which wasm guarantees: so a tail
 * call between any two defined functions reuses the caller's frame, and
 * mutual recursion of any depth runs in constant native stack. C code
 * (the runtime's entries, other modules, hosts) calls funcrefs in the C
 * convention, so a module's funcrefs point to C wrappers
 * (lower_function_for_c). return_call_indirect finds its target among the
 * module's own functions (funcs[imports + k] == ref) and then tail calls
 * the tailcc function k; a funcref of another instance or of the host, and
 * return_call of an import, are an ordinary call and return: their native
 * frame lasts until the callee returns.
 *
 * The stack check of each function's entry still sees every frame that
 * exists; fuel is spilled before the call, as for `call`; with --epoch a
 * function that tail calls checks on entry like one that calls
 * (lower_interrupt.c), so a cycle of tail calls is interruptible.
 */

bool lower_module_tail_calls(const wasm_module *m) {
  bool found = false;
  for (uint32_t i = 0; !found && i < m->func_count; i++) {
    const wasm_func *f = &m->funcs[i];
    body_scan s;
    body_scan_init(&s, (reader){m->bytes, m->bytes + f->body_offset, m->bytes + f->body_end, NULL, false});
    while (!found && body_scan_next(&s))
      found = s.in.op == OP_RETURN_CALL || s.in.op == OP_RETURN_CALL_INDIRECT;
    body_scan_end(&s);
  }
  return found;
}

LLVMValueRef lower_function_for_c(backend *be, uint32_t defined_index) {
  LLVMValueRef fn = lower_function_ref(be, defined_index);
  if (!be->tail_calls)
    return fn;
  LLVMTypeRef fty = be->func_types[be->wasm->funcs[defined_index].type_index];
  char *name = text_printf("%s.c", be->func_symbols[defined_index]);
  LLVMValueRef w = LLVMAddFunction(be->module, name ? name : "", fty);
  w2o_free(name);
  LLVMSetLinkage(w, LLVMInternalLinkage);
  unsigned nounwind = LLVMGetEnumAttributeKindForName("nounwind", 8);
  if (!be->eh)
    LLVMAddAttributeAtIndex(w, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(be->context, nounwind, 0));
  lower_add_unwind_table(be, w);
  LLVMPositionBuilderAtEnd(be->builder, LLVMAppendBasicBlockInContext(be->context, w, "entry"));
  unsigned n = LLVMCountParams(w);
  LLVMValueRef args[n ? n : 1];
  LLVMGetParams(w, args);
  LLVMValueRef call = LLVMBuildCall2(be->builder, fty, fn, args, n, "");
  LLVMSetInstructionCallConv(call, LOWER_TAIL_CC);
  if (LLVMGetTypeKind(LLVMGetReturnType(fty)) == LLVMVoidTypeKind)
    LLVMBuildRetVoid(be->builder);
  else
    LLVMBuildRet(be->builder, call);
  return w;
}

/* The operands, then a musttail call in the tailcc convention and `ret`;
 * 2+ results go straight to the caller's own results buffer. */
static void emit_tail_call(func_state *fs, LLVMValueRef callee, uint32_t type_index) {
  backend *be = fs->be;
  const wasm_functype *type = &be->wasm->types[type_index];
  uint32_t np = type->param_count;
  LLVMValueRef args[np + 2];
  args[0] = fs->ctx;
  for (uint32_t i = 0; i < np; i++)
    args[1 + i] = fs->stack[fs->sp - np + i];
  fs->sp -= np;
  unsigned n = np + 1;
  if (type->result_count > 1)
    args[n++] = fs->results_ptr;
  lower_exception_leave(fs); /* the frame ends: its handlers' exceptions too */
  lower_fuel_spill(fs);
  LLVMValueRef call = LLVMBuildCall2(be->builder, be->func_types[type_index], callee, args, n, "");
  LLVMSetInstructionCallConv(call, LOWER_TAIL_CC);
  LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
  if (type->result_count == 1)
    LLVMBuildRet(be->builder, call);
  else
    LLVMBuildRetVoid(be->builder);
  lower_become_dead(fs);
}

bool lower_return_call(func_state *fs, const wasm_instr *in, int a) {
  backend *be = fs->be;
  const wasm_module *m = be->wasm;
  if (in->index < m->func_import_count) { /* not guaranteed: see above */
    fs->no_invoke = true;                 /* as if the frame were gone: no try of it catches */
    bool ok = lower_call(fs, in, a);
    fs->no_invoke = false;
    return ok && lower_return(fs, in, a);
  }
  emit_tail_call(fs, lower_function_ref(be, in->index - m->func_import_count),
                 m->func_type_indices[in->index]);
  return true;
}

/* A private constant array of the module's defined functions, by index. */
static LLVMValueRef tail_targets(backend *be) {
  if (be->tail_targets)
    return be->tail_targets;
  uint32_t n = be->wasm->func_count;
  LLVMValueRef *fns = arena_array(&be->arena, n, sizeof(LLVMValueRef));
  if (!fns)
    return NULL;
  for (uint32_t i = 0; i < n; i++)
    fns[i] = lower_function_ref(be, i);
  LLVMValueRef init = LLVMConstArray2(be->t_ptr, fns, n);
  LLVMValueRef g = LLVMAddGlobal(be->module, LLVMTypeOf(init), "");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return be->tail_targets = g;
}

/* k = (ref - funcs[imports]) / sizeof(w2o_funcref_t), and whether k is a
 * defined function's index; the caller then checks funcs[imports + k] ==
 * ref, so no layout of the runtime's funcrefs is assumed. Appends the block
 * of that check as *check_bb. */
static LLVMValueRef own_function_index(func_state *fs, LLVMValueRef ref, LLVMValueRef *k,
                                       LLVMBasicBlockRef *check_bb) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  uint32_t imports = be->wasm->func_import_count;
  LLVMValueRef first = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, funcs), imports);
  LLVMValueRef diff = LLVMBuildSub(b, LLVMBuildPtrToInt(b, ref, be->t_i64, ""),
                                   LLVMBuildPtrToInt(b, first, be->t_i64, ""), "");
  *k = LLVMBuildUDiv(b, diff, LLVMConstInt(be->t_i64, sizeof(w2o_funcref_t), 0), "");
  LLVMValueRef count = LLVMConstInt(be->t_i64, be->wasm->func_count, 0);
  LLVMValueRef in_range = LLVMBuildICmp(b, LLVMIntULT, *k, count, "");
  *check_bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "own.check");
  return in_range;
}

bool lower_return_call_indirect(func_state *fs, const wasm_instr *in, int a) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef ref = checked_table_ref(fs, in);
  if (be->wasm->func_count == 0) { /* no function of its own: every target is foreign */
    fs->no_invoke = true;
    call_funcref(fs, ref, in->index);
    fs->no_invoke = false;
    return lower_return(fs, in, a);
  }
  LLVMValueRef table = tail_targets(be);
  if (!table)
    return diag_out_of_memory(be->diag, in->offset);
  LLVMValueRef k;
  LLVMBasicBlockRef check_bb, own_bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "own");
  LLVMBasicBlockRef foreign_bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "foreign");
  LLVMValueRef in_range = own_function_index(fs, ref, &k, &check_bb);
  LLVMBuildCondBr(b, in_range, check_bb, foreign_bb);
  LLVMPositionBuilderAtEnd(b, check_bb);
  LLVMValueRef funcs = lower_ctx_field(fs, offsetof(w2o_instance_t, funcs), be->t_ptr, true);
  LLVMValueRef imports = LLVMConstInt(be->t_i64, be->wasm->func_import_count, 0);
  LLVMValueRef slot_index = LLVMBuildAdd(b, k, imports, "");
  LLVMValueRef slot = LLVMBuildInBoundsGEP2(b, be->t_ptr, funcs, &slot_index, 1, "");
  LLVMValueRef own = lower_load_value(fs, be->t_ptr, slot, TBAA_CONTEXT, true, 8);
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, own, ref, ""), own_bb, foreign_bb);
  LLVMPositionBuilderAtEnd(b, own_bb);
  LLVMValueRef target_slot = LLVMBuildInBoundsGEP2(b, be->t_ptr, table, &k, 1, "");
  LLVMValueRef target = LLVMBuildLoad2(b, be->t_ptr, target_slot, "");
  uint32_t sp = fs->sp;
  emit_tail_call(fs, target, in->index);
  fs->sp = sp, fs->dead = false; /* the operands again, for the other path */
  LLVMPositionBuilderAtEnd(b, foreign_bb);
  fs->no_invoke = true;
  call_funcref(fs, ref, in->index);
  fs->no_invoke = false;
  return lower_return(fs, in, a);
}
