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
  LLVMValueRef counter = LLVMGetNamedGlobal(be->module, W2O_EPOCH_COUNTER_SYMBOL);
  if (!counter)
    counter = LLVMAddGlobal(be->module, be->t_i64, W2O_EPOCH_COUNTER_SYMBOL);
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
 * this module that checks on entry, or can be made to by a check on the
 * edges that do not. A must-analysis over the structured body: `called`
 * holds on the current path; a block's end joins its fall-through with
 * the branches to it, an `if`'s else arm starts from the state at the
 * `if`, a nested loop's header from its entry (a call cannot be undone, so
 * its back edges add nothing). Code after an unconditional branch is
 * unreachable, where anything holds. Where some edges into a block's end
 * have called and others not (ack: one arm calls, the other does not),
 * the others get a check (before their branch, the `else`, the `end`
 * falling through, or the `if` of a missing else arm), so that the loop's
 * header need not check on every iteration; at most EPOCH_EDGE_CHECKS of
 * them, none inside a nested loop, else the header checks. Exception
 * handling (a handler can start anywhere in its try) and nesting deeper
 * than EPOCH_SCAN_DEPTH give up. */
enum { EPOCH_SCAN_DEPTH = 64, EPOCH_SCAN_EDGES = 256, EPOCH_EDGE_CHECKS = 2 };

typedef struct label_state {
  bool joined;    /* the conjunction of the edges to this label so far */
  bool any_call;  /* some edge to it so far has called */
  bool at_start;  /* the state on entry (an if's else arm starts there) */
  bool is_loop;   /* branches to it go back to its header: nothing to join */
  bool if_arm;    /* an `if` without its `else` yet: the missing arm is at_start */
  bool lost;      /* an edge without a call cannot get a check: none is added */
  bool live;      /* the start is reachable */
  bool reached;   /* some reachable edge to it so far */
  uint32_t start; /* index of the block, loop or if instruction */
  uint32_t bare;  /* edges to it without a call: first in the scan's list, or UINT32_MAX */
} label_state;

typedef struct edge_scan {
  label_state labels[EPOCH_SCAN_DEPTH];
  uint32_t open; /* labels[0]: the loop itself */
  struct {
    uint32_t at, next; /* the instruction before which to check; the label's next bare edge */
  } edges[EPOCH_SCAN_EDGES];
  uint32_t edge_count;
  uint32_t checks[EPOCH_EDGE_CHECKS]; /* instructions that get a check */
  uint32_t check_count;
  bool fix;   /* checks on edges allowed */
  bool calls; /* the body calls a checking function */
  bool ok;
} edge_scan;

/* An edge into label `l` (not the loop) at instruction `at` with `called`. */
static void edge_into(edge_scan *e, label_state *l, uint32_t at, bool called) {
  l->reached = true;
  l->joined = l->joined && called;
  l->any_call = l->any_call || called;
  if (called)
    return;
  if (e->edge_count == sizeof e->edges / sizeof e->edges[0]) {
    l->lost = true;
    return;
  }
  e->edges[e->edge_count].at = at;
  e->edges[e->edge_count].next = l->bare;
  l->bare = e->edge_count++;
}

/* Whether labels[from..to) holds a loop: a check on an edge there would
 * run on every iteration of that loop. */
static bool in_nested_loop(const edge_scan *e, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; i++)
    if (e->labels[i].is_loop)
      return true;
  return false;
}

/* A branch to `depth` at instruction `at` taken with `called`; a back
 * edge of the loop without a call fails the scan. */
static void branch_to(edge_scan *e, uint32_t depth, uint32_t at, bool called) {
  if (depth >= e->open)
    return; /* leaves the loop */
  if (e->open - 1 - depth == 0) {
    e->ok = e->ok && called;
    return;
  }
  uint32_t target = e->open - 1 - depth;
  label_state *l = &e->labels[target];
  if (l->is_loop)
    return;
  if (!called && in_nested_loop(e, target + 1, e->open))
    l->lost = true;
  edge_into(e, l, at, called);
}

/* A block's end: if some edges into it called and others did not, the
 * others get a check and the join holds. */
static bool join_at_end(edge_scan *e, uint32_t index) {
  label_state *l = &e->labels[index];
  if (l->joined || !l->any_call || !e->fix || l->lost || in_nested_loop(e, 1, index))
    return l->joined;
  uint32_t before = e->check_count;
  for (uint32_t i = l->bare; i != UINT32_MAX; i = e->edges[i].next) {
    if (e->check_count == EPOCH_EDGE_CHECKS) {
      e->check_count = before; /* too many: the header checks */
      return false;
    }
    e->checks[e->check_count++] = e->edges[i].at;
  }
  return true;
}

/* The scan (with checks on edges if `fix`); with `e->ok`, e->checks are
 * the edges that need a check. */
static void scan_loop_edges(func_state *fs, edge_scan *e, bool fix) {
  backend *be = fs->be;
  uint32_t imports = be->wasm->func_import_count;
  e->open = 1;
  e->labels[0] = (label_state){.joined = true, .is_loop = true, .bare = UINT32_MAX};
  e->edge_count = e->check_count = 0;
  e->fix = fix;
  e->calls = false;
  e->ok = true;
  bool called = false, live = true; /* unreachable code: anything holds */
  uint32_t at = fs->instr_index;    /* index of s.in */
  body_scan s;
  body_scan_init(&s, fs->body);
  for (; e->ok && e->open > 0 && body_scan_next(&s); at++) {
    const wasm_instr *in = &s.in;
    switch (in->op) {
    case OP_CALL:
      if (in->index >= imports && be->epoch_at_entry[in->index - imports])
        called = e->calls = true;
      break;
    case OP_BLOCK:
    case OP_LOOP:
    case OP_IF:
      if (e->open == EPOCH_SCAN_DEPTH) {
        e->ok = false;
        break;
      }
      e->labels[e->open++] = (label_state){.joined = true,
                                           .at_start = called,
                                           .live = live,
                                           .is_loop = in->op == OP_LOOP,
                                           .if_arm = in->op == OP_IF,
                                           .start = at,
                                           .bare = UINT32_MAX};
      break;
    case OP_ELSE: {
      label_state *l = &e->labels[e->open - 1];
      if (live)
        edge_into(e, l, at, called); /* the then arm's end */
      l->if_arm = false;
      called = l->at_start;
      live = l->live;
      break;
    }
    case OP_END: {
      label_state *l = &e->labels[--e->open];
      if (e->open == 0 || l->is_loop)
        break;
      if (live)
        edge_into(e, l, at, called); /* falling through */
      if (l->if_arm && l->live)
        edge_into(e, l, l->start, l->at_start); /* the missing else arm */
      called = join_at_end(e, e->open);
      live = l->reached;
      break;
    }
    case OP_BR:
      if (live)
        branch_to(e, in->index, at, called);
      called = true, live = false; /* until the block ends */
      break;
    case OP_BR_IF:
      if (live)
        branch_to(e, in->index, at, called);
      break;
    case OP_BR_TABLE:
      for (uint32_t i = 0; live && i <= in->target_count; i++)
        branch_to(e, in->targets[i], at, called);
      called = true, live = false;
      break;
    case OP_RETURN:
    case OP_UNREACHABLE:
    case OP_RETURN_CALL:
    case OP_RETURN_CALL_INDIRECT:
    case OP_THROW:
    case OP_RETHROW: called = true, live = false; break;
    case OP_TRY:
    case OP_CATCH:
    case OP_CATCH_ALL:
    case OP_DELEGATE: e->ok = false; break;
    default: break;
    }
  }
  body_scan_end(&s);
}

/* Marks the instructions before which lower_instruction checks the epoch. */
static bool mark_edge_checks(func_state *fs, const edge_scan *e) {
  if (e->check_count == 0)
    return true;
  if (!fs->epoch_edges) {
    const wasm_func *fn = fs->func;
    fs->epoch_edges = arena_alloc(&fs->scratch, (fn->body_end - fn->body_offset) / 8 + 1); /* zeroed */
    if (!fs->epoch_edges)
      return false;
  }
  for (uint32_t i = 0; i < e->check_count; i++)
    fs->epoch_edges[e->checks[i] / 8] |= (uint8_t)(1u << (e->checks[i] % 8));
  return true;
}

/* Whether the loop's header may go without a check: every path back calls
 * a checking function, or does after the edge checks this marks (only
 * where the calls alone do not cover every path). */
static bool loop_calls_checking_function(func_state *fs) {
  edge_scan e;
  scan_loop_edges(fs, &e, false);
  if (!e.ok && e.calls) /* without a call no join can be mended */
    scan_loop_edges(fs, &e, true);
  return e.ok && mark_edge_checks(fs, &e);
}

void lower_epoch_edge_check(func_state *fs, uint32_t index) {
  if (fs->dead || !(fs->epoch_edges[index / 8] >> (index % 8) & 1))
    return;
  fuel_flush(fs);
  lower_epoch_check(fs);
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
