/*
 * optimize.c — verifies the lowered module and runs LLVM's pipeline.
 *
 * requires: a module lowered by lower_module.
 * produces: the module optimized for the options' -O/-Os/-Oz level.
 * breaks:   nothing; a module that fails verification is a wasm2obj bug,
 *           reported as BACKEND_INTERNAL, never an abort.
 */
#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "backend_impl.h"

static const char *pipeline(const compile_options *o) {
  if (o->size_level == 1)
    return "default<Os>";
  if (o->size_level == 2)
    return "default<Oz>";
  static const char *const levels[] = {"default<O0>", "default<O1>", "default<O2>", "default<O3>"};
  return levels[o->opt_level < 0 || o->opt_level > 3 ? 2 : o->opt_level];
}

backend_status optimize_module(backend *be) {
  char *message = NULL;
  if (LLVMVerifyModule(be->module, LLVMReturnStatusAction, &message)) {
    diag_error(be->diag, 0, "internal error: invalid LLVM IR: %s", message ? message : "");
    LLVMDisposeMessage(message);
    return BACKEND_INTERNAL;
  }
  LLVMDisposeMessage(message);
  LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
  LLVMErrorRef err = LLVMRunPasses(be->module, pipeline(&be->opts), be->machine, pbo);
  LLVMDisposePassBuilderOptions(pbo);
  if (err) {
    char *m = LLVMGetErrorMessage(err);
    diag_error(be->diag, 0, "internal error: optimization failed: %s", m);
    LLVMDisposeErrorMessage(m);
    return BACKEND_INTERNAL;
  }
  return BACKEND_OK;
}
