/*
 * debug.c — debug information for `-g`.
 *
 * requires: a validated module; the backend's LLVM module (debug_begin runs
 *           before lowering, debug_finish before optimization).
 * produces: DWARF (version 5, or 4 with -gdwarf-4) through LLVM's DIBuilder:
 *           one compile unit and a subprogram per function.
 *           - When the module carries its own DWARF, functions it describes
 *             get their C names, source files, lines and columns, inlined
 *             calls and lexical blocks, and at -O0 their variables by C
 *             name and type (debug_dwarf.c).
 *           - Every other function uses a listing of the module written
 *             beside the output (`<output>.lst`, one line per instruction,
 *             "  0x0001a3  i32.add", under a header line per function) as
 *             its source: named from the name section (else funcN), a line
 *             per instruction, so every line names its code offset, and at
 *             -O0 the parameters and locals as local0, local1... of their
 *             wasm types.
 * breaks:   nothing; debug locations do not change the generated code.
 *
 * Listing line numbers need no table: the listing prints the instructions
 * of each function in the order lowering reads them, so the k-th
 * instruction of a function is on line header_line + 1 + k.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"

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
    const char *symbol = be->func_symbols[i]; /* "<prefix>.<name>" */
    const char *dot = strchr(symbol, '.');
    fprintf(out, "func[%u] %s:\n", index, dot ? dot + 1 : symbol);
    be->debug->listing_lines[i] = ++line;
    arena scratch;
    arena_init(&scratch);
    reader r = {m->bytes, m->bytes + m->funcs[i].body_offset, m->bytes + m->funcs[i].body_end, be->diag,
                false};
    wasm_instr in;
    while (!reader_at_end(&r) && read_instr(&r, &scratch, &in)) {
      fprintf(out, "  0x%06zx  %s\n", in.offset, opcode_name(in.op));
      line++;
    }
    arena_free(&scratch);
  }
  return !ferror(out);
}

/* Applies -fdebug-prefix-map=OLD=NEW to a directory. Free with w2o_free. */
char *debug_mapped_dir(const compile_options *o, const char *dir) {
  for (size_t i = o->debug_prefix_map_count; i-- > 0;) { /* the last match wins, as in GCC and clang */
    const char *map = o->debug_prefix_maps[i], *eq = strchr(map, '=');
    size_t n = (size_t)(eq - map);
    if (strncmp(dir, map, n) == 0)
      return text_printf("%s%s", eq + 1, dir + n);
  }
  return text_printf("%s", dir);
}

/* A DIFile for `path`, split into directory (prefix-mapped) and name. */
static LLVMMetadataRef make_file(debug_state *ds, const compile_options *o, const char *path) {
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  char *dir = slash ? text_printf("%.*s", (int)(slash == path ? 1 : slash - path), path) : text_printf(".");
  char *mapped = dir ? debug_mapped_dir(o, dir) : NULL;
  LLVMMetadataRef f = LLVMDIBuilderCreateFile(ds->dib, base, strlen(base), mapped ? mapped : ".",
                                              mapped ? strlen(mapped) : 1);
  w2o_free(mapped);
  w2o_free(dir);
  return f;
}

LLVMMetadataRef debug_file(debug_state *ds, const compile_options *o, const char *path) {
  return debug_file_at(ds, o, wasm_dwarf_file(&ds->dwarf, path));
}

LLVMMetadataRef debug_file_at(debug_state *ds, const compile_options *o, uint32_t index) {
  if (index >= ds->dwarf.file_count)
    return ds->listing;
  size_t old_cap = ds->files_cap;
  if (!w2o_reserve(&ds->files, &ds->files_cap, (size_t)index + 1, sizeof *ds->files))
    return ds->listing;
  memset(ds->files + old_cap, 0, (ds->files_cap - old_cap) * sizeof *ds->files);
  if (!ds->files[index])
    ds->files[index] = make_file(ds, o, ds->dwarf.files[index]);
  return ds->files[index];
}

/* Opens the module's DWARF; a module without it, or with DWARF libdw
 * rejects (a warning), uses the listing for every function. */
static void open_module_dwarf(backend *be) {
  debug_state *ds = be->debug;
  const char *why = NULL;
  ds->have_dwarf = wasm_dwarf_open(&ds->dwarf, be->wasm, &why);
  if (why)
    fprintf(stderr, "%s: warning: ignoring the module's DWARF (%s); -g describes it as a listing\n",
            be->diag->filename ? be->diag->filename : "<input>", why);
}

bool debug_begin(backend *be, const char *listing_path, const char *comp_dir) {
  const wasm_module *m = be->wasm;
  debug_state *ds = be->debug = w2o_realloc(NULL, sizeof *ds);
  if (!ds)
    return diag_out_of_memory(be->diag, 0);
  memset(ds, 0, sizeof *ds);
  ds->listing_lines = arena_array(&be->arena, m->func_count ? m->func_count : 1, sizeof(unsigned));
  FILE *out = ds->listing_lines ? fopen(listing_path, "w") : NULL;
  if (!out)
    return diag_error(be->diag, 0, "cannot write %s: %s", listing_path, strerror(errno));
  bool ok = write_listing(be, out);
  ok = fclose(out) == 0 && ok;
  if (!ok)
    return diag_error(be->diag, 0, "cannot write %s", listing_path);
  open_module_dwarf(be);
  LLVMSetIsNewDbgInfoFormat(be->module, 1);
  ds->dib = LLVMCreateDIBuilder(be->module);
  const char *base = strrchr(listing_path, '/') ? strrchr(listing_path, '/') + 1 : listing_path;
  char *dir = debug_mapped_dir(&be->opts, comp_dir);
  ds->listing = LLVMDIBuilderCreateFile(ds->dib, base, strlen(base), dir ? dir : ".", dir ? strlen(dir) : 1);
  w2o_free(dir);
  static const char producer[] = "wasm2obj " W2O_VERSION;
  ds->cu = LLVMDIBuilderCreateCompileUnit(ds->dib, LLVMDWARFSourceLanguageC, ds->listing, producer,
                                          sizeof producer - 1, be->opts.opt_level > 0, "", 0, 0, "", 0,
                                          LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
  LLVMAddModuleFlag(be->module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                    LLVMValueAsMetadata(lower_const_i32(be, 3)));
  LLVMAddModuleFlag(be->module, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                    LLVMValueAsMetadata(lower_const_i32(be, (uint32_t)be->opts.debug)));
  return true;
}

static LLVMMetadataRef basic_type(backend *be, wasm_valtype t) {
  switch (t) {
  case VT_I32: return LLVMDIBuilderCreateBasicType(be->debug->dib, "i32", 3, 32, ATE_SIGNED, LLVMDIFlagZero);
  case VT_I64: return LLVMDIBuilderCreateBasicType(be->debug->dib, "i64", 3, 64, ATE_SIGNED, LLVMDIFlagZero);
  case VT_F32: return LLVMDIBuilderCreateBasicType(be->debug->dib, "f32", 3, 32, ATE_FLOAT, LLVMDIFlagZero);
  case VT_F64: return LLVMDIBuilderCreateBasicType(be->debug->dib, "f64", 3, 64, ATE_FLOAT, LLVMDIFlagZero);
  case VT_V128:
    return LLVMDIBuilderCreateBasicType(be->debug->dib, "v128", 4, 128, ATE_SIGNED, LLVMDIFlagZero);
  default: return LLVMDIBuilderCreateBasicType(be->debug->dib, "ref", 3, 64, ATE_ADDRESS, LLVMDIFlagZero);
  }
}

/* Parameters and locals as local0, local1... (at -O0, where they live in
 * the locals frame). */
static void declare_locals(func_state *fs, LLVMMetadataRef sp, unsigned line) {
  backend *be = fs->be;
  debug_state *ds = be->debug;
  LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(be->context, line, 0, sp, NULL);
  for (uint32_t i = 0; i < fs->local_count; i++) {
    char name[24];
    int n = snprintf(name, sizeof name, "local%u", i);
    LLVMMetadataRef type = basic_type(be, fs->local_types[i]);
    LLVMMetadataRef var =
        i < fs->type->param_count
            ? LLVMDIBuilderCreateParameterVariable(ds->dib, sp, name, (size_t)n, i + 1, ds->listing, line,
                                                   type, 1, LLVMDIFlagZero)
            : LLVMDIBuilderCreateAutoVariable(ds->dib, sp, name, (size_t)n, ds->listing, line, type, 1,
                                              LLVMDIFlagZero, 0);
    uint64_t ops[2] = {DW_OP_plus_uconst, LLVMOffsetOfElement(be->data_layout, fs->locals_frame_type, i + 1)};
    LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(ds->dib, ops, 2);
    LLVMDIBuilderInsertDeclareRecordAtEnd(ds->dib, fs->locals_frame, var, expr, loc, fs->entry_bb);
  }
}

/* The function's name as lowering declared it ("<prefix>.<name>"), without the prefix. */
static const char *function_name(func_state *fs, size_t *len) {
  size_t n;
  const char *symbol = LLVMGetValueName2(fs->fn, &n);
  const char *dot = memchr(symbol, '.', n);
  const char *name = dot ? dot + 1 : symbol;
  *len = n - (size_t)(name - symbol);
  return name;
}

static void listing_function(func_state *fs) {
  backend *be = fs->be;
  debug_state *ds = be->debug;
  unsigned line = ds->listing_lines[fs->func_index - be->wasm->func_import_count];
  size_t len;
  const char *name = function_name(fs, &len);
  LLVMMetadataRef type = LLVMDIBuilderCreateSubroutineType(ds->dib, ds->listing, NULL, 0, LLVMDIFlagZero);
  /* No linkage name: debuggers then know the function by its wasm name (`break fib`). */
  LLVMMetadataRef sp =
      LLVMDIBuilderCreateFunction(ds->dib, ds->listing, name, len, "", 0, ds->listing, line, type, 1, 1, line,
                                  LLVMDIFlagPrototyped, be->opts.opt_level > 0);
  LLVMSetSubprogram(fs->fn, sp);
  fs->di->sp = sp;
  fs->di->listing_line = line;
  LLVMSetCurrentDebugLocation2(be->builder, LLVMDIBuilderCreateDebugLocation(be->context, line, 0, sp, NULL));
  if (fs->locals_frame)
    declare_locals(fs, sp, line);
}

void debug_function(func_state *fs) {
  debug_state *ds = fs->be->debug;
  if (!ds)
    return;
  fs->di = arena_alloc(&fs->scratch, sizeof *fs->di);
  if (!fs->di)
    return;
  uint32_t defined = fs->func_index - fs->be->wasm->func_import_count;
  if (ds->have_dwarf && ds->dwarf.func_die[defined] && debug_dwarf_function(fs, ds->dwarf.func_die[defined]))
    return;
  listing_function(fs);
}

void debug_instruction(func_state *fs, uint32_t k, size_t offset) {
  if (!fs->di || !fs->di->sp)
    return;
  if (fs->di->dwarf) {
    debug_dwarf_instruction(fs, offset);
    return;
  }
  LLVMMetadataRef loc =
      LLVMDIBuilderCreateDebugLocation(fs->be->context, fs->di->listing_line + 1 + k, 0, fs->di->sp, NULL);
  LLVMSetCurrentDebugLocation2(fs->be->builder, loc);
}

void debug_clear_location(backend *be) { LLVMSetCurrentDebugLocation2(be->builder, NULL); }

void debug_finish(backend *be) {
  if (be->debug && be->debug->dib)
    LLVMDIBuilderFinalize(be->debug->dib);
}

void debug_dispose(backend *be) {
  debug_state *ds = be->debug;
  if (!ds)
    return;
  if (ds->dib)
    LLVMDisposeDIBuilder(ds->dib);
  debug_dwarf_free(ds);
  wasm_dwarf_close(&ds->dwarf);
  w2o_realloc(ds->files, 0);
  w2o_realloc(ds, 0);
  be->debug = NULL;
}
