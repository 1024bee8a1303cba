/*
 * backend.c — creates and destroys the back end of one compilation, and
 * runs its stages in order: lower (lower.c), optimize (optimize.c), write
 * (output.c).
 *
 * requires:  options checked by the driver; for backend_lower, a validated
 *            module.
 * maintains: one owner: every LLVM object (context, module, builder, target
 *            machine, data layout, and the DIBuilder of debug.c) and all the
 *            back end's memory (be->arena, and hook allocations it frees
 *            itself) are released by backend_dispose, after success or any
 *            failure. Each stage returns a status; its message is in the diag.
 * breaks:    nothing; no stage exits the process (see target.c for LLVM's
 *            fatal errors).
 */
#include <string.h>
#include <time.h>

#include "lower.h"

static void create_types(backend *be) {
  be->t_void = LLVMVoidTypeInContext(be->context);
  be->t_i8 = LLVMInt8TypeInContext(be->context);
  be->t_i32 = LLVMInt32TypeInContext(be->context);
  be->t_i64 = LLVMInt64TypeInContext(be->context);
  be->t_f32 = LLVMFloatTypeInContext(be->context);
  be->t_f64 = LLVMDoubleTypeInContext(be->context);
  be->t_ptr = LLVMPointerTypeInContext(be->context, 0);
}

double backend_clock(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

backend_status backend_create(const compile_options *opts, diag *d, backend **out) {
  return backend_create_checked(opts, d, true, out);
}

backend_status backend_create_checked(const compile_options *opts, diag *d, bool check, backend **out) {
  *out = NULL;
  backend *be = w2o_realloc(NULL, sizeof *be);
  if (!be)
    return diag_out_of_memory(d, 0), BACKEND_OUT_OF_MEMORY;
  memset(be, 0, sizeof *be);
  arena_init(&be->arena);
  be->opts = *opts;
  be->diag = d;
  be->end = UINT32_MAX; /* the whole module, until partition.c says otherwise */
  be->has_descriptor = true;
  backend_status status = target_create(be, check);
  if (status != BACKEND_OK) {
    backend_dispose(be);
    return status;
  }
  be->context = LLVMContextCreate();
  be->module = LLVMModuleCreateWithNameInContext(opts->name, be->context);
  LLVMSetTarget(be->module, be->triple);
  be->data_layout = LLVMCreateTargetDataLayout(be->machine);
  LLVMSetModuleDataLayout(be->module, be->data_layout);
  be->builder = LLVMCreateBuilderInContext(be->context);
  create_types(be);
  *out = be;
  return BACKEND_OK;
}

void backend_dispose(backend *be) {
  if (!be)
    return;
  debug_dispose(be);
  if (be->builder)
    LLVMDisposeBuilder(be->builder);
  if (be->module)
    LLVMDisposeModule(be->module);
  if (be->data_layout)
    LLVMDisposeTargetData(be->data_layout);
  if (be->context)
    LLVMContextDispose(be->context);
  if (be->machine)
    LLVMDisposeTargetMachine(be->machine);
  LLVMDisposeMessage(be->triple);
  arena_free(&be->arena);
  w2o_free(be);
}

backend_status backend_lower(backend *be, const wasm_module *m) {
  double start = backend_clock();
  bool ok = lower_module(be, m);
  be->times.lower += backend_clock() - start;
  if (ok)
    return BACKEND_OK;
  if (be->diag->out_of_memory)
    return BACKEND_OUT_OF_MEMORY;
  /* A validated module can only fail as unsupported; anything else is a bug. */
  return be->diag->unsupported ? BACKEND_UNSUPPORTED : BACKEND_INTERNAL;
}

backend_status backend_emit(backend *be, const char *path) {
  double start = backend_clock();
  backend_status status = optimize_module(be);
  double optimized = backend_clock();
  be->times.optimize += optimized - start;
  if (status != BACKEND_OK)
    return status;
  status = output_write(be, path);
  be->times.codegen += backend_clock() - optimized;
  if (status != BACKEND_OK && be->diag->out_of_memory)
    return BACKEND_OUT_OF_MEMORY;
  return status;
}
