/*
 * debug.c — debug information for `-g` (modules without their own DWARF).
 *
 * requires: a validated module; the backend's LLVM module (debug_begin runs
 *           before lowering, debug_finish before optimization).
 * produces: a listing of the module beside the output (`<output>.lst`): one
 *           line per instruction, "  0x0001a3  i32.add", under a header line
 *           per function; and DWARF (version 5, or 4 with -gdwarf-4) that
 *           uses that listing as the source file: a compile unit, a
 *           subprogram per function (named from the name section, else
 *           funcN), a line per instruction, and at -O0 the parameters and
 *           locals as local0, local1... of their wasm types. So gdb shows,
 *           steps through and breaks on the listing, and every line names
 *           the code offset of its instruction.
 * breaks:   nothing; debug locations do not change the generated code.
 *
 * Line numbers need no table: the listing prints the instructions of each
 * function in the order lowering reads them, so the k-th instruction of a
 * function is on line func_line + 1 + k.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "lower.h"

/* DWARF base type encodings (DW_ATE_*). */
enum { ATE_FLOAT = 0x04, ATE_SIGNED = 0x05, ATE_ADDRESS = 0x01 };

/* Writes the listing; records each defined function's header line. */
static bool write_listing(backend *be, FILE *out) {
  const wasm_module *m = be->wasm;
  unsigned line = 1;
  fprintf(out, ";; wasm2obj -g listing of module %s: one line per instruction, with its code offset\n",
          be->opts.name);
  for (uint32_t i = 0; i < m->func_count; i++) {
    uint32_t index = m->func_import_count + i;
    size_t len;
    const char *symbol = LLVMGetValueName2(be->funcs[i], &len); /* "<prefix>.<name>" */
    const char *dot = memchr(symbol, '.', len);
    fprintf(out, "func[%u] %s:\n", index, dot ? dot + 1 : symbol);
    be->debug_lines[i] = ++line;
    arena scratch;
    arena_init(&scratch);
    reader r = {m->bytes, m->bytes + m->funcs[i].body_offset, m->bytes + m->funcs[i].body_end, be->diag};
    wasm_instr in;
    while (!reader_at_end(&r) && read_instr(&r, &scratch, &in)) {
      fprintf(out, "  0x%06zx  %s\n", in.offset, opcode_name(in.op));
      line++;
    }
    arena_free(&scratch);
  }
  return !ferror(out);
}

/* Applies -fdebug-prefix-map=OLD=NEW to a directory. Malloc'd. */
static char *mapped_dir(const compile_options *o, const char *dir) {
  size_t n = o->debug_prefix_old ? strlen(o->debug_prefix_old) : 0;
  if (n && strncmp(dir, o->debug_prefix_old, n) == 0)
    return names_printf("%s%s", o->debug_prefix_new, dir + n);
  return names_printf("%s", dir);
}

bool debug_begin(backend *be, const char *listing_path, const char *comp_dir) {
  const wasm_module *m = be->wasm;
  be->debug_lines = arena_array((arena *)&m->arena, m->func_count ? m->func_count : 1, sizeof(unsigned));
  FILE *out = be->debug_lines ? fopen(listing_path, "w") : NULL;
  if (!out)
    return diag_error(be->diag, 0, "cannot write %s: %s", listing_path, strerror(errno));
  bool ok = write_listing(be, out);
  ok = fclose(out) == 0 && ok;
  if (!ok)
    return diag_error(be->diag, 0, "cannot write %s", listing_path);
  LLVMSetIsNewDbgInfoFormat(be->module, 1);
  be->dib = LLVMCreateDIBuilder(be->module);
  const char *base = strrchr(listing_path, '/') ? strrchr(listing_path, '/') + 1 : listing_path;
  char *dir = mapped_dir(&be->opts, comp_dir);
  be->di_file = LLVMDIBuilderCreateFile(be->dib, base, strlen(base), dir ? dir : ".", dir ? strlen(dir) : 1);
  free(dir);
  static const char producer[] = "wasm2obj " W2O_VERSION;
  LLVMDIBuilderCreateCompileUnit(be->dib, LLVMDWARFSourceLanguageC, be->di_file, producer, sizeof producer - 1,
                                 be->opts.opt_level > 0, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "",
                                 0, "", 0);
  LLVMAddModuleFlag(be->module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                    LLVMValueAsMetadata(lower_const_i32(be, 3)));
  LLVMAddModuleFlag(be->module, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                    LLVMValueAsMetadata(lower_const_i32(be, (uint32_t)be->opts.debug)));
  return true;
}

static LLVMMetadataRef basic_type(backend *be, wasm_valtype t) {
  switch (t) {
  case VT_I32: return LLVMDIBuilderCreateBasicType(be->dib, "i32", 3, 32, ATE_SIGNED, LLVMDIFlagZero);
  case VT_I64: return LLVMDIBuilderCreateBasicType(be->dib, "i64", 3, 64, ATE_SIGNED, LLVMDIFlagZero);
  case VT_F32: return LLVMDIBuilderCreateBasicType(be->dib, "f32", 3, 32, ATE_FLOAT, LLVMDIFlagZero);
  case VT_F64: return LLVMDIBuilderCreateBasicType(be->dib, "f64", 3, 64, ATE_FLOAT, LLVMDIFlagZero);
  case VT_V128: return LLVMDIBuilderCreateBasicType(be->dib, "v128", 4, 128, ATE_SIGNED, LLVMDIFlagZero);
  default: return LLVMDIBuilderCreateBasicType(be->dib, "ref", 3, 64, ATE_ADDRESS, LLVMDIFlagZero);
  }
}

/* Parameters and locals as local0, local1... (at -O0, where they stay in memory). */
static void declare_locals(func_state *fs, LLVMMetadataRef sp, unsigned line) {
  backend *be = fs->be;
  LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(be->context, line, 0, sp, NULL);
  LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(be->dib, NULL, 0);
  for (uint32_t i = 0; i < fs->local_count; i++) {
    char name[24];
    int n = snprintf(name, sizeof name, "local%u", i);
    LLVMMetadataRef type = basic_type(be, fs->local_types[i]);
    LLVMMetadataRef var =
        i < fs->type->param_count
            ? LLVMDIBuilderCreateParameterVariable(be->dib, sp, name, (size_t)n, i + 1, be->di_file, line, type, 1,
                                                   LLVMDIFlagZero)
            : LLVMDIBuilderCreateAutoVariable(be->dib, sp, name, (size_t)n, be->di_file, line, type, 1,
                                              LLVMDIFlagZero, 0);
    LLVMDIBuilderInsertDeclareRecordAtEnd(be->dib, fs->locals[i], var, expr, loc, fs->entry_bb);
  }
}

void debug_function(func_state *fs) {
  backend *be = fs->be;
  if (!be->dib)
    return;
  uint32_t defined = fs->func_index - be->wasm->func_import_count;
  unsigned line = be->debug_lines[defined];
  size_t len;
  const char *symbol = LLVMGetValueName2(fs->fn, &len);
  const char *dot = memchr(symbol, '.', len);
  const char *name = dot ? dot + 1 : symbol;
  LLVMMetadataRef type = LLVMDIBuilderCreateSubroutineType(be->dib, be->di_file, NULL, 0, LLVMDIFlagZero);
  /* No linkage name: debuggers then know the function by its wasm name (`break fib`). */
  LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(be->dib, be->di_file, name, len - (size_t)(name - symbol), "", 0,
                                                   be->di_file, line, type, 1, 1, line, LLVMDIFlagPrototyped,
                                                   be->opts.opt_level > 0);
  LLVMSetSubprogram(fs->fn, sp);
  fs->di_scope = sp;
  fs->di_line = line;
  LLVMSetCurrentDebugLocation2(be->builder, LLVMDIBuilderCreateDebugLocation(be->context, line, 0, sp, NULL));
  if (be->opts.opt_level == 0)
    declare_locals(fs, sp, line);
}

void debug_instruction(func_state *fs, uint32_t k) {
  if (!fs->di_scope)
    return;
  LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(fs->be->context, fs->di_line + 1 + k, 0, fs->di_scope, NULL);
  LLVMSetCurrentDebugLocation2(fs->be->builder, loc);
}

void debug_clear_location(backend *be) { LLVMSetCurrentDebugLocation2(be->builder, NULL); }

void debug_finish(backend *be) {
  if (!be->dib)
    return;
  LLVMDIBuilderFinalize(be->dib);
  LLVMDisposeDIBuilder(be->dib);
  be->dib = NULL;
}
