/*
 * target.c — the target machine of a compilation, with --cpu and
 * --features checked, and LLVM's fatal errors turned into a status.
 *
 * requires:  a backend with its options set (backend_create).
 * produces:  be->triple and be->machine, or BACKEND_INVALID_INPUT with a
 *            diagnostic if LLVM does not know the triple, CPU or features.
 * maintains: determinism: the default CPU is generic (as `cc` does);
 *            "native" alone asks for the build machine's CPU.
 *
 * LLVM accepts an unknown --cpu or --features with a warning on stderr (and
 * an unknown CPU can then end in a fatal error), and the C API cannot ask
 * whether a CPU or feature exists. So the target machine is created, and a
 * one-function module compiled, with stderr captured: a "not a recognized"
 * warning becomes an invalid-input status.
 *
 * LLVM's fatal-error handler must not return (LLVM ends the process if it
 * does). It hands a status and message to the driver's handler
 * (backend_set_fatal_handler), which exits: the back end never does. The
 * capture in progress is found through a thread-local pointer, since
 * LLVM's handler takes no argument; the driver's handler is process-wide,
 * as LLVM's is.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/ErrorHandling.h>
#include <llvm-c/Support.h>

#include "backend_impl.h"

static LLVMCodeGenOptLevel codegen_level(const compile_options *o) {
  switch (o->opt_level) {
  case 0: return LLVMCodeGenLevelNone;
  case 1: return LLVMCodeGenLevelLess;
  case 3: return LLVMCodeGenLevelAggressive;
  default: return LLVMCodeGenLevelDefault;
  }
}

static bool is_native(const compile_options *o) { return o->cpu && strcmp(o->cpu, "native") == 0; }

/* Resolves the CPU and feature strings; "native" means the build machine.
 * Both are w2o_free'd by the caller; NULL if out of memory. */
static void cpu_and_features(const compile_options *o, char **cpu, char **features) {
  if (is_native(o)) {
    char *host_cpu = LLVMGetHostCPUName();
    char *host = LLVMGetHostCPUFeatures();
    *cpu = text_printf("%s", host_cpu);
    *features = o->features ? text_printf("%s,%s", host, o->features) : text_printf("%s", host);
    LLVMDisposeMessage(host_cpu);
    LLVMDisposeMessage(host);
    return;
  }
  *cpu = text_printf("%s", o->cpu ? o->cpu : "generic");
  *features = text_printf("%s", o->features ? o->features : "");
}

static backend_status create_machine(backend *be) {
  LLVMTargetRef target;
  char *message = NULL;
  if (LLVMGetTargetFromTriple(be->triple, &target, &message)) {
    diag_error(be->diag, 0, "%s", message ? message : "unknown LLVM error");
    LLVMDisposeMessage(message);
    return BACKEND_INVALID_INPUT;
  }
  const compile_options *o = &be->opts;
  char *cpu, *features;
  cpu_and_features(o, &cpu, &features);
  if (cpu && features)
    be->machine = LLVMCreateTargetMachine(target, be->triple, cpu, features, codegen_level(o),
                                          o->pic ? LLVMRelocPIC : LLVMRelocStatic, LLVMCodeModelDefault);
  bool out_of_memory = !cpu || !features;
  w2o_free(cpu);
  w2o_free(features);
  if (out_of_memory)
    return diag_out_of_memory(be->diag, 0), BACKEND_OUT_OF_MEMORY;
  if (!be->machine)
    return diag_error(be->diag, 0, "cannot create a target machine for %s", be->triple),
           BACKEND_INVALID_INPUT;
  return BACKEND_OK;
}

/* stderr redirected to a temporary file while LLVM may warn. */
typedef struct capture {
  FILE *file;
  int saved_fd;
  char text[512]; /* the first line captured, once ended */
} capture;

static _Thread_local capture *active_capture; /* for the fatal-error handler */
static backend_fatal_fn driver_fatal;

void backend_set_fatal_handler(backend_fatal_fn fn) { driver_fatal = fn; }

static void capture_begin(capture *c) {
  c->text[0] = '\0';
  c->file = tmpfile();
  c->saved_fd = c->file ? dup(2) : -1;
  if (c->saved_fd < 0) {
    if (c->file)
      fclose(c->file);
    return;
  }
  fflush(stderr);
  dup2(fileno(c->file), 2);
  active_capture = c;
}

/* Restores stderr; returns the first line captured (in c->text). */
static const char *capture_end(capture *c) {
  if (active_capture == c)
    active_capture = NULL;
  if (c->saved_fd < 0)
    return c->text;
  fflush(stderr);
  dup2(c->saved_fd, 2);
  close(c->saved_fd);
  c->saved_fd = -1;
  rewind(c->file);
  size_t n = fread(c->text, 1, sizeof c->text - 1, c->file);
  c->text[n] = '\0';
  fclose(c->file);
  c->file = NULL;
  char *end = strchr(c->text, '\n');
  if (end)
    *end = '\0';
  if ((end = strstr(c->text, " (ignoring"))) /* LLVM's wording; wasm2obj refuses instead */
    *end = '\0';
  return c->text;
}

/* LLVM's fatal errors (an unknown CPU, or float operations it cannot lower
 * on a soft-float target) go to the driver as a status, never an abort. */
static void fatal_error(const char *reason) {
  const char *captured = active_capture ? capture_end(active_capture) : "";
  char message[600];
  backend_status status = BACKEND_INTERNAL;
  if (strstr(captured, "not a recognized")) {
    snprintf(message, sizeof message, "%s", captured);
    status = BACKEND_INVALID_INPUT;
  } else {
    snprintf(message, sizeof message, "LLVM: %s", reason);
  }
  if (driver_fatal)
    driver_fatal(status, message);            /* does not return */
  fprintf(stderr, "wasm2obj: %s\n", message); /* no driver: LLVM then ends the process */
}

/* Compiles a one-function module: that makes LLVM build the subtarget. */
static void probe_subtarget(LLVMTargetMachineRef tm, const char *triple) {
  LLVMContextRef ctx = LLVMContextCreate();
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("probe", ctx);
  LLVMSetTarget(m, triple);
  LLVMTypeRef fty = LLVMFunctionType(LLVMVoidTypeInContext(ctx), NULL, 0, 0);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, LLVMAddFunction(m, "probe", fty), ""));
  LLVMBuildRetVoid(b);
  LLVMDisposeBuilder(b);
  LLVMMemoryBufferRef buf = NULL;
  char *message = NULL;
  if (!LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &message, &buf))
    LLVMDisposeMemoryBuffer(buf);
  LLVMDisposeMessage(message);
  LLVMDisposeModule(m);
  LLVMContextDispose(ctx);
}

/* The target machine for the options, with --cpu and --features checked. */
static backend_status checked_machine(backend *be, bool check) {
  const compile_options *o = &be->opts;
  bool probe = check && ((o->cpu && !is_native(o)) || o->features);
  capture c = {.saved_fd = -1};
  if (probe)
    capture_begin(&c);
  backend_status status = create_machine(be);
  if (status == BACKEND_OK && probe)
    probe_subtarget(be->machine, be->triple);
  const char *captured = probe ? capture_end(&c) : "";
  if (status == BACKEND_OK && strstr(captured, "not a recognized")) {
    diag_error(be->diag, 0, "%s (target %s)", captured, be->triple);
    return BACKEND_INVALID_INPUT; /* backend_dispose releases the machine */
  }
  return status;
}

/*
 * LLVM 19 writes a .debug_names index for DWARF 5 unless the compile unit
 * says nameTableKind: None, which the C API cannot set. An index that
 * covers only the module's unit makes gdb ignore the other units of the
 * program it is linked into (no file:line for the host's frames), so it is
 * turned off here, once per process (LLVM's options are process-wide).
 *
 * Also here: innermost loops start on a 64-byte boundary on x86 (LLVM's
 * default is 16; -Os and -Oz functions are never padded). On the AMD EPYC
 * test machine a small hot loop body that straddles a 64-byte line runs
 * far slower: the bench's interp, one object linked at four 16-byte shifts,
 * took 215, 215, 250 and 261 ms; aligned, 217-229 ms at every shift (its
 * dispatch block is 34 bytes). The same happens to native code (interp
 * built by clang-19 -O2: 166-251 ms at the same shifts), which is what made
 * single bench runs disagree by up to 1.7x per kernel. Cost: 4.7% more
 * .text on the 20 bench kernels, and nops run where the block before a
 * header falls into it: in interp that is on the hot path (the common tail
 * of push and load), 6% more instructions, and still the faster code.
 */
static void init_llvm(void) {
  const char *const args[] = {"wasm2obj", "-accel-tables=Disable",
                              "-x86-experimental-pref-innermost-loop-alignment=6"};
  LLVMParseCommandLineOptions(3, args, NULL);
  LLVMInstallFatalErrorHandler(fatal_error);
  LLVMInitializeAllTargetInfos();
  LLVMInitializeAllTargets();
  LLVMInitializeAllTargetMCs();
  LLVMInitializeAllAsmPrinters();
}

const char *target_stack_pointer(const backend *be) {
  if (!strncmp(be->triple, "x86_64", 6))
    return "rsp";
  return !strncmp(be->triple, "aarch64", 7) || !strncmp(be->triple, "arm64", 5) ? "sp" : NULL;
}

backend_status target_create(backend *be, bool check) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, init_llvm);
  const char *triple = be->opts.triple;
  be->triple = triple ? LLVMNormalizeTargetTriple(triple) : LLVMGetDefaultTargetTriple();
  return checked_machine(be, check);
}
