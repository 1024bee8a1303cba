/*
 * descriptor.c — the module descriptor and the generic entry thunks.
 *
 * requires: lower.c has the native signature of every type
 *           (be->func_types); functions are referred to through
 *           lower_function_ref (declared there if another partition
 *           defines them).
 * produces: `<name>_module`, a constant w2o_module_t (w2o_abi.h) — the only
 *           global symbol of the object (with partitions, the functions are
 *           hidden globals too) — and one internal entry thunk per
 *           type, `void entry(ptr code, ptr env, ptr args, ptr results)`,
 *           that unpacks w2o_value_t arguments, calls and packs the results.
 * breaks:   nothing.
 *
 * Every descriptor struct is built as an LLVM constant struct whose member
 * types mirror the C declaration, so LLVM lays it out as the C compiler
 * does; check_layout() compares the sizes against sizeof() of the C types
 * and refuses to emit a descriptor that would not match.
 */
#include <stdlib.h>
#include <string.h>

#include "lower.h"

typedef struct desc {
  backend *be;
  LLVMTypeRef t_limits, t_const_expr;
} desc;

static LLVMValueRef u32(desc *d, uint64_t v) { return LLVMConstInt(d->be->t_i32, v, 0); }
static LLVMValueRef u64(desc *d, uint64_t v) { return LLVMConstInt(d->be->t_i64, v, 0); }
static LLVMValueRef null_ptr(desc *d) { return LLVMConstNull(d->be->t_ptr); }

static LLVMValueRef cstruct(desc *d, LLVMValueRef *fields, unsigned n) {
  return LLVMConstStructInContext(d->be->context, fields, n, 0);
}

/* A private constant global holding `init`; returns its address. */
static LLVMValueRef private_constant(desc *d, LLVMValueRef init) {
  LLVMValueRef g = LLVMAddGlobal(d->be->module, LLVMTypeOf(init), "");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  return g;
}

/* A NUL-terminated string constant. */
static LLVMValueRef string(desc *d, const char *s, size_t len) {
  return private_constant(d, LLVMConstStringInContext2(d->be->context, s, len, 0));
}

/* An array of constants as a private global, or NULL when empty. */
static LLVMValueRef array(desc *d, LLVMTypeRef elem, LLVMValueRef *vals, size_t n) {
  if (n == 0)
    return null_ptr(d);
  return private_constant(d, LLVMConstArray2(elem, vals, n));
}

/* A w2o_limits_t; `memory` (NULL for a table) gives shared and index64. */
static LLVMValueRef limits(desc *d, uint64_t min, uint64_t max, bool has_max, const wasm_limits *memory) {
  LLVMValueRef f[6] = {u64(d, min),
                       u64(d, has_max ? max : 0),
                       u32(d, has_max),
                       u32(d, memory && memory->shared),
                       u32(d, memory && memory->index64),
                       u32(d, 0)};
  return cstruct(d, f, 6);
}

_Static_assert(CONST_EXPR_SEQUENCE == W2O_CONST_SEQUENCE, "module.h and w2o_abi.h agree");

/* A w2o_const_expr_t; a sequence's instructions become a private array. */
static LLVMValueRef const_expr(desc *d, const wasm_const_expr *e) {
  LLVMValueRef bits[2] = {u64(d, e->bits[0]), u64(d, e->bits[1])};
  LLVMValueRef code = null_ptr(d);
  if (e->opcode == CONST_EXPR_SEQUENCE) {
    LLVMValueRef *items = arena_array(&d->be->arena, e->index, sizeof(LLVMValueRef));
    for (uint32_t i = 0; items && i < e->index; i++)
      items[i] = const_expr(d, &e->code[i]);
    if (!items)
      diag_out_of_memory(d->be->diag, e->offset); /* descriptor_emit fails on the diag */
    code = items ? array(d, d->t_const_expr, items, e->index) : null_ptr(d);
  }
  LLVMValueRef f[4] = {u32(d, e->opcode), u32(d, e->index), LLVMConstArray2(d->be->t_i64, bits, 2), code};
  return cstruct(d, f, 4);
}

/* Allocates `n` LLVMValueRefs (at least one) from the backend arena. */
static LLVMValueRef *values(desc *d, size_t n) {
  return arena_array(&d->be->arena, n ? n : 1, sizeof(LLVMValueRef));
}

/* ---- entry thunks ---- */

static LLVMValueRef value_slot(backend *be, LLVMValueRef base, uint32_t i, size_t field) {
  LLVMValueRef off = LLVMConstInt(be->t_i64, i * sizeof(w2o_value_t) + field, 0);
  return LLVMBuildInBoundsGEP2(be->builder, be->t_i8, base, &off, 1, "");
}

/* w2o_value_t.of is only 8-byte aligned: a v128 there needs alignment 8, not 16. */
enum { VALUE_ALIGN = 8 };

static void store_result(backend *be, LLVMValueRef results, uint32_t i, LLVMValueRef v, wasm_valtype t) {
  LLVMSetAlignment(LLVMBuildStore(be->builder, v, value_slot(be, results, i, offsetof(w2o_value_t, of))),
                   VALUE_ALIGN);
  LLVMBuildStore(be->builder, LLVMConstInt(be->t_i32, t, 0),
                 value_slot(be, results, i, offsetof(w2o_value_t, type)));
}

LLVMValueRef descriptor_entry(backend *be, uint32_t type_index) {
  const wasm_functype *ft = &be->wasm->types[type_index];
  LLVMTypeRef params[4] = {be->t_ptr, be->t_ptr, be->t_ptr, be->t_ptr};
  LLVMTypeRef fty = LLVMFunctionType(be->t_void, params, 4, 0);
  char *name = text_printf("%s.entry.t%u", be->opts.name, type_index);
  LLVMValueRef fn = LLVMAddFunction(be->module, name ? name : "", fty);
  w2o_free(name);
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  lower_add_unwind_table(be, fn);
  LLVMPositionBuilderAtEnd(be->builder, LLVMAppendBasicBlockInContext(be->context, fn, "entry"));
  LLVMValueRef args_ptr = LLVMGetParam(fn, 2), results_ptr = LLVMGetParam(fn, 3);
  LLVMValueRef args[ft->param_count + 2];
  unsigned n = 0;
  args[n++] = LLVMGetParam(fn, 1);
  for (uint32_t i = 0; i < ft->param_count; i++) {
    args[n] = LLVMBuildLoad2(be->builder, lower_valtype(be, ft->params[i]),
                             value_slot(be, args_ptr, i, offsetof(w2o_value_t, of)), "");
    LLVMSetAlignment(args[n++], VALUE_ALIGN);
  }
  LLVMTypeRef st = be->result_structs[type_index];
  LLVMValueRef tmp = st ? LLVMBuildAlloca(be->builder, st, "") : NULL;
  if (tmp)
    args[n++] = tmp;
  LLVMValueRef call =
      LLVMBuildCall2(be->builder, be->func_types[type_index], LLVMGetParam(fn, 0), args, n, "");
  if (ft->result_count == 1)
    store_result(be, results_ptr, 0, call, ft->results[0]);
  for (uint32_t i = 0; tmp && i < ft->result_count; i++) {
    LLVMValueRef p = LLVMBuildStructGEP2(be->builder, st, tmp, i, "");
    LLVMValueRef v = LLVMBuildLoad2(be->builder, lower_valtype(be, ft->results[i]), p, "");
    store_result(be, results_ptr, i, v, ft->results[i]);
  }
  LLVMBuildRetVoid(be->builder);
  return fn;
}

/* ---- tables of the descriptor ---- */

static LLVMValueRef types_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *v = values(d, m->type_count);
  for (uint32_t i = 0; i < m->type_count; i++) {
    const wasm_functype *ft = &m->types[i];
    uint32_t n = ft->param_count + ft->result_count;
    char codes[n + 1];
    for (uint32_t j = 0; j < n; j++)
      codes[j] = (char)(j < ft->param_count ? ft->params[j] : ft->results[j - ft->param_count]);
    LLVMValueRef f[3] = {u32(d, ft->param_count), u32(d, ft->result_count),
                         n ? string(d, codes, n) : null_ptr(d)};
    v[i] = cstruct(d, f, 3);
  }
  return array(d, m->type_count ? LLVMTypeOf(v[0]) : d->be->t_i8, v, m->type_count);
}

static LLVMValueRef entries_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *v = values(d, m->type_count);
  for (uint32_t i = 0; i < m->type_count; i++)
    v[i] = descriptor_entry(d->be, i);
  return array(d, d->be->t_ptr, v, m->type_count);
}

/* `own_index`: the import's index in its kind's space (unused for functions
 * and tags, whose `index` is their type index). */
static LLVMValueRef import_desc(desc *d, const wasm_import *im, uint32_t own_index) {
  uint32_t index = own_index, valtype = 0, mut = 0;
  LLVMValueRef lim = limits(d, 0, 0, false, NULL);
  if (im->kind == EXTERN_FUNC) {
    index = im->type_index;
  } else if (im->kind == EXTERN_TABLE) {
    valtype = im->table.reftype;
    lim = limits(d, im->table.limits.min, im->table.limits.max, im->table.limits.has_max, NULL);
  } else if (im->kind == EXTERN_MEMORY) {
    lim = limits(d, im->memory.min, im->memory.max, im->memory.has_max, &im->memory);
  } else if (im->kind == EXTERN_TAG) {
    index = im->tag_type;
  } else {
    valtype = im->global.type;
    mut = im->global.mutable_;
  }
  LLVMValueRef f[9] = {string(d, im->module.data, im->module.len),
                       string(d, im->name.data, im->name.len),
                       u32(d, im->module.len),
                       u32(d, im->name.len),
                       u32(d, im->kind),
                       u32(d, index),
                       lim,
                       u32(d, valtype),
                       u32(d, mut)};
  return cstruct(d, f, 9);
}

static LLVMValueRef imports_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *v = values(d, m->import_count);
  uint32_t counts[5] = {0, 0, 0, 0, 0};
  for (uint32_t i = 0; i < m->import_count; i++) {
    const wasm_import *im = &m->imports[i];
    v[i] = import_desc(d, im, counts[im->kind]++);
  }
  return array(d, m->import_count ? LLVMTypeOf(v[0]) : d->be->t_i8, v, m->import_count);
}

/* The type index of each defined tag. */
static LLVMValueRef tag_types_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  uint32_t n = m->tag_total - m->tag_import_count;
  LLVMValueRef *v = values(d, n);
  for (uint32_t i = 0; i < n; i++)
    v[i] = u32(d, m->tag_types[m->tag_import_count + i]);
  return array(d, d->be->t_i32, v, n);
}

static LLVMValueRef func_arrays(desc *d, LLVMValueRef *code, LLVMValueRef *names) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *types = values(d, m->func_count), *fns = values(d, m->func_count);
  LLVMValueRef *strs = values(d, m->func_count);
  for (uint32_t i = 0; i < m->func_count; i++) {
    types[i] = u32(d, m->funcs[i].type_index);
    size_t len;
    const char *name = LLVMGetValueName2(lower_function_ref(d->be, i), &len);
    fns[i] = lower_function_for_c(d->be, i);
    const char *dot = memchr(name, '.', len);
    strs[i] = dot ? string(d, dot + 1, len - (size_t)(dot + 1 - name)) : string(d, name, len);
  }
  *code = array(d, d->be->t_ptr, fns, m->func_count);
  *names = array(d, d->be->t_ptr, strs, m->func_count);
  return array(d, d->be->t_i32, types, m->func_count);
}

static LLVMValueRef tables_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  uint32_t n = m->table_total - m->table_import_count;
  LLVMValueRef *v = values(d, n);
  for (uint32_t i = 0; i < n; i++) {
    const wasm_tabletype *t = &m->tables[m->table_import_count + i];
    LLVMValueRef f[3] = {u32(d, t->reftype), u32(d, 0),
                         limits(d, t->limits.min, t->limits.max, t->limits.has_max, NULL)};
    v[i] = cstruct(d, f, 3);
  }
  return array(d, n ? LLVMTypeOf(v[0]) : d->be->t_i8, v, n);
}

static LLVMValueRef memories_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  uint32_t n = m->memory_total - m->memory_import_count;
  LLVMValueRef *v = values(d, n);
  for (uint32_t i = 0; i < n; i++) {
    const wasm_limits *l = &m->memories[m->memory_import_count + i];
    LLVMValueRef f[1] = {limits(d, l->min, l->max, l->has_max, l)};
    v[i] = cstruct(d, f, 1);
  }
  return array(d, n ? LLVMTypeOf(v[0]) : d->be->t_i8, v, n);
}

static LLVMValueRef globals_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  uint32_t n = m->global_total - m->global_import_count;
  LLVMValueRef *v = values(d, n);
  for (uint32_t i = 0; i < n; i++) {
    const wasm_global *g = &m->globals[m->global_import_count + i];
    LLVMValueRef f[3] = {u32(d, g->type.type), u32(d, g->type.mutable_), const_expr(d, &g->init)};
    v[i] = cstruct(d, f, 3);
  }
  return array(d, n ? LLVMTypeOf(v[0]) : d->be->t_i8, v, n);
}

static LLVMValueRef exports_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *v = values(d, m->export_count);
  for (uint32_t i = 0; i < m->export_count; i++) {
    const wasm_export *e = &m->exports[i];
    LLVMValueRef f[5] = {string(d, e->name.data, e->name.len), u32(d, e->name.len), u32(d, e->kind),
                         u32(d, e->index), u32(d, 0)};
    v[i] = cstruct(d, f, 5);
  }
  return array(d, m->export_count ? LLVMTypeOf(v[0]) : d->be->t_i8, v, m->export_count);
}

static LLVMValueRef elems_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *v = values(d, m->elem_count);
  for (uint32_t i = 0; i < m->elem_count; i++) {
    const wasm_elem *e = &m->elems[i];
    LLVMValueRef *items = values(d, e->count);
    for (uint32_t j = 0; j < e->count; j++)
      items[j] = const_expr(d, &e->items[j]);
    LLVMValueRef f[6] = {u32(d, e->mode),           u32(d, e->table),
                         u32(d, e->reftype),        u32(d, e->count),
                         const_expr(d, &e->offset), array(d, d->t_const_expr, items, e->count)};
    v[i] = cstruct(d, f, 6);
  }
  return array(d, m->elem_count ? LLVMTypeOf(v[0]) : d->be->t_i8, v, m->elem_count);
}

static LLVMValueRef datas_array(desc *d) {
  const wasm_module *m = d->be->wasm;
  LLVMValueRef *v = values(d, m->data_count);
  for (uint32_t i = 0; i < m->data_count; i++) {
    const wasm_data *s = &m->datas[i];
    LLVMValueRef bytes = s->size ? string(d, (const char *)s->bytes, s->size) : null_ptr(d);
    LLVMValueRef f[6] = {u32(d, s->mode), u32(d, s->memory),         u32(d, s->size),
                         u32(d, 0),       const_expr(d, &s->offset), bytes};
    v[i] = cstruct(d, f, 6);
  }
  return array(d, m->data_count ? LLVMTypeOf(v[0]) : d->be->t_i8, v, m->data_count);
}

static uint32_t module_flags(const compile_options *o) {
  uint32_t flags = o->bounds == BOUNDS_EXPLICIT ? W2O_MODULE_BOUNDS_EXPLICIT
                   : o->bounds == BOUNDS_NONE   ? W2O_MODULE_BOUNDS_NONE
                                                : W2O_MODULE_BOUNDS_GUARD;
  return flags | (o->fuel ? W2O_MODULE_FUEL : 0) | (o->epoch ? W2O_MODULE_EPOCH : 0);
}

/* The C layouts the descriptor must match, checked on the target's data layout. */
static bool check_layout(desc *d, LLVMValueRef module_init) {
  backend *be = d->be;
  if (LLVMPointerSize(be->data_layout) != sizeof(void *))
    return diag_error(be->diag, 0, "internal error: targets with %u-byte pointers are not supported",
                      LLVMPointerSize(be->data_layout));
  if (LLVMABISizeOfType(be->data_layout, LLVMTypeOf(module_init)) != sizeof(w2o_module_t) ||
      LLVMABISizeOfType(be->data_layout, d->t_const_expr) != sizeof(w2o_const_expr_t) ||
      LLVMABISizeOfType(be->data_layout, d->t_limits) != sizeof(w2o_limits_t))
    return diag_error(be->diag, 0, "internal error: descriptor layout differs from w2o_abi.h");
  return true;
}

bool descriptor_emit(backend *be) {
  const wasm_module *m = be->wasm;
  desc d = {be, NULL, NULL};
  wasm_const_expr zero = {0};
  d.t_limits = LLVMTypeOf(limits(&d, 0, 0, false, NULL));
  d.t_const_expr = LLVMTypeOf(const_expr(&d, &zero));
  LLVMValueRef code, names;
  LLVMValueRef func_types = func_arrays(&d, &code, &names);
  LLVMValueRef f[] = {
      u32(&d, W2O_ABI_VERSION),
      u32(&d, module_flags(&be->opts)),
      string(&d, be->opts.name, strlen(be->opts.name)),
      u32(&d, m->type_count),
      u32(&d, m->import_count),
      types_array(&d),
      entries_array(&d),
      imports_array(&d),
      u32(&d, m->func_import_count),
      u32(&d, m->table_import_count),
      u32(&d, m->memory_import_count),
      u32(&d, m->global_import_count),
      u32(&d, m->func_count),
      u32(&d, m->table_total - m->table_import_count),
      func_types,
      code,
      names,
      tables_array(&d),
      u32(&d, m->memory_total - m->memory_import_count),
      u32(&d, m->global_total - m->global_import_count),
      memories_array(&d),
      globals_array(&d),
      u32(&d, m->export_count),
      u32(&d, m->elem_count),
      exports_array(&d),
      elems_array(&d),
      u32(&d, m->data_count),
      u32(&d, 0),
      datas_array(&d),
      u64(&d, m->has_start ? m->start : (uint64_t)-1),
      u32(&d, m->tag_import_count),
      u32(&d, m->tag_total - m->tag_import_count),
      tag_types_array(&d),
  };
  LLVMValueRef init = cstruct(&d, f, sizeof f / sizeof f[0]);
  if (be->diag->failed || !check_layout(&d, init))
    return false;
  char *sym = text_printf("%s_module", be->opts.name);
  if (!sym)
    return diag_out_of_memory(be->diag, 0);
  LLVMValueRef g = LLVMAddGlobal(be->module, LLVMTypeOf(init), sym);
  w2o_free(sym);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetAlignment(g, 8);
  return true;
}
