/*
 * emit.c — the backend's LLVM objects, the optimization pipeline and output.
 *
 * requires: for emit_output, a module lowered by lower_module.
 * produces: the file the options ask for (object, assembly, IR, bitcode),
 *           written whole or not at all (a temporary file renamed into place).
 * breaks:   nothing.
 *
 * One backend owns the LLVM context, module, builder and target machine of a
 * compilation, and backend_dispose releases them all. Every LLVM call that
 * reports failure is checked and its message disposed. The module is
 * verified before optimization: a failure there is a wasm2obj bug, reported
 * as an internal error, never an abort.
 *
 * Determinism: the default CPU is generic (as `cc` does), the source file
 * name recorded in the object is the base name of the input, and nothing
 * else depends on the machine or the time.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Error.h>
#include <llvm-c/ErrorHandling.h>
#include <llvm-c/Support.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "lower.h"

static char *take_message(char *llvm_message) {
  char *s = text_printf("%s", llvm_message ? llvm_message : "unknown LLVM error");
  LLVMDisposeMessage(llvm_message);
  return s;
}

static LLVMCodeGenOptLevel codegen_level(const compile_options *o) {
  switch (o->opt_level) {
  case 0: return LLVMCodeGenLevelNone;
  case 1: return LLVMCodeGenLevelLess;
  case 3: return LLVMCodeGenLevelAggressive;
  default: return LLVMCodeGenLevelDefault;
  }
}

/* Resolves the CPU and feature strings; "native" means the build machine. */
static void cpu_and_features(const compile_options *o, char **cpu, char **features) {
  if (o->cpu && strcmp(o->cpu, "native") == 0) {
    *cpu = LLVMGetHostCPUName();
    char *host = LLVMGetHostCPUFeatures();
    *features = o->features ? text_printf("%s,%s", host, o->features) : text_printf("%s", host);
    LLVMDisposeMessage(host);
    return;
  }
  *cpu = text_printf("%s", o->cpu ? o->cpu : "generic");
  *features = text_printf("%s", o->features ? o->features : "");
}

static LLVMTargetMachineRef create_machine(const compile_options *o, const char *triple, char **error) {
  LLVMTargetRef target;
  char *message = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &message)) {
    *error = take_message(message);
    return NULL;
  }
  char *cpu, *features;
  cpu_and_features(o, &cpu, &features);
  bool native = o->cpu && strcmp(o->cpu, "native") == 0;
  LLVMTargetMachineRef tm = LLVMCreateTargetMachine(
      target, triple, cpu ? cpu : "generic", features ? features : "", codegen_level(o),
      o->pic ? LLVMRelocPIC : LLVMRelocStatic, LLVMCodeModelDefault);
  if (native)
    LLVMDisposeMessage(cpu);
  else
    w2o_free(cpu);
  w2o_free(features);
  if (!tm)
    *error = text_printf("cannot create a target machine for %s", triple);
  return tm;
}

/*
 * LLVM accepts an unknown --cpu or --features with a warning on stderr (and
 * an unknown CPU can then end in a fatal error), and the C API cannot ask
 * whether a CPU or feature exists. So the target machine is created, and a
 * one-function module compiled, with stderr captured: a "not a recognized"
 * warning becomes a usage error. This state is process-wide, like LLVM's
 * fatal-error handler that reads it.
 */
static struct {
  FILE *file;
  int saved_fd;
} capture = {NULL, -1};

static void capture_begin(void) {
  capture.file = tmpfile();
  capture.saved_fd = capture.file ? dup(2) : -1;
  if (capture.saved_fd < 0)
    return;
  fflush(stderr);
  dup2(fileno(capture.file), 2);
}

/* Restores stderr; returns the first line captured (static storage). */
static const char *capture_end(void) {
  static char text[512];
  text[0] = '\0';
  if (capture.saved_fd < 0)
    return text;
  fflush(stderr);
  dup2(capture.saved_fd, 2);
  close(capture.saved_fd);
  capture.saved_fd = -1;
  rewind(capture.file);
  size_t n = fread(text, 1, sizeof text - 1, capture.file);
  text[n] = '\0';
  fclose(capture.file);
  capture.file = NULL;
  char *end = strchr(text, '\n');
  if (end)
    *end = '\0';
  if ((end = strstr(text, " (ignoring"))) /* LLVM's wording; wasm2obj refuses instead */
    *end = '\0';
  return text;
}

/* LLVM's fatal errors (an unknown CPU, or float operations it cannot lower
 * on a soft-float target) become exit statuses instead of an abort. */
static void fatal_error(const char *reason) {
  const char *captured = capture_end();
  if (strstr(captured, "not a recognized")) {
    fprintf(stderr, "wasm2obj: error: %s\n", captured);
    _exit(EXIT_USAGE);
  }
  fprintf(stderr, "wasm2obj: internal error: LLVM: %s\n", reason);
  _exit(EXIT_INTERNAL);
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
static LLVMTargetMachineRef checked_machine(const compile_options *o, const char *triple, char **error) {
  bool probe = (o->cpu && strcmp(o->cpu, "native") != 0) || o->features;
  if (probe)
    capture_begin();
  LLVMTargetMachineRef tm = create_machine(o, triple, error);
  if (tm && probe)
    probe_subtarget(tm, triple);
  const char *captured = probe ? capture_end() : "";
  if (tm && strstr(captured, "not a recognized")) {
    *error = text_printf("%s (target %s)", captured, triple);
    LLVMDisposeTargetMachine(tm);
    return NULL;
  }
  return tm;
}

/*
 * LLVM 19 writes a .debug_names index for DWARF 5 unless the compile unit
 * says nameTableKind: None, which the C API cannot set. An index that
 * covers only the module's unit makes gdb ignore the other units of the
 * program it is linked into (no file:line for the host's frames), so it is
 * turned off here, once per process (LLVM's options are process-wide).
 */
static void parse_options(void) {
  const char *const args[] = {"wasm2obj", "-accel-tables=Disable"};
  LLVMParseCommandLineOptions(2, args, NULL);
}

static void disable_name_index(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, parse_options);
}

backend *backend_create(const compile_options *opts, char **error) {
  LLVMInstallFatalErrorHandler(fatal_error);
  disable_name_index();
  LLVMInitializeAllTargetInfos();
  LLVMInitializeAllTargets();
  LLVMInitializeAllTargetMCs();
  LLVMInitializeAllAsmPrinters();
  backend *be = w2o_realloc(NULL, sizeof *be);
  if (!be) {
    *error = NULL;
    return NULL;
  }
  memset(be, 0, sizeof *be);
  be->opts = *opts;
  be->triple = opts->triple ? LLVMNormalizeTargetTriple(opts->triple) : LLVMGetDefaultTargetTriple();
  be->machine = checked_machine(opts, be->triple, error);
  if (!be->machine) {
    backend_dispose(be);
    return NULL;
  }
  be->context = LLVMContextCreate();
  be->module = LLVMModuleCreateWithNameInContext(opts->name, be->context);
  LLVMSetTarget(be->module, be->triple);
  be->data_layout = LLVMCreateTargetDataLayout(be->machine);
  LLVMSetModuleDataLayout(be->module, be->data_layout);
  be->builder = LLVMCreateBuilderInContext(be->context);
  be->t_void = LLVMVoidTypeInContext(be->context);
  be->t_i8 = LLVMInt8TypeInContext(be->context);
  be->t_i32 = LLVMInt32TypeInContext(be->context);
  be->t_i64 = LLVMInt64TypeInContext(be->context);
  be->t_f32 = LLVMFloatTypeInContext(be->context);
  be->t_f64 = LLVMDoubleTypeInContext(be->context);
  be->t_ptr = LLVMPointerTypeInContext(be->context, 0);
  return be;
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
  w2o_free(be);
}

static const char *pipeline(const compile_options *o) {
  if (o->size_level == 1)
    return "default<Os>";
  if (o->size_level == 2)
    return "default<Oz>";
  static const char *const levels[] = {"default<O0>", "default<O1>", "default<O2>", "default<O3>"};
  return levels[o->opt_level < 0 || o->opt_level > 3 ? 2 : o->opt_level];
}

static bool optimize(backend *be, char **error) {
  char *message = NULL;
  if (LLVMVerifyModule(be->module, LLVMReturnStatusAction, &message)) {
    *error = text_printf("internal error: invalid LLVM IR: %s", message ? message : "");
    LLVMDisposeMessage(message);
    return false;
  }
  LLVMDisposeMessage(message);
  LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
  LLVMErrorRef err = LLVMRunPasses(be->module, pipeline(&be->opts), be->machine, pbo);
  LLVMDisposePassBuilderOptions(pbo);
  if (err) {
    char *m = LLVMGetErrorMessage(err);
    *error = text_printf("internal error: optimization failed: %s", m);
    LLVMDisposeErrorMessage(m);
    return false;
  }
  return true;
}

static bool write_all(const char *path, const char *data, size_t size, char **error) {
  char *tmp = text_printf("%s.tmp%ld", path, (long)getpid());
  FILE *f = tmp ? fopen(tmp, "wb") : NULL;
  if (!f) {
    *error = text_printf("cannot write %s: %s", path, strerror(errno));
    w2o_free(tmp);
    return false;
  }
  bool ok = fwrite(data, 1, size, f) == size;
  ok = (fclose(f) == 0) && ok;
  if (ok && rename(tmp, path) != 0)
    ok = false;
  if (!ok) {
    *error = text_printf("cannot write %s: %s", path, strerror(errno));
    remove(tmp);
  }
  w2o_free(tmp);
  return ok;
}

static bool write_buffer(const char *path, LLVMMemoryBufferRef buf, char **error) {
  bool ok = write_all(path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), error);
  LLVMDisposeMemoryBuffer(buf);
  return ok;
}

bool emit_output(backend *be, const char *path, char **error) {
  if (!optimize(be, error))
    return false;
  if (be->opts.emit == EMIT_LLVM) {
    char *ir = LLVMPrintModuleToString(be->module);
    bool ok = write_all(path, ir, strlen(ir), error);
    LLVMDisposeMessage(ir);
    return ok;
  }
  if (be->opts.emit == EMIT_BC)
    return write_buffer(path, LLVMWriteBitcodeToMemoryBuffer(be->module), error);
  LLVMMemoryBufferRef buf = NULL;
  char *message = NULL;
  LLVMCodeGenFileType kind = be->opts.emit == EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
  if (LLVMTargetMachineEmitToMemoryBuffer(be->machine, be->module, kind, &message, &buf)) {
    *error = text_printf("internal error: code generation failed: %s", message ? message : "");
    LLVMDisposeMessage(message);
    return false;
  }
  return write_buffer(path, buf, error);
}
