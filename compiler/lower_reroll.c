/*
 * lower_reroll.c — counted loops that the module's producer unrolled,
 * rolled back up in the fast copy of lower_nowrap.c.
 *
 * requires: lower_nowrap.c to call lower_reroll_plan on a loop it takes
 *           (an up-counter L stepping by c, tested with i32.ne or counting
 *           up to zero) and then lower_reroll_body for the fast copy's
 *           body; lower_instruction (lower.c) for each instruction that
 *           copy keeps.
 * maintains: wasm semantics exactly. clang's wasm32 back end unrolls a
 *           loop before anything vectorizes it: `c[j] += a * b[j]` arrives
 *           as three copies of the statement per iteration, j stepping by
 *           3 elements. LLVM vectorizes such a body as interleave groups of
 *           factor 3, and for SSE2 its cost model prefers element-wise
 *           loads and inserts to the shuffles (matmul ran at 1.7x native).
 *           Native code is vectorized before it is unrolled. So where the
 *           body's U groups do what the first group does at L, L + d, ...,
 *           L + (U-1)d (d = c / U), the fast copy keeps only the first
 *           group and steps L by d: the loop native clang vectorizes.
 * breaks:   nothing; a loop that does not prove equal keeps its body.
 *
 * The proof is a symbolic run of the body (before its tail `L += c; L != E;
 * br_if 0`): once as it is from L = J, and U times its first group P, from
 * L = J, J + d, ..., carrying locals from one run to the next. Values are
 * hash-consed nodes: the locals' values at entry, constants, pure
 * operators of values, and loads (by memory, address, offset and position
 * among the accesses); an i32 value is a linear form (mod 2^32) over such
 * nodes, so `(c + j) + 8` and `c + (j + 8)` are one value. The two runs
 * must make the same accesses in the same order (operator, memory,
 * address, offset, stored value): then every trap, and every byte of
 * memory, is the same. Only straight code qualifies: local.get/set/tee,
 * constants, loads and stores, and operators that can neither trap nor
 * branch. Operands of a commutative operator are put in one order
 * (`commutes`), as LLVM's own canonical order swaps them: clang's
 * second copy of `a[i-1] + a[i]` may read `a[i] + a[i-1]`. L and the
 * locals the body steps beside it after its first group (`v = v + k`,
 * v's only write, k a multiple of U: a byte offset clang keeps apart
 * from the count) start each run as a symbol; group m of P runs with
 * v = V + m*k/U, and the rolled-up body keeps v's step with k/U for k.
 * A local the body reads before it writes it carries a value from one
 * iteration to the next (`x = a[i+1]` read as the next `a[i]`): it starts
 * both runs as the same symbol and must end both as the same value, so
 * that the next iteration starts alike too and, by induction, one
 * iteration of each shows the whole loop. Locals the two runs leave
 * different (a temporary of a group P does not run), read by no iteration
 * before it writes them, are set after the loop from their value in the
 * body's last iteration, a linear form over locals it does not write,
 * J = L - c and V = v - k; any other difference keeps the loop as it is.
 * Where that fails, the proof runs again with `x ^ C` (C one run of bits)
 * read as `C - x`, and then with a relation between a stepped local and
 * L that the first differing access asks for (propose): both are facts
 * the fast copy's check requires (reroll_checks, lower_nowrap.c). The
 * fast copy's own check (lower_nowrap.c) proves its arithmetic cannot
 * wrap, so its addresses, mod 2^32, are the body's; and
 * it requires N*U iterations of d for N of c: E - s a multiple of c. With
 * --fuel the rolled-up copy charges N whole bodies after the loop instead
 * of its operators as they run, and is entered only if it cannot trap
 * (lower_nowrap.c, lower_copy).
 */
#include "lower.h"

#include <stdlib.h>
#include <string.h>

enum {
  SYM_ENTRY = OP_COUNT, /* a local's value at loop entry: imm = the local */
  SYM_LIN,              /* i32: imm + sum of k[i] * a[i], mod 2^32 */
  SYM_LOAD,             /* a[0] address, a[1] opcode, a[2] memory, imm offset, at position */
  LIN_TERMS = REROLL_TERMS,
  SYM_SLOTS = 1 << 13, /* hash table of nodes; at most half of it full */
  SYM_STACK = 64,
};

typedef struct sym {
  uint32_t op;
  uint32_t n; /* SYM_LIN: terms; else operands */
  uint32_t a[LIN_TERMS];
  uint32_t k[LIN_TERMS];
  uint64_t imm;
  uint32_t at;
} sym;

typedef struct access {
  uint32_t op, memory, addr, value;
  uint64_t offset;
} access;

typedef struct slot {
  uint32_t id; /* value id (node index + 1) */
  wasm_valtype type;
} slot;

typedef struct reroll {
  func_state *fs;
  wasm_instr *ins; /* the body, `end` included */
  uint32_t count;
  uint32_t control;
  uint32_t *writes;          /* per local: how many times the body writes it */
  bool *carried;             /* per local: the body reads it before writing it */
  reroll_iv ivs[REROLL_IVS]; /* the locals stepped beside L */
  uint32_t iv_count;
  int64_t c; /* L's step */
  /* after a first try fails: xors read as subtractions, relations assumed */
  bool extended;
  uint32_t *subst; /* per local: the value of its entry, 0 if its own */
  reroll_binding relations[REROLL_RELATIONS];
  uint32_t relation_count;
  reroll_xor xors[REROLL_XORS];
  uint32_t xor_count;
  bool proposed; /* a relation that would make the first differing access the same */
  reroll_binding proposal;
  sym *nodes;
  uint32_t node_count;
  uint32_t *table; /* SYM_SLOTS ids */
  access *fx, *fx_base;
  uint32_t fx_count, fx_cap;
  bool failed;
} reroll;

static uint64_t sym_hash(const sym *s) {
  const unsigned char *p = (const unsigned char *)s;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < sizeof *s; i++)
    h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

/* The id of node `s` (zero-padded), made once. 0 when the table is full. */
static uint32_t intern(reroll *x, const sym *s) {
  size_t h = (size_t)sym_hash(s) & (SYM_SLOTS - 1);
  while (x->table[h]) {
    if (!memcmp(&x->nodes[x->table[h] - 1], s, sizeof *s))
      return x->table[h];
    h = (h + 1) & (SYM_SLOTS - 1);
  }
  if (x->node_count >= SYM_SLOTS / 2) {
    x->failed = true;
    return 0;
  }
  memcpy(&x->nodes[x->node_count++], s, sizeof *s); /* padding included: nodes compare with memcmp */
  return x->table[h] = x->node_count;
}

/* Node `id`; id 0 (a failed intern, x->failed set) reads as the constant 0. */
static const sym *node(const reroll *x, uint32_t id) {
  static const sym none = {SYM_LIN, 0, {0}, {0}, 0, 0};
  return id ? &x->nodes[id - 1] : &none;
}

/* The linear form konst + sum k[i] * a[i]: terms merged, zero ones dropped. */
static uint32_t lin(reroll *x, uint32_t konst, uint32_t n, const uint32_t *a, const uint32_t *k) {
  sym s;
  memset(&s, 0, sizeof s);
  s.op = SYM_LIN;
  s.imm = konst;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = 0;
    while (j < s.n && s.a[j] < a[i])
      j++;
    if (j < s.n && s.a[j] == a[i]) {
      s.k[j] += k[i];
      continue;
    }
    if (s.n == LIN_TERMS) {
      x->failed = true;
      return 0;
    }
    memmove(&s.a[j + 1], &s.a[j], (s.n - j) * sizeof s.a[0]);
    memmove(&s.k[j + 1], &s.k[j], (s.n - j) * sizeof s.k[0]);
    s.a[j] = a[i];
    s.k[j] = k[i];
    s.n++;
  }
  uint32_t kept = 0;
  for (uint32_t j = 0; j < s.n; j++)
    if (s.k[j]) {
      s.a[kept] = s.a[j];
      s.k[kept++] = s.k[j];
    }
  for (uint32_t j = kept; j < s.n; j++)
    s.a[j] = s.k[j] = 0;
  s.n = kept;
  return intern(x, &s);
}

static uint32_t lin_const(reroll *x, uint32_t konst) { return lin(x, konst, 0, NULL, NULL); }

static uint32_t lin_atom(reroll *x, uint32_t atom) {
  uint32_t one = 1;
  return atom ? lin(x, 0, 1, &atom, &one) : 0;
}

/* a + f * b of two linear forms. */
static uint32_t lin_add(reroll *x, uint32_t a, uint32_t b, uint32_t f) {
  const sym *p = node(x, a), *q = node(x, b);
  uint32_t atoms[2 * LIN_TERMS], ks[2 * LIN_TERMS], n = 0;
  for (uint32_t i = 0; i < p->n; i++, n++) {
    atoms[n] = p->a[i];
    ks[n] = p->k[i];
  }
  for (uint32_t i = 0; i < q->n; i++, n++) {
    atoms[n] = q->a[i];
    ks[n] = q->k[i] * f;
  }
  return lin(x, (uint32_t)p->imm + f * (uint32_t)q->imm, n, atoms, ks);
}

static uint32_t lin_scale(reroll *x, uint32_t a, uint32_t f) { return lin_add(x, lin_const(x, 0), a, f); }

static bool is_const(const reroll *x, uint32_t v) { return node(x, v)->n == 0; }

/* A node of operator `op` over operands; an i32 result is an atom of a linear form. */
static uint32_t opaque(reroll *x, uint32_t op, uint32_t n, const uint32_t *a, uint64_t imm, uint32_t at,
                       wasm_valtype result) {
  sym s;
  memset(&s, 0, sizeof s);
  s.op = op;
  s.n = n;
  memcpy(s.a, a, n * sizeof a[0]);
  s.imm = imm;
  s.at = at;
  uint32_t id = intern(x, &s);
  return result == VT_I32 ? lin_atom(x, id) : id;
}

/* Local `local`'s value at entry: the node, and as the value it is. */
static uint32_t entry_node(reroll *x, uint32_t local) {
  uint32_t none = 0;
  return opaque(x, SYM_ENTRY, 0, &none, local, 0, VT_I64);
}

static uint32_t entry(reroll *x, uint32_t local) {
  if (x->subst[local])
    return x->subst[local];
  uint32_t id = entry_node(x, local);
  return x->fs->local_types[local] == VT_I32 ? lin_atom(x, id) : id;
}

/* The step of `local` among the `count` stepped locals `ivs`, if it is one. */
static const reroll_iv *iv_of(const reroll_iv *ivs, uint32_t count, uint32_t local) {
  for (uint32_t i = 0; i < count; i++)
    if (ivs[i].local == local)
      return &ivs[i];
  return NULL;
}

/* The local's step beside L, if the body steps it so (find_ivs). */
static const reroll_iv *stepped(const reroll *x, uint32_t local) { return iv_of(x->ivs, x->iv_count, local); }

static void record(reroll *x, const access *a) {
  if (x->fx_count == x->fx_cap) {
    x->failed = true;
    return;
  }
  x->fx[x->fx_count++] = *a;
}

/* Value `v` as a form over the locals' values at entry: L, the locals
 * the body does not write and, if `ivs`, the stepped ones. False if it is
 * not one. */
static bool to_form(const reroll *x, uint32_t v, bool ivs, reroll_form *f) {
  const sym *s = node(x, v);
  memset(f, 0, sizeof *f);
  if (s->op != SYM_LIN)
    return false;
  f->konst = (uint32_t)s->imm;
  f->n = s->n;
  for (uint32_t i = 0; i < s->n; i++) {
    const sym *atom = node(x, s->a[i]);
    uint32_t local = (uint32_t)atom->imm;
    if (atom->op != SYM_ENTRY || (x->writes[local] && local != x->control && !(ivs && stepped(x, local))))
      return false;
    f->locals[i] = local;
    f->k[i] = s->k[i];
  }
  return true;
}

/* The value of form `f`. */
static uint32_t form_value(reroll *x, const reroll_form *f) {
  uint32_t v = lin_const(x, f->konst);
  for (uint32_t i = 0; i < f->n; i++)
    v = lin_add(x, v, entry(x, f->locals[i]), f->k[i]);
  return v;
}

/* *delta: what form `f` (of to_form) adds to itself in an iteration, its
 * factors read as signed: the same mod 2^32. False if that overflows. */
static bool form_delta(const reroll *x, const reroll_form *f, int64_t *delta) {
  *delta = 0;
  for (uint32_t i = 0; i < f->n; i++) {
    const reroll_iv *iv = stepped(x, f->locals[i]);
    int64_t step = f->locals[i] == x->control ? x->c : iv ? iv->step : 0, term;
    if (__builtin_mul_overflow((int64_t)(int32_t)f->k[i], step, &term) ||
        __builtin_add_overflow(*delta, term, delta))
      return false;
  }
  return true;
}

/* `a ^ b`, one of them a constant C whose bits are one run, read as
 * `C - x` (x the other, a form): the check requires that it is
 * (reroll_xor); clang writes the mirrored `a[k - i - 1]` of a loop
 * unrolled by 2 as `a + ((i ^ 0x1ffffffe) << 3)`. Replaces ops[0] with the
 * result; false to keep the xor an operator. */
static bool xor_as_sub(reroll *x, slot *ops) {
  bool first = is_const(x, ops[0].id);
  uint32_t cv = ops[first ? 0 : 1].id, xv = ops[first ? 1 : 0].id;
  uint32_t c = (uint32_t)node(x, cv)->imm;
  unsigned t, m;
  if (!is_const(x, cv) || is_const(x, xv) || !lower_bit_run(c, &t, &m))
    return false;
  reroll_xor r;
  memset(&r, 0, sizeof r);
  r.c = c;
  if (!to_form(x, xv, true, &r.x) || !form_delta(x, &r.x, &r.delta) || r.delta % ((int64_t)1 << t))
    return false;
  uint32_t i = 0;
  while (i < x->xor_count &&
         (x->xors[i].c != c || x->xors[i].delta != r.delta || memcmp(&x->xors[i].x, &r.x, sizeof r.x)))
    i++;
  if (i == REROLL_XORS)
    return false;
  if (i == x->xor_count)
    x->xors[x->xor_count++] = r;
  ops[0] = (slot){lin_add(x, lin_const(x, c), xv, UINT32_MAX), VT_I32};
  return true;
}

/* Whether binary operator `op` gives the same result, or (floating point)
 * the same set of results, with its operands swapped: a NaN operand makes
 * the result any NaN the spec's nans{z1, z2} allows, a set that does not
 * depend on the order. */
static bool commutes(wasm_opcode op) {
  switch (op) {
  case OP_I32_MUL:
  case OP_I32_AND:
  case OP_I32_OR:
  case OP_I32_XOR:
  case OP_I32_EQ:
  case OP_I32_NE:
  case OP_I64_ADD:
  case OP_I64_MUL:
  case OP_I64_AND:
  case OP_I64_OR:
  case OP_I64_XOR:
  case OP_I64_EQ:
  case OP_I64_NE:
  case OP_F32_ADD:
  case OP_F32_MUL:
  case OP_F32_EQ:
  case OP_F32_NE:
  case OP_F64_ADD:
  case OP_F64_MUL:
  case OP_F64_EQ:
  case OP_F64_NE: return true;
  default: return false;
  }
}

/* Runs instructions [from, to) on `locals` (value ids, 0: the value at
 * entry), recording accesses; `strict`: fail on a read of a local the body
 * writes before the run writes it. `heights`, if not NULL, gets the stack
 * height before each instruction. False if an instruction does not qualify. */
static bool run(reroll *x, uint32_t from, uint32_t to, uint32_t *locals, bool strict, uint32_t *heights) {
  slot stack[SYM_STACK];
  uint32_t sp = 0;
  for (uint32_t i = from; i < to && !x->failed; i++) {
    const wasm_instr *in = &x->ins[i];
    const opcode_info *info = &opcode_infos[in->op];
    if (heights)
      heights[i] = sp;
    if (sp + 1 >= SYM_STACK)
      return false;
    switch (in->op) {
    case OP_NOP: continue;
    case OP_DROP:
      if (!sp)
        return false;
      sp--;
      continue;
    case OP_LOCAL_GET:
      if (!locals[in->index]) {
        if (strict && x->writes[in->index] && !stepped(x, in->index))
          x->carried[in->index] = true; /* a value from the previous iteration */
        locals[in->index] = entry(x, in->index);
      }
      stack[sp++] = (slot){locals[in->index], x->fs->local_types[in->index]};
      continue;
    case OP_LOCAL_SET:
    case OP_LOCAL_TEE:
      if (!sp)
        return false;
      locals[in->index] = stack[sp - 1].id;
      sp -= in->op == OP_LOCAL_SET;
      continue;
    case OP_I32_CONST: stack[sp++] = (slot){lin_const(x, (uint32_t)in->bits), VT_I32}; continue;
    case OP_I64_CONST:
    case OP_F32_CONST:
    case OP_F64_CONST: {
      wasm_valtype t = in->op == OP_I64_CONST ? VT_I64 : in->op == OP_F32_CONST ? VT_F32 : VT_F64;
      uint32_t none = 0;
      stack[sp++] = (slot){opaque(x, in->op, 0, &none, in->bits, 0, t), t};
      continue;
    }
    case OP_I32_ADD:
    case OP_I32_SUB:
      if (sp < 2)
        return false;
      sp--;
      stack[sp - 1].id = lin_add(x, stack[sp - 1].id, stack[sp].id, in->op == OP_I32_ADD ? 1 : UINT32_MAX);
      continue;
    case OP_I32_MUL:
    case OP_I32_SHL:
      if (sp < 2)
        return false;
      if (is_const(x, stack[sp - 1].id)) {
        uint32_t k = (uint32_t)node(x, stack[sp - 1].id)->imm;
        sp--;
        stack[sp - 1].id = lin_scale(x, stack[sp - 1].id, in->op == OP_I32_MUL ? k : 1u << (k & 31));
        continue;
      }
      if (in->op == OP_I32_MUL && is_const(x, stack[sp - 2].id)) {
        uint32_t k = (uint32_t)node(x, stack[sp - 2].id)->imm;
        stack[sp - 2].id = lin_scale(x, stack[sp - 1].id, k);
        sp--;
        continue;
      }
      break; /* the product of two variables: an operator like any other */
    case OP_I32_XOR:
      if (x->extended && sp >= 2 && xor_as_sub(x, &stack[sp - 2])) {
        sp--;
        continue;
      }
      break;
    default: break;
    }
    opcode_sig sig;
    if (!opcode_signature(in->op, &sig) || sp < sig.param_count)
      return false;
    if (info->imm == IMM_MEMARG && sig.param_count >= 1 && sig.params[0] == VT_I32 &&
        !lower_memory_index64(x->fs->be, in->index)) {
      access a = {in->op, in->index, 0, 0, in->offset_imm};
      if (sig.param_count == 1 && sig.result_count == 1) { /* a load */
        a.addr = stack[--sp].id;
        uint32_t ops[3] = {a.addr, in->op, in->index};
        a.value = opaque(x, SYM_LOAD, 3, ops, in->offset_imm, x->fx_count, sig.results[0]);
        stack[sp++] = (slot){a.value, sig.results[0]};
      } else if (sig.param_count == 2 && sig.result_count == 0) { /* a store */
        a.value = stack[--sp].id;
        a.addr = stack[--sp].id;
      } else {
        return false;
      }
      record(x, &a);
      continue;
    }
    if (info->fuel != FUEL_STRAIGHT || info->imm != IMM_NONE || sig.result_count > 1)
      return false; /* it could trap, branch or touch state other than memory */
    uint32_t ops[3] = {0, 0, 0};
    sp -= sig.param_count;
    for (uint32_t p = 0; p < sig.param_count; p++)
      ops[p] = stack[sp + p].id;
    if (commutes(in->op) && ops[0] > ops[1]) { /* `a + b` and `b + a` are one value */
      uint32_t t = ops[0];
      ops[0] = ops[1];
      ops[1] = t;
    }
    if (sig.result_count) {
      stack[sp++] = (slot){opaque(x, in->op, sig.param_count, ops, 0, 0, sig.results[0]), sig.results[0]};
    }
  }
  return !x->failed && sp == 0;
}

/* Whether value `v` is a form over L, the stepped locals and the locals
 * the body does not write: the fix-up records it. */
static bool add_fixup(reroll *x, reroll_plan *plan, uint32_t local, uint32_t v) {
  if (plan->fixup_count == REROLL_FIXUPS || x->fs->local_types[local] != VT_I32)
    return false;
  reroll_binding *f = &plan->fixups[plan->fixup_count];
  f->local = local;
  if (!to_form(x, v, true, &f->form))
    return false;
  plan->fixup_count++;
  return true;
}

/* After the runs differ: where the first access that differs does so only
 * in its address, by D = kV + R, V a stepped local, k = +-1 and R a form
 * over L and locals the body does not write, and D is the same in every
 * iteration (V's step and R's cancel), the relation V = -kR at entry holds
 * at every iteration's start and makes the two the same: proposed for the
 * next try. durbin's `z[i] = y[i] + alpha * y[k - i - 1]` reads y[k-i-1]
 * through a pointer stepping down beside i and y[k-i-2] through k and i. */
static void propose(reroll *x, const access *body_fx, uint32_t body_fx_count) {
  uint32_t i = 0, n = x->fx_count < body_fx_count ? x->fx_count : body_fx_count;
  while (i < n && !memcmp(&x->fx[i], &body_fx[i], sizeof *body_fx))
    i++;
  opcode_sig sig;
  if (i == n || x->fx[i].op != body_fx[i].op || x->fx[i].memory != body_fx[i].memory ||
      x->fx[i].offset != body_fx[i].offset || !opcode_signature(body_fx[i].op, &sig) ||
      (!sig.result_count && x->fx[i].value != body_fx[i].value))
    return;
  uint32_t d = lin_add(x, body_fx[i].addr, x->fx[i].addr, UINT32_MAX);
  const sym *s = node(x, d);
  uint32_t v = 0, k = 0;
  for (uint32_t j = 0; j < s->n; j++) {
    const sym *atom = node(x, s->a[j]);
    if (atom->op == SYM_ENTRY && stepped(x, (uint32_t)atom->imm) && !x->subst[atom->imm]) {
      if (v || (s->k[j] != 1 && s->k[j] != UINT32_MAX))
        return;
      v = s->a[j];
      k = s->k[j];
    }
  }
  reroll_form f;
  int64_t delta;
  if (!v || !to_form(x, d, true, &f) || !form_delta(x, &f, &delta) || delta)
    return;
  uint32_t r = lin_add(x, d, lin_atom(x, v), 0u - k); /* D - kV */
  if (!to_form(x, lin_scale(x, r, 0u - k), false, &x->proposal.form))
    return;
  x->proposal.local = (uint32_t)node(x, v)->imm;
  x->proposed = true;
}

/* Tries factor `u`: P is the body up to its (stores / u)-th store. */
static bool try_factor(reroll *x, uint32_t u, uint32_t stores, uint32_t tail, int64_t c,
                       const uint32_t *heights, const uint32_t *body_locals, const access *body_fx,
                       uint32_t body_fx_count, uint32_t *locals, reroll_plan *plan) {
  uint32_t want = stores / u, seen = 0, first = 0;
  for (uint32_t i = 0; i < tail && !first; i++) {
    const wasm_instr *in = &x->ins[i];
    opcode_sig sig;
    if (opcode_infos[in->op].imm == IMM_MEMARG && opcode_signature(in->op, &sig) && sig.result_count == 0 &&
        ++seen == want)
      first = i + 1;
  }
  if (!first || heights[first] != 0)
    return false;
  for (uint32_t i = 0; i < x->iv_count; i++)
    if (x->ivs[i].at < first || x->ivs[i].step % (int32_t)u)
      return false; /* stepped inside the first group, or not by U equal steps */
  uint32_t d = (uint32_t)(c / u);
  memset(locals, 0, x->fs->local_count * sizeof locals[0]);
  x->fx_count = 0;
  for (uint32_t m = 0; m < u; m++) {
    uint32_t j = entry_node(x, x->control), k = 1;
    locals[x->control] = lin(x, m * d, 1, &j, &k);
    for (uint32_t i = 0; i < x->iv_count; i++) { /* v = v + m*k/U */
      uint32_t v = x->ivs[i].local;
      locals[v] = lin_add(x, entry(x, v), lin_const(x, m * (uint32_t)(x->ivs[i].step / (int32_t)u)), 1);
    }
    if (!run(x, 0, first, locals, false, NULL))
      return false;
  }
  if (x->fx_count != body_fx_count || memcmp(x->fx, body_fx, body_fx_count * sizeof *body_fx)) {
    if (x->extended && !x->proposed)
      propose(x, body_fx, body_fx_count);
    return false;
  }
  plan->fixup_count = 0;
  for (uint32_t l = 0; l < x->fs->local_count; l++)
    if (x->writes[l] && l != x->control && !stepped(x, l) && body_locals[l] != locals[l] &&
        (x->carried[l] || !add_fixup(x, plan, l, body_locals[l])))
      return false; /* a carried value must be the same for the next iteration */
  plan->iv_count = x->iv_count;
  memcpy(plan->ivs, x->ivs, x->iv_count * sizeof x->ivs[0]);
  plan->relation_count = x->relation_count;
  memcpy(plan->relations, x->relations, x->relation_count * sizeof x->relations[0]);
  plan->xor_count = x->xor_count;
  memcpy(plan->xors, x->xors, x->xor_count * sizeof x->xors[0]);
  plan->factor = u;
  plan->first = first;
  plan->tail = tail;
  plan->step = c / u;
  return true;
}

static void release(reroll *x, uint32_t *heights, uint32_t *locals) {
  free(x->ins);
  free(x->writes);
  free(x->carried);
  free(x->subst);
  free(x->nodes);
  free(x->table);
  free(x->fx_base);
  free(heights);
  free(locals);
}

/* Decodes the body into x->ins (x->count instructions before its `end`);
 * false if it is not straight code with at most LOOP_COPY_MAX instructions. */
static bool decode_body(reroll *x) {
  body_scan s;
  body_scan_init(&s, x->fs->body);
  bool straight = true, ended = false;
  while (straight && x->count <= LOOP_COPY_MAX && body_scan_next(&s)) {
    wasm_opcode op = s.in.op;
    if (op == OP_END) {
      ended = true;
      break;
    }
    x->ins[x->count] = s.in;
    x->ins[x->count++].targets = NULL;
    if (op == OP_LOCAL_SET || op == OP_LOCAL_TEE)
      x->writes[s.in.index]++;
    straight = opcode_infos[op].fuel != FUEL_CONTROL && op != OP_IF && op != OP_BR && op != OP_BR_TABLE &&
               op != OP_CALL && op != OP_CALL_INDIRECT;
  }
  body_scan_end(&s);
  return straight && ended && x->count <= LOOP_COPY_MAX;
}

/* Where the body's tail starts: `L += c` (local.get L, i32.const c,
 * i32.add, local.tee L), E, i32.ne, br_if 0, or E first, or (L counting
 * up to zero) `L += c`, br_if 0; 0 if it has another shape. *step_at: the
 * index of the i32.const c. */
static uint32_t find_tail(const reroll *x, int64_t c, uint32_t *step_at) {
  uint32_t n = x->count;
  if (n < 8 || x->ins[n - 1].op != OP_BR_IF || x->ins[n - 1].index != 0)
    return 0;
  bool to_zero = x->ins[n - 2].op != OP_I32_NE;
  const wasm_instr *t = &x->ins[n - (to_zero ? 5 : 7)];
  bool end_first =
      !to_zero && (t[0].op == OP_I32_CONST || (t[0].op == OP_LOCAL_GET && t[0].index != x->control));
  const wasm_instr *st = end_first ? &t[1] : &t[0];
  if (st[0].op != OP_LOCAL_GET || st[0].index != x->control || st[1].op != OP_I32_CONST ||
      (int32_t)st[1].bits != c || st[2].op != OP_I32_ADD || st[3].op != OP_LOCAL_TEE ||
      st[3].index != x->control)
    return 0;
  *step_at = (uint32_t)(&st[1] - x->ins);
  return (uint32_t)(t - x->ins);
}

/* The locals the body steps beside L before its tail: `local.get v,
 * i32.const k, i32.add, local.set v`, v's only write (at most REROLL_IVS;
 * a further one stays an ordinary local, and a body that reads it before
 * writing it is kept). */
static void find_ivs(reroll *x, uint32_t tail) {
  x->iv_count = 0;
  for (uint32_t i = 0; i + 4 <= tail && x->iv_count < REROLL_IVS; i++) {
    const wasm_instr *in = &x->ins[i];
    uint32_t v = in[0].index;
    int32_t k = (int32_t)(uint32_t)in[1].bits;
    if (in[0].op == OP_LOCAL_GET && v != x->control && x->writes[v] == 1 && x->fs->local_types[v] == VT_I32 &&
        in[1].op == OP_I32_CONST && k != 0 && in[2].op == OP_I32_ADD && in[3].op == OP_LOCAL_SET &&
        in[3].index == v)
      x->ivs[x->iv_count++] = (reroll_iv){v, i, k};
  }
}

/* Runs the body once, from L = J, then tries each factor U on it, from
 * the most groups down. False if the body does not qualify. */
static bool try_body(reroll *x, uint32_t tail, uint32_t *heights, uint32_t *locals, uint32_t *body_locals,
                     reroll_plan *plan) {
  size_t n = x->fs->local_count;
  memset(x->table, 0, SYM_SLOTS * sizeof *x->table);
  x->node_count = 0;
  x->failed = false;
  x->xor_count = 0;
  x->proposed = false;
  memset(x->carried, 0, n * sizeof *x->carried);
  memset(x->subst, 0, n * sizeof *x->subst);
  for (uint32_t i = 0; i < x->relation_count; i++)
    x->subst[x->relations[i].local] = form_value(x, &x->relations[i].form);
  memset(locals, 0, n * sizeof *locals);
  x->fx = x->fx_base;
  x->fx_count = 0;
  locals[x->control] = entry(x, x->control);
  if (!run(x, 0, tail, locals, true, heights))
    return false;
  uint32_t stores = 0;
  for (uint32_t i = 0; i < x->fx_count; i++) {
    opcode_sig sig;
    stores += opcode_signature(x->fx[i].op, &sig) && sig.result_count == 0;
  }
  if (stores < 2)
    return false; /* no groups to find, on any try */
  memcpy(body_locals, locals, n * sizeof locals[0]);
  const access *body_fx = x->fx;
  uint32_t body_fx_count = x->fx_count, body_xors = x->xor_count;
  x->fx = x->fx_base + x->fx_cap;
  for (uint32_t u = stores; u >= 2 && !plan->factor; u--) {
    x->failed = false;
    x->xor_count = body_xors;
    if (stores % u == 0 && x->c % u == 0)
      (void)try_factor(x, u, stores, tail, x->c, heights, body_locals, body_fx, body_fx_count, locals, plan);
  }
  return true;
}

bool lower_reroll_plan(func_state *fs, uint32_t control, int64_t c, reroll_plan *plan) {
  memset(plan, 0, sizeof *plan);
  reroll x;
  memset(&x, 0, sizeof x);
  x.fs = fs;
  x.control = control;
  x.fx_cap = 2 * LOOP_COPY_MAX;
  size_t locals_n = (size_t)fs->local_count + 1;
  x.ins = calloc(LOOP_COPY_MAX + 1, sizeof *x.ins);
  x.writes = calloc(locals_n, sizeof *x.writes);
  x.carried = calloc(locals_n, sizeof *x.carried);
  x.subst = calloc(locals_n, sizeof *x.subst);
  x.nodes = calloc(SYM_SLOTS / 2, sizeof *x.nodes);
  x.table = calloc(SYM_SLOTS, sizeof *x.table);
  x.fx_base = calloc(2 * (size_t)x.fx_cap, sizeof *x.fx_base); /* the body's accesses, then P's */
  uint32_t *heights = calloc(LOOP_COPY_MAX + 1, sizeof *heights);
  uint32_t *locals = calloc(2 * locals_n, sizeof *locals); /* P's, then the body's */
  if (!x.ins || !x.writes || !x.carried || !x.subst || !x.nodes || !x.table || !x.fx_base || !heights ||
      !locals) {
    release(&x, heights, locals);
    return diag_out_of_memory(fs->be->diag, 0);
  }
  uint32_t step_at = 0, tail = 0;
  if (decode_body(&x))
    tail = find_tail(&x, c, &step_at);
  find_ivs(&x, tail);
  x.c = c;
  /* as it is; then with xors read as subtractions; then with each
   * relation the last try proposed assumed too */
  for (uint32_t attempt = 0; tail && !plan->factor; attempt++) {
    x.extended = attempt > 0;
    if (attempt > 1) {
      if (!x.proposed || x.relation_count == REROLL_RELATIONS)
        break;
      x.relations[x.relation_count++] = x.proposal;
    }
    if (!try_body(&x, tail, heights, locals, locals + locals_n, plan))
      break;
  }
  plan->step_at = step_at;
  plan->control = control;
  plan->unrolled = c;
  release(&x, heights, locals);
  return true;
}

/* The stepped local whose step instruction `i` is part of, if any. */
static const reroll_iv *step_of(const reroll_plan *plan, uint32_t i) {
  for (uint32_t v = 0; v < plan->iv_count; v++)
    if (i >= plan->ivs[v].at && i < plan->ivs[v].at + 4)
      return &plan->ivs[v];
  return NULL;
}

bool lower_reroll_body(func_state *fs, size_t frames, const reroll_plan *plan) {
  for (uint32_t i = 0; fs->frame_count > frames; i++) {
    wasm_instr in;
    if (!read_instr(&fs->body, &fs->scratch, &in))
      return false;
    const reroll_iv *iv = step_of(plan, i);
    if (i >= plan->first && i < plan->tail && !iv) {
      fs->instr_index++; /* a later group: the first one at L + m*d does its work */
      continue;
    }
    if (i == plan->step_at)
      in.bits = (uint64_t)plan->step;
    else if (iv && i == iv->at + 1)
      in.bits = (uint64_t)(uint32_t)(iv->step / (int32_t)plan->factor);
    if (!lower_instruction(fs, &in))
      return false;
  }
  if (fs->dead || !plan->fixup_count)
    return true;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  uint32_t control = plan->control;
  LLVMValueRef last = LLVMBuildLoad2(b, be->t_i32, fs->locals[control], "");
  last = LLVMBuildSub(b, last, lower_const_i32(be, (uint32_t)plan->unrolled),
                      ""); /* J: L at the last iteration's start */
  for (uint32_t f = 0; f < plan->fixup_count; f++) {
    const reroll_form *x = &plan->fixups[f].form;
    LLVMValueRef v = lower_const_i32(be, x->konst);
    for (uint32_t i = 0; i < x->n; i++) {
      LLVMValueRef atom =
          x->locals[i] == control ? last : LLVMBuildLoad2(b, be->t_i32, fs->locals[x->locals[i]], "");
      const reroll_iv *iv = iv_of(plan->ivs, plan->iv_count, x->locals[i]);
      if (iv) /* its value at the last iteration's start */
        atom = LLVMBuildSub(b, atom, lower_const_i32(be, (uint32_t)iv->step), "");
      v = LLVMBuildAdd(b, v, LLVMBuildMul(b, atom, lower_const_i32(be, x->k[i]), ""), "");
    }
    LLVMBuildStore(b, v, fs->locals[plan->fixups[f].local]);
  }
  return true;
}
