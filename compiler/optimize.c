/*
 * optimize.c — verifies the lowered module and runs LLVM's pipeline.
 *
 * requires: a module lowered by lower_module.
 * produces: the module optimized for the options' -O/-Os/-Oz level, then
 *           negative constant address offsets folded (address_fold.c) and
 *           the stack check reading the stack pointer (read_stack_pointer).
 * breaks:   nothing; a module that fails verification is a wasm2obj bug,
 *           reported as BACKEND_INTERNAL, never an abort.
 */
#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <string.h>

#include "backend_impl.h"

/* -O1: the passes wasm2obj's output needs most, for about 60% of -O2's
 * compile time. Lowering keeps wasm locals in allocas and reloads the
 * memory base and size around calls, so SROA, CSE, LICM and GVN do most
 * of the work; inlining, loop rotation, induction-variable simplification
 * and the loop vectorizer keep loops close to -O2's code. Left out from
 * default<O2>: the second inliner round and function specialisation,
 * jump threading, loop unswitching, unrolling, full unroll and the SLP
 * vectorizer. Measured on the bench kernels (README, Optimization levels):
 * kernel time within a few per cent of -O2, compile time 1.6x shorter
 * on a generated 1 MB module; default<O1> was barely faster than -O2. */
static const char o1_pipeline[] =
    "cgscc(inline,function(sroa,early-cse<memssa>,simplifycfg,instcombine<no-verify-fixpoint>)),"
    "function(loop-mssa(loop-rotate,licm),simplifycfg,loop(indvars),gvn,"
    "instcombine<no-verify-fixpoint>,simplifycfg),"
    "function(loop-vectorize,instcombine<no-verify-fixpoint>,simplifycfg)";

static const char *pipeline(const compile_options *o) {
  if (o->size_level == 1)
    return "default<Os>";
  if (o->size_level == 2)
    return "default<Oz>";
  static const char *const levels[] = {"default<O0>", o1_pipeline, "default<O2>", "default<O3>"};
  return levels[o->opt_level < 0 || o->opt_level > 3 ? 2 : o->opt_level];
}

/*
 * The stack check (lower.c, emit_stack_check) compares the address of the
 * return address, which LLVM knows to be the same value wherever it is read
 * in a function (readnone), so an inlined callee's check folds into its
 * caller's. After the pipeline each read becomes one of the stack pointer
 * itself, a few bytes lower (the frame's pushes): the back end computed the
 * address with an `lea` from %rsp, which cost ack, the bench's recursion's
 * hottest function, 12% of its time on the AMD EPYC test machine against
 * `cmp (%r13), %rsp` (the same object but for that instruction, the loop
 * at the same address either way; interleaved runs, four layouts).
 */
static void read_stack_pointer(backend *be) {
  LLVMValueRef address = LLVMGetNamedFunction(be->module, "llvm.addressofreturnaddress.p0");
  if (!address)
    return;
  const char *sp_name = target_stack_pointer(be); /* not NULL: lower.c read the address */
  LLVMMetadataRef name = LLVMMDStringInContext2(be->context, sp_name, strlen(sp_name));
  LLVMValueRef reg = LLVMMetadataAsValue(be->context, LLVMMDNodeInContext2(be->context, &name, 1));
  unsigned id = LLVMLookupIntrinsicID("llvm.read_register", 18);
  LLVMTypeRef i64 = LLVMInt64TypeInContext(be->context);
  LLVMValueRef read = LLVMGetIntrinsicDeclaration(be->module, id, &i64, 1);
  LLVMTypeRef type = LLVMIntrinsicGetType(be->context, id, &i64, 1);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(be->context);
  for (LLVMUseRef use = LLVMGetFirstUse(address); use;) {
    LLVMValueRef call = LLVMGetUser(use);
    use = LLVMGetNextUse(use);
    LLVMPositionBuilderBefore(b, call);
    LLVMValueRef sp = LLVMBuildCall2(b, type, read, &reg, 1, "");
    for (LLVMUseRef u = LLVMGetFirstUse(call); u;) { /* lower.c converts it to i64 */
      LLVMValueRef cast = LLVMGetUser(u);
      u = LLVMGetNextUse(u);
      if (LLVMGetInstructionOpcode(cast) == LLVMPtrToInt && LLVMTypeOf(cast) == i64) {
        LLVMReplaceAllUsesWith(cast, sp);
        LLVMInstructionEraseFromParent(cast);
      }
    }
    if (LLVMGetFirstUse(call))
      LLVMReplaceAllUsesWith(call, LLVMBuildIntToPtr(b, sp, LLVMTypeOf(call), ""));
    LLVMInstructionEraseFromParent(call);
  }
  LLVMDisposeBuilder(b);
  LLVMDeleteFunction(address);
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
  fold_negative_offsets(be);
  read_stack_pointer(be);
  return BACKEND_OK;
}
