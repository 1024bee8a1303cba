/*
 * lower_exception.c — exception handling: try, catch, catch_all, delegate,
 * throw and rethrow (the legacy proposal), with zero-cost unwinding.
 *
 * requires: a validated body; lower_exception_setup ran in the entry block
 *           of every function of a module that uses exceptions (be->eh).
 * maintains: a try frame (FRAME_TRY) is in its body until its first catch,
 *           catch_all or delegate, then in its handlers (in_handler);
 *           calls made where some enclosing try of this function is in its
 *           body are LLVM invokes unwinding to that try's landing pad.
 * breaks:   nothing.
 *
 * The runtime (runtime/src/exception.c) unwinds with the system unwinder;
 * functions with landing pads name its personality, w2o_eh_personality,
 * which sends every exception to the landing pad of the call site (the
 * LSDA LLVM writes for `landingpad ... catch ptr null`). What a try does
 * with it is decided here, in ordinary code:
 *  - the landing pad stores the w2o_exception_t * in the try's `exn_in`
 *    and jumps to its dispatch: a chain of tests, one per catch in order,
 *    comparing the exception's tag with the instance's tags[x]; catch_all
 *    takes anything;
 *  - a handler takes the exception's reference into its `caught` variable
 *    (for rethrow), dropping the one it held from an earlier catch, and
 *    pushes the payload (one 16-byte slot per value);
 *  - no match, a try without handlers, and delegate send the exception
 *    where it would go if thrown at that point: the dispatch of the
 *    innermost enclosing try still in its body (for delegate, enclosing
 *    the label's frame), or out of the function (w2o_exception_propagate,
 *    which resumes unwinding in the callers);
 *  - throw is a call (an invoke inside a try) of the runtime's w2o_throw,
 *    rethrow of w2o_rethrow with the handler's exception.
 * A function's handlers drop their references when it returns (or tail
 * calls); the host entry frees whatever frames unwound away (exception.c).
 * Calls that cannot reach wasm code (traps, memory.grow, the bulk
 * operations) stay calls: they never throw.
 */
#include <string.h>

#include "lower.h"

/* ---- the module and the function ---- */

bool lower_module_exceptions(const wasm_module *m) {
  if (m->tag_total > 0)
    return true;
  bool found = false;
  for (uint32_t i = 0; !found && i < m->func_count; i++) {
    const wasm_func *f = &m->funcs[i];
    body_scan s;
    body_scan_init(&s, (reader){m->bytes, m->bytes + f->body_offset, m->bytes + f->body_end, NULL, false});
    while (!found && body_scan_next(&s))
      found = s.in.op == OP_TRY;
    body_scan_end(&s);
  }
  return found;
}

/* A runtime function of the exception ABI (w2o_abi.h), declared on first use. */
static LLVMValueRef runtime_fn(backend *be, const char *name, LLVMTypeRef *params, unsigned n, bool noreturn,
                               LLVMTypeRef *fty) {
  *fty = LLVMFunctionType(be->t_void, params, n, 0);
  LLVMValueRef fn = LLVMGetNamedFunction(be->module, name);
  if (fn)
    return fn;
  fn = LLVMAddFunction(be->module, name, *fty);
  if (noreturn) {
    unsigned kind = LLVMGetEnumAttributeKindForName("noreturn", 8);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(be->context, kind, 0));
  }
  return fn;
}

bool lower_exception_setup(func_state *fs) {
  backend *be = fs->be;
  if (!be->eh)
    return true;
  uint32_t count = 0;
  body_scan s;
  body_scan_init(&s, (reader){be->wasm->bytes, be->wasm->bytes + fs->func->body_offset,
                              be->wasm->bytes + fs->func->body_end, NULL, false});
  while (body_scan_next(&s))
    count += s.in.op == OP_TRY;
  body_scan_end(&s);
  fs->caught_vars = arena_array(&fs->scratch, count ? count : 1, sizeof(LLVMValueRef));
  if (!fs->caught_vars)
    return diag_out_of_memory(be->diag, fs->func->body_offset);
  fs->caught_count = count;
  for (uint32_t i = 0; i < count; i++) {
    fs->caught_vars[i] = LLVMBuildAlloca(be->builder, be->t_ptr, "caught");
    LLVMBuildStore(be->builder, LLVMConstNull(be->t_ptr), fs->caught_vars[i]);
  }
  return true;
}

/* If *var holds an exception, drops its reference. */
static void release_var(func_state *fs, LLVMValueRef var) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  LLVMTypeRef fty, param = be->t_ptr;
  LLVMValueRef release = runtime_fn(be, "w2o_exception_release", &param, 1, false, &fty);
  LLVMValueRef held = LLVMBuildLoad2(b, be->t_ptr, var, "");
  LLVMBasicBlockRef drop = LLVMAppendBasicBlockInContext(be->context, fs->fn, "release");
  LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(be->context, fs->fn, "");
  LLVMBuildCondBr(b, LLVMBuildIsNull(b, held, ""), cont, drop);
  LLVMPositionBuilderAtEnd(b, drop);
  LLVMBuildCall2(b, fty, release, &held, 1, "");
  LLVMBuildBr(b, cont);
  LLVMPositionBuilderAtEnd(b, cont);
}

void lower_exception_leave(func_state *fs) {
  for (uint32_t i = 0; i < fs->caught_count; i++)
    release_var(fs, fs->caught_vars[i]);
}

/* ---- handlers and landing pads ---- */

/* Index of the innermost frame at or below `index` that is a try in its
 * body, or -1: where an exception raised directly inside frame `index` goes. */
static long handler_frame(func_state *fs, long index) {
  for (long i = index; i >= 0; i--)
    if (fs->frames[i].kind == FRAME_TRY && !fs->frames[i].in_handler)
      return i;
  return -1;
}

/* The try's dispatch block and its exception variable, made on first use. */
static LLVMBasicBlockRef dispatch_block(func_state *fs, frame *f) {
  backend *be = fs->be;
  if (f->dispatch)
    return f->dispatch;
  f->exn_in = lower_entry_alloca(fs, be->t_ptr);
  f->dispatch = f->chain = LLVMAppendBasicBlockInContext(be->context, fs->fn, "dispatch");
  return f->dispatch;
}

/* Sends `exn`, raised directly inside frame `index`, to its handler. Ends
 * the current block. */
static void route(func_state *fs, LLVMValueRef exn, long index) {
  backend *be = fs->be;
  long target = handler_frame(fs, index);
  if (target >= 0) {
    frame *t = &fs->frames[target];
    LLVMBasicBlockRef dispatch = dispatch_block(fs, t);
    LLVMBuildStore(be->builder, exn, t->exn_in);
    LLVMBuildBr(be->builder, dispatch);
    return;
  }
  LLVMTypeRef fty, param = be->t_ptr;
  LLVMValueRef propagate = runtime_fn(be, "w2o_exception_propagate", &param, 1, true, &fty);
  LLVMBuildCall2(be->builder, fty, propagate, &exn, 1, "");
  LLVMBuildUnreachable(be->builder);
}

static LLVMValueRef personality(backend *be) {
  LLVMValueRef fn = LLVMGetNamedFunction(be->module, "w2o_eh_personality");
  if (!fn)
    fn = LLVMAddFunction(be->module, "w2o_eh_personality", LLVMFunctionType(be->t_i32, NULL, 0, 1));
  return fn;
}

/* The landing pad that calls made here unwind to, or NULL outside any try
 * of this function (the caller's frames handle what they throw). */
static LLVMBasicBlockRef current_pad(func_state *fs) {
  backend *be = fs->be;
  long i = handler_frame(fs, (long)fs->frame_count - 1);
  if (i < 0 || fs->no_invoke)
    return NULL;
  frame *f = &fs->frames[i];
  if (!f->pad) {
    f->pad = LLVMAppendBasicBlockInContext(be->context, fs->fn, "pad");
    LLVMSetPersonalityFn(fs->fn, personality(be));
  }
  return f->pad;
}

LLVMValueRef lower_exception_call(func_state *fs, LLVMTypeRef fty, LLVMValueRef callee, LLVMValueRef *args,
                                  unsigned n) {
  backend *be = fs->be;
  LLVMBasicBlockRef pad = be->eh ? current_pad(fs) : NULL;
  if (!pad)
    return LLVMBuildCall2(be->builder, fty, callee, args, n, "");
  LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(be->context, fs->fn, "");
  LLVMValueRef invoke = LLVMBuildInvoke2(be->builder, fty, callee, args, n, cont, pad, "");
  LLVMPositionBuilderAtEnd(be->builder, cont);
  return invoke;
}

/* The try's body ended (first catch, catch_all, delegate or end): its
 * landing pad, if any call needed it, passes the exception to its dispatch. */
static void finish_body(func_state *fs, frame *f) {
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  f->in_handler = true;
  dispatch_block(fs, f);
  if (!f->pad)
    return;
  LLVMPositionBuilderAtEnd(b, f->pad);
  LLVMTypeRef fields[2] = {be->t_ptr, be->t_i32};
  LLVMTypeRef pair = LLVMStructTypeInContext(be->context, fields, 2, 0);
  LLVMValueRef lp = LLVMBuildLandingPad(b, pair, personality(be), 1, "");
  LLVMAddClause(lp, LLVMConstNull(be->t_ptr));
  LLVMValueRef exn = LLVMBuildExtractValue(b, lp, 0, "");
  lower_interrupt_reload(fs);    /* the frames it unwound spent fuel, moved the deadline */
  lower_memory_size_refresh(fs); /* and may have grown memory */
  LLVMBuildStore(b, exn, f->exn_in);
  LLVMBuildBr(b, f->dispatch);
}

/* Ends a try's body or previous handler: falls through to its end, and
 * finishes the body the first time. */
static frame *end_part(func_state *fs) {
  frame *f = &fs->frames[fs->frame_count - 1];
  lower_fall_through(fs, f);
  if (!f->in_handler)
    finish_body(fs, f);
  return f;
}

/* Starts a handler: it holds `exn` (dropping what it held) and its stack
 * starts at the frame's height. */
static void start_handler(func_state *fs, frame *f, LLVMValueRef exn) {
  release_var(fs, f->caught);
  LLVMBuildStore(fs->be->builder, exn, f->caught);
  fs->sp = f->height;
  fs->dead = false;
}

/* ---- the instructions ---- */

bool lower_try(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  if (fs->try_index >= fs->caught_count) /* counted by lower_exception_setup */
    return diag_error(fs->be->diag, in->offset, "internal error: try not counted");
  if (!lower_push_frame(fs, FRAME_TRY, in->blocktype))
    return false;
  fs->frames[fs->frame_count - 1].caught = fs->caught_vars[fs->try_index++];
  return true;
}

bool lower_catch(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  LLVMBuilderRef b = be->builder;
  frame *f = end_part(fs);
  LLVMPositionBuilderAtEnd(b, f->chain);
  LLVMValueRef exn = LLVMBuildLoad2(b, be->t_ptr, f->exn_in, "");
  LLVMValueRef tag = lower_load_value(fs, be->t_ptr, lower_gep(fs, exn, offsetof(w2o_exception_t, tag)),
                                      TBAA_CONTEXT, false, 8);
  LLVMValueRef want = lower_ctx_array_elem(fs, offsetof(w2o_instance_t, tags), in->index);
  LLVMBasicBlockRef handler = LLVMAppendBasicBlockInContext(be->context, fs->fn, "catch");
  f->chain = LLVMAppendBasicBlockInContext(be->context, fs->fn, "dispatch.next");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tag, want, ""), handler, f->chain);
  LLVMPositionBuilderAtEnd(b, handler);
  start_handler(fs, f, exn);
  const wasm_functype *type = &be->wasm->types[be->wasm->tag_types[in->index]];
  for (uint32_t i = 0; i < type->param_count; i++) {
    uint64_t offset = W2O_EXCEPTION_PAYLOAD + (uint64_t)i * W2O_EXCEPTION_SLOT;
    LLVMTypeRef t = lower_valtype(be, type->params[i]);
    lower_push(fs, lower_load_value(fs, t, lower_gep(fs, exn, offset), TBAA_CONTEXT, false, 16));
  }
  return true;
}

bool lower_catch_all(func_state *fs, const wasm_instr *in, int a) {
  (void)in, (void)a;
  backend *be = fs->be;
  frame *f = end_part(fs);
  LLVMPositionBuilderAtEnd(be->builder, f->chain);
  f->chain = NULL; /* nothing passes a catch_all */
  start_handler(fs, f, LLVMBuildLoad2(be->builder, be->t_ptr, f->exn_in, ""));
  return true;
}

/* The end of a try frame, after its last part fell through (lower_end):
 * an exception no handler took goes on outwards. */
void lower_try_end(func_state *fs, frame *f) {
  backend *be = fs->be;
  if (!f->in_handler)
    finish_body(fs, f);
  if (!f->chain)
    return;
  LLVMPositionBuilderAtEnd(be->builder, f->chain);
  f->chain = NULL;
  route(fs, LLVMBuildLoad2(be->builder, be->t_ptr, f->exn_in, ""), (long)fs->frame_count - 2);
}

bool lower_delegate(func_state *fs, const wasm_instr *in, int a) {
  backend *be = fs->be;
  frame *f = end_part(fs);
  LLVMPositionBuilderAtEnd(be->builder, f->chain);
  f->chain = NULL;
  /* Label l counts from outside the try: frame count - 2 - l. */
  route(fs, LLVMBuildLoad2(be->builder, be->t_ptr, f->exn_in, ""), (long)fs->frame_count - 2 - in->index);
  fs->dead = true; /* the body fell through already; lower_end finishes the frame */
  return lower_end(fs, in, a);
}

/* Calls a noreturn runtime function that raises (an invoke inside a try). */
static void raise_call(func_state *fs, const char *name, LLVMValueRef *args, unsigned n) {
  backend *be = fs->be;
  LLVMTypeRef params[3] = {be->t_ptr, be->t_ptr, be->t_i32}, fty;
  LLVMValueRef fn = runtime_fn(be, name, params, n, true, &fty);
  lower_fuel_spill(fs);
  lower_exception_call(fs, fty, fn, args, n);
  LLVMBuildUnreachable(be->builder);
  lower_become_dead(fs);
}

bool lower_throw(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  backend *be = fs->be;
  const wasm_functype *type = &be->wasm->types[be->wasm->tag_types[in->index]];
  uint32_t n = type->param_count;
  LLVMValueRef payload = LLVMConstNull(be->t_ptr);
  if (n > 0) {
    payload = lower_entry_alloca(fs, LLVMArrayType2(be->t_i8, (uint64_t)n * W2O_EXCEPTION_SLOT));
    LLVMSetAlignment(payload, 16);
    for (uint32_t i = 0; i < n; i++)
      lower_store_value(fs, fs->stack[fs->sp - n + i],
                        lower_gep(fs, payload, (uint64_t)i * W2O_EXCEPTION_SLOT), TBAA_CONTEXT, 16);
    fs->sp -= n;
  }
  LLVMValueRef args[3] = {lower_ctx_array_elem(fs, offsetof(w2o_instance_t, tags), in->index), payload,
                          lower_const_i32(be, n)};
  raise_call(fs, "w2o_throw", args, 3);
  return true;
}

bool lower_rethrow(func_state *fs, const wasm_instr *in, int a) {
  (void)a;
  frame *f = &fs->frames[fs->frame_count - 1 - in->index];
  LLVMValueRef exn = LLVMBuildLoad2(fs->be->builder, fs->be->t_ptr, f->caught, "");
  raise_call(fs, "w2o_rethrow", &exn, 1);
  return true;
}
