/*
 * lower_interrupt.c — fuel metering and epoch checks (--fuel, --epoch).
 *
 * requires: the function's entry block (for the fuel variable), hooks from
 *           lower.c (prologue, per-instruction charge, traps), lower_control.c
 *           (loop headers, calls, returns) and lower_memory.c (accesses).
 * maintains: with --fuel, the remaining fuel lives in `fuel_var`, an alloca
 *           that SROA keeps in a register: operator costs accumulate in the
 *           compiler (fs->fuel_pending) and are subtracted once per straight
 *           run of operators, before anything that can trap, call or branch;
 *           the variable is written back to ctx->fuel before calls, returns
 *           and traps, and read back after calls. No trap comes from a
 *           fault: with --fuel, guard-mode accesses are compared too
 *           (lower_accesses_checked), so every trap path knows the count.
 *           So after any exit the instance's fuel is exactly what the
 *           executed operators left. Fuel is checked at every function
 *           entry and loop header; the epoch at loop headers and, counted
 *           down, at the entry of functions that call, except where
 *           another check covers the place (below). A check branches to a
 *           cold call of w2o_fuel_exhausted / w2o_epoch_reached.
 * breaks:   nothing; without --fuel and --epoch every hook emits nothing.
 *
 * Costs follow Wasmtime: every operator 1, except nop, drop, block, loop,
 * unreachable, return, else and end, which cost 0. Each opcode's cost and
 * whether it flushes are its FUEL column in opcodes.h.
 */
#include "lower.h"

/* Whether `op` can neither trap, call nor branch: no flush before it. */
static bool is_straight(wasm_opcode op) {
  fuel_class c = opcode_infos[op].fuel;
  return c == FUEL_STRAIGHT || c == FUEL_FREE;
}

unsigned lower_fuel_cost(wasm_opcode op) {
  fuel_class c = opcode_infos[op].fuel;
  return c == FUEL_FREE || c == FUEL_CONTROL ? 0 : 1;
}

static LLVMValueRef fuel_field(func_state *fs) {
  return lower_gep(fs, fs->ctx, offsetof(w2o_instance_t, fuel));
}

void lower_fuel_spill(func_state *fs) {
  if (!fs->fuel_var)
    return;
  LLVMValueRef v = LLVMBuildLoad2(fs->be->builder, fs->be->t_i64, fs->fuel_var, "");
  lower_store_value(fs, v, fuel_field(fs), TBAA_CONTEXT, 8);
}

void lower_fuel_reload(func_state *fs) {
  if (!fs->fuel_var)
    return;
  LLVMValueRef v = lower_load_value(fs, fs->be->t_i64, fuel_field(fs), TBAA_CONTEXT, false, 8);
  LLVMBuildStore(fs->be->builder, v, fs->fuel_var);
}

/* Subtracts the pending cost from the fuel variable. */
static void fuel_flush(func_state *fs) {
  if (!fs->fuel_var || fs->fuel_pending == 0)
    return;
  backend *be = fs->be;
  LLVMValueRef v = LLVMBuildLoad2(be->builder, be->t_i64, fs->fuel_var, "");
  v = LLVMBuildSub(be->builder, v, lower_const_i64(be, fs->fuel_pending), "");
  LLVMBuildStore(be->builder, v, fs->fuel_var);
  fs->fuel_pending = 0;
}

void lower_fuel_charge(func_state *fs, wasm_opcode op) {
  if (!fs->fuel_var || fs->fuel_deferred)
    return;
  fs->fuel_pending += lower_fuel_cost(op);
  if (!is_straight(op))
    fuel_flush(fs);
}

/* if (cond) { spill; slow(ctx); reload } — the slow path out of line. */
static void slow_call_if(func_state *fs, LLVMValueRef cond, const char *slow) {
  backend *be = fs->be;
  LLVMBasicBlockRef slow_bb = LLVMAppendBasicBlockInContext(be->context, fs->fn, "interrupt");
  LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(be->context, fs->fn, "");
  LLVMValueRef br = LLVMBuildCondBr(be->builder, cond, slow_bb, cont);
  lower_set_unlikely(fs, br);
  LLVMPositionBuilderAtEnd(be->builder, slow_bb);
  lower_fuel_spill(fs);
  lower_runtime_call(fs, slow, be->t_void, &fs->ctx, 1);
  lower_fuel_reload(fs);
  LLVMBuildBr(be->builder, cont);
  LLVMPositionBuilderAtEnd(be->builder, cont);
}

void lower_fuel_check(func_state *fs) {
  backend *be = fs->be;
  if (!fs->fuel_var)
    return;
  LLVMValueRef v = LLVMBuildLoad2(be->builder, be->t_i64, fs->fuel_var, "");
  slow_call_if(fs, LLVMBuildICmp(be->builder, LLVMIntSLT, v, lower_const_i64(be, 0), ""),
               "w2o_fuel_exhausted");
}

LLVMValueRef lower_fuel_covers(func_state *fs, uint64_t amount) {
  backend *be = fs->be;
  LLVMValueRef v = LLVMBuildLoad2(be->builder, be->t_i64, fs->fuel_var, "");
  return LLVMBuildICmp(be->builder, LLVMIntSGE, v, lower_const_i64(be, amount), "");
}

LLVMValueRef lower_fuel_batch(func_state *fs, uint32_t cost, uint32_t most) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef v = LLVMBuildLoad2(b, be->t_i64, fs->fuel_var, "");
  LLVMValueRef n = LLVMBuildSDiv(b, v, lower_const_i64(be, cost), "");
  LLVMValueRef lo = lower_const_i64(be, 1), hi = lower_const_i64(be, most);
  n = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, n, lo, ""), lo, n, "");
  n = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSGT, n, hi, ""), hi, n, "");
  return LLVMBuildTrunc(b, n, be->t_i32, "");
}

void lower_epoch_check(func_state *fs) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  if (!be->opts.epoch)
    return;
  LLVMValueRef counter = lower_ctx_field(fs, offsetof(w2o_instance_t, epoch), be->t_ptr, true);
  LLVMValueRef now = LLVMBuildLoad2(b, be->t_i64, counter, "");
  LLVMSetOrdering(now, LLVMAtomicOrderingMonotonic); /* another thread increments it */
  LLVMSetAlignment(now, 8);
  LLVMValueRef deadline = lower_ctx_field(fs, offsetof(w2o_instance_t, epoch_deadline), be->t_i64, false);
  slow_call_if(fs, LLVMBuildICmp(b, LLVMIntUGE, now, deadline, ""), "w2o_epoch_reached");
}

/*
 * Where epoch checks are left out or made rarer, since the time between two
 * checks stays bounded without them (interruption is about time, not about
 * an exact point, unlike fuel, which keeps every check):
 *  - a function checks on entry only if it calls (recursion needs calls),
 *    and then only once per EPOCH_ENTRIES such entries: it counts
 *    ctx->epoch_countdown down. Between its entry and its next call or
 *    return it runs at most its own instructions, or loops, which check.
 *    A new deadline zeroes the count (w2o_epoch_set_deadline), so the next
 *    entry checks it;
 *  - a loop whose every iteration calls, before any branch, a function of
 *    this module that counts on entry has no check at its header: at most
 *    EPOCH_ENTRIES iterations run between two checks;
 *  - the check-free copy of an innermost loop (lower_loop_versioned) is
 *    not checked on entry when the innermost enclosing loop checks its
 *    header on every iteration.
 * So recursion is interrupted (its functions count), and so is every loop
 * (its header checks, a callee counts, or its copies count down).
 */
enum { EPOCH_ENTRIES = 1024 };

static bool body_calls(const wasm_module *m, const wasm_func *f) {
  body_scan s;
  body_scan_init(&s, (reader){m->bytes, m->bytes + f->body_offset, m->bytes + f->body_end, NULL, false});
  bool calls = false;
  while (!calls && body_scan_next(&s))
    calls = s.in.op == OP_CALL || s.in.op == OP_CALL_INDIRECT || s.in.op == OP_RETURN_CALL ||
            s.in.op == OP_RETURN_CALL_INDIRECT;
  body_scan_end(&s);
  return calls;
}

void lower_epoch_plan_fill(const wasm_module *m, bool *plan) {
  for (uint32_t i = 0; i < m->func_count; i++)
    plan[i] = body_calls(m, &m->funcs[i]);
}

bool lower_epoch_plan(backend *be) {
  const wasm_module *m = be->wasm;
  if (!be->opts.epoch || be->epoch_at_entry)
    return true; /* off, or shared by the partitions of one compilation */
  bool *plan = arena_array(&be->arena, m->func_count ? m->func_count : 1, sizeof(bool));
  if (!plan)
    return diag_out_of_memory(be->diag, 0);
  lower_epoch_plan_fill(m, plan);
  be->epoch_at_entry = plan;
  return true;
}

/* Whether every iteration of the loop whose body starts at fs->body calls,
 * before any branch, a function that counts on entry. */
static bool loop_calls_counting_function(func_state *fs) {
  backend *be = fs->be;
  uint32_t imports = be->wasm->func_import_count;
  body_scan s;
  body_scan_init(&s, fs->body);
  bool found = false;
  uint32_t depth = 0; /* blocks entered: falling through them is straight */
  while (!found && body_scan_next(&s)) {
    bool straight = true;
    switch (s.in.op) {
    case OP_CALL:
      found = s.in.index >= imports && be->epoch_at_entry[s.in.index - imports];
      straight = found;
      break;
    case OP_BLOCK: depth++; break;
    case OP_END: straight = depth-- > 0; break;
    case OP_LOOP:
    case OP_IF:
    case OP_ELSE:
    case OP_BR:
    case OP_BR_IF:
    case OP_BR_TABLE:
    case OP_RETURN:
    case OP_UNREACHABLE:
    case OP_CALL_INDIRECT:
    case OP_RETURN_CALL:
    case OP_RETURN_CALL_INDIRECT:
    case OP_TRY:
    case OP_CATCH:
    case OP_CATCH_ALL:
    case OP_DELEGATE:
    case OP_THROW:
    case OP_RETHROW: straight = false; break;
    default: break;
    }
    if (!straight)
      break;
  }
  body_scan_end(&s);
  return found;
}

/* ctx->epoch_countdown -= 1; below zero: reset it and check. */
static void epoch_countdown(func_state *fs) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMValueRef field = lower_gep(fs, fs->ctx, offsetof(w2o_instance_t, epoch_countdown));
  LLVMValueRef left = LLVMBuildSub(b, lower_load_value(fs, be->t_i64, field, TBAA_CONTEXT, false, 8),
                                   lower_const_i64(be, 1), "");
  lower_store_value(fs, left, field, TBAA_CONTEXT, 8);
  LLVMBasicBlockRef check = LLVMAppendBasicBlockInContext(be->context, fs->fn, "epoch.count");
  LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(be->context, fs->fn, "");
  LLVMValueRef below = LLVMBuildICmp(b, LLVMIntSLT, left, lower_const_i64(be, 0), "");
  lower_set_unlikely(fs, LLVMBuildCondBr(b, below, check, cont));
  LLVMPositionBuilderAtEnd(b, check);
  lower_store_value(fs, lower_const_i64(be, EPOCH_ENTRIES - 1), field, TBAA_CONTEXT, 8);
  lower_epoch_check(fs);
  LLVMBuildBr(b, cont);
  LLVMPositionBuilderAtEnd(b, cont);
}

void lower_entry_check(func_state *fs) {
  backend *be = fs->be;
  lower_fuel_check(fs);
  if (be->opts.epoch && be->epoch_at_entry[fs->func_index - be->wasm->func_import_count])
    epoch_countdown(fs);
}

bool lower_epoch_covered(func_state *fs) {
  for (size_t i = fs->frame_count; i-- > 0;)
    if (fs->frames[i].kind == FRAME_LOOP)
      return fs->frames[i].epoch_checked;
  return false;
}

void lower_loop_check(func_state *fs) {
  lower_fuel_check(fs);
  if (fs->be->opts.epoch && !loop_calls_counting_function(fs)) {
    lower_epoch_check(fs);
    fs->frames[fs->frame_count - 1].epoch_checked = true;
  }
}

void lower_interrupt_prologue(func_state *fs) {
  backend *be = fs->be;
  if (be->opts.fuel) {
    fs->fuel_var = LLVMBuildAlloca(be->builder, be->t_i64, "fuel");
    lower_fuel_reload(fs);
  }
}
