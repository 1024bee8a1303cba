/*
 * validate.c — the WebAssembly 2.0 validation rules, and those of the
 * WebAssembly 3.0 features the compiler supports (tail calls, threads,
 * extended constants, the legacy exception handling).
 *
 * requires: a module decoded by decode_module.
 * produces: true, or the first validation error in the diag context, with
 *           the offending instruction's file offset and function index.
 * maintains: the module is not modified.
 *
 * Function bodies follow the algorithm of the specification's appendix
 * ("Validation Algorithm"): an operand stack of value types in which
 * VT_UNKNOWN stands for any type, and a control stack whose frames record
 * the label types, the operand-stack height at entry and whether the rest
 * of the block is unreachable (which makes the stack polymorphic below the
 * frame's height). The two stacks grow by doubling and live across
 * functions; br_table targets live in a scratch arena freed after each
 * function. Module-level rules (index bounds, limits, constant expressions,
 * export names, the start function) are checked first.
 */
#include <stdlib.h>
#include <string.h>

#include "reader.h"

enum { VT_UNKNOWN = 0 }; /* the algorithm's Unknown: matches every type */
enum { MAX_PAGES = 65536 };
#define MAX_PAGES64 (1ull << 48) /* memory64: 2^64 bytes */

typedef struct ctrl_frame {
  wasm_opcode op;            /* OP_BLOCK (also the function), OP_LOOP, OP_IF, OP_ELSE,
                                OP_TRY, OP_CATCH, OP_CATCH_ALL */
  const wasm_functype *type; /* block type from a type index, or NULL */
  wasm_valtype single;       /* otherwise: one result, or 0 for none */
  size_t height;             /* operand stack height at entry */
  bool unreachable;
} ctrl_frame;

typedef struct validator {
  const wasm_module *m;
  diag *d;
  arena scratch; /* per function */
  reader r;
  wasm_instr in; /* the instruction being validated */
  const wasm_functype *func_type;
  const wasm_func *func;
  wasm_valtype *vals;
  size_t val_count, val_cap;
  ctrl_frame *ctrls;
  size_t ctrl_count, ctrl_cap;
} validator;

static const char *type_name(wasm_valtype t) {
  switch (t) {
  case VT_I32: return "i32";
  case VT_I64: return "i64";
  case VT_F32: return "f32";
  case VT_F64: return "f64";
  case VT_V128: return "v128";
  case VT_FUNCREF: return "funcref";
  case VT_EXTERNREF: return "externref";
  default: return "unknown";
  }
}

static bool is_num(wasm_valtype t) {
  return t == VT_I32 || t == VT_I64 || t == VT_F32 || t == VT_F64 || t == VT_UNKNOWN;
}

static bool is_ref(wasm_valtype t) { return t == VT_FUNCREF || t == VT_EXTERNREF || t == VT_UNKNOWN; }

/* An error at the current instruction, naming it. */
static bool fail(validator *v, const char *what) {
  return diag_error(v->d, v->in.offset, "%s in %s", what, opcode_name(v->in.op));
}

static bool fail_index(validator *v, const char *what, uint32_t index) {
  return diag_error(v->d, v->in.offset, "unknown %s %u in %s", what, index, opcode_name(v->in.op));
}

static bool out_of_memory(validator *v) { return diag_out_of_memory(v->d, v->in.offset); }

/* Grows *array (of elem-byte entries) so one more fits; amortized doubling. */
static bool grow(void **array, size_t *cap, size_t count, size_t elem) {
  if (count < *cap)
    return true;
  size_t new_cap = *cap ? *cap * 2 : 64;
  if (new_cap > SIZE_MAX / elem)
    return false;
  void *p = w2o_realloc(*array, new_cap * elem);
  if (!p)
    return false;
  *array = p;
  *cap = new_cap;
  return true;
}

/* ---- The operand stack ---- */

static bool push_val(validator *v, wasm_valtype t) {
  if (!grow((void **)&v->vals, &v->val_cap, v->val_count, sizeof *v->vals))
    return out_of_memory(v);
  v->vals[v->val_count++] = t;
  return true;
}

static ctrl_frame *top_ctrl(validator *v) { return &v->ctrls[v->ctrl_count - 1]; }

/* pop_val: Unknown below an unreachable frame's height; an error below a
 * reachable one. */
static bool pop_val(validator *v, wasm_valtype *out) {
  ctrl_frame *c = top_ctrl(v);
  if (v->val_count == c->height) {
    *out = VT_UNKNOWN;
    if (c->unreachable)
      return true;
    return diag_error(v->d, v->in.offset,
                      "type mismatch: expected a value, found an empty stack "
                      "in %s",
                      opcode_name(v->in.op));
  }
  *out = v->vals[--v->val_count];
  return true;
}

static bool pop_expect(validator *v, wasm_valtype expected) {
  wasm_valtype actual;
  if (!pop_val(v, &actual))
    return false;
  if (actual != expected && actual != VT_UNKNOWN && expected != VT_UNKNOWN)
    return diag_error(v->d, v->in.offset, "type mismatch: expected %s, found %s in %s", type_name(expected),
                      type_name(actual), opcode_name(v->in.op));
  return true;
}

static bool pop_vals(validator *v, const wasm_valtype *types, uint32_t count) {
  for (uint32_t i = count; i-- > 0;)
    if (!pop_expect(v, types[i]))
      return false;
  return true;
}

static bool push_vals(validator *v, const wasm_valtype *types, uint32_t count) {
  for (uint32_t i = 0; i < count; i++)
    if (!push_val(v, types[i]))
      return false;
  return true;
}

/* ---- The control stack ---- */

static void frame_params(const ctrl_frame *c, const wasm_valtype **types, uint32_t *count) {
  *types = c->type ? c->type->params : NULL;
  *count = c->type ? c->type->param_count : 0;
}

static void frame_results(const ctrl_frame *c, const wasm_valtype **types, uint32_t *count) {
  if (c->type) {
    *types = c->type->results;
    *count = c->type->result_count;
    return;
  }
  *types = &c->single;
  *count = c->single ? 1 : 0;
}

/* label_types: a loop's label takes its parameters, others their results. */
static void label_types(const ctrl_frame *c, const wasm_valtype **types, uint32_t *count) {
  if (c->op == OP_LOOP)
    frame_params(c, types, count);
  else
    frame_results(c, types, count);
}

static bool push_ctrl(validator *v, wasm_opcode op, const wasm_functype *type, wasm_valtype single) {
  if (!grow((void **)&v->ctrls, &v->ctrl_cap, v->ctrl_count, sizeof *v->ctrls))
    return out_of_memory(v);
  ctrl_frame *c = &v->ctrls[v->ctrl_count++];
  *c = (ctrl_frame){op, type, single, v->val_count, false};
  const wasm_valtype *params;
  uint32_t count = 0;
  frame_params(c, &params, &count);
  return push_vals(v, params, count);
}

/* Pops the frame after checking that exactly its results are on the stack. */
static bool pop_ctrl(validator *v, ctrl_frame *out) {
  const wasm_valtype *results;
  uint32_t count = 0;
  ctrl_frame *c = top_ctrl(v);
  frame_results(c, &results, &count);
  if (!pop_vals(v, results, count))
    return false;
  if (v->val_count != c->height)
    return diag_error(v->d, v->in.offset,
                      "type mismatch: %zu more values than the block's %u "
                      "results at %s",
                      v->val_count - c->height, count, opcode_name(v->in.op));
  *out = *c;
  v->ctrl_count--;
  return true;
}

static void set_unreachable(validator *v) {
  ctrl_frame *c = top_ctrl(v);
  v->val_count = c->height;
  c->unreachable = true;
}

/* ---- Control instructions ---- */

/* Resolves a block type into a frame's type or single result. */
static bool block_type(validator *v, const wasm_functype **type, wasm_valtype *single) {
  int64_t bt = v->in.blocktype;
  *type = NULL;
  *single = 0;
  if (blocktype_is_index(bt)) {
    if (bt >= v->m->type_count)
      return fail_index(v, "type", (uint32_t)bt);
    *type = &v->m->types[bt];
  } else if (bt != BLOCKTYPE_EMPTY) {
    *single = blocktype_valtype(bt);
  }
  return true;
}

/* block/loop/if bt: [t1*] -> [t2*] */
static bool validate_block(validator *v) {
  const wasm_functype *type;
  wasm_valtype single;
  if (!block_type(v, &type, &single))
    return false;
  if (v->in.op == OP_IF && !pop_expect(v, VT_I32))
    return false;
  if (type && !pop_vals(v, type->params, type->param_count))
    return false;
  return push_ctrl(v, v->in.op, type, single);
}

static bool validate_else(validator *v) {
  ctrl_frame c;
  if (top_ctrl(v)->op != OP_IF)
    return fail(v, "else without a matching if");
  if (!pop_ctrl(v, &c))
    return false;
  return push_ctrl(v, OP_ELSE, c.type, c.single);
}

/* end: an if without else must map its parameters to its results. */
static bool validate_end(validator *v) {
  ctrl_frame c;
  const wasm_valtype *params, *results;
  uint32_t param_count, result_count;
  if (!pop_ctrl(v, &c))
    return false;
  frame_params(&c, &params, &param_count);
  frame_results(&c, &results, &result_count);
  if (c.op == OP_IF &&
      (param_count != result_count || (param_count && memcmp(params, results, param_count) != 0)))
    return fail(v, "type mismatch: if without else must have matching parameters and results");
  return push_vals(v, results, result_count);
}

static bool label(validator *v, uint32_t depth, const ctrl_frame **out) {
  if (depth >= v->ctrl_count)
    return diag_error(v->d, v->in.offset, "unknown label %u in %s (%zu enclosing blocks)", depth,
                      opcode_name(v->in.op), v->ctrl_count);
  *out = &v->ctrls[v->ctrl_count - 1 - depth];
  return true;
}

/* br l / br_if l */
static bool validate_br(validator *v) {
  const ctrl_frame *c;
  const wasm_valtype *types;
  uint32_t count = 0;
  if (!label(v, v->in.index, &c))
    return false;
  label_types(c, &types, &count);
  if (v->in.op == OP_BR_IF && !pop_expect(v, VT_I32))
    return false;
  if (!pop_vals(v, types, count))
    return false;
  if (v->in.op == OP_BR_IF)
    return push_vals(v, types, count);
  set_unreachable(v);
  return true;
}

/* Checks that the top of the stack matches `types` without popping
 * (push_vals(pop_vals(types)) of the appendix). */
static bool peek_vals(validator *v, const wasm_valtype *types, uint32_t count) {
  const ctrl_frame *c = top_ctrl(v);
  for (uint32_t k = 0; k < count; k++) {
    wasm_valtype expected = types[count - 1 - k], actual = VT_UNKNOWN;
    if (v->val_count - c->height > k)
      actual = v->vals[v->val_count - 1 - k];
    else if (!c->unreachable)
      return fail(v, "type mismatch: not enough values for the branch target");
    if (actual != expected && actual != VT_UNKNOWN)
      return diag_error(v->d, v->in.offset, "type mismatch: expected %s, found %s in %s", type_name(expected),
                        type_name(actual), opcode_name(v->in.op));
  }
  return true;
}

/* br_table l* lN: every target has the default's arity and accepts the operands. */
static bool validate_br_table(validator *v) {
  const ctrl_frame *c;
  const wasm_valtype *types;
  uint32_t arity, count;
  if (!pop_expect(v, VT_I32) || !label(v, v->in.targets[v->in.target_count], &c))
    return false;
  label_types(c, &types, &arity);
  for (uint32_t i = 0; i < v->in.target_count; i++) {
    if (!label(v, v->in.targets[i], &c))
      return false;
    label_types(c, &types, &count);
    if (count != arity)
      return diag_error(v->d, v->in.offset,
                        "type mismatch: br_table target %u has %u values, "
                        "the default has %u",
                        v->in.targets[i], count, arity);
    if (!peek_vals(v, types, count))
      return false;
  }
  label(v, v->in.targets[v->in.target_count], &c);
  label_types(c, &types, &arity);
  if (!pop_vals(v, types, arity))
    return false;
  set_unreachable(v);
  return true;
}

static bool validate_return(validator *v) {
  if (!pop_vals(v, v->func_type->results, v->func_type->result_count))
    return false;
  set_unreachable(v);
  return true;
}

static uint32_t func_total(const wasm_module *m) { return m->func_import_count + m->func_count; }

/* call x: [t1*] -> [t2*] of function x */
static bool validate_call(validator *v) {
  if (v->in.index >= func_total(v->m))
    return fail_index(v, "function", v->in.index);
  const wasm_functype *t = module_func_type(v->m, v->in.index);
  return pop_vals(v, t->params, t->param_count) && push_vals(v, t->results, t->result_count);
}

/* call_indirect x y: table x of funcref, type y: [t1* i32] -> [t2*] */
static bool validate_call_indirect(validator *v) {
  const wasm_module *m = v->m;
  if (v->in.index2 >= m->table_total)
    return fail_index(v, "table", v->in.index2);
  if (m->tables[v->in.index2].reftype != VT_FUNCREF)
    return fail(v, "type mismatch: call_indirect needs a funcref table");
  if (v->in.index >= m->type_count)
    return fail_index(v, "type", v->in.index);
  const wasm_functype *t = &m->types[v->in.index];
  return pop_expect(v, VT_I32) && pop_vals(v, t->params, t->param_count) &&
         push_vals(v, t->results, t->result_count);
}

/* return_call x, return_call_indirect x y: the call's results must be the
 * function's results; then, as `return`, the rest is unreachable. */
static bool validate_return_call(validator *v) {
  bool direct = v->in.op == OP_RETURN_CALL;
  if (!(direct ? validate_call(v) : validate_call_indirect(v)))
    return false;
  const wasm_functype *t = direct ? module_func_type(v->m, v->in.index) : &v->m->types[v->in.index];
  const wasm_functype *f = v->func_type;
  bool same = t->result_count == f->result_count;
  for (uint32_t i = 0; same && i < t->result_count; i++)
    same = t->results[i] == f->results[i];
  if (!same)
    return fail(v, "type mismatch: the callee's results differ from the function's");
  return validate_return(v);
}

/* ---- Exception handling (the legacy try/catch/delegate form) ---- */

static bool tag_params(validator *v, uint32_t index, const wasm_functype **out) {
  if (index >= v->m->tag_total)
    return fail_index(v, "tag", index);
  *out = &v->m->types[v->m->tag_types[index]];
  return true;
}

/* catch x: ends the try's body (or the previous catch): its results must
 * be on the stack; the handler starts with tag x's parameters.
 * catch_all: the same with nothing; nothing may follow it but end. */
static bool validate_catch(validator *v) {
  ctrl_frame c;
  const wasm_functype *tag = NULL;
  wasm_opcode op = top_ctrl(v)->op;
  if (op != OP_TRY && op != OP_CATCH)
    return fail(v, op == OP_CATCH_ALL ? "catch after catch_all" : "catch without a matching try");
  if (v->in.op == OP_CATCH && !tag_params(v, v->in.index, &tag))
    return false;
  if (!pop_ctrl(v, &c) || !push_ctrl(v, v->in.op, c.type, c.single))
    return false;
  v->val_count = top_ctrl(v)->height; /* a handler does not receive the try's parameters */
  return !tag || push_vals(v, tag->params, tag->param_count);
}

/* delegate l: ends a try without handlers; l is a label outside the try. */
static bool validate_delegate(validator *v) {
  ctrl_frame c;
  const ctrl_frame *target;
  if (top_ctrl(v)->op != OP_TRY)
    return fail(v, "delegate without a matching try");
  if (!pop_ctrl(v, &c) || !label(v, v->in.index, &target))
    return false;
  const wasm_valtype *results;
  uint32_t count = 0;
  frame_results(&c, &results, &count);
  return push_vals(v, results, count);
}

/* throw x: [t*] -> [t2*] (stack-polymorphic) for tag x of type [t*] -> [] */
static bool validate_throw(validator *v) {
  const wasm_functype *tag = NULL;
  if (!tag_params(v, v->in.index, &tag) || !pop_vals(v, tag->params, tag->param_count))
    return false;
  set_unreachable(v);
  return true;
}

/* rethrow l: l must be a catch or catch_all handler. */
static bool validate_rethrow(validator *v) {
  const ctrl_frame *c;
  if (!label(v, v->in.index, &c))
    return false;
  if (c->op != OP_CATCH && c->op != OP_CATCH_ALL)
    return diag_error(v->d, v->in.offset, "invalid rethrow label: label %u is not a catch block",
                      v->in.index);
  set_unreachable(v);
  return true;
}

static bool validate_control(validator *v) {
  switch (v->in.op) {
  case OP_UNREACHABLE: set_unreachable(v); return true;
  case OP_BLOCK:
  case OP_LOOP:
  case OP_IF:
  case OP_TRY: return validate_block(v);
  case OP_CATCH:
  case OP_CATCH_ALL: return validate_catch(v);
  case OP_DELEGATE: return validate_delegate(v);
  case OP_THROW: return validate_throw(v);
  case OP_RETHROW: return validate_rethrow(v);
  case OP_ELSE: return validate_else(v);
  case OP_END: return validate_end(v);
  case OP_BR:
  case OP_BR_IF: return validate_br(v);
  case OP_BR_TABLE: return validate_br_table(v);
  case OP_RETURN: return validate_return(v);
  case OP_CALL: return validate_call(v);
  case OP_RETURN_CALL:
  case OP_RETURN_CALL_INDIRECT: return validate_return_call(v);
  default: return validate_call_indirect(v);
  }
}

/* ---- Parametric and variable instructions ---- */

/* select: [t t i32] -> [t] for a numeric or vector t; select t: any t. */
static bool validate_select(validator *v) {
  wasm_valtype t1, t2;
  if (v->in.op == OP_SELECT_T) {
    if (v->in.select_count != 1)
      return diag_error(v->d, v->in.offset,
                        "invalid result arity: select has %u types, "
                        "expected 1",
                        v->in.select_count);
    return pop_expect(v, VT_I32) && pop_expect(v, v->in.select_type) && pop_expect(v, v->in.select_type) &&
           push_val(v, v->in.select_type);
  }
  if (!pop_expect(v, VT_I32) || !pop_val(v, &t1) || !pop_val(v, &t2))
    return false;
  bool vec = t1 == VT_V128 && (t2 == VT_V128 || t2 == VT_UNKNOWN);
  if (!vec && !((is_num(t1) && is_num(t2)) || (t1 == VT_UNKNOWN && t2 == VT_V128)))
    return fail(v, "type mismatch: select without a type needs numeric operands");
  if (t1 != t2 && t1 != VT_UNKNOWN && t2 != VT_UNKNOWN)
    return diag_error(v->d, v->in.offset, "type mismatch: select operands are %s and %s", type_name(t2),
                      type_name(t1));
  return push_val(v, t1 == VT_UNKNOWN ? t2 : t1);
}

/* Type of local x: parameters first, then declared locals. */
static bool local_type(validator *v, wasm_valtype *out) {
  uint32_t x = v->in.index, params = v->func_type->param_count;
  if (x < params) {
    *out = v->func_type->params[x];
    return true;
  }
  if (x - params >= v->func->local_count)
    return fail_index(v, "local", x);
  *out = v->func->local_types[x - params];
  return true;
}

static bool validate_variable(validator *v) {
  wasm_valtype t = 0;
  const wasm_module *m = v->m;
  wasm_opcode op = v->in.op;
  if (op == OP_GLOBAL_GET || op == OP_GLOBAL_SET) {
    if (v->in.index >= m->global_total)
      return fail_index(v, "global", v->in.index);
    const wasm_globaltype *g = &m->globals[v->in.index].type;
    if (op == OP_GLOBAL_GET)
      return push_val(v, g->type);
    if (!g->mutable_)
      return diag_error(v->d, v->in.offset, "global is immutable: global.set of global %u", v->in.index);
    return pop_expect(v, g->type);
  }
  if (!local_type(v, &t))
    return false;
  if (op == OP_LOCAL_GET)
    return push_val(v, t);
  if (!pop_expect(v, t))
    return false;
  return op == OP_LOCAL_TEE ? push_val(v, t) : true;
}

/* ---- Tables and references ---- */

static bool table_type(validator *v, uint32_t index, wasm_valtype *out) {
  if (index >= v->m->table_total)
    return fail_index(v, "table", index);
  *out = v->m->tables[index].reftype;
  return true;
}

/* table.get [i32] -> [t]; table.set [i32 t] -> []; table.grow [t i32] -> [i32];
 * table.fill [i32 t i32] -> [] */
static bool validate_table(validator *v) {
  wasm_valtype t = 0;
  if (!table_type(v, v->in.index, &t))
    return false;
  switch (v->in.op) {
  case OP_TABLE_GET: return pop_expect(v, VT_I32) && push_val(v, t);
  case OP_TABLE_SET: return pop_expect(v, t) && pop_expect(v, VT_I32);
  case OP_TABLE_GROW: return pop_expect(v, VT_I32) && pop_expect(v, t) && push_val(v, VT_I32);
  default: return pop_expect(v, VT_I32) && pop_expect(v, t) && pop_expect(v, VT_I32);
  }
}

static bool validate_ref(validator *v) {
  wasm_valtype t = 0;
  switch (v->in.op) {
  case OP_REF_NULL: return push_val(v, v->in.select_type);
  case OP_REF_IS_NULL:
    if (!pop_val(v, &t))
      return false;
    if (!is_ref(t))
      return diag_error(v->d, v->in.offset,
                        "type mismatch: expected a reference, found %s in "
                        "ref.is_null",
                        type_name(t));
    return push_val(v, VT_I32);
  default:
    if (v->in.index >= func_total(v->m))
      return fail_index(v, "function", v->in.index);
    if (!v->m->func_declared[v->in.index])
      return diag_error(v->d, v->in.offset,
                        "undeclared function reference: function %u is not "
                        "exported, in an element segment or in a global initializer",
                        v->in.index);
    return push_val(v, VT_FUNCREF);
  }
}

/* ---- Instructions with a fixed signature ---- */

/* Bytes accessed by a SIMD load or store (0 if `op` is none). */
/* Lanes of the shape a lane immediate indexes (0 for other immediates). */
static uint32_t imm_lanes(imm_kind imm) {
  switch (imm) {
  case IMM_LANE2:
  case IMM_MEMARG_LANE2: return 2;
  case IMM_LANE4:
  case IMM_MEMARG_LANE4: return 4;
  case IMM_LANE8:
  case IMM_MEMARG_LANE8: return 8;
  case IMM_LANE16:
  case IMM_MEMARG_LANE16: return 16;
  default: return 0;
  }
}

static bool need_memory(validator *v, uint32_t index) {
  return index < v->m->memory_total ? true : fail_index(v, "memory", index);
}

/* The address type of an existing memory: i64 for a 64-bit one (memory64). */
static wasm_valtype address_type(const validator *v, uint32_t memory) {
  return v->m->memories[memory].index64 ? VT_I64 : VT_I32;
}

/* A memarg's offset fits the memory's address type. */
static bool check_offset(validator *v) {
  const wasm_instr *in = &v->in;
  if (address_type(v, in->index) == VT_I32 && in->offset_imm > UINT32_MAX)
    return diag_error(v->d, in->offset, "offset out of range: %llu for a 32-bit memory",
                      (unsigned long long)in->offset_imm);
  return true;
}

/* A data index needs the data count section (so one pass can check it);
 * an index beyond the data segments is reported first, as the spec does. */
static bool need_data(validator *v) {
  uint32_t count = v->m->has_data_count ? v->m->data_count_value : v->m->data_count;
  if (v->in.index >= count)
    return fail_index(v, "data segment", v->in.index);
  return v->m->has_data_count ? true : fail(v, "data count section required");
}

static bool need_elem(validator *v, uint32_t index, wasm_valtype *reftype) {
  if (index >= v->m->elem_count)
    return fail_index(v, "elem segment", index);
  *reftype = v->m->elems[index].reftype;
  return true;
}

/* memarg: an existing memory, alignment at most the access size ("bytes"). */
static bool check_memarg(validator *v, uint32_t bytes) {
  const wasm_instr *in = &v->in;
  if (!need_memory(v, in->index) || !check_offset(v))
    return false;
  if (in->align >= 32 || (1u << in->align) > bytes)
    return diag_error(v->d, in->offset,
                      "alignment must not be larger than natural: 2^%u "
                      "bytes for %s, natural is %u",
                      in->align, opcode_name(in->op), bytes);
  return true;
}

/* An atomic's memarg (threads): an existing memory, alignment exactly the
 * access size. */
static bool check_memarg_atomic(validator *v, uint32_t bytes) {
  const wasm_instr *in = &v->in;
  if (!need_memory(v, in->index) || !check_offset(v))
    return false;
  if (in->align >= 32 || (1u << in->align) != bytes)
    return diag_error(v->d, in->offset,
                      "alignment must be exactly natural for atomics: 2^%u bytes for %s, natural is %u",
                      in->align, opcode_name(in->op), bytes);
  return true;
}

/* laneidx < the number of lanes; i8x16.shuffle indices < 32. */
static bool check_lane(validator *v, uint32_t lane, uint32_t lanes) {
  if (lane >= lanes)
    return diag_error(v->d, v->in.offset, "invalid lane index: %u in %s, which has %u lanes", lane,
                      opcode_name(v->in.op), lanes);
  return true;
}

static bool check_shuffle(validator *v) {
  for (int i = 0; i < 16; i++)
    if (!check_lane(v, v->in.bytes[i], 32))
      return false;
  return true;
}

/* The index rules of instructions that also have a fixed signature. */
static bool check_sig_immediates(validator *v) {
  const wasm_instr *in = &v->in;
  wasm_valtype a, b;
  imm_kind imm = opcode_infos[in->op].imm;
  switch (imm) {
  case IMM_MEMARG: return check_memarg(v, opcode_infos[in->op].bytes);
  case IMM_MEMARG_ATOMIC: return check_memarg_atomic(v, opcode_infos[in->op].bytes);
  case IMM_ZERO: return true;
  case IMM_MEMARG_LANE2:
  case IMM_MEMARG_LANE4:
  case IMM_MEMARG_LANE8:
  case IMM_MEMARG_LANE16:
    return check_memarg(v, opcode_infos[in->op].bytes) && check_lane(v, in->lane, imm_lanes(imm));
  case IMM_LANE2:
  case IMM_LANE4:
  case IMM_LANE8:
  case IMM_LANE16: return check_lane(v, in->lane, imm_lanes(imm));
  case IMM_SHUFFLE: return check_shuffle(v);
  case IMM_MEMORY: return need_memory(v, in->index);
  case IMM_MEMORY_COPY: return need_memory(v, in->index) && need_memory(v, in->index2);
  case IMM_MEMORY_INIT: return need_memory(v, in->index2) && need_data(v);
  case IMM_DATA: return need_data(v);
  case IMM_ELEM: return need_elem(v, in->index, &a);
  case IMM_TABLE: return table_type(v, in->index, &a);
  case IMM_TABLE_INIT:
    if (!table_type(v, in->index2, &a) || !need_elem(v, in->index, &b))
      return false;
    return a == b ? true : fail(v, "type mismatch: element segment and table types differ");
  case IMM_TABLE_COPY:
    if (!table_type(v, in->index, &a) || !table_type(v, in->index2, &b))
      return false;
    return a == b ? true : fail(v, "type mismatch: source and destination table types differ");
  default: return true;
  }
}

/* The signatures of opcodes.h are those of 32-bit memories; on a 64-bit
 * memory (memory64) addresses, sizes and page counts are i64: the address
 * of an access, memory.size/grow, memory.fill's start and length,
 * memory.init's destination, and memory.copy's start in each memory with
 * the length i64 only if both memories are 64-bit. */
static void adjust_address_types(const validator *v, opcode_sig *sig) {
  const wasm_instr *in = &v->in;
  switch (opcode_infos[in->op].imm) {
  case IMM_MEMARG:
  case IMM_MEMARG_ATOMIC:
  case IMM_MEMARG_LANE2:
  case IMM_MEMARG_LANE4:
  case IMM_MEMARG_LANE8:
  case IMM_MEMARG_LANE16: sig->params[0] = address_type(v, in->index); return;
  case IMM_MEMORY:
    if (in->op == OP_MEMORY_FILL)
      sig->params[0] = sig->params[2] = address_type(v, in->index);
    else if (in->op == OP_MEMORY_GROW)
      sig->params[0] = sig->results[0] = address_type(v, in->index);
    else if (in->op == OP_MEMORY_SIZE)
      sig->results[0] = address_type(v, in->index);
    return;
  case IMM_MEMORY_INIT: sig->params[0] = address_type(v, in->index2); return;
  case IMM_MEMORY_COPY:
    sig->params[0] = address_type(v, in->index);
    sig->params[1] = address_type(v, in->index2);
    sig->params[2] = sig->params[0] == VT_I64 && sig->params[1] == VT_I64 ? VT_I64 : VT_I32;
    return;
  default: return;
  }
}

/* A fixed signature (opcodes.h): pop the parameters right to left, push the results. */
static bool validate_sig(validator *v, opcode_sig *sig) {
  if (!check_sig_immediates(v))
    return false;
  adjust_address_types(v, sig);
  for (uint32_t i = sig->param_count; i-- > 0;)
    if (!pop_expect(v, sig->params[i]))
      return false;
  for (uint32_t i = 0; i < sig->result_count; i++)
    if (!push_val(v, sig->results[i]))
      return false;
  return true;
}

static bool validate_instr(validator *v) {
  opcode_sig sig;
  if (opcode_signature(v->in.op, &sig))
    return validate_sig(v, &sig);
  switch (v->in.op) {
  case OP_NOP: return true;
  case OP_DROP: {
    wasm_valtype t = 0;
    return pop_val(v, &t);
  }
  case OP_SELECT:
  case OP_SELECT_T: return validate_select(v);
  case OP_LOCAL_GET:
  case OP_LOCAL_SET:
  case OP_LOCAL_TEE:
  case OP_GLOBAL_GET:
  case OP_GLOBAL_SET: return validate_variable(v);
  case OP_TABLE_GET:
  case OP_TABLE_SET:
  case OP_TABLE_GROW:
  case OP_TABLE_FILL: return validate_table(v);
  case OP_REF_NULL:
  case OP_REF_IS_NULL:
  case OP_REF_FUNC: return validate_ref(v);
  default: return validate_control(v);
  }
}

/* ---- Function bodies ---- */

/* func: locals and the body, an expr closed by the function's final end. */
static bool validate_body(validator *v) {
  v->val_count = v->ctrl_count = 0;
  v->in = (wasm_instr){.op = OP_BLOCK, .offset = v->func->body_offset};
  if (!push_ctrl(v, OP_BLOCK, v->func_type, 0))
    return false;
  v->val_count = 0; /* the function's parameters are locals, not operands */
  while (v->ctrl_count > 0) {
    if (reader_at_end(&v->r))
      return diag_error(v->d, reader_offset(&v->r),
                        "unexpected end of section or function: "
                        "%zu blocks still open",
                        v->ctrl_count);
    if (!read_instr(&v->r, &v->scratch, &v->in) || !validate_instr(v))
      return false;
  }
  if (!reader_at_end(&v->r))
    return diag_error(v->d, reader_offset(&v->r),
                      "section size mismatch: the function's "
                      "final end is followed by %zu bytes",
                      (size_t)(v->r.end - v->r.p));
  return true;
}

/* Whether the module has a 64-bit memory: only then are memarg offsets
 * u64 (memory64's encoding); elsewhere a 6-byte offset is malformed, as the
 * core, threads and multi-memory spec folders expect. */
static bool has_memory64(const wasm_module *m) {
  for (uint32_t i = 0; i < m->memory_total; i++)
    if (m->memories[i].index64)
      return true;
  return false;
}

static bool validate_function(validator *v, uint32_t index) {
  const wasm_module *m = v->m;
  v->func = &m->funcs[index];
  v->func_type = &m->types[v->func->type_index];
  bool wasm2 = (m->disabled & FEATURE_MULTI_MEMORY) != 0; /* WebAssembly 2.0 rules */
  uint8_t rules = (wasm2 ? READER_MEMIDX_ZERO_BYTE : 0) | (has_memory64(m) ? 0 : READER_OFFSET32);
  v->r = (reader){m->bytes, m->bytes + v->func->body_offset, m->bytes + v->func->body_end, v->d, rules};
  if (!v->d->failed)
    v->d->func = (int64_t)m->func_import_count + index;
  bool ok = validate_body(v);
  if (ok && !v->d->failed)
    v->d->func = -1;
  arena_free(&v->scratch);
  arena_init(&v->scratch);
  return ok;
}

static bool validate_functions(validator *v) {
  for (uint32_t i = 0; i < v->m->func_count; i++)
    if (!validate_function(v, i))
      return false;
  return true;
}

/* ---- Module-level rules ---- */

static bool check_type_index(const wasm_module *m, diag *d, uint32_t index, size_t offset) {
  if (index >= m->type_count)
    return diag_error(d, offset, "unknown type %u: the module has %u types", index, m->type_count);
  return true;
}

/* Table limits: min <= max (both u32 by the encoding). */
static bool check_table_limits(diag *d, const wasm_limits *l, size_t offset) {
  if (l->has_max && l->min > l->max)
    return diag_error(d, offset, "size minimum must not be greater than maximum: %llu > %llu",
                      (unsigned long long)l->min, (unsigned long long)l->max);
  return true;
}

/* Memory limits: at most 65536 pages (2^48 for a 64-bit memory, memory64),
 * min <= max; a shared memory declares its maximum (threads). */
static bool check_memory_limits(diag *d, const wasm_limits *l, size_t offset) {
  uint64_t most = l->index64 ? MAX_PAGES64 : MAX_PAGES;
  if (l->min > most || (l->has_max && l->max > most))
    return diag_error(d, offset,
                      l->index64 ? "memory size must be at most 2^48 pages (16 EiB)"
                                 : "memory size must be at most 65536 pages (4GiB)");
  if (l->shared && !l->has_max)
    return diag_error(d, offset, "shared memory must have maximum");
  return check_table_limits(d, l, offset);
}

/* A tag's type exists and has no results (exception handling). */
static bool check_tag_type(const wasm_module *m, diag *d, uint32_t index, size_t offset) {
  if (!check_type_index(m, d, index, offset))
    return false;
  if (m->types[index].result_count != 0)
    return diag_error(d, offset, "non-empty tag result type: type %u has %u results", index,
                      m->types[index].result_count);
  return true;
}

static bool validate_imports(const wasm_module *m, diag *d) {
  for (uint32_t i = 0; i < m->import_count; i++) {
    const wasm_import *im = &m->imports[i];
    bool ok = im->kind == EXTERN_FUNC     ? check_type_index(m, d, im->type_index, im->offset)
              : im->kind == EXTERN_TABLE  ? check_table_limits(d, &im->table.limits, im->offset)
              : im->kind == EXTERN_MEMORY ? check_memory_limits(d, &im->memory, im->offset)
              : im->kind == EXTERN_TAG    ? check_tag_type(m, d, im->tag_type, im->offset)
                                          : true;
    if (!ok)
      return false;
  }
  return true;
}

/* Defined functions' types, tables, memories (at most one without
 * multi-memory), tags. */
static bool validate_definitions(const wasm_module *m, diag *d) {
  for (uint32_t i = 0; i < m->func_count; i++)
    if (!check_type_index(m, d, m->funcs[i].type_index, m->funcs[i].body_offset))
      return false;
  for (uint32_t i = m->table_import_count; i < m->table_total; i++)
    if (!check_table_limits(d, &m->tables[i].limits, 0))
      return false;
  for (uint32_t i = m->memory_import_count; i < m->memory_total; i++)
    if (!check_memory_limits(d, &m->memories[i], 0))
      return false;
  for (uint32_t i = m->tag_import_count; i < m->tag_total; i++)
    if (!check_tag_type(m, d, m->tag_types[i], 0))
      return false;
  if (m->memory_total > 1 && (m->disabled & FEATURE_MULTI_MEMORY))
    return diag_error(d, 0, "multiple memories: %u, at most 1 is allowed", m->memory_total);
  return true;
}

/* Type of a constant expression. global.get may name only imported,
 * immutable globals (WebAssembly 2.0); ref.func only existing functions. */
static bool const_expr_type(const wasm_module *m, diag *d, const wasm_const_expr *e, wasm_valtype *out) {
  switch (e->opcode) {
  case 0x41: *out = VT_I32; return true;
  case 0x42: *out = VT_I64; return true;
  case 0x43: *out = VT_F32; return true;
  case 0x44: *out = VT_F64; return true;
  case 0xFD0C: *out = VT_V128; return true;
  case 0xD0: *out = (wasm_valtype)e->index; return true;
  case 0x6A:
  case 0x6B:
  case 0x6C:
  case 0x7C:
  case 0x7D:
  case 0x7E:
    return diag_error(d, e->offset,
                      "type mismatch: arithmetic in a constant expression "
                      "without operands");
  case 0xD2:
    *out = VT_FUNCREF;
    if (e->index >= func_total(m))
      return diag_error(d, e->offset, "unknown function %u in a constant expression", e->index);
    return true;
  default: /* global.get */
    if (e->index >= m->global_import_count)
      return diag_error(d, e->offset,
                        "unknown global %u: constant expressions may only read "
                        "imported globals",
                        e->index);
    if (m->globals[e->index].type.mutable_)
      return diag_error(d, e->offset, "constant expression required: global %u is mutable", e->index);
    *out = m->globals[e->index].type.type;
    return true;
  }
}

/* i32/i64 add, sub and mul of extended constant expressions: their operand
 * type, or 0 for any other opcode. */
static wasm_valtype const_arith_type(uint32_t opcode) {
  if (opcode >= 0x6A && opcode <= 0x6C)
    return VT_I32;
  if (opcode >= 0x7C && opcode <= 0x7E)
    return VT_I64;
  return 0;
}

/* Types a sequence (extended constant expressions) on a stack of at most
 * e->index values: each instruction pushes one value or pops two and
 * pushes one. */
static bool const_sequence_type(const wasm_module *m, diag *d, const wasm_const_expr *e, wasm_valtype *out) {
  arena a;
  arena_init(&a);
  wasm_valtype *s = arena_array(&a, e->index, sizeof *s);
  uint32_t depth = 0;
  bool ok = s != NULL || diag_out_of_memory(d, e->offset);
  for (uint32_t i = 0; ok && i < e->index; i++) {
    const wasm_const_expr *in = &e->code[i];
    wasm_valtype t = const_arith_type(in->opcode);
    if (t == 0) {
      ok = const_expr_type(m, d, in, &s[depth++]);
      continue;
    }
    if (depth < 2 || s[depth - 1] != t || s[depth - 2] != t)
      ok = diag_error(d, in->offset,
                      "type mismatch: %s arithmetic in a constant expression "
                      "needs two %s operands",
                      type_name(t), type_name(t));
    depth--;
  }
  if (ok && depth != 1)
    ok = diag_error(d, e->offset,
                    "type mismatch: constant expression leaves %u values, "
                    "expected one",
                    depth);
  if (ok)
    *out = s[0];
  arena_free(&a);
  return ok;
}

static bool check_const_expr(const wasm_module *m, diag *d, const wasm_const_expr *e, wasm_valtype expected) {
  wasm_valtype t = 0;
  if (!(e->opcode == CONST_EXPR_SEQUENCE ? const_sequence_type(m, d, e, &t) : const_expr_type(m, d, e, &t)))
    return false;
  if (t != expected)
    return diag_error(d, e->offset, "type mismatch: constant expression is %s, expected %s", type_name(t),
                      type_name(expected));
  return true;
}

static bool validate_globals(const wasm_module *m, diag *d) {
  for (uint32_t i = m->global_import_count; i < m->global_total; i++)
    if (!check_const_expr(m, d, &m->globals[i].init, m->globals[i].type.type))
      return false;
  return true;
}

static uint32_t export_space_size(const wasm_module *m, uint8_t kind) {
  switch (kind) {
  case EXTERN_FUNC: return func_total(m);
  case EXTERN_TABLE: return m->table_total;
  case EXTERN_MEMORY: return m->memory_total;
  case EXTERN_TAG: return m->tag_total;
  default: return m->global_total;
  }
}

static int compare_names(const void *a, const void *b) {
  const wasm_export *x = *(const wasm_export *const *)a, *y = *(const wasm_export *const *)b;
  uint32_t n = x->name.len < y->name.len ? x->name.len : y->name.len;
  int c = n ? memcmp(x->name.data, y->name.data, n) : 0;
  if (c)
    return c;
  return (x->name.len > y->name.len) - (x->name.len < y->name.len);
}

/* Export names are unique: sort pointers to the exports, compare neighbours. */
static bool check_export_names(const wasm_module *m, diag *d, arena *scratch) {
  const wasm_export **sorted = arena_array(scratch, m->export_count, sizeof *sorted);
  if (!sorted)
    return diag_out_of_memory(d, 0);
  for (uint32_t i = 0; i < m->export_count; i++)
    sorted[i] = &m->exports[i];
  if (m->export_count > 1)
    qsort(sorted, m->export_count, sizeof *sorted, compare_names);
  for (uint32_t i = 1; i < m->export_count; i++)
    if (compare_names(&sorted[i - 1], &sorted[i]) == 0)
      return diag_error(d, sorted[i]->offset, "duplicate export name \"%s\"", sorted[i]->name.data);
  return true;
}

static const char *const extern_names[] = {"function", "table", "memory", "global", "tag"};

static bool validate_exports(const wasm_module *m, diag *d, arena *scratch) {
  for (uint32_t i = 0; i < m->export_count; i++) {
    const wasm_export *ex = &m->exports[i];
    if (ex->index >= export_space_size(m, ex->kind))
      return diag_error(d, ex->offset, "unknown %s %u in export \"%s\"", extern_names[ex->kind], ex->index,
                        ex->name.data);
  }
  return check_export_names(m, d, scratch);
}

/* start: an existing function of type [] -> [] */
static bool validate_start(const wasm_module *m, diag *d) {
  if (!m->has_start)
    return true;
  if (m->start >= func_total(m))
    return diag_error(d, 0, "unknown function %u as the start function", m->start);
  const wasm_functype *t = module_func_type(m, m->start);
  if (t->param_count || t->result_count)
    return diag_error(d, 0,
                      "start function must have type [] -> [], function %u has %u "
                      "parameters and %u results",
                      m->start, t->param_count, t->result_count);
  return true;
}

/* elem: items of its reftype; active: an existing table of that type, i32 offset. */
static bool validate_elem(const wasm_module *m, diag *d, const wasm_elem *e) {
  if (e->mode == SEG_ACTIVE) {
    if (e->table >= m->table_total)
      return diag_error(d, e->offset_in_file, "unknown table %u in an element segment", e->table);
    if (m->tables[e->table].reftype != e->reftype)
      return diag_error(d, e->offset_in_file,
                        "type mismatch: element segment of %s for a "
                        "table of %s",
                        type_name(e->reftype), type_name(m->tables[e->table].reftype));
    if (!check_const_expr(m, d, &e->offset, VT_I32))
      return false;
  }
  for (uint32_t i = 0; i < e->count; i++)
    if (!check_const_expr(m, d, &e->items[i], e->reftype))
      return false;
  return true;
}

/* data: active segments need an existing memory and an offset of its
 * address type (i64 for a 64-bit memory). */
static bool validate_data(const wasm_module *m, diag *d, const wasm_data *seg) {
  if (seg->mode != SEG_ACTIVE)
    return true;
  if (seg->memory >= m->memory_total)
    return diag_error(d, seg->offset_in_file, "unknown memory %u in a data segment", seg->memory);
  return check_const_expr(m, d, &seg->offset, m->memories[seg->memory].index64 ? VT_I64 : VT_I32);
}

static bool validate_segments(const wasm_module *m, diag *d) {
  for (uint32_t i = 0; i < m->elem_count; i++)
    if (!validate_elem(m, d, &m->elems[i]))
      return false;
  for (uint32_t i = 0; i < m->data_count; i++)
    if (!validate_data(m, d, &m->datas[i]))
      return false;
  return true;
}

bool validate_module(const wasm_module *m, diag *d) {
  validator v = {.m = m, .d = d};
  arena_init(&v.scratch);
  bool ok = validate_imports(m, d) && validate_definitions(m, d) && validate_globals(m, d) &&
            validate_exports(m, d, &v.scratch) && validate_start(m, d) && validate_segments(m, d) &&
            validate_functions(&v);
  arena_free(&v.scratch);
  w2o_realloc(v.vals, 0);
  w2o_realloc(v.ctrls, 0);
  return ok;
}
