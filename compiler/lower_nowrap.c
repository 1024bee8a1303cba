/*
 * lower_nowrap.c — innermost loops whose 32-bit address arithmetic cannot
 * wrap, lowered twice so that LLVM can vectorize them.
 *
 * requires: lower_until (lower.c) for both copies, the local, add, mul and
 *           shl lowerings (lower.c, lower_numeric.c) to report what they
 *           build while fs->nowrap_active, lower_effective_address
 *           (lower_memory.c) to ask whether an access needs its compare,
 *           lower_loop_versioned (lower_control.c) for the plain copy
 *           under --fuel or --epoch, and lower_reroll_plan/_body
 *           (lower_reroll.c) for a fast copy whose body the producer
 *           unrolled: rolled back up, it steps by c / U, and the check
 *           counts N*U iterations of that step (and requires N*U a
 *           multiple of U, so that the copies run the same iterations).
 * maintains: wasm semantics exactly. An i32 address `base + i` wraps at
 *           2^32 and is then zero-extended, so LLVM cannot see consecutive
 *           iterations touch consecutive addresses and leaves the loop
 *           scalar. Here a counted innermost loop is lowered twice: the
 *           fast copy marks the i32 adds, multiplies and shifts whose
 *           operands have a known range `nuw` (no unsigned wrap), or
 *           `nsw` where an operand is negative (`row + j`, j < 0), and is
 *           entered only when a check run once before the loop
 *           (`loop.nowrap`) proves every one of them stays in range in
 *           every iteration, and every address in [0, 2^32); otherwise the
 *           plain copy runs. So no flag is ever a lie, and LLVM sees affine
 *           64-bit addresses.
 *           Where accesses are compared (explicit mode, or --fuel), the
 *           fast copy leaves out the compare of every access to memory 0
 *           (not shared) whose address has a bound, and the check requires
 *           bound + offset + width <= the size at entry (memory only
 *           grows), so no access in the fast copy can trap. With --fuel
 *           the check also requires fuel for N whole bodies, with --epoch
 *           at most LOOP_WORK instructions (N * size), and the fast copy
 *           checks neither at its header: no check there could fire
 *           (interrupt_checks). Fuel is still subtracted as the operators
 *           run, so counts stay exact, or, where the body is straight and
 *           nothing in the copy can trap, once after the loop
 *           (lower_fast_copy). So with fuel and epochs too, the fast copy
 *           is a plain counted loop that LLVM can vectorize.
 * breaks:   nothing; loops that do not qualify are lowered as before.
 *
 * The loops (the shape clang gives counted loops at -O2): no params or
 * results, no nested loop, call or exception handling, at most
 * LOOP_COPY_MAX instructions, at least one access to a 32-bit memory, and
 * only one branch back to the loop: its last instruction, `br_if 0`, at the
 * top level of the body (or the one before a last `br` out of the loop),
 * testing a controlling induction variable L:
 *   up:   (local.get|local.tee L) (i32.const E | local.get M) i32.ne|lt_u|lt_s,
 *         or E, then L's step as a local.tee, then i32.ne
 *   down: (local.get|local.tee L), L stepping by -k, continuing while nonzero,
 *         or as up with i32.ne|gt_u (musl's memcpy: while n > 15)
 *   to zero: continuing while nonzero, L stepping by +c from a negative start
 * or, clang's rotated loop (fdtd-2d's, peeled and unrolled by 2), a last
 * `br 0` after L's step by +c from a negative start, the one exit before
 * it `local.get L; i32.eqz; br_if` out at the top level (mid_exit): the
 * part before the exit runs once more than the rest, and the check counts
 * N + 1 iterations, which bounds both.
 * An induction variable is an i32 local whose only write in the body is
 * `local.get L; i32.const c; i32.add; local.set|tee L` at the top level, so
 * it runs once per completed iteration. From L's value s at entry the check
 * computes N, the most times the body can run (ne: E - s must be a
 * positive multiple of c; lt, gt_u: at least 1; down to zero: s a
 * positive multiple of k; down against E: never below 0; to zero: s
 * negative, -s a multiple of c); then each induction variable stays
 * between s and s + N*c, and s + (N-1)*c where it is read before its step
 * (iv_range); read as signed when it counts up to zero, and when it
 * counts down (then at least 0 and below 2^31), so that LLVM sees a
 * pointer stepping down as the sext of an `nsw` recurrence.
 *
 * Ranges (`range`: i64 values built in the check block, and whether the
 * i32 value is read as unsigned or signed) of the i32 values of the fast
 * copy: a constant is its own range (signed from 2^31 on: `x + -4` is a
 * subtraction); a local not written in the loop its value at entry; an
 * induction variable as above; any other
 * local the range of the value last written to it in the same straight run
 * of instructions (a block, if, else or end starts a new run), else none.
 * `a + b`, `a * k`, `a << k` with ranged operands (k not negative), and
 * `a * b` with unsigned ones, get the range of the result: unsigned and
 * `nuw` if both operands are unsigned, the check requiring it below 2^32;
 * else signed and `nsw`, the check requiring it and the unsigned operand
 * within [-2^31, 2^31). An address
 * with a signed range must be at least 0, and is then extended as signed
 * (the same value) so that LLVM sees through the `nsw`. Every value in a
 * check is within [-2^31, 2^32) when the earlier checks pass, so no i64
 * computation overflows. In a loop that adds a far constant back to a
 * base hoisted out of it (adds_back), sums on unwritten locals are flex
 * instead: the local read as the pointer below 0 it may be (flex_entry),
 * the sums carry no flags and are built in i64 beside (flex_sum), and the
 * check requires an address's true value within [0, 2^32).
 */
#include "lower.h"

#include <string.h>

enum { NOWRAP_HASH = 4096, LAST = 8, NO_ROOT = UINT32_MAX, WEAK_ROOT = 1u << 31 };

enum local_kind { LOCAL_INVARIANT, LOCAL_WRITTEN, LOCAL_UP, LOCAL_DOWN };

/* What the check knows of an i32 value of the fast copy: the value, read
 * as unsigned (zext) or, if `is_signed`, as signed (sext), lies in
 * [lo, hi] (i64 values of the check block); hi NULL: nothing is known.
 * The check requires 0 <= lo, hi < 2^32 of unsigned ranges and
 * -2^31 <= lo, hi < 2^31 of signed ones. Every value it takes differs
 * from lo by a multiple of 2^tz (32: it is lo). */
typedef struct range {
  LLVMValueRef lo, hi;
  bool is_signed;
  uint8_t tz;
  bool flex;         /* a sum on an unwritten local (flex_sum): lo and hi
                       bound its true value, which the i32 value is mod 2^32 */
  LLVMValueRef wide; /* flex: that true value, i64, in the fast copy */
} range;

typedef struct nowrap_local {
  uint32_t stamp;            /* the loop whose body writes the local, if it is this one */
  uint32_t entry_stamp;      /* the loop `entry` belongs to */
  uint32_t writes;           /* writes in the body */
  uint8_t kind;              /* enum local_kind, once the scan is done */
  int64_t step;              /* induction variables: c (negative for down) */
  bool to_zero;              /* the controlling up variable, counting up to zero */
  LLVMValueRef entry;        /* i64 value at loop entry, built on first use */
  LLVMValueRef flex_entry;   /* and as flex_entry reads it */
  LLVMValueRef bound;        /* induction variables: s + N*c, built on first use */
  LLVMValueRef bound_before; /* and s + (N-1)*c, where read before their step */
  bool stepped;              /* induction variables: the step is lowered already */
  range cur;                 /* range of the value last written, in run `run` */
  uint32_t cur_root;         /* and its root */
  uint32_t base_stamp;       /* the loop `base` belongs to */
  LLVMValueRef base;         /* roots: their array's base, (memory base + R) - R */
  uint32_t run;
} nowrap_local;

struct nowrap {
  uint32_t stamp, run;
  nowrap_local *locals; /* fs->local_count entries */
  LLVMBuilderRef b;     /* at the end of the check block */
  LLVMValueRef ok;      /* i1: every check so far */
  LLVMValueRef trips;   /* i64: N */
  bool exact;           /* the loop runs exactly N iterations unless it is left early */
  bool flex;            /* sums on unwritten locals are flex ranges (flex_entry) */
  bool wants_flex;      /* the copy adds a far constant to such a sum (adds_back) */
  LLVMValueRef size;    /* i64: memory 0's size at entry, built on first use */
  LLVMValueRef *keys;   /* NOWRAP_HASH entries: i32 value -> */
  range *ranges;        /* its range */
  uint32_t *roots;      /* and its root local, or NO_ROOT */
  /* the last `x ^ C` made `C - x` (xor_as_sub), and what it is mod 2^m */
  LLVMValueRef xor_sub, xor_wrapped, xor_x;
  unsigned xor_low, xor_bits; /* t, m */
};

/* ---- the scan ---- */

typedef struct loop_shape {
  uint32_t control;    /* the controlling induction variable */
  wasm_opcode compare; /* OP_I32_NE, OP_I32_LT_U, OP_I32_LT_S; OP_BR_IF for down */
  bool end_is_local;   /* E is local end_local, else the constant end_const */
  uint32_t end_local;
  uint32_t end_const;
  uint32_t size; /* instructions in the body */
  uint32_t cost; /* the fuel they all cost: at most one iteration's */
  bool straight; /* each iteration runs all of it; only accesses can trap */
  bool mid_exit; /* left by `L eqz br_if` in the body, `L += c; br 0` its end */
} loop_shape;

static bool is_up_step(int64_t c) { return c > 0 && c < ((int64_t)1 << 31); }

/* The loop's end E: a constant or a local the loop does not write. */
static bool end_operand(func_state *fs, const wasm_instr *end, loop_shape *shape) {
  struct nowrap *nw = fs->nowrap;
  if (end->op == OP_I32_CONST) {
    shape->end_is_local = false;
    shape->end_const = (uint32_t)end->bits;
    return true;
  }
  if (end->op != OP_LOCAL_GET || fs->local_types[end->index] != VT_I32 ||
      nw->locals[end->index].stamp == nw->stamp)
    return false; /* written in the loop */
  shape->end_is_local = true;
  shape->end_local = end->index;
  return true;
}

/* Whether the body at fs->body (just past `loop`) qualifies; fills the
 * locals' write counts and kinds for this loop's stamp and *shape. */
static bool scan_loop(func_state *fs, struct nowrap *nw, loop_shape *shape) {
  body_scan s;
  body_scan_init(&s, fs->body);
  wasm_instr last[LAST]; /* the last instructions, most recent at [0] */
  memset(last, 0, sizeof last);
  for (size_t i = 0; i < LAST; i++)
    last[i].op = OP_NOP;
  uint32_t depth = 1, count = 0, back_edges = 0, stops = 0, zero_exits = 0, exit_local = 0;
  bool memory = false, ok = true;
  shape->cost = 0;
  while (ok && depth > 0 && body_scan_next(&s)) {
    const wasm_instr *in = &s.in;
    if (++count > LOOP_COPY_MAX)
      ok = false;
    shape->cost += lower_fuel_cost(in->op);
    fuel_class fc = opcode_infos[in->op].fuel;
    stops += !(fc == FUEL_STRAIGHT || fc == FUEL_FREE || opcode_infos[in->op].imm == IMM_MEMARG ||
               in->op == OP_BLOCK || in->op == OP_END);
    if (!lower_copies_loop_with(in->op))
      ok = false;
    switch (in->op) {
    case OP_BLOCK:
    case OP_IF: depth++; break;
    case OP_END: depth--; break;
    case OP_BR:
    case OP_BR_IF:
      back_edges += in->index == depth - 1;
      if (in->op == OP_BR_IF && depth == 1 && in->index > 0 && last[0].op == OP_I32_EQZ &&
          last[1].op == OP_LOCAL_GET) { /* `L eqz br_if` out: maybe mid_exit's */
        zero_exits++;
        exit_local = last[1].index;
      }
      break;
    case OP_BR_TABLE:
      for (uint32_t t = 0; t <= in->target_count; t++)
        ok = ok && in->targets[t] != depth - 1;
      break;
    case OP_LOCAL_SET:
    case OP_LOCAL_TEE: {
      nowrap_local *l = &nw->locals[in->index];
      if (l->stamp != nw->stamp) {
        memset(l, 0, sizeof *l);
        l->stamp = nw->stamp;
      }
      l->writes++;
      l->kind = LOCAL_WRITTEN;
      if (depth == 1 && last[0].op == OP_I32_ADD && last[1].op == OP_I32_CONST &&
          last[2].op == OP_LOCAL_GET && last[2].index == in->index) {
        int64_t c = (int32_t)(uint32_t)last[1].bits;
        l->kind = is_up_step(c) ? LOCAL_UP : c < 0 ? LOCAL_DOWN : LOCAL_WRITTEN;
        l->step = c;
      }
      break;
    }
    default:
      memory = memory || (opcode_infos[in->op].imm == IMM_MEMARG && !lower_memory_index64(fs->be, in->index));
      break;
    }
    if (depth > 0) {
      memmove(&last[1], &last[0], (LAST - 1) * sizeof last[0]);
      last[0] = *in;
      last[0].targets = NULL;
    }
  }
  body_scan_end(&s);
  shape->size = count;
  shape->mid_exit = false;
  if (ok && depth == 0 && memory && back_edges == 1 && zero_exits == 1 && last[0].op == OP_BR &&
      last[0].index == 0 && last[1].op == OP_LOCAL_SET && last[1].index == exit_local &&
      last[2].op == OP_I32_ADD && last[3].op == OP_I32_CONST && last[4].op == OP_LOCAL_GET &&
      last[4].index == exit_local) {
    /* clang's rotated loop: L's step last, after the exit test */
    nowrap_local *l = &nw->locals[exit_local];
    shape->control = exit_local;
    shape->compare = OP_BR_IF;
    shape->straight = false;
    shape->mid_exit = true;
    return l->stamp == nw->stamp && l->writes == 1 && l->kind == LOCAL_UP;
  }
  const wasm_instr *w = last; /* the window ending at the branch back */
  if (last[0].op == OP_BR && last[0].index > 0)
    w = &last[1]; /* `br_if 0` then `br N`: the loop is left by a branch */
  if (!ok || depth != 0 || !memory || back_edges != 1 || w[0].op != OP_BR_IF || w[0].index != 0)
    return false;
  shape->straight = stops == 1 && w == last; /* the branch back is all */
  /* local kinds: an induction variable written more than once is not one */
  const wasm_instr *test = &w[1];
  const wasm_instr *var = test;
  shape->compare = OP_BR_IF;
  if (test->op == OP_I32_NE || test->op == OP_I32_LT_U || test->op == OP_I32_LT_S ||
      test->op == OP_I32_GT_U) {
    shape->compare = test->op;
    const wasm_instr *end = &w[2];
    var = &w[3];
    /* `E (L += c) ne`, clang's shape for unrolled loops: E before the step */
    if (test->op == OP_I32_NE && w[2].op == OP_LOCAL_TEE && w[3].op == OP_I32_ADD &&
        w[4].op == OP_I32_CONST && w[5].op == OP_LOCAL_GET && w[5].index == w[2].index) {
      end = &w[6];
      var = &w[2];
    }
    if (!end_operand(fs, end, shape))
      return false;
  }
  if (var->op != OP_LOCAL_GET && var->op != OP_LOCAL_TEE)
    return false;
  nowrap_local *l = &nw->locals[var->index];
  if (l->stamp != nw->stamp || l->writes != 1)
    return false;
  shape->control = var->index;
  if (l->kind == LOCAL_UP)
    return shape->compare != OP_I32_GT_U;
  return l->kind == LOCAL_DOWN &&
         (shape->compare == OP_BR_IF || shape->compare == OP_I32_NE || shape->compare == OP_I32_GT_U);
}

/* ---- ranges ---- */

static size_t slot_of(struct nowrap *nw, LLVMValueRef v) {
  size_t h = (size_t)(((uintptr_t)v >> 4) * 0x9E3779B97F4A7C15ull) & (NOWRAP_HASH - 1);
  while (nw->keys[h] && nw->keys[h] != v)
    h = (h + 1) & (NOWRAP_HASH - 1);
  return h;
}

static void record(struct nowrap *nw, LLVMValueRef v, const range *r, uint32_t root) {
  size_t h = slot_of(nw, v);
  if (nw->keys[h] || r->hi) { /* the table holds at most one value per instruction */
    nw->keys[h] = v;
    nw->ranges[h] = *r;
    nw->roots[h] = r->hi ? root : NO_ROOT;
  }
}

/* The root of i32 value `v`: the unwritten local it is that local plus
 * bounded other terms of, else the induction variable (| WEAK_ROOT), or
 * NO_ROOT. */
static uint32_t root_of(struct nowrap *nw, LLVMValueRef v) {
  if (LLVMIsAConstantInt(v))
    return NO_ROOT;
  size_t h = slot_of(nw, v);
  return nw->keys[h] ? nw->roots[h] : NO_ROOT;
}

static LLVMValueRef const_i64(func_state *fs, uint64_t v) { return lower_const_i64(fs->be, v); }

/* The range of i32 value `v` (hi NULL if none). A constant of 2^31 or
 * more is read as signed: `x + -16` is a subtraction. */
static range range_of(func_state *fs, LLVMValueRef v) {
  range r = {NULL, NULL, false, 0, false, NULL};
  if (LLVMIsAConstantInt(v)) {
    int64_t k = (int64_t)LLVMConstIntGetZExtValue(v);
    r.is_signed = k >= (int64_t)1 << 31;
    r.lo = r.hi = const_i64(fs, (uint64_t)(r.is_signed ? k - ((int64_t)1 << 32) : k));
    r.tz = 32;
    return r;
  }
  struct nowrap *nw = fs->nowrap;
  size_t h = slot_of(nw, v);
  if (nw->keys[h])
    r = nw->ranges[h];
  return r;
}

static void require(func_state *fs, LLVMIntPredicate p, LLVMValueRef a, int64_t k) {
  struct nowrap *nw = fs->nowrap;
  LLVMValueRef c = LLVMBuildICmp(nw->b, p, a, const_i64(fs, (uint64_t)k), "");
  nw->ok = LLVMBuildAnd(nw->b, nw->ok, c, "");
}

/* Adds to the checks that range `r` holds what its kind promises. */
static void require_range(func_state *fs, const range *r) {
  if (r->is_signed) {
    require(fs, LLVMIntSGE, r->lo, -((int64_t)1 << 31));
    require(fs, LLVMIntSLT, r->hi, (int64_t)1 << 31);
  } else {
    require(fs, LLVMIntULE, r->hi, UINT32_MAX);
  }
}

static LLVMValueRef entry_value(func_state *fs, uint32_t index) {
  struct nowrap *nw = fs->nowrap;
  nowrap_local *l = &nw->locals[index];
  if (l->entry_stamp != nw->stamp) {
    l->entry_stamp = nw->stamp;
    l->entry = NULL;
    l->flex_entry = NULL;
  }
  if (!l->entry)
    l->entry =
        LLVMBuildZExt(nw->b, LLVMBuildLoad2(nw->b, fs->be->t_i32, fs->locals[index], ""), fs->be->t_i64, "");
  return l->entry;
}

/* The entry value s of the controlling variable read as signed (s - 2^32:
 * the check requires s >= 2^31 when it counts up to zero). */
static LLVMValueRef signed_entry(func_state *fs, uint32_t index) {
  return LLVMBuildSub(fs->nowrap->b, entry_value(fs, index), const_i64(fs, (uint64_t)1 << 32), "");
}

static LLVMValueRef size_at_entry(func_state *fs);

/* The unwritten local `index` read as an address or, if it is not one (at
 * least memory 0's size), as the pointer below 0 it then is: clang hoists
 * `a + 4 * i - K` out of a loop as R = a - K and adds K back in it, so R
 * wraps below 0 where a < K (nussinov's `table[i][k]`, i from the last
 * row down, K 699 rows: every row of a table allocated below 1.9 MB). Any
 * reading is exact mod 2^32; the check proves the sums it reads in range. */
static LLVMValueRef flex_entry(func_state *fs, uint32_t index) {
  struct nowrap *nw = fs->nowrap;
  nowrap_local *l = &nw->locals[index];
  LLVMValueRef x = entry_value(fs, index);
  if (!l->flex_entry) {
    LLVMValueRef limit = lower_memory_index64(fs->be, 0) || lower_memory_shared(fs->be, 0)
                             ? const_i64(fs, (uint64_t)1 << 31)
                             : size_at_entry(fs);
    LLVMValueRef below = LLVMBuildICmp(nw->b, LLVMIntUGE, x, limit, "");
    LLVMValueRef neg = LLVMBuildSub(nw->b, x, const_i64(fs, (uint64_t)1 << 32), "");
    l->flex_entry = LLVMBuildSelect(nw->b, below, neg, x, "");
  }
  return l->flex_entry;
}

/* A loop that reaches its end exactly: N = span / k, entered only when
 * `moving` (the span is not empty) and span is a multiple of k. */
static void exact_trips(func_state *fs, LLVMValueRef moving, LLVMValueRef span, LLVMValueRef k) {
  struct nowrap *nw = fs->nowrap;
  LLVMBuilderRef b = nw->b;
  LLVMValueRef multiple = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildURem(b, span, k, ""), const_i64(fs, 0), "");
  nw->ok = LLVMBuildAnd(b, moving, multiple, "");
  nw->trips = LLVMBuildUDiv(b, span, k, "");
  nw->exact = true;
}

/* N, the most iterations the loop completes, and the checks it needs. */
static void trip_bound(func_state *fs, const loop_shape *shape) {
  struct nowrap *nw = fs->nowrap;
  LLVMBuilderRef b = nw->b;
  LLVMValueRef s = entry_value(fs, shape->control);
  int64_t step = nw->locals[shape->control].step;
  nw->exact = false;
  if (shape->compare == OP_BR_IF && step < 0) { /* down by k to zero: s a positive multiple of k */
    exact_trips(fs, LLVMBuildICmp(b, LLVMIntNE, s, const_i64(fs, 0), ""), s, const_i64(fs, (uint64_t)-step));
    return;
  }
  if (shape->compare == OP_BR_IF) { /* up by c to zero: s negative, -s a multiple of c */
    LLVMValueRef negative = LLVMBuildICmp(b, LLVMIntUGE, s, const_i64(fs, (uint64_t)1 << 31), "");
    exact_trips(fs, negative, LLVMBuildNeg(b, signed_entry(fs, shape->control), ""),
                const_i64(fs, (uint64_t)step));
    if (shape->mid_exit) { /* the part before the exit runs once more: N + 1 bounds both */
      nw->trips = LLVMBuildAdd(b, nw->trips, const_i64(fs, 1), "");
      nw->exact = false;
    }
    return;
  }
  /* against E: up while below it, down while above it (never below 0) */
  LLVMValueRef e = shape->end_is_local ? entry_value(fs, shape->end_local) : const_i64(fs, shape->end_const);
  bool down = step < 0;
  LLVMValueRef k = const_i64(fs, (uint64_t)(down ? -step : step));
  LLVMValueRef moving = LLVMBuildICmp(b, down ? LLVMIntUGT : LLVMIntULT, s, e, "");
  LLVMValueRef span = down ? LLVMBuildSub(b, s, e, "") : LLVMBuildSub(b, e, s, "");
  if (shape->compare == OP_I32_NE) { /* reaches E exactly */
    exact_trips(fs, moving, span, k);
    return;
  }
  /* lt_u, lt_s, gt_u: the first iteration always runs; then until L passes E */
  LLVMValueRef ceil =
      LLVMBuildUDiv(b, LLVMBuildAdd(b, span, LLVMBuildSub(b, k, const_i64(fs, 1), ""), ""), k, "");
  nw->trips = LLVMBuildSelect(b, moving, ceil, const_i64(fs, 1), "");
  nw->ok = down ? LLVMBuildICmp(b, LLVMIntULE, LLVMBuildMul(b, nw->trips, k, ""), s, "")
                : LLVMConstInt(LLVMInt1TypeInContext(fs->be->context), 1, 0);
  if (shape->compare == OP_I32_LT_S) { /* s < E, both non-negative, L + c stays below 2^31 */
    LLVMValueRef half = const_i64(fs, (uint64_t)1 << 31);
    LLVMValueRef fits = LLVMBuildICmp(b, LLVMIntULE, LLVMBuildAdd(b, e, k, ""), half, "");
    nw->ok = LLVMBuildAnd(b, moving, fits, "");
  }
}

/* An induction variable's range where it is read: between s and
 * s + (N-1)*c before its step, s + N*c after (signed, from s - 2^32, when
 * it counts up to zero; a down one must stay at least 0). The step is at
 * the top level of the body and the body's only branch back is its last
 * instruction, so an iteration runs the body's instructions in their
 * order: a read before the step is in an iteration that has not stepped
 * yet, at most the N-th. */
static range iv_range(func_state *fs, nowrap_local *l, uint32_t index) {
  struct nowrap *nw = fs->nowrap;
  LLVMValueRef s = l->to_zero ? signed_entry(fs, index) : entry_value(fs, index);
  LLVMValueRef *far = l->stepped ? &l->bound : &l->bound_before; /* s + n*c */
  bool built = *far != NULL;
  if (!built) {
    LLVMValueRef n = l->stepped ? nw->trips : LLVMBuildSub(nw->b, nw->trips, const_i64(fs, 1), "");
    *far = LLVMBuildAdd(nw->b, s, LLVMBuildMul(nw->b, n, const_i64(fs, (uint64_t)l->step), ""), "");
  }
  /* signed when it steps down too: sext({s,+,-k}<nsw>) is what LLVM sees through */
  bool down = l->step < 0;
  range r = {s,     *far, l->to_zero || down, (uint8_t)__builtin_ctzll((uint64_t)(down ? -l->step : l->step)),
             false, NULL};
  if (down) {
    r.lo = *far;
    r.hi = s;
  }
  if (!built) {
    require_range(fs, &r);
    if (down)
      require(fs, LLVMIntSGE, r.lo, 0);
  }
  return r;
}

void lower_nowrap_local_get(func_state *fs, uint32_t index, LLVMValueRef v) {
  struct nowrap *nw = fs->nowrap;
  if (fs->local_types[index] != VT_I32)
    return;
  nowrap_local *l = &nw->locals[index];
  range r = {NULL, NULL, false, 0, false, NULL};
  uint32_t root = NO_ROOT;
  if (l->stamp != nw->stamp) {
    r.lo = r.hi = entry_value(fs, index);
    r.tz = 32;
    root = index;
  } else if ((l->kind == LOCAL_UP || l->kind == LOCAL_DOWN) && l->writes == 1) {
    r = iv_range(fs, l, index);
    root = index | WEAK_ROOT;
  } else if (l->run == nw->run) {
    r = l->cur;
    root = l->cur_root;
  }
  record(nw, v, &r, root);
}

void lower_nowrap_local_set(func_state *fs, uint32_t index, LLVMValueRef v) {
  struct nowrap *nw = fs->nowrap;
  nowrap_local *l = &nw->locals[index];
  if (fs->local_types[index] != VT_I32 || l->stamp != nw->stamp)
    return;
  l->stepped = true; /* matters to up induction variables only, written once */
  l->cur = range_of(fs, v);
  l->cur_root = root_of(nw, v);
  l->run = nw->run;
}

void lower_nowrap_new_run(func_state *fs) { fs->nowrap->run++; }

bool lower_bit_run(uint32_t c, unsigned *t, unsigned *m) {
  if (!c)
    return false;
  *t = (unsigned)__builtin_ctz(c);
  *m = 32 - (unsigned)__builtin_clz(c);
  return ((((uint64_t)1 << *m) - 1) & ~(((uint64_t)1 << *t) - 1)) == c;
}

/* `x ^ C` where C's bits are one run, bits t to m - 1: C - x when x has no
 * bit outside that run, i.e. x < 2^m and a multiple of 2^t. Every value x
 * takes is lo plus a multiple of 2^tz, so with tz >= t the check requires
 * lo a multiple of 2^t and hi < 2^m. Then the xor is a subtraction that
 * cannot wrap. Mod 2^m it is also -2^t - x, which is what clang means by
 * it: `a[k - i - 1]` in a loop unrolled by 2 is `a + ((i ^ 0x1ffffffe) <<
 * 3)`, the shift dropping the bits from m up; a shift or product that does
 * so is made of that value instead (wrapped_shift). NULL if x or C does
 * not qualify. */
static LLVMValueRef xor_as_sub(func_state *fs, LLVMValueRef x, const range *a, uint32_t c, range *out) {
  if (!a->hi || a->is_signed || a->flex || !c)
    return NULL;
  unsigned t, m;
  if (!lower_bit_run(c, &t, &m) || a->tz < t)
    return NULL;
  struct nowrap *nw = fs->nowrap;
  if (t) {
    LLVMValueRef low = LLVMBuildAnd(nw->b, a->lo, const_i64(fs, ((uint64_t)1 << t) - 1), "");
    require(fs, LLVMIntEQ, low, 0);
  }
  if (m < 32)
    require(fs, LLVMIntULT, a->hi, (int64_t)1 << m);
  LLVMValueRef k = const_i64(fs, c);
  *out = (range){
      LLVMBuildSub(nw->b, k, a->hi, ""), LLVMBuildSub(nw->b, k, a->lo, ""), false, a->tz, false, NULL};
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef v = LLVMBuildSub(b, lower_const_i32(fs->be, c), x, "");
  LLVMSetNUW(v, 1);
  nw->xor_sub = v;
  nw->xor_x = x;
  nw->xor_low = t;
  nw->xor_bits = m;
  nw->xor_wrapped = NULL;
  return v;
}

/* `v << k` or `v * 2^k` where v is xor_as_sub's C - x and the bits from m
 * up drop out (m + k >= 32): the same as (-2^t - x) << k, a signed value
 * decreasing as x grows, which LLVM sees through as sext of `nsw`
 * arithmetic (where zext of C - x hides the recurrence). The check
 * requires -2^t - hi >= -2^31. NULL if `v` is not such a value. */
static LLVMValueRef wrapped_shift(func_state *fs, LLVMValueRef v, uint64_t k, bool mul, range *out) {
  struct nowrap *nw = fs->nowrap;
  unsigned shift = mul ? (k ? (unsigned)__builtin_ctzll(k) : 32) : (unsigned)k;
  if (!nw->xor_sub || v != nw->xor_sub || nw->xor_bits + shift < 32 || k >= (uint64_t)1 << 31)
    return NULL; /* a factor from 2^31 up is negative to `mul nsw` */
  range x = range_of(fs, nw->xor_x);
  if (!x.hi)
    return NULL;
  LLVMBuilderRef b = fs->be->builder;
  LLVMValueRef low = const_i64(fs, (uint64_t)1 << nw->xor_low);
  range w = {LLVMBuildSub(nw->b, LLVMBuildNeg(nw->b, low, ""), x.hi, ""),
             LLVMBuildSub(nw->b, LLVMBuildNeg(nw->b, low, ""), x.lo, ""),
             true,
             x.tz,
             false,
             NULL};
  require(fs, LLVMIntSGE, w.lo, -((int64_t)1 << 31));
  if (!nw->xor_wrapped) {
    nw->xor_wrapped = LLVMBuildSub(b, lower_const_i32(fs->be, 0u - (1u << nw->xor_low)), nw->xor_x, "");
    LLVMSetNSW(nw->xor_wrapped, 1);
    record(nw, nw->xor_wrapped, &w, NO_ROOT);
  }
  LLVMValueRef kv = lower_const_i32(fs->be, (uint32_t)k);
  LLVMValueRef r = mul ? LLVMBuildMul(b, nw->xor_wrapped, kv, "") : LLVMBuildShl(b, nw->xor_wrapped, kv, "");
  LLVMValueRef kk = const_i64(fs, k);
  LLVMOpcode o = mul ? LLVMMul : LLVMShl;
  *out = (range){LLVMBuildBinOp(nw->b, o, w.lo, kk, ""),
                 LLVMBuildBinOp(nw->b, o, w.hi, kk, ""),
                 true,
                 (uint8_t)(x.tz + shift > 32 ? 32 : x.tz + shift),
                 false,
                 NULL};
  require_range(fs, out);
  LLVMSetNSW(r, 1);
  return r;
}

/* The root of ranged `l op r`: an add of a rooted value and an unrooted
 * one, or of an array and an index (a weak root), keeps the stronger. */
static uint32_t sum_root(struct nowrap *nw, wasm_opcode op, LLVMValueRef l, LLVMValueRef r) {
  uint32_t rl = root_of(nw, l), rr = root_of(nw, r);
  if (op == OP_I32_ADD && (rl == NO_ROOT || rr == NO_ROOT))
    return rl == NO_ROOT ? rr : rl;
  if (op == OP_I32_ADD && (rl & WEAK_ROOT) != (rr & WEAK_ROOT))
    return rl & WEAK_ROOT ? rr : rl; /* an array plus an index */
  return NO_ROOT;
}

/* Whether `x + k` adds back what a base hoisted out of the loop took away
 * (flex_entry): x a sum on an unwritten local, k no static address (the
 * initial memory's size or more) and positive. */
static bool adds_back(func_state *fs, LLVMValueRef x, uint64_t k) {
  const wasm_module *m = fs->be->wasm;
  uint64_t pages = m->memory_total ? m->memories[0].min : 0;
  uint64_t far = (pages < 1 ? 1 : pages > 1u << 15 ? 1u << 15 : pages) << 16;
  uint32_t root = root_of(fs->nowrap, x);
  return k >= far && k < ((uint64_t)1 << 31) && root != NO_ROOT && !(root & WEAK_ROOT);
}

/* Whether `v` is an unwritten local's value as read at loop entry (not a
 * sum on it): that local, else NO_ROOT. */
static uint32_t invariant_leaf(func_state *fs, LLVMValueRef v, const range *r) {
  struct nowrap *nw = fs->nowrap;
  if (!r->hi || r->flex || r->is_signed || r->lo != r->hi)
    return NO_ROOT;
  uint32_t root = root_of(nw, v);
  if (root == NO_ROOT || (root & WEAK_ROOT) || nw->locals[root].stamp == nw->stamp)
    return NO_ROOT;
  return r->lo == entry_value(fs, root) ? root : NO_ROOT;
}

/* Operand `v` of range `r` of a flex sum: an unwritten local read as
 * flex_entry does, anything else its own range with its true value. */
static range flex_operand(func_state *fs, LLVMValueRef v, range r, uint32_t leaf) {
  if (r.flex)
    return r;
  if (leaf != NO_ROOT) {
    LLVMValueRef x = flex_entry(fs, leaf);
    return (range){x, x, false, 32, true, x};
  }
  LLVMBuilderRef b = fs->be->builder;
  r.wide = LLVMIsAConstantInt(v) ? r.lo
           : r.is_signed         ? LLVMBuildSExt(b, v, fs->be->t_i64, "")
                                 : LLVMBuildZExt(b, v, fs->be->t_i64, "");
  return r;
}

/* `a + b`, `a * k` or `a << k` where an operand is an unwritten local or a
 * flex sum on one, in a loop that reads them so (nw->flex): a flex sum,
 * whose true value the fast copy also builds in i64 (`wide`, the address
 * lower_nowrap_index gives if it is one); the i32 value is left without
 * flags, being the true value only mod 2^32. Every flex value is kept
 * within (-2^32, 2^32) (checked), so no i64 value here can wrap: a
 * product is less than 2^32 * 2^31. False if the operation is no such sum. */
static bool flex_sum(func_state *fs, wasm_opcode op, LLVMValueRef l, LLVMValueRef r, LLVMValueRef v) {
  struct nowrap *nw = fs->nowrap;
  if (!nw->flex)
    return false;
  range a = range_of(fs, l), b = range_of(fs, r);
  if (!a.hi || !b.hi)
    return false;
  uint32_t la = invariant_leaf(fs, l, &a), lb = invariant_leaf(fs, r, &b);
  if (!a.flex && !b.flex && la == NO_ROOT && lb == NO_ROOT)
    return false;
  bool rc = LLVMIsAConstantInt(r);
  if (op != OP_I32_ADD && (rc ? b.is_signed : a.is_signed))
    return false; /* a negative factor */
  a = flex_operand(fs, l, a, la);
  b = flex_operand(fs, r, b, lb);
  LLVMBuilderRef fb = fs->be->builder;
  range out = {NULL, NULL, false, 0, true, NULL};
  if (op == OP_I32_ADD) {
    out.lo = LLVMBuildAdd(nw->b, a.lo, b.lo, "");
    out.hi = LLVMBuildAdd(nw->b, a.hi, b.hi, "");
    out.tz = a.tz < b.tz ? a.tz : b.tz;
    out.wide = LLVMBuildAdd(fb, a.wide, b.wide, "");
  } else {
    range *k = rc ? &b : &a, *x = rc ? &a : &b;
    LLVMOpcode o = op == OP_I32_MUL ? LLVMMul : LLVMShl;
    uint64_t kv = LLVMConstIntGetZExtValue(rc ? r : l);
    unsigned more = op == OP_I32_SHL ? (unsigned)kv : kv ? (unsigned)__builtin_ctzll(kv) : 32;
    out.lo = LLVMBuildBinOp(nw->b, o, x->lo, k->lo, "");
    out.hi = LLVMBuildBinOp(nw->b, o, x->hi, k->hi, "");
    out.tz = (uint8_t)(x->tz + more > 32 ? 32 : x->tz + more);
    out.wide = LLVMBuildBinOp(fb, o, x->wide, k->wide, "");
  }
  LLVMSetNSW(out.wide, 1);
  require(fs, LLVMIntSGT, out.lo, -((int64_t)1 << 32));
  require(fs, LLVMIntSLT, out.hi, (int64_t)1 << 32);
  record(nw, v, &out, sum_root(nw, op, l, r));
  return true;
}

/* `a + b`, `a * k`, `a << k` of ranged operands: the range of the result,
 * unsigned (`nuw`) if both are, else signed (`nsw`), where every unsigned
 * operand must then be below 2^31; and `a * b` of two unsigned ones
 * (`i * stride`: both at most 2^32 - 1, so the i64 product of the bounds
 * cannot wrap); `x ^ C` as `C - x` where that is the same (xor_as_sub).
 * No range for other shapes, for a negative factor, or for the product of
 * two variables of which one is signed. Returns `v` or what replaces it. */
LLVMValueRef lower_nowrap_arith(func_state *fs, wasm_opcode op, LLVMValueRef l, LLVMValueRef r,
                                LLVMValueRef v) {
  struct nowrap *nw = fs->nowrap;
  if (!LLVMIsAInstruction(v))
    return v;
  range a = range_of(fs, l), b = range_of(fs, r), out = {NULL, NULL, false, 0, false, NULL};
  bool lc = LLVMIsAConstantInt(l), rc = LLVMIsAConstantInt(r);
  if ((op == OP_I32_ADD || (op == OP_I32_MUL && lc != rc) || (op == OP_I32_SHL && rc)) &&
      flex_sum(fs, op, l, r, v))
    return v;
  if (a.flex || b.flex) { /* their i32 values are not what the ranges read */
    record(nw, v, &out, NO_ROOT);
    return v;
  }
  if (op == OP_I32_ADD && lc != rc && !nw->flex)
    nw->wants_flex |= adds_back(fs, lc ? r : l, LLVMConstIntGetZExtValue(lc ? l : r));
  if (op == OP_I32_XOR) {
    LLVMValueRef sub = NULL;
    if (lc != rc)
      sub = xor_as_sub(fs, rc ? l : r, rc ? &a : &b, (uint32_t)LLVMConstIntGetZExtValue(rc ? r : l), &out);
    record(nw, sub ? sub : v, &out, NO_ROOT);
    return sub ? sub : v;
  }
  if ((op == OP_I32_SHL || op == OP_I32_MUL) && lc != rc) {
    LLVMValueRef w =
        wrapped_shift(fs, rc ? l : r, LLVMConstIntGetZExtValue(rc ? r : l), op == OP_I32_MUL, &out);
    if (w) {
      record(nw, w, &out, NO_ROOT);
      return w;
    }
  }
  if (a.hi && b.hi) {
    out.is_signed = a.is_signed || b.is_signed;
    if (op == OP_I32_ADD) {
      out.lo = LLVMBuildAdd(nw->b, a.lo, b.lo, "");
      out.hi = LLVMBuildAdd(nw->b, a.hi, b.hi, "");
      out.tz = a.tz < b.tz ? a.tz : b.tz;
    } else if (op == OP_I32_MUL && !lc && !rc && !a.is_signed && !b.is_signed) {
      out.lo = LLVMBuildMul(nw->b, a.lo, b.lo, ""); /* both below 2^32: no i64 wraps */
      out.hi = LLVMBuildMul(nw->b, a.hi, b.hi, "");
    } else if ((op == OP_I32_MUL && (lc || rc)) || (op == OP_I32_SHL && rc)) {
      range *k = rc ? &b : &a, *x = rc ? &a : &b; /* shl: the count is masked already */
      LLVMOpcode o = op == OP_I32_MUL ? LLVMMul : LLVMShl;
      if (!k->is_signed) {
        uint64_t kv = LLVMConstIntGetZExtValue(rc ? r : l);
        unsigned more = op == OP_I32_SHL ? (unsigned)kv : kv ? (unsigned)__builtin_ctzll(kv) : 32;
        out.is_signed = x->is_signed;
        out.lo = LLVMBuildBinOp(nw->b, o, x->lo, k->lo, "");
        out.hi = LLVMBuildBinOp(nw->b, o, x->hi, k->hi, "");
        out.tz = (uint8_t)(x->tz + more > 32 ? 32 : x->tz + more);
      }
    }
  }
  uint32_t root = NO_ROOT;
  if (out.hi) {
    if (out.is_signed) { /* unsigned operands must read the same as signed */
      if (!a.is_signed && !lc)
        require(fs, LLVMIntULT, a.hi, (int64_t)1 << 31);
      if (!b.is_signed && !rc)
        require(fs, LLVMIntULT, b.hi, (int64_t)1 << 31);
    }
    require_range(fs, &out);
    if (out.is_signed)
      LLVMSetNSW(v, 1);
    else
      LLVMSetNUW(v, 1);
    root = sum_root(nw, op, l, r);
  }
  record(nw, v, &out, root);
  return v;
}

/* Adds to the checks that a value of range `r` is within [0, 2^31). */
static void require_nonnegative(func_state *fs, const range *r) {
  if (r->is_signed)
    require(fs, LLVMIntSGE, r->lo, 0);
  else
    require(fs, LLVMIntULT, r->hi, (int64_t)1 << 31);
}

LLVMIntPredicate lower_nowrap_predicate(func_state *fs, LLVMIntPredicate pred, LLVMValueRef l,
                                        LLVMValueRef r) {
  static const LLVMIntPredicate unsigned_preds[] = {LLVMIntUGT, LLVMIntUGE, LLVMIntULT, LLVMIntULE};
  static const LLVMIntPredicate signed_preds[] = {LLVMIntSGT, LLVMIntSGE, LLVMIntSLT, LLVMIntSLE};
  if (LLVMGetIntTypeWidth(LLVMTypeOf(l)) != 32)
    return pred;
  range a = range_of(fs, l), b = range_of(fs, r);
  if (!a.hi || !b.hi || !(a.is_signed || b.is_signed) || a.flex || b.flex)
    return pred;
  for (size_t i = 0; i < sizeof unsigned_preds / sizeof unsigned_preds[0]; i++)
    if (pred == unsigned_preds[i]) {
      require_nonnegative(fs, &a);
      require_nonnegative(fs, &b);
      return signed_preds[i];
    }
  return pred;
}

/*
 * The i64 value of i32 value `v` as its range reads it, built of i64
 * arithmetic wherever `v` is an add, sub, shl or mul this file flagged
 * `nuw` or `nsw` (so the same operation in i64 gives the same value: every
 * range lies in [-2^31, 2^32), no i64 operation can wrap), else the zext or
 * sext of `v` itself; a constant operand read as its operation reads it
 * (`nsw`: signed). InstCombine reassociates i32 address arithmetic and
 * drops the flags LLVM needs to see through a sext or zext (`(a + -16) -
 * (i << 3)`: a pointer stepping down, from clang's `a[k - i - 1]`); in i64
 * there is no extension to see through. Only addresses with such a
 * subtraction are widened; the others keep their zext or sext, which LLVM
 * sees through. Widening every signed address made trmm's column walk
 * lose an add and a movslq per access (0.68x the instructions), but
 * jacobi-1d's rolled-up loop, an index counting up to zero, ran 1.21x
 * slower (LLVM vectorized it with three loads of A per vector, not the
 * recurrence), and atax's and mvt's dot products ran 7-10% more
 * instructions (a narrower interleave); unsigned ones in i64, fft's and
 * strsearch's loops 4% more.
 */
static LLVMValueRef widen(func_state *fs, LLVMValueRef v, bool is_signed, unsigned depth) {
  LLVMBuilderRef b = fs->be->builder;
  if (LLVMIsAConstantInt(v)) {
    uint64_t k = LLVMConstIntGetZExtValue(v);
    return const_i64(fs, is_signed ? (uint64_t)(int64_t)(int32_t)(uint32_t)k : k);
  }
  range r = range_of(fs, v);
  LLVMOpcode op = LLVMIsAInstruction(v) ? LLVMGetInstructionOpcode(v) : LLVMRet;
  bool arith = op == LLVMAdd || op == LLVMSub || op == LLVMShl || op == LLVMMul;
  bool flagged = arith && (r.is_signed ? LLVMGetNSW(v) : LLVMGetNUW(v));
  if (!r.hi || !flagged || depth == 0)
    return r.hi && r.is_signed ? LLVMBuildSExt(b, v, fs->be->t_i64, "")
                               : LLVMBuildZExt(b, v, fs->be->t_i64, "");
  LLVMValueRef x = widen(fs, LLVMGetOperand(v, 0), r.is_signed, depth - 1);
  LLVMValueRef y = widen(fs, LLVMGetOperand(v, 1), r.is_signed, depth - 1);
  LLVMValueRef w = LLVMBuildBinOp(b, op, x, y, "");
  LLVMSetNSW(w, 1);
  return w;
}

/* Whether signed value `v` is made of a subtraction (wrapped_shift's)
 * through `nsw` arithmetic. */
static bool has_sub(func_state *fs, LLVMValueRef v, unsigned depth) {
  if (!LLVMIsAInstruction(v) || depth == 0)
    return false;
  LLVMOpcode op = LLVMGetInstructionOpcode(v);
  bool arith = op == LLVMSub || op == LLVMAdd || op == LLVMShl || op == LLVMMul;
  if (!arith || !LLVMGetNSW(v) || !range_of(fs, v).hi) /* the flag only of arithmetic */
    return false;
  return op == LLVMSub || has_sub(fs, LLVMGetOperand(v, 0), depth - 1) ||
         has_sub(fs, LLVMGetOperand(v, 1), depth - 1);
}

LLVMValueRef lower_nowrap_index(func_state *fs, LLVMValueRef addr) {
  range r = range_of(fs, addr);
  if (r.flex) { /* the true value, when it is an address */
    require(fs, LLVMIntSGE, r.lo, 0);
    require(fs, LLVMIntSLE, r.hi, UINT32_MAX);
    return r.wide;
  }
  if (!r.hi || !r.is_signed) /* zext of `nuw` arithmetic: LLVM sees through it */
    return LLVMBuildZExt(fs->be->builder, addr, fs->be->t_i64, "");
  require_nonnegative(fs, &r); /* the address is the value its range reads */
  if (has_sub(fs, addr, 8))
    return widen(fs, addr, true, 8);
  return LLVMBuildSExt(fs->be->builder, addr, fs->be->t_i64, "");
}

/* Memory 0's size in bytes at loop entry, loaded in the check block. */
static LLVMValueRef size_at_entry(func_state *fs) {
  struct nowrap *nw = fs->nowrap;
  if (nw->size)
    return nw->size;
  LLVMBuilderRef b = fs->be->builder;
  LLVMBasicBlockRef here = LLVMGetInsertBlock(b);
  LLVMPositionBuilderAtEnd(b, LLVMGetInsertBlock(nw->b));
  nw->size = fs->size_var ? LLVMBuildLoad2(b, fs->be->t_i64, fs->size_var, "") : lower_memory_bytes(fs, 0);
  LLVMPositionBuilderAtEnd(b, here);
  return nw->size;
}

bool lower_nowrap_in_bounds(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                            unsigned width) {
  if (memory != 0 || lower_memory_shared(fs->be, 0) || lower_memory_index64(fs->be, 0))
    return false; /* a shared memory's size is read atomically at each use */
  range r = range_of(fs, addr);
  if (!r.hi)
    return false;
  /* a signed address: lower_nowrap_index, run first, required lo >= 0 */
  struct nowrap *nw = fs->nowrap;
  LLVMValueRef end = LLVMBuildAdd(nw->b, r.hi, const_i64(fs, offset + width), "");
  LLVMValueRef in = LLVMBuildICmp(nw->b, LLVMIntULE, end, size_at_entry(fs), "");
  nw->ok = LLVMBuildAnd(nw->b, nw->ok, in, "");
  return true;
}

/*
 * Separate bases for separate arrays. Every access of the fast copy is
 * into the one linear memory, so LLVM's loop-access analysis sees one
 * underlying object and must prove the distance between any two accesses;
 * between two arrays (`c[j] += t * a[j]`) it cannot, gives up on
 * dependences and checks every pair of accesses at run time, also the
 * unrolled copies of one array (`c[j]`, `c[j + 1]`), which always
 * "overlap": the vector loop never runs. Native code has one underlying
 * object per array. So here an access whose address is an unwritten local
 * R plus bounded terms (R's "root"; failing one, an induction variable, a
 * pointer that steps, as in musl's memcpy) is made from a base of R's own: the
 * pointer `memory base + R`, made from an integer so that it is an object
 * of its own to LLVM, less R (both built before the loop), plus the index
 * as before. Accesses of one root share a base, and LLVM checks different
 * roots' against each other at run time as it does native arrays. The
 * address is the same as ever, so are faults in guard mode.
 *
 * Measured (kernel time / native, bench/run.sh --quick, guard): gemm 1.93x
 * -> 0.90x, lu 1.38x -> 1.04x, syrk 1.62x -> 1.23x; matmul 0.97x ->
 * 1.63x, where LLVM now vectorizes a loop unrolled by 3 with element-wise
 * loads (its cost model prefers that to the scalar loop; it is slower).
 */
LLVMValueRef lower_nowrap_address(func_state *fs, uint32_t memory, LLVMValueRef addr, LLVMValueRef index) {
  struct nowrap *nw = fs->nowrap;
  backend *be = fs->be;
  uint32_t root = memory == 0 ? root_of(nw, addr) : NO_ROOT;
  if (root == NO_ROOT)
    return NULL;
  root &= ~WEAK_ROOT;
  nowrap_local *l = &nw->locals[root];
  if (l->base_stamp != nw->stamp) {
    l->base_stamp = nw->stamp;
    /* the unwritten local as its flex sums read it: the base is then the array */
    LLVMValueRef r = nw->flex && l->stamp != nw->stamp ? flex_entry(fs, root) : entry_value(fs, root);
    LLVMValueRef at = LLVMBuildPtrToInt(nw->b, fs->memory_base, be->t_i64, "");
    at = LLVMBuildAdd(nw->b, at, r, "");
    LLVMValueRef array = LLVMBuildIntToPtr(nw->b, at, be->t_ptr, "array");
    LLVMValueRef back = LLVMBuildNeg(nw->b, r, "");
    l->base = LLVMBuildGEP2(nw->b, be->t_i8, array, &back, 1, "");
  }
  return LLVMBuildGEP2(be->builder, be->t_i8, l->base, &index, 1, "");
}

/* ---- the two copies ---- */

/* Lowers the loop `in` (at fs->body) once, falling through to `after`;
 * `unchecked`: without fuel and epoch checks at its header; `plan`, if not
 * NULL, rolls its body up (lower_reroll.c); `deferred`, if not 0, is the
 * fuel a whole body costs: the operators then charge nothing as they run
 * and the copy charges the N bodies the loop ran after it (see
 * lower_fast_copy). */
static bool lower_copy(func_state *fs, const wasm_instr *in, LLVMBasicBlockRef after, bool unchecked,
                       const reroll_plan *plan, uint32_t deferred, bool *reached) {
  size_t frames = fs->frame_count;
  if (!lower_loop(fs, in, unchecked))
    return false;
  fs->fuel_deferred = deferred != 0;
  bool ok = plan ? lower_reroll_body(fs, frames, plan) : lower_until(fs, frames);
  fs->fuel_deferred = false;
  if (!ok)
    return false;
  if (!fs->dead) {
    LLVMBuilderRef b = fs->be->builder;
    if (deferred) {
      LLVMValueRef bodies = fs->nowrap->trips; /* rolled up: N*U iterations of d */
      if (plan)
        bodies = LLVMBuildUDiv(b, bodies, const_i64(fs, plan->factor), "");
      LLVMValueRef left = LLVMBuildLoad2(b, fs->be->t_i64, fs->fuel_var, "");
      left = LLVMBuildSub(b, left, LLVMBuildMul(b, bodies, const_i64(fs, deferred), ""), "");
      LLVMBuildStore(b, left, fs->fuel_var);
    }
    LLVMBuildBr(b, after);
    *reached = true;
  }
  return true;
}

/* The copy that runs when the check fails: with --fuel or --epoch the
 * two copies of lower_loop_versioned, else the loop as it is. */
static bool lower_plain_copy(func_state *fs, const wasm_instr *in, LLVMBasicBlockRef after, bool *reached) {
  bool versioned = false;
  if (!lower_loop_versioned(fs, in, &versioned))
    return false;
  if (!versioned)
    return lower_copy(fs, in, after, false, NULL, 0, reached);
  if (!fs->dead) {
    LLVMBuildBr(fs->be->builder, after);
    *reached = true;
  }
  return true;
}

/* With --fuel, the fast copy is entered only with fuel for N iterations of
 * the whole body (of the producer's body when rolled up: N*U iterations of
 * d are N of it), so no header in it could find the fuel below zero; with
 * --epoch, only for at most LOOP_WORK instructions (its entry checks the
 * epoch unless another check covers it). Neither then checks anything. */
static void interrupt_checks(func_state *fs, const loop_shape *shape, uint32_t factor) {
  struct nowrap *nw = fs->nowrap;
  LLVMBuilderRef b = nw->b;
  if (fs->fuel_var) {
    LLVMValueRef fuel = LLVMBuildLoad2(b, fs->be->t_i64, fs->fuel_var, "");
    LLVMValueRef bodies = factor ? LLVMBuildUDiv(b, nw->trips, const_i64(fs, factor), "") : nw->trips;
    LLVMValueRef need = LLVMBuildMul(b, bodies, const_i64(fs, shape->cost), "");
    nw->ok = LLVMBuildAnd(b, nw->ok, LLVMBuildICmp(b, LLVMIntSGE, fuel, need, ""), "");
  }
  if (fs->be->opts.epoch) {
    LLVMValueRef most = const_i64(fs, LOOP_WORK / shape->size);
    nw->ok = LLVMBuildAnd(b, nw->ok, LLVMBuildICmp(b, LLVMIntULE, nw->trips, most, ""), "");
  }
}

/* Where the loop's body starts: each copy is lowered from there. */
typedef struct copy_start {
  reader body;
  uint32_t instr_index;
  size_t sp;
} copy_start;

static copy_start copy_start_here(const func_state *fs) {
  return (copy_start){fs->body, fs->instr_index, fs->sp};
}

static void rewind_to(func_state *fs, const copy_start *at) {
  fs->body = at->body;
  fs->instr_index = at->instr_index;
  fs->sp = at->sp;
  fs->dead = false;
  fs->dead_depth = 0;
}

/* Forgets the values and ranges of the copy lowered last, `again` of this
 * loop: a new copy from the start of the body builds its own (the check
 * block's values stay; the roots' bases are built anew, as flex reads
 * them). */
static void forget_values(func_state *fs, bool again) {
  struct nowrap *nw = fs->nowrap;
  memset(nw->keys, 0, NOWRAP_HASH * sizeof *nw->keys);
  nw->xor_sub = NULL;
  for (uint32_t i = 0; again && i < fs->local_count; i++) {
    nw->locals[i].base_stamp = 0;
    nw->locals[i].stepped = false;
  }
}

/* Form `f`'s value at the loop's entry, mod 2^32, in an i64. */
static LLVMValueRef form_at_entry(func_state *fs, const reroll_form *f) {
  LLVMBuilderRef b = fs->nowrap->b;
  LLVMValueRef v = const_i64(fs, f->konst);
  for (uint32_t i = 0; i < f->n; i++)
    v = LLVMBuildAdd(b, v, LLVMBuildMul(b, entry_value(fs, f->locals[i]), const_i64(fs, f->k[i]), ""), "");
  return LLVMBuildAnd(b, v, const_i64(fs, UINT32_MAX), "");
}

/* What the rolled-up body's proof assumed (lower_reroll.c): each relation
 * at entry, and for each xor read as a subtraction, its x at every
 * iteration's start (x0 + n * delta, n < N of the unrolled loop) in
 * [0, 2^m) and a multiple of 2^t: between the first and the last, as they
 * move one way, and (delta a multiple of 2^t) with x0's low bits clear. */
static void reroll_checks(func_state *fs, const reroll_plan *plan) {
  struct nowrap *nw = fs->nowrap;
  LLVMBuilderRef b = nw->b;
  for (uint32_t i = 0; i < plan->relation_count; i++) {
    const reroll_binding *r = &plan->relations[i];
    LLVMValueRef same =
        LLVMBuildICmp(b, LLVMIntEQ, form_at_entry(fs, &r->form), entry_value(fs, r->local), "");
    nw->ok = LLVMBuildAnd(b, nw->ok, same, "");
  }
  if (!plan->xor_count)
    return;
  LLVMValueRef last_n =
      LLVMBuildSub(b, LLVMBuildUDiv(b, nw->trips, const_i64(fs, plan->factor), ""), const_i64(fs, 1), "");
  for (uint32_t i = 0; i < plan->xor_count; i++) {
    const reroll_xor *x = &plan->xors[i];
    unsigned t = 0, m = 32;
    (void)lower_bit_run(x->c, &t, &m); /* one run: the plan took it */
    LLVMValueRef x0 = form_at_entry(fs, &x->x);
    LLVMValueRef last =
        LLVMBuildAdd(b, x0, LLVMBuildMul(b, last_n, const_i64(fs, (uint64_t)x->delta), ""), "");
    require(fs, LLVMIntEQ, LLVMBuildAnd(b, x0, const_i64(fs, ((uint64_t)1 << t) - 1), ""), 0);
    require(fs, LLVMIntULT, x0, (int64_t)1 << m);
    require(fs, LLVMIntSGE, last, 0);
    require(fs, LLVMIntSLT, last, (int64_t)1 << m);
  }
}

/* The fast copy, from `block`. With --fuel, its operators' costs are
 * subtracted as they run, an i64 that LLVM vectorizes as a reduction (two
 * lanes where the loop's elements are i32) and the count every trap path
 * writes back. Where the body is straight (each iteration runs all of it
 * at the same cost) and the loop runs exactly N times, or is rolled up
 * (whose iterations cost other than the producer's), the copy charges the
 * N bodies after the loop instead (`deferred`): exact if nothing in the
 * copy can trap, since nothing else in it can read the count. If a trap
 * was built after all (an access not proven in bounds), the copy is
 * lowered again, charging as it runs, from a new block and with checks of
 * its own; a rolled-up one cannot be, and the check is made to fail. So
 * is a copy that adds a far constant back to a sum on an unwritten local
 * (adds_back): lowered again with those sums read as flex (flex_sum), as
 * the first copy's checks would fail wherever the local is a base hoisted
 * below 0. The first copy is then unreachable. Measured (callgrind,
 * SCALE=1 builds of bench/kernels and bench/polybench, guard): pb_nussinov
 * 0.44x the instructions, 4 kernels changed in all, none up 0.5%; reading
 * every loop's sums so instead: trmm 0.68x too, but durbin 1.19x, lz77
 * 1.16x, syrk 1.08x. */
static bool lower_fast_copy(func_state *fs, const wasm_instr *in, LLVMBasicBlockRef after,
                            const reroll_plan *plan, uint32_t deferred, LLVMBasicBlockRef *block,
                            bool *reached) {
  backend *be = fs->be;
  struct nowrap *nw = fs->nowrap;
  copy_start start = copy_start_here(fs);
  LLVMValueRef checked = nw->ok; /* the checks before the copy added its own */
  for (int attempt = 0;; attempt++) {
    uint32_t trap_ifs = fs->trap_ifs;
    LLVMPositionBuilderAtEnd(be->builder, *block);
    if (be->opts.epoch && !lower_epoch_covered(fs))
      lower_epoch_check(fs);
    fs->nowrap_active = true;
    nw->run++;
    bool ok = lower_copy(fs, in, after, true, plan, deferred, reached);
    fs->nowrap_active = false;
    bool flex = nw->wants_flex && !nw->flex;
    bool charge = deferred && fs->trap_ifs != trap_ifs;
    if (!ok || (!flex && !charge) || attempt > 1)
      return ok;
    if (charge && plan) {
      nw->ok = LLVMConstInt(LLVMInt1TypeInContext(be->context), 0, 0);
      return true;
    }
    if (charge)
      deferred = 0;
    nw->flex = nw->flex || flex;
    nw->ok = checked; /* the first copy's checks are left unused */
    rewind_to(fs, &start);
    forget_values(fs, true);
    *block = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.fast");
  }
}

bool lower_loop_nowrap(func_state *fs, const wasm_instr *in, bool *done) {
  backend *be = fs->be;
  *done = false;
  if (be->opts.opt_level < 2 || be->opts.size_level > 0 || in->blocktype != BLOCKTYPE_EMPTY ||
      fs->locals_frame)
    return true;
  if (!fs->nowrap) {
    fs->nowrap = arena_alloc(&fs->scratch, sizeof *fs->nowrap);
    if (!fs->nowrap)
      return diag_out_of_memory(be->diag, in->offset);
    memset(fs->nowrap, 0, sizeof *fs->nowrap);
    fs->nowrap->locals =
        arena_array(&fs->scratch, fs->local_count ? fs->local_count : 1, sizeof(nowrap_local));
    if (!fs->nowrap->locals)
      return diag_out_of_memory(be->diag, in->offset);
    memset(fs->nowrap->locals, 0, (fs->local_count ? fs->local_count : 1) * sizeof(nowrap_local));
  }
  struct nowrap *nw = fs->nowrap;
  nw->stamp++;
  loop_shape shape;
  memset(&shape, 0, sizeof shape);
  if (!scan_loop(fs, nw, &shape))
    return true;
  /* an up-counter tested with ne or counting up to zero: maybe a body the
   * producer unrolled */
  reroll_plan plan = {0};
  nowrap_local *control = &nw->locals[shape.control];
  if ((shape.compare == OP_I32_NE || shape.compare == OP_BR_IF) && control->kind == LOCAL_UP &&
      !shape.mid_exit && !lower_reroll_plan(fs, shape.control, control->step, &plan))
    return false;
  if (plan.factor) { /* the fast copy's steps: the check counts N*U iterations of d */
    control->step = plan.step;
    for (uint32_t i = 0; i < plan.iv_count; i++) /* and the locals stepped beside L, by k / U */
      nw->locals[plan.ivs[i].local].step = plan.ivs[i].step / (int32_t)plan.factor;
  }
  *done = true;
  if (!nw->keys) {
    nw->keys = arena_array(&fs->scratch, NOWRAP_HASH, sizeof(LLVMValueRef));
    nw->ranges = arena_array(&fs->scratch, NOWRAP_HASH, sizeof(range));
    nw->roots = arena_array(&fs->scratch, NOWRAP_HASH, sizeof(uint32_t));
    if (!nw->keys || !nw->ranges || !nw->roots)
      return diag_out_of_memory(be->diag, in->offset);
  }
  forget_values(fs, false);
  nw->size = NULL;
  nw->flex = false;
  nw->wants_flex = false;
  LLVMBasicBlockRef check = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.nowrap");
  LLVMBasicBlockRef fast = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.fast");
  LLVMBasicBlockRef plain = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.plain");
  LLVMBasicBlockRef after = LLVMAppendBasicBlockInContext(be->context, fs->fn, "loop.done");
  LLVMBuildBr(be->builder, check);
  nw->b = LLVMCreateBuilderInContext(be->context);
  LLVMPositionBuilderAtEnd(nw->b, check);
  trip_bound(fs, &shape);
  if (plan.factor) { /* N*U iterations of d are N of c: E - s a multiple of c */
    LLVMValueRef u = const_i64(fs, plan.factor);
    LLVMValueRef whole =
        LLVMBuildICmp(nw->b, LLVMIntEQ, LLVMBuildURem(nw->b, nw->trips, u, ""), const_i64(fs, 0), "");
    nw->ok = LLVMBuildAnd(nw->b, nw->ok, whole, "");
    reroll_checks(fs, &plan);
  }
  control->to_zero = shape.compare == OP_BR_IF && control->kind == LOCAL_UP;
  interrupt_checks(fs, &shape, plan.factor);
  copy_start start = copy_start_here(fs);
  bool reached = false;
  uint32_t deferred = fs->fuel_var && (plan.factor || (shape.straight && nw->exact)) ? shape.cost : 0;
  bool ok = lower_fast_copy(fs, in, after, plan.factor ? &plan : NULL, deferred, &fast, &reached);
  LLVMBuildCondBr(nw->b, nw->ok, fast, plain);
  LLVMDisposeBuilder(nw->b);
  nw->b = NULL;
  if (!ok)
    return false;
  rewind_to(fs, &start);
  LLVMPositionBuilderAtEnd(be->builder, plain);
  if (!lower_plain_copy(fs, in, after, &reached))
    return false;
  if (reached) {
    LLVMPositionBuilderAtEnd(be->builder, after);
    fs->dead = false;
  } else {
    LLVMDeleteBasicBlock(after);
    fs->dead = true;
    fs->dead_depth = 0;
  }
  return true;
}
