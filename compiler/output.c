/*
 * output.c — writes the optimized module as object, assembly, IR or bitcode.
 *
 * requires: a module optimized by optimize_module.
 * produces: the file the options ask for, written whole or not at all (a
 *           temporary file renamed into place).
 * breaks:   nothing.
 *
 * Determinism: the bytes depend only on the module and the options (the
 * target machine, target.c); nothing here reads the machine or the time.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/BitWriter.h>

#include "backend_impl.h"

static backend_status write_all(backend *be, const char *path, const char *data, size_t size) {
  char *tmp = text_printf("%s.tmp%ld", path, (long)getpid());
  if (!tmp)
    return diag_out_of_memory(be->diag, 0), BACKEND_OUT_OF_MEMORY;
  FILE *f = fopen(tmp, "wb");
  bool ok = f && fwrite(data, 1, size, f) == size;
  ok = f && (fclose(f) == 0) && ok;
  if (ok && rename(tmp, path) != 0)
    ok = false;
  if (!ok) {
    diag_error(be->diag, 0, "cannot write %s: %s", path, strerror(errno));
    if (f)
      remove(tmp);
  }
  w2o_free(tmp);
  return ok ? BACKEND_OK : BACKEND_IO;
}

static backend_status write_buffer(backend *be, const char *path, LLVMMemoryBufferRef buf) {
  backend_status status = write_all(be, path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
  LLVMDisposeMemoryBuffer(buf);
  return status;
}

backend_status output_write(backend *be, const char *path) {
  if (be->opts.emit == EMIT_LLVM) {
    char *ir = LLVMPrintModuleToString(be->module);
    backend_status status = write_all(be, path, ir, strlen(ir));
    LLVMDisposeMessage(ir);
    return status;
  }
  if (be->opts.emit == EMIT_BC)
    return write_buffer(be, path, LLVMWriteBitcodeToMemoryBuffer(be->module));
  LLVMMemoryBufferRef buf = NULL;
  char *message = NULL;
  LLVMCodeGenFileType kind = be->opts.emit == EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
  if (LLVMTargetMachineEmitToMemoryBuffer(be->machine, be->module, kind, &message, &buf)) {
    diag_error(be->diag, 0, "internal error: code generation failed: %s", message ? message : "");
    LLVMDisposeMessage(message);
    return BACKEND_INTERNAL;
  }
  return write_buffer(be, path, buf);
}
