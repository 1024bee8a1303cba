/*
 * backend.h — the back end's public interface: one compilation of a
 * validated module to LLVM IR and then to the requested output file.
 *
 * A backend owns every LLVM object of one compilation (context, module,
 * builder, target machine, data layout, DIBuilder) and all of its memory
 * (through the allocation hook), created by backend_create and released by
 * backend_dispose, whatever happened in between. Each call returns a status
 * saying what kind of failure it was; the words for the user are in the
 * diag passed to backend_create, apart from the status. No stage of the
 * back end exits the process.
 *
 * Used by: main.c (the driver) and the back end's unit tests. The back end's
 * private header is backend_impl.h; nothing outside the back end includes it.
 */
#ifndef W2O_BACKEND_H
#define W2O_BACKEND_H

#include "compile.h"
#include "module.h"

/* What went wrong; the diag holds the message. */
typedef enum backend_status {
  BACKEND_OK = 0,
  BACKEND_INVALID_INPUT, /* options LLVM does not know: triple, --cpu, --features */
  BACKEND_UNSUPPORTED,   /* valid module using a feature not implemented yet */
  BACKEND_OUT_OF_MEMORY, /* an allocation through the hook failed */
  BACKEND_IO,            /* an output file could not be written */
  BACKEND_INTERNAL,      /* a bug in wasm2obj: LLVM rejected what we built */
} backend_status;

/* Opaque: the LLVM objects and memory of one compilation. */
typedef struct backend backend;

/* Creates the target machine for `opts` and an empty LLVM module. On failure
 * *out is NULL and d says why. `d` must outlive the backend. */
backend_status backend_create(const compile_options *opts, diag *d, backend **out);

/* Releases every LLVM object and all memory of `be` (NULL is fine). */
void backend_dispose(backend *be);

/* Where the time of one compilation went (--time-report), in seconds of
 * wall time per stage; lower, optimize and codegen are summed over the
 * partitions, so on several threads they add up to more than the wall time. */
typedef struct backend_times {
  double lower, optimize, codegen, link;
  unsigned partitions; /* LLVM modules the functions were split into */
  unsigned threads;    /* threads that compiled them */
} backend_times;

/* Monotonic wall-clock seconds, for stage times. */
double backend_clock(void);

/* What backend_compile reports beside its status. */
typedef struct backend_report {
  backend_times times;
  bool located; /* on failure: the diagnostic points into the module
                            (lowering), else it is about the output */
} backend_report;

/*
 * Compiles a validated module to `path`: the whole back end in one call.
 * A module with at least 256 KiB of code (partition.c) compiled to an ELF
 * object without -g is split into partitions of consecutive functions,
 * each its own LLVM context and module, compiled on opts->jobs threads and
 * joined into one relocatable object with `ld.lld -r`; the partitions
 * depend only on the module, so the object is the same for every -j. Other
 * compilations run as backend_create + backend_lower + backend_emit.
 * `report` may be NULL.
 */
backend_status backend_compile(const compile_options *opts, const wasm_module *m, diag *d, const char *path,
                               backend_report *report);

/* Lowers a validated module to LLVM IR. `m` must outlive the backend. */
backend_status backend_lower(backend *be, const wasm_module *m);

/* Verifies and optimizes the IR, then writes the output the options ask
 * for (object, assembly, IR or bitcode) to `path`, whole or not at all. */
backend_status backend_emit(backend *be, const char *path);

/*
 * LLVM's fatal errors (an unknown CPU LLVM only notices while compiling,
 * an operation it cannot lower on a soft-float target) cannot be returned
 * from: LLVM ends the process if its handler returns. The back end turns
 * them into a status and message and calls `fn`, which the driver provides
 * and which must end the process itself (main.c exits with the status's exit
 * code). Process-wide, as LLVM's handler is; set it before backend_create.
 */
typedef void (*backend_fatal_fn)(backend_status status, const char *message);
void backend_set_fatal_handler(backend_fatal_fn fn);

#endif /* W2O_BACKEND_H */
