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
 *           entry and loop header; the epoch at loop headers and at the
 *           entry of functions that call, except where
 *           another check covers the place (below). A check branches to a
 *           cold call of w2o_fuel_exhausted / w2o_epoch_reached. With
 *           --epoch, the deadline lives in `deadline_var`, read on entry
 *           and after calls (only the instance's own thread moves it: the
 *           handler, a host function), so a loop without calls checks with
 *           one load, of the counter, per iteration.
 * breaks:   nothing; without --fuel and --epoch every hook emits nothing.
 *
 * Costs follow Wasmtime: every operator 1, except nop, drop, block, loop,
 * unreachable, return, else and end, which cost 0. Each opcode's cost and
 * whether it flushes are its FUEL column in opcodes.h.
 */
#include "lower.h"

#include <string.h>

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

void lower_interrupt_reload(func_state *fs) {
  backend *be = fs->be;
  if (fs->fuel_var)
    LLVMBuildStore(be->builder, lower_load_value(fs, be->t_i64, fuel_field(fs), TBAA_CONTEXT, false, 8),
                   fs->fuel_var);
  if (fs->deadline_var)
    LLVMBuildStore(be->builder,
                   lower_ctx_field(fs, offsetof(w2o_instance_t, epoch_deadline), be->t_i64, false),
                   fs->deadline_var);
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
  lower_runtime_call(fs, slow, be->t_void, &fs->ctx, 1); /* spills and reloads */
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
  LLVMValueRef deadline = LLVMBuildLoad2(b, be->t_i64, fs->deadline_var, "");
  slow_call_if(fs, LLVMBuildICmp(b, LLVMIntUGE, now, deadline, ""), "w2o_epoch_reached");
}

/*
 * Where epoch checks are left out or made rarer, since the time between two
 * checks stays bounded without them (interruption is about time, not about
 * an exact point, unlike fuel, which keeps every check):
 *  - a function that calls checks on entry; one that does not call does
 *    not: between its entry and its return it runs at most its own
 *    instructions, or loops, which check. (Counting entries down in the
 *    instance and checking once per 1024 was tried: the count's
 *    read-modify-write chains one call to the next through memory, and
 *    recursion's --epoch build ran 1.7x the guard build's time, against
 *    1.3x with a check, which only loads);
 *  - except a function whose calls are bounded without its check
 *    (lower_epoch_plan_fill): it calls only functions of this module
 *    directly, is on no cycle of calls among functions that do not check,
 *    and what one entry can run before it reaches a checking function, its
 *    own body and that of the non-checking functions it calls, transitively,
 *    is at most EPOCH_UNCHECKED bytes of code. So recursion still checks,
 *    and so does a call through a table or into the host (which may call
 *    back), but a wrapper (malloc around dlmalloc) does not;
 *  - a loop of which every path back to its header calls a function of
 *    this module that checks on entry has no check at its header;
 *  - the check-free copy of an innermost loop (lower_loop_versioned) is
 *    not checked on entry when the innermost enclosing loop checks its
 *    header on every iteration.
 * So recursion is interrupted (its functions check), and so is every loop
 * (its header checks, a callee checks, or its copies count down).
 */
enum { EPOCH_UNCHECKED = 4096 };

/* A depth-first walk of the call graph (iterative: call chains of big
 * modules are deep), deciding each function after its callees. A call to a
 * function still on the walk's path closes a cycle: its caller checks, so
 * every cycle has a checking function. */
typedef struct plan_walk {
  const size_t *first; /* the call graph's (callgraph.c) */
  const uint32_t *callees;
  const bool *opaque;
  bool *cycle;    /* the function calls one on the path when reached */
  uint8_t *state; /* 0 not reached, 1 on the path, 2 decided */
  uint64_t *unchecked;
  uint32_t *path; /* the functions on the path */
  size_t *next;   /* per path entry: its next callee */
} plan_walk;

/* A function that calls nothing does not check; `unchecked` is what one
 * entry runs before it reaches a checking function. */
static void plan_decide(const wasm_module *m, plan_walk *w, bool *plan, uint32_t f) {
  const wasm_func *fn = &m->funcs[f];
  uint64_t size = fn->body_end - fn->body_offset;
  bool checks = w->opaque[f] || w->cycle[f]; /* a callee may be undecided on a cycle */
  for (size_t e = w->first[f]; !checks && e < w->first[f + 1]; e++)
    if (!plan[w->callees[e]])
      size += w->unchecked[w->callees[e]];
  bool direct = w->first[f + 1] > w->first[f];
  plan[f] = checks || (direct && size > EPOCH_UNCHECKED);
  w->unchecked[f] = size;
  w->state[f] = 2;
}

static void plan_walk_from(const wasm_module *m, plan_walk *w, bool *plan, uint32_t root) {
  size_t depth = 0;
  w->path[depth] = root;
  w->next[depth++] = w->first[root];
  w->state[root] = 1;
  w->cycle[root] = false;
  while (depth > 0) {
    uint32_t f = w->path[depth - 1];
    if (w->next[depth - 1] == w->first[f + 1]) {
      plan_decide(m, w, plan, f);
      depth--;
      continue;
    }
    uint32_t g = w->callees[w->next[depth - 1]++];
    if (w->state[g] == 1)
      w->cycle[f] = true;
    else if (w->state[g] == 0) {
      w->state[g] = 1;
      w->cycle[g] = false;
      w->path[depth] = g;
      w->next[depth++] = w->first[g];
    }
  }
}

bool lower_epoch_plan_fill(const wasm_module *m, const callgraph *g, bool *plan) {
  uint32_t n = m->func_count;
  plan_walk w = {.first = g->first, .callees = g->callees, .opaque = g->opaque};
  arena a;
  arena_init(&a);
  w.cycle = arena_array(&a, n ? n : 1, sizeof *w.cycle);
  w.state = arena_array(&a, n ? n : 1, sizeof *w.state);
  w.unchecked = arena_array(&a, n ? n : 1, sizeof *w.unchecked);
  w.path = arena_array(&a, n ? n : 1, sizeof *w.path);
  w.next = arena_array(&a, n ? n : 1, sizeof *w.next);
  bool ok = w.cycle && w.state && w.unchecked && w.path && w.next;
  if (ok) {
    memset(w.state, 0, n);
    for (uint32_t i = 0; i < n; i++)
      if (w.state[i] == 0)
        plan_walk_from(m, &w, plan, i);
  }
  arena_free(&a);
  return ok;
}

/* Whether every path from the header of the loop whose body starts at
 * fs->body back to it (a branch to the loop's label) calls a function of
 * this module that checks on entry. A must-analysis over the structured
 * body: `called` holds on the current path; a block's end joins its
 * fall-through with the branches to it, an `if`'s else arm starts from the
 * state at the `if`, a nested loop's header from its entry (a call cannot
 * be undone, so its back edges add nothing). Code after an unconditional
 * branch is unreachable, where anything holds. Exception handling (a
 * handler can start anywhere in its try) and nesting deeper than
 * EPOCH_SCAN_DEPTH give up. */
enum { EPOCH_SCAN_DEPTH = 64 };

typedef struct label_state {
  bool joined;   /* the conjunction of the branches to this label so far */
  bool at_start; /* the state on entry (an if's else arm starts there) */
  bool is_loop;  /* branches to it go back to its header: nothing to join */
  bool if_arm;   /* an `if` without its `else` yet: the missing arm is at_start */
} label_state;

/* A branch to `depth` taken with `called`: false if it is a back edge of
 * the loop being scanned (label 0 of `labels`) without a call. */
static bool branch_to(label_state *labels, uint32_t open, uint32_t depth, bool called) {
  if (depth >= open)
    return true; /* leaves the loop */
  label_state *l = &labels[open - 1 - depth];
  if (open - 1 - depth == 0)
    return called;
  if (!l->is_loop)
    l->joined = l->joined && called;
  return true;
}

static bool loop_calls_checking_function(func_state *fs) {
  backend *be = fs->be;
  uint32_t imports = be->wasm->func_import_count;
  label_state labels[EPOCH_SCAN_DEPTH];
  uint32_t open = 1; /* labels[0]: the loop itself */
  labels[0] = (label_state){true, false, true, false};
  bool called = false, ok = true;
  body_scan s;
  body_scan_init(&s, fs->body);
  while (ok && open > 0 && body_scan_next(&s)) {
    const wasm_instr *in = &s.in;
    switch (in->op) {
    case OP_CALL:
      if (in->index >= imports && be->epoch_at_entry[in->index - imports])
        called = true;
      break;
    case OP_BLOCK:
    case OP_LOOP:
    case OP_IF:
      if (open == EPOCH_SCAN_DEPTH) {
        ok = false;
        break;
      }
      labels[open++] = (label_state){true, called, in->op == OP_LOOP, in->op == OP_IF};
      break;
    case OP_ELSE: {
      label_state *l = &labels[open - 1];
      l->joined = l->joined && called; /* the then arm's end */
      l->if_arm = false;
      called = l->at_start;
      break;
    }
    case OP_END: {
      label_state *l = &labels[--open];
      if (open > 0 && !l->is_loop)
        called = called && l->joined && (!l->if_arm || l->at_start);
      break;
    }
    case OP_BR:
      ok = branch_to(labels, open, in->index, called);
      called = true; /* unreachable until the block ends */
      break;
    case OP_BR_IF: ok = branch_to(labels, open, in->index, called); break;
    case OP_BR_TABLE:
      for (uint32_t i = 0; ok && i <= in->target_count; i++)
        ok = branch_to(labels, open, in->targets[i], called);
      called = true;
      break;
    case OP_RETURN:
    case OP_UNREACHABLE:
    case OP_RETURN_CALL:
    case OP_RETURN_CALL_INDIRECT:
    case OP_THROW:
    case OP_RETHROW: called = true; break;
    case OP_TRY:
    case OP_CATCH:
    case OP_CATCH_ALL:
    case OP_DELEGATE: ok = false; break;
    default: break;
    }
  }
  body_scan_end(&s);
  return ok;
}

void lower_entry_check(func_state *fs) {
  backend *be = fs->be;
  lower_fuel_check(fs);
  if (be->opts.epoch && be->epoch_at_entry[fs->func_index - be->wasm->func_import_count])
    lower_epoch_check(fs);
}

bool lower_epoch_covered(func_state *fs) {
  for (size_t i = fs->frame_count; i-- > 0;)
    if (fs->frames[i].kind == FRAME_LOOP)
      return fs->frames[i].epoch_checked;
  return false;
}

void lower_loop_check(func_state *fs) {
  lower_fuel_check(fs);
  if (fs->be->opts.epoch && !loop_calls_checking_function(fs)) {
    lower_epoch_check(fs);
    fs->frames[fs->frame_count - 1].epoch_checked = true;
  }
}

void lower_interrupt_prologue(func_state *fs) {
  backend *be = fs->be;
  if (be->opts.fuel) {
    fs->fuel_var = LLVMBuildAlloca(be->builder, be->t_i64, "fuel");
  }
  if (be->opts.epoch)
    fs->deadline_var = LLVMBuildAlloca(be->builder, be->t_i64, "deadline");
  lower_interrupt_reload(fs);
}
