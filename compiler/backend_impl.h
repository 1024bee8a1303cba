/*
 * backend_impl.h — private to the back end (backend.c, target.c, optimize.c,
 * output.c, lower*.c, descriptor.c, debug*.c): the backend struct that owns
 * every LLVM object and all memory of one compilation, and the functions
 * backend.c calls to create the target machine, optimize and write output.
 *
 * Everything reachable from a backend is created by backend_create or
 * while lowering, and released by backend_dispose (backend.c): LLVM objects
 * by their dispose functions, our memory through be->arena or the hook.
 */
#ifndef W2O_BACKEND_IMPL_H
#define W2O_BACKEND_IMPL_H

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "backend.h"
#include "compile.h"
#include "module.h"

typedef struct debug_state debug_state; /* debug.h */
typedef struct debug_func debug_func;

/* TBAA access classes: accesses of different classes never alias. */
enum tbaa_class { TBAA_MEMORY, TBAA_CONTEXT, TBAA_GLOBAL, TBAA_TABLE, TBAA_COUNT };

struct backend {
  compile_options opts;
  arena arena; /* the back end's memory, freed by backend_dispose */
  LLVMContextRef context;
  LLVMModuleRef module;
  LLVMBuilderRef builder;
  LLVMTargetMachineRef machine;
  LLVMTargetDataRef data_layout;
  char *triple;

  const wasm_module *wasm;
  diag *diag;

  /* What this LLVM module holds: the defined functions [first, end) and, if
   * has_descriptor, the entry thunks and the module descriptor. One module
   * of a whole compilation holds everything and its functions are internal;
   * the partitions of partition.c define theirs as hidden globals and
   * declare the ones of other partitions they refer to (lower_function_ref). */
  uint32_t first, end;
  bool partitioned, has_descriptor;
  const char *const *func_symbols; /* per defined function; lower_function_symbols */
  const bool *epoch_at_entry;      /* --epoch: per defined function, checks on entry */
  const bool *memory_grows;        /* with fs->size_var: per defined function, may grow memory 0 */
  backend_times times;             /* stage times (backend.c) */

  LLVMTypeRef t_void, t_i8, t_i32, t_i64, t_f32, t_f64, t_ptr;
  LLVMTypeRef *func_types;     /* native signature per wasm type index */
  LLVMTypeRef *result_structs; /* per type index: struct of results if 2+, else NULL */
  LLVMValueRef *funcs;         /* LLVM function per defined function */
  bool tail_calls;             /* the module has return_call*: defined functions are tailcc */
  bool internal_cc;            /* functions no funcref reaches are swiftcc (lower_internal_cc) */
  bool eh;                     /* the module has tags or try: functions may unwind (lower_exception.c) */
  LLVMValueRef tail_targets;   /* return_call_indirect: constant array of `funcs`, or NULL */
  LLVMValueRef *entries;       /* generic entry thunk per type index */
  LLVMValueRef trap_fn;        /* void w2o_trap(i32) */
  LLVMTypeRef trap_fn_type;
  LLVMValueRef memory_grow_fn; /* i64 w2o_memory_grow(ptr, i64) */
  LLVMTypeRef memory_grow_type;
  unsigned md_invariant_load, md_tbaa;
  struct debug_state *debug; /* -g: debug info state (debug.c), else NULL */
  LLVMValueRef tbaa_tags[TBAA_COUNT];
};

/* ---- target.c: target machines, --cpu/--features checks, fatal errors ---- */

/* Initializes LLVM's targets and installs its fatal-error handler (once per
 * process), then creates be->triple and be->machine for be->opts. `check`:
 * probe --cpu and --features (redirects stderr for a moment, so only one
 * thread may do it; partitions after the first skip it). */
backend_status target_create(backend *be, bool check);

/* The name llvm.read_register knows the stack pointer by on be->triple
 * ("rsp" on x86-64, "sp" on AArch64), or NULL elsewhere. Where there is one,
 * the stack check reads llvm.addressofreturnaddress (lower.c), and after the
 * pipeline the register itself (optimize.c), and internal functions take
 * the instance in swiftself. */
const char *target_stack_pointer(const backend *be);

/* ---- backend.c ---- */

/* backend_create, with target_create's `check`. */
backend_status backend_create_checked(const compile_options *opts, diag *d, bool check, backend **out);

/* ---- optimize.c ---- */

/* Verifies the module (a failure is a wasm2obj bug) and runs the pipeline
 * for the options' -O level. */
backend_status optimize_module(backend *be);

/* ---- address_fold.c ---- */

/* After the pipeline: plain accesses to a 32-bit memory at x + c, c a
 * negative constant of at most W2O_MEMORY_PRE_GUARD, made base + x + c. */
void fold_negative_offsets(backend *be);

/* ---- output.c ---- */

/* Writes the object, assembly, IR or bitcode the options ask for to `path`. */
backend_status output_write(backend *be, const char *path);

/* Generates the object code of the module into *object (a memory buffer
 * the caller disposes). */
backend_status output_object(backend *be, LLVMMemoryBufferRef *object);

/* Writes `size` bytes to `path` whole or not at all (a temporary file
 * renamed into place). */
backend_status output_file(diag *d, const char *path, const char *data, size_t size);

/* ---- lower.c ---- */

/* Lowers a validated module into be->module; false with be->diag set. */
bool lower_module(backend *be, const wasm_module *m);

/* The symbol of every defined function, "<prefix>.<name>" from the name
 * section or "<prefix>.func<N>", made unique with ".<k>" suffixes; allocated
 * in `a`. NULL if out of memory. */
const char *const *lower_function_symbols(const wasm_module *m, const char *prefix, arena *a);

/* The direct calls between defined functions (callgraph.c): function i's
 * callees (defined-function indices) are callees[first[i] .. first[i + 1]);
 * opaque[i]: it calls an import or through a table; grows[i]: it runs
 * memory.grow on memory 0. callees is on the heap (callgraph_free), the
 * rest in the arena. False if out of memory. */
typedef struct callgraph {
  size_t *first;
  uint32_t *callees;
  bool *opaque, *grows;
} callgraph;
bool callgraph_build(const wasm_module *m, callgraph *g, arena *a);
void callgraph_free(callgraph *g);

/* The call graph built once, then, for each array that is not NULL (one
 * element per defined function): `epoch`, whether the function checks the
 * epoch on entry with --epoch (lower_epoch_plan_fill); `grows`, whether it may
 * grow memory 0 before it returns: it runs memory.grow on it, calls into
 * the host or through a table, or calls such a function. False if out of
 * memory. */
bool callgraph_plans_fill(const wasm_module *m, bool *epoch, bool *grows);

/* --epoch: whether each defined function checks on entry (it calls,
 * and its calls are not bounded otherwise: lower_interrupt.c), from call
 * graph `g`. False if out of memory. */
bool lower_epoch_plan_fill(const wasm_module *m, const callgraph *g, bool *plan);

#endif /* W2O_BACKEND_IMPL_H */
