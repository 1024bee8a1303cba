/*
 * lower.h — private interface of the lowering stage, used by lower*.c,
 * descriptor.c, debug.c and debug_dwarf.c (through debug.h), and backend.c
 * (debug_dispose): the per-function state the instruction families share
 * and the functions they call one another through. The backend struct
 * itself is in backend_impl.h.
 *
 * Lowering model:
 *  - every wasm function becomes an LLVM function `R f(ptr ctx, params...)`
 *    (see the layout rules in w2o_abi.h); locals are allocas in the entry
 *    block; the wasm operand stack exists only here, as LLVM values;
 *  - block results and loop parameters travel through allocas ("slots")
 *    rather than phis: a branch stores into the target's slots, the merge
 *    point loads them; SROA/mem2reg turn them into SSA at -O1 and above;
 *  - linear memory: the base is loaded once per function (it never moves),
 *    the size (explicit mode) is loaded at each check with TBAA that keeps
 *    it apart from linear-memory accesses, so LLVM may hoist it;
 *  - traps branch to one cold block per trap code per function, which calls
 *    the noreturn runtime function w2o_trap.
 */
#ifndef W2O_LOWER_H
#define W2O_LOWER_H

#include "backend_impl.h"
#include "w2o_abi.h"
#include "module.h"
#include "opcodes.h"
#include "reader.h"

/* LLVM intrinsics the opcode table names (ARG column of unop/binop_intrinsic). */
enum intrinsic_id {
  INTR_CTLZ,
  INTR_CTTZ,
  INTR_CTPOP,
  INTR_FSHL,
  INTR_FSHR,
  INTR_FABS,
  INTR_CEIL,
  INTR_FLOOR,
  INTR_TRUNC,
  INTR_ROUNDEVEN,
  INTR_SQRT,
  INTR_MINIMUM,
  INTR_MAXIMUM,
  INTR_COPYSIGN,
  INTR_FRAMEADDRESS,
  INTR_FPTOSI_SAT,
  INTR_FPTOUI_SAT,
  INTR_SADD_SAT,
  INTR_UADD_SAT,
  INTR_SSUB_SAT,
  INTR_USUB_SAT,
  INTR_SMIN,
  INTR_SMAX,
  INTR_UMIN,
  INTR_UMAX,
  INTR_ABS,
  INTR_COUNT
};

/* A control frame of the function being lowered. */
typedef enum frame_kind { FRAME_FUNC, FRAME_BLOCK, FRAME_LOOP, FRAME_IF, FRAME_TRY } frame_kind;

typedef struct frame {
  frame_kind kind;
  uint32_t param_count, result_count;
  const wasm_valtype *params, *results;
  LLVMBasicBlockRef merge;   /* after `end` (block, if, func) */
  LLVMBasicBlockRef header;  /* loop: the first block of its body */
  LLVMBasicBlockRef latch;   /* loop: target of its branches (the header, or a countdown) */
  LLVMBasicBlockRef else_bb; /* if: start of the else arm until `else` is seen */
  LLVMValueRef *slots;       /* allocas: results (block/if/func) or params (loop) */
  LLVMValueRef *if_params;   /* if: the parameter values, for the else arm */
  size_t height;             /* operand stack height below the frame's params */
  bool merge_used;           /* some branch or fallthrough reaches `merge` */
  bool epoch_checked;        /* loop: its header checks the epoch on every iteration */
  bool stack_checked;        /* fs->stack_checked where the frame starts */
  /* loop: what lower_select_steers_dispatch found in its body, on demand */
  reader start;            /* just past `loop` */
  uint8_t vm_loop;         /* 0: not scanned yet; 1: no br_table or no address local; 2: a dispatch loop */
  uint8_t *address_locals; /* a bit per local: its body loads through it (`local.get L`, a load) */
  /* try (lower_exception.c) */
  bool in_handler;            /* past the body: in catch / catch_all handlers */
  LLVMBasicBlockRef pad;      /* the landing pad of the body's calls, or NULL */
  LLVMBasicBlockRef dispatch; /* the tag tests, entered with the exception in exn_in */
  LLVMBasicBlockRef chain;    /* where the next catch's test goes; NULL after catch_all */
  LLVMValueRef exn_in;        /* alloca: the exception entering dispatch */
  LLVMValueRef caught;        /* alloca: the exception the handlers hold (rethrow) */
} frame;

/* Per-function lowering state. */
typedef struct func_state {
  backend *be;
  uint32_t func_index; /* in the function index space */
  const wasm_func *func;
  const wasm_functype *type;
  LLVMValueRef fn;
  LLVMValueRef ctx;         /* first parameter */
  LLVMValueRef results_ptr; /* last parameter when 2+ results, else NULL */
  uint32_t local_count;     /* parameters + declared locals */
  wasm_valtype *local_types;
  LLVMValueRef *locals;      /* allocas, or at -O0 fields of locals_frame */
  LLVMValueRef locals_frame; /* -O0: one alloca {ptr memory base, locals...}, else NULL */
  LLVMTypeRef locals_frame_type;
  LLVMValueRef *stack; /* operand stack */
  size_t sp, stack_cap;
  frame *frames;
  size_t frame_count, frame_cap;
  reader body;                 /* the body being read, just past the current instruction */
  uint32_t instr_index;        /* index of the current instruction in the body */
  uint32_t dead_depth;         /* > 0: skipping unreachable code, nesting depth */
  bool dead;                   /* the current position is unreachable */
  bool stack_checked;          /* a stack check dominates the current position */
  const uint8_t *call_free[2]; /* lower_stack_check: a loop body [from, to) without calls */
  LLVMBasicBlockRef entry_bb;
  LLVMBasicBlockRef trap_bbs[W2O_TRAP_COUNT];
  LLVMValueRef memory_base;  /* memory 0 base (NULL if no memory) */
  LLVMValueRef memory_obj;   /* w2o_memory_t * of memory 0 */
  LLVMValueRef size_var;     /* compared accesses with --fuel/--epoch: alloca holding
                                 memory 0's size (lower_memory.c), else NULL */
  LLVMValueRef fuel_var;     /* --fuel: alloca holding the remaining fuel, else NULL */
  LLVMValueRef deadline_var; /* --epoch: alloca holding ctx->epoch_deadline, else NULL */
  uint8_t *epoch_edges;      /* --epoch: a bit per instruction index, check before it */
  uint32_t fuel_pending;     /* --fuel: cost of operators not yet subtracted */
  bool fuel_deferred;        /* --fuel: operators charge nothing (lower_nowrap.c) */
  uint32_t trap_ifs;         /* conditional traps built so far (lower_trap_if) */
  struct debug_func *di;     /* -g: the function's debug info (debug.c), else NULL */
  LLVMValueRef *caught_vars; /* exceptions: one `caught` alloca per try, in order */
  uint32_t caught_count, try_index;
  bool no_invoke;        /* calls here must not unwind to this function's handlers */
  struct nowrap *nowrap; /* lower_nowrap.c's state, from the first loop on */
  uint32_t *loaded_in;   /* simple_loop_size: per local, the scan whose loaded data it holds */
  uint32_t loop_scans;   /* simple_loop_size's scans so far */
  bool nowrap_active;    /* lowering a loop's no-wrap copy: report values */
  arena scratch;
} func_state;

/* ---- lower.c: shared helpers, the operand stack, the instruction loop ---- */
LLVMTypeRef lower_valtype(backend *be, wasm_valtype t);
LLVMValueRef lower_const_i32(backend *be, uint32_t v);
LLVMValueRef lower_const_i64(backend *be, uint64_t v);
LLVMValueRef lower_call_intrinsic(func_state *fs, enum intrinsic_id id, LLVMTypeRef overload,
                                  LLVMValueRef *args, unsigned n);
/* Calls runtime function `name` (declared on first use from the argument types). */
LLVMValueRef lower_runtime_call(func_state *fs, const char *name, LLVMTypeRef ret, LLVMValueRef *args,
                                unsigned n);
void lower_push(func_state *fs, LLVMValueRef v);
LLVMValueRef lower_pop(func_state *fs);
/* Loads a pointer-sized or integer field of the instance context. */
LLVMValueRef lower_ctx_field(func_state *fs, size_t offset, LLVMTypeRef type, bool invariant);
/* Loads element `index` of a pointer array whose pointer is at ctx+offset. */
LLVMValueRef lower_ctx_array_elem(func_state *fs, size_t offset, uint32_t index);
LLVMValueRef lower_load_value(func_state *fs, LLVMTypeRef type, LLVMValueRef ptr, enum tbaa_class cls,
                              bool invariant, unsigned align);
LLVMValueRef lower_store_value(func_state *fs, LLVMValueRef value, LLVMValueRef ptr, enum tbaa_class cls,
                               unsigned align);
LLVMValueRef lower_gep(func_state *fs, LLVMValueRef base, uint64_t offset);
/* Branches to the function's trap block for `code` if `cond` is true. */
void lower_trap_if(func_state *fs, LLVMValueRef cond, w2o_trap_t code);
/* Marks a conditional branch's true edge as unlikely (branch weights). */
void lower_set_unlikely(func_state *fs, LLVMValueRef br);
/* Marks the loop whose back edge is `latch` not to be unrolled. */
void lower_set_no_unroll(func_state *fs, LLVMValueRef latch);
/* Whether the select being lowered (the next instruction at fs->body)
 * picks the next address of an interpreter's dispatch loop
 * (lower_control.c): it should be a branch, not a conditional move. */
bool lower_select_steers_dispatch(func_state *fs);
/* Asks for asynchronous unwind tables (.eh_frame) for `fn`. */
void lower_add_unwind_table(backend *be, LLVMValueRef fn);
/* The LLVM function of defined function `defined_index`, declared on first
 * use when another partition defines it. */
LLVMValueRef lower_function_ref(backend *be, uint32_t defined_index);

/* The calling convention of defined functions in a module with tail calls:
 * LLVM's tailcc, under which a musttail call need not match the caller's
 * prototype (its number 18 has no LLVMCallConv enumerator). */
enum { LOWER_TAIL_CC = 18 };

/* Whether any function body of `m` holds return_call or return_call_indirect. */
bool lower_module_tail_calls(const wasm_module *m);
bool lower_internal_cc(const backend *be, uint32_t defined_index);
LLVMAttributeRef lower_swiftself(backend *be);

/* Defined function `i` as C code may call it: the function itself, or in a
 * module with tail calls a C-convention wrapper around the tailcc function. */
LLVMValueRef lower_function_for_c(backend *be, uint32_t defined_index);
bool lower_unsupported(func_state *fs, const wasm_instr *in);
/* Lowers instructions until the frame count drops to `frames`. */
bool lower_until(func_state *fs, size_t frames);
/* Lowers one instruction, `in`, read from fs->body (it advances fs->instr_index). */
bool lower_instruction(func_state *fs, const wasm_instr *in);

/* A look-ahead over instructions already validated (no diagnostics):
 *   body_scan s; body_scan_init(&s, fs->body);
 *   while (body_scan_next(&s)) ... s.in ...;
 *   body_scan_end(&s);                                                     */
typedef struct body_scan {
  reader r;
  diag quiet;
  arena scratch;
  wasm_instr in;
} body_scan;
void body_scan_init(body_scan *s, reader from);
bool body_scan_next(body_scan *s);
void body_scan_end(body_scan *s);

/* ---- lower_control.c: frames, branches and calls ---- */
/* Pushes a control frame; for FRAME_FUNC `blocktype` is the function's type index. */
bool lower_push_frame(func_state *fs, frame_kind kind, int64_t blocktype);
/* Calls `callee` of wasm type `type` with the top operands; pushes results.
 * `may_grow`: the callee may grow memory 0 (the size is read again after it). */
void lower_emit_call(func_state *fs, LLVMValueRef callee, const wasm_functype *type, uint32_t type_index,
                     LLVMValueRef env, bool may_grow);
/* Falls through to the end of frame `f` if the position is reachable. */
void lower_fall_through(func_state *fs, frame *f);
/* After an unconditional transfer: the rest of the frame is unreachable. */
void lower_become_dead(func_state *fs);
/* An alloca at the start of the entry block. */
LLVMValueRef lower_entry_alloca(func_state *fs, LLVMTypeRef type);
/* Loops lowered twice (lower_loop_versioned, lower_loop_nowrap) have at most
 * LOOP_COPY_MAX instructions; with --epoch, at most LOOP_WORK instructions
 * run between two epoch checks in them. */
enum { LOOP_WORK = 1 << 22, LOOP_COPY_MAX = 2000 };
/* Whether a loop body with `op` can be lowered twice (no nested loop, call
 * or exception handling: lower_loop_versioned, lower_loop_nowrap). */
bool lower_copies_loop_with(wasm_opcode op);
/* --epoch, --fuel: lowers an innermost loop twice (see lower_control.c); false if
 * the loop does not qualify (nothing emitted) or on error (diag set). */
bool lower_loop_versioned(func_state *fs, const wasm_instr *in, bool *done);

/* ---- lower_nowrap.c: counted loops whose addresses cannot wrap ---- */
/* -O2 and -O3: lowers a counted innermost loop twice, a copy whose i32
 * address arithmetic is `nuw` behind a check at entry and the plain one
 * (see lower_nowrap.c); *done false if the loop does not qualify. */
bool lower_loop_nowrap(func_state *fs, const wasm_instr *in, bool *done);
/* While fs->nowrap_active: the local, arithmetic and block lowerings
 * report what they build. lower_nowrap_arith returns `v`, maybe `nuw` or
 * `nsw`. */
void lower_nowrap_local_get(func_state *fs, uint32_t index, LLVMValueRef v);
void lower_nowrap_local_set(func_state *fs, uint32_t index, LLVMValueRef v);
void lower_nowrap_new_run(func_state *fs);
LLVMValueRef lower_nowrap_arith(func_state *fs, wasm_opcode op, LLVMValueRef l, LLVMValueRef r,
                                LLVMValueRef v);
/* In the fast copy, with checked accesses: whether an access at `addr` +
 * `offset` of `width` bytes needs no compare, since the check at entry
 * (which this adds to) proves it in bounds in every iteration. */
bool lower_nowrap_in_bounds(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                            unsigned width);
/* In the fast copy: `pred` for comparing i32 values `l` and `r`, or its
 * signed form where one of them has a signed range and the check proves
 * both within [0, 2^31) (so that LLVM can count a loop down by `nsw`
 * steps). */
LLVMIntPredicate lower_nowrap_predicate(func_state *fs, LLVMIntPredicate pred, LLVMValueRef l,
                                        LLVMValueRef r);
/* In the fast copy: i32 address `addr` as an i64 index, zext(addr), or
 * the same as sext(addr) where the check proves it below 2^31 and LLVM
 * must see through the `nsw` arithmetic that made it. */
LLVMValueRef lower_nowrap_index(func_state *fs, LLVMValueRef addr);
/* In the fast copy: the pointer for i32 address `addr` of memory `memory`,
 * at i64 `index` (zext(addr) + offset), from its array's own base; NULL
 * where the address has none (see lower_nowrap.c). */
LLVMValueRef lower_nowrap_address(func_state *fs, uint32_t memory, LLVMValueRef addr, LLVMValueRef index);

/* ---- lower_reroll.c: unrolled loops rolled back up in the fast copy ---- */
enum { REROLL_FIXUPS = 8, REROLL_TERMS = 4, REROLL_IVS = 4, REROLL_RELATIONS = 2, REROLL_XORS = 4 };
/* konst + sum k[i] * locals[i], mod 2^32. */
typedef struct reroll_form {
  uint32_t konst, n;
  uint32_t locals[REROLL_TERMS], k[REROLL_TERMS];
} reroll_form;
/* local = form: after the loop, a fix-up (the control and the stepped
 * locals in the form meaning their values at the last iteration's start);
 * at entry, a relation the fast copy's check requires (the form over the
 * control and locals the body does not write; every iteration keeps it). */
typedef struct reroll_binding {
  uint32_t local;
  reroll_form form;
} reroll_binding;
/* Whether c's bits are one run, bits *t to *m - 1 (c not 0). */
bool lower_bit_run(uint32_t c, unsigned *t, unsigned *m);
/* `x ^ c` read as `c - x`: the check requires every value x takes at an
 * iteration's start (x0 + n * delta, n < N) in [0, 2^m), a multiple of
 * 2^t, c's bits being the run from t to m - 1. */
typedef struct reroll_xor {
  reroll_form x;
  uint32_t c;
  int64_t delta;
} reroll_xor;
/* A local the body steps beside L, after its first group: `local.get v,
 * i32.const k, i32.add, local.set v` from instruction `at`, its only
 * write. The rolled-up body keeps it, stepping v by k / U. */
typedef struct reroll_iv {
  uint32_t local, at;
  int32_t step; /* k */
} reroll_iv;
typedef struct reroll_plan {
  uint32_t factor;  /* U, the groups of the body; 0: keep the body */
  uint32_t first;   /* instructions of the first group, from the body's start */
  uint32_t tail;    /* where the step and the test start */
  uint32_t step_at; /* the step's i32.const */
  int64_t step;     /* d = c / U */
  uint32_t control; /* L */
  int64_t unrolled; /* c, L's step in the body */
  uint32_t fixup_count, relation_count, xor_count;
  reroll_binding fixups[REROLL_FIXUPS];
  reroll_binding relations[REROLL_RELATIONS];
  reroll_xor xors[REROLL_XORS];
  uint32_t iv_count;
  reroll_iv ivs[REROLL_IVS];
} reroll_plan;
/* For the loop at fs->body counted by up-counter `control` stepping by `c`,
 * tested with i32.ne or counting up to zero: whether its body is U copies of its first group
 * (plan->factor, else 0). False only on error (diag set). */
bool lower_reroll_plan(func_state *fs, uint32_t control, int64_t c, reroll_plan *plan);
/* Lowers the body of the loop just opened (frames: the count before it)
 * as its first group stepping by d, then sets the locals of the fix-ups. */
bool lower_reroll_body(func_state *fs, size_t frames, const reroll_plan *plan);

/* ---- lower_exception.c: try, catch, throw (no-ops in modules without them) ---- */
/* Whether the module uses exceptions: tags or try (sets be->eh). */
bool lower_module_exceptions(const wasm_module *m);
/* In the entry block: the `caught` variables of the function's tries. */
bool lower_exception_setup(func_state *fs);
/* A call that may throw: an invoke to the current try's landing pad, or a call. */
LLVMValueRef lower_exception_call(func_state *fs, LLVMTypeRef fty, LLVMValueRef callee, LLVMValueRef *args,
                                  unsigned n);
/* Before the function returns or tail calls: its handlers drop their exceptions. */
void lower_exception_leave(func_state *fs);
/* `end` of a try frame, after the fallthrough: unhandled exceptions go on outwards. */
void lower_try_end(func_state *fs, frame *f);

/* ---- lower_memory.c: linear-memory addresses ---- */
/* The address of a linear-memory access of `width` bytes at operand `addr`
 * (i32, or i64 on a 64-bit memory) + offset, bounds-checked as the options
 * say (guard/explicit/none; a 64-bit memory compares in guard mode too). */
LLVMValueRef lower_effective_address(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                                     unsigned width);
/* True if accesses compare with the memory size (explicit mode, and guard
 * mode with --fuel), false if an out-of-bounds access faults or is unchecked. */
bool lower_accesses_checked(const backend *be);
/* Compared accesses with --fuel/--epoch: the size read in the prologue
 * and again after memory.grow and calls that may grow memory (the interrupt
 * handlers' slow paths do not read it). No-op otherwise. */
void lower_memory_size_setup(func_state *fs);
/* Whether functions keep memory 0's size in fs->size_var. */
bool lower_memory_size_kept(const backend *be);
void lower_memory_size_refresh(func_state *fs);
/* Whether memory `index` is shared (threads). */
bool lower_memory_shared(const backend *be, uint32_t index);
/* Whether memory `index` is 64-bit (memory64: i64 addresses). */
bool lower_memory_index64(const backend *be, uint32_t index);
/* Traps unless [addr + offset, addr + offset + width) lies in 64-bit memory
 * `memory` (i64 `addr`; the sum computed in 128 bits, so it cannot wrap). */
void lower_check_access64(func_state *fs, uint32_t memory, LLVMValueRef addr, uint64_t offset,
                          unsigned width);
/* The w2o_memory_t * of memory `index`: memory 0's from the prologue, another
 * loaded where it is used (an invariant load: the pointer never changes). */
LLVMValueRef lower_memory_object(func_state *fs, uint32_t index);
/* The current size of memory `index` in bytes (i64), read atomically if shared. */
LLVMValueRef lower_memory_bytes(func_state *fs, uint32_t index);

/* ---- lower_interrupt.c: fuel and epochs (no-ops unless enabled) ---- */
void lower_interrupt_prologue(func_state *fs);          /* in the entry block */
void lower_fuel_charge(func_state *fs, wasm_opcode op); /* before lowering `op` */
void lower_fuel_spill(func_state *fs);                  /* fuel variable -> ctx->fuel */
void lower_epoch_check(func_state *fs);                 /* compare the epoch with the deadline */
/* --epoch, with fs->epoch_edges: before instruction `index`, the check an
 * edge of a loop gets in place of its header's, if it has one. */
void lower_epoch_edge_check(func_state *fs, uint32_t index);
void lower_fuel_check(func_state *fs);    /* fuel below zero: the exhausted handler */
unsigned lower_fuel_cost(wasm_opcode op); /* what executing `op` costs */
/* After anything that may have run the guest or a handler: ctx->fuel and
 * ctx->epoch_deadline -> their variables. */
void lower_interrupt_reload(func_state *fs);
/* --fuel: whether the remaining fuel is at least `amount` (i1). */
LLVMValueRef lower_fuel_covers(func_state *fs, uint64_t amount);
/* --fuel: the remaining fuel / cost, clamped to 1..most (i32): after a
 * check that passed, for iterations costing at most `cost`, the checks at
 * the next that many minus one loop headers would pass too. */
LLVMValueRef lower_fuel_batch(func_state *fs, uint32_t cost, uint32_t most);
/* Before lowering (callgraph.c), what the call graph decides: with --epoch
 * which functions check on entry (be->epoch_at_entry), where functions keep
 * the memory size which may grow memory 0 (be->memory_grows); kept if the
 * partitions of one compilation share them already. False if out of memory. */
bool lower_call_plans(backend *be);
void lower_entry_check(func_state *fs); /* function entry: fuel, and the epoch if planned */
void lower_loop_check(func_state *fs);  /* loop header: fuel, and the epoch unless a callee checks */
/* --epoch: whether a check here may be left out because the innermost
 * enclosing loop's header checks the epoch on every iteration. */
bool lower_epoch_covered(func_state *fs);

/* ---- debug.c: -g (no-ops without it) ---- */
bool debug_begin(backend *be, const char *listing_path, const char *comp_dir);
void debug_function(func_state *fs); /* after the locals exist */
/* Before the k-th instruction of the function, at file offset `offset`. */
void debug_instruction(func_state *fs, uint32_t k, size_t offset);
void debug_clear_location(backend *be);
void debug_finish(backend *be);  /* finalizes the debug info */
void debug_dispose(backend *be); /* frees what is left (also after errors) */

/* ---- descriptor.c ---- */
bool descriptor_emit(backend *be);
/* The entry thunk for type `type_index`. */
LLVMValueRef descriptor_entry(backend *be, uint32_t type_index);

/* ---- snippets the instruction families share ---- */
/* lower.c: the type of the single result of an opcode with a fixed
 * signature (opcode_signature); i32 for any other, which no caller asks. */
LLVMTypeRef lower_result_type(backend *be, wasm_opcode op);
/* lower.c: calls the noreturn w2o_trap(code) (the fuel written back first)
 * and ends the block with `unreachable`. */
void lower_emit_trap(func_state *fs, w2o_trap_t code);
/* lower_memory.c: the slot (a pointer to the w2o_funcref_t pointer) of
 * element `index` (an i32 or i64 value) of table `table`; traps with `code`
 * unless index < the table's current size. */
LLVMValueRef lower_table_slot(func_state *fs, uint32_t table, LLVMValueRef index, w2o_trap_t code);
/* lower_numeric.c, for scalars and vectors alike: the arithmetic that the
 * scalar and SIMD families share, with wasm's NaN rules (results quieted
 * where LLVM could pass a signaling NaN through): a binary operator, a
 * binary intrinsic (min/max quieted), a unary intrinsic (ctlz, cttz, abs
 * defined at zero / INT_MIN). */
LLVMValueRef lower_binop_value(func_state *fs, LLVMOpcode op, LLVMValueRef l, LLVMValueRef r);
LLVMValueRef lower_binop_intrinsic_value(func_state *fs, enum intrinsic_id id, LLVMValueRef l,
                                         LLVMValueRef r);
LLVMValueRef lower_unop_intrinsic_value(func_state *fs, enum intrinsic_id id, LLVMValueRef v);

/* ---- the families (lower.c: locals, globals, parametric; lower_*.c: the rest) ----
 * lower_FAMILY(fs, instr, arg) for each FAMILY of opcodes.h. */
#define W2O_LOWER_DECL(name, text, code, imm, bytes, sig, fuel, family, arg) \
  bool lower_##family(func_state *fs, const wasm_instr *in, int a);
W2O_OPCODES(W2O_LOWER_DECL)
#undef W2O_LOWER_DECL

#endif /* W2O_LOWER_H */
