/*
 * instance.c — instantiation, exports and freeing of instances.
 *
 * An instance is one allocation: the private record (w2o_instance_private_t,
 * whose first member is the public w2o_instance_t that generated code reads)
 * followed by the index-space arrays (memories, globals, tables, funcs,
 * tags), the canonical type ids, the function-reference records, global
 * cells and tags of the module's own definitions, and the dropped flags of
 * its segments.
 * Defined memories and tables are separate objects the instance owns;
 * imported ones are pointed to, never copied — an imported function's
 * funcs[] entry is the exporter's own record.
 *
 * Instantiation follows the specification's order: resolve and type-check
 * imports, evaluate global initializers, create memories and tables, apply
 * active element segments then active data segments (each bounds-checked as
 * it is applied: writes of earlier segments stay, as WebAssembly 2.0 says),
 * run the start function. On failure the instance is not returned. Its
 * resources are freed — unless its functions may already be referenced from
 * outside (an element segment wrote into an imported table, or the start
 * function ran with imports at hand), in which case the specification keeps
 * those functions callable: the instance is then kept alive on a
 * process-wide orphan list until exit.
 *
 * Each instance is counted in backtrace.c's registry of modules from its
 * allocation to its disposal, so trap backtraces can name its functions.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Constant-expression opcodes (w2o_const_expr_t.opcode). */
enum {
  OP_GLOBAL_GET = 0x23,
  OP_I32_CONST = 0x41,
  OP_I64_CONST = 0x42,
  OP_F32_CONST = 0x43,
  OP_F64_CONST = 0x44,
  OP_I32_ADD = 0x6A, /* extended constant expressions: add, sub, mul in a row */
  OP_I32_MUL = 0x6C,
  OP_I64_ADD = 0x7C,
  OP_I64_MUL = 0x7E,
  OP_REF_NULL = 0xD0,
  OP_REF_FUNC = 0xD2,
  OP_V128_CONST = 0xFD0C
};

static pthread_mutex_t orphan_lock = PTHREAD_MUTEX_INITIALIZER;
static w2o_instance_private_t *orphans; /* guarded by orphan_lock */

static uint32_t func_total(const w2o_module_t *m) { return m->func_import_count + m->func_count; }
static uint32_t table_total(const w2o_module_t *m) { return m->table_import_count + m->table_count; }
static uint32_t memory_total(const w2o_module_t *m) { return m->memory_import_count + m->memory_count; }
static uint32_t global_total(const w2o_module_t *m) { return m->global_import_count + m->global_count; }
static uint32_t tag_total(const w2o_module_t *m) { return m->tag_import_count + m->tag_count; }

/* Fills `err` (if any) and returns `status`. */
__attribute__((format(printf, 4, 5))) static w2o_status_t fail(w2o_error_t *err, w2o_status_t status,
                                                               w2o_trap_t trap, const char *format, ...) {
  if (err == NULL)
    return status;
  va_list ap;
  va_start(ap, format);
  err->status = status;
  err->trap = trap;
  vsnprintf(err->message, sizeof err->message, format, ap);
  va_end(ap);
  return status;
}

static w2o_status_t fail_trap(w2o_error_t *err, w2o_trap_t trap) {
  return fail(err, W2O_STATUS_TRAP, trap, "%s", w2o_trap_message(trap));
}

/* ---- Allocation ---- */

/* Reserves `count` items of `size` bytes at the aligned end of the block. */
static size_t carve(size_t *cursor, size_t count, size_t size) {
  size_t at = (*cursor + 15) & ~(size_t)15;
  *cursor = at + count * size;
  return at;
}

static w2o_instance_private_t *allocate_instance(const w2o_module_t *m) {
  size_t end = sizeof(w2o_instance_private_t);
  size_t memories = carve(&end, memory_total(m), sizeof(w2o_memory_t *));
  size_t globals = carve(&end, global_total(m), sizeof(w2o_global_t *));
  size_t tables = carve(&end, table_total(m), sizeof(w2o_table_t *));
  size_t funcs = carve(&end, func_total(m), sizeof(w2o_funcref_t *));
  size_t tags = carve(&end, tag_total(m), sizeof(w2o_tag_t *));
  size_t type_ids = carve(&end, m->type_count, sizeof(uint32_t));
  size_t own_funcs = carve(&end, m->func_count, sizeof(w2o_funcref_t));
  size_t own_globals = carve(&end, m->global_count, sizeof(w2o_global_t));
  size_t own_tags = carve(&end, m->tag_count, sizeof(w2o_tag_t));
  size_t elem_dropped = carve(&end, m->elem_count, 1);
  size_t data_dropped = carve(&end, m->data_count, 1);
  char *block = calloc(1, end);
  if (block == NULL)
    return NULL;
  w2o_instance_private_t *p = (w2o_instance_private_t *)block;
  p->base.memories = (w2o_memory_t **)(block + memories);
  p->base.globals = (w2o_global_t **)(block + globals);
  p->base.tables = (w2o_table_t **)(block + tables);
  p->base.funcs = (const w2o_funcref_t **)(block + funcs);
  p->base.tags = (const w2o_tag_t **)(block + tags);
  p->base.type_ids = (const uint32_t *)(block + type_ids);
  p->own_funcs = (w2o_funcref_t *)(block + own_funcs);
  p->own_globals = (w2o_global_t *)(block + own_globals);
  p->own_tags = (w2o_tag_t *)(block + own_tags);
  p->elem_dropped = (uint8_t *)(block + elem_dropped);
  p->data_dropped = (uint8_t *)(block + data_dropped);
  p->base.module = m;
  return p;
}

/* Frees what the instance owns and the instance itself. */
static void dispose(w2o_instance_private_t *p) {
  const w2o_module_t *m = p->base.module;
  w2o_backtrace_unregister(m);
  for (uint32_t i = 0; i < p->memories_made; i++)
    w2o_memory_free(p->base.memories[m->memory_import_count + i]);
  for (uint32_t i = 0; i < p->tables_made; i++)
    w2o_table_free(p->base.tables[m->table_import_count + i]);
  free(p);
}

/* After a failed instantiation: free, or keep if referenced from outside. */
static void discard(w2o_instance_private_t *p) {
  if (!p->escaped) {
    dispose(p);
    return;
  }
  pthread_mutex_lock(&orphan_lock);
  p->next_orphan = orphans;
  orphans = p;
  pthread_mutex_unlock(&orphan_lock);
}

void w2o_instance_free(w2o_instance_t *instance) {
  if (instance != NULL)
    dispose((w2o_instance_private_t *)instance);
}

/* ---- Types and functions ---- */

static w2o_status_t intern_types(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  uint32_t *ids = (uint32_t *)p->base.type_ids;
  for (uint32_t i = 0; i < m->type_count; i++) {
    ids[i] = w2o_type_intern(&m->types[i]);
    if (ids[i] == UINT32_MAX)
      return fail(err, W2O_STATUS_NO_MEMORY, W2O_OK, "out of memory interning types");
  }
  return W2O_STATUS_OK;
}

static w2o_status_t init_funcs(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  for (uint32_t i = 0; i < m->func_count; i++) {
    uint32_t type = m->func_types[i];
    if (type >= m->type_count)
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "function %u has no type", i);
    p->own_funcs[i] = (w2o_funcref_t){.func = m->func_code[i],
                                      .env = &p->base,
                                      .type_id = p->base.type_ids[type],
                                      .entry = m->entries ? m->entries[type] : NULL};
    p->base.funcs[m->func_import_count + i] = &p->own_funcs[i];
  }
  return W2O_STATUS_OK;
}

/* Each instance makes its own tags: the same module instantiated twice
 * has distinct tags, as the specification says. */
static w2o_status_t init_tags(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  for (uint32_t i = 0; i < m->tag_count; i++) {
    if (m->tag_types[i] >= m->type_count)
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "tag %u has no type", i);
    p->own_tags[i].type_id = p->base.type_ids[m->tag_types[i]];
    p->base.tags[m->tag_import_count + i] = &p->own_tags[i];
  }
  return W2O_STATUS_OK;
}

/* ---- Imports ---- */

static bool limits_match(const w2o_limits_t *want, uint64_t size, bool has_max, uint64_t max) {
  if (size < want->min)
    return false;
  return !want->has_max || (has_max && max <= want->max);
}

/* True if `ext` has the type `import` declares. */
static bool import_matches(const w2o_instance_private_t *p, const w2o_import_desc_t *import,
                           const w2o_extern_t *ext) {
  if (ext->kind != import->kind || ext->of.func == NULL)
    return false;
  switch (import->kind) {
  case W2O_EXTERN_FUNC:
    return import->index < p->base.module->type_count &&
           ext->of.func->type_id == p->base.type_ids[import->index];
  case W2O_EXTERN_TABLE:
    return ext->of.table->reftype == import->valtype &&
           limits_match(&import->limits, ext->of.table->size, ext->of.table->flags & W2O_TABLE_HAS_MAX,
                        ext->of.table->max);
  case W2O_EXTERN_MEMORY: /* shared only for shared (threads), 64-bit only for 64-bit (memory64) */
    return !import->limits.shared == !(ext->of.memory->flags & W2O_MEMORY_SHARED) &&
           !import->limits.index64 == !(ext->of.memory->flags & W2O_MEMORY_INDEX64) &&
           limits_match(&import->limits, w2o_memory_size(ext->of.memory) / W2O_PAGE_SIZE,
                        ext->of.memory->flags & W2O_MEMORY_HAS_MAX, ext->of.memory->max_pages);
  case W2O_EXTERN_GLOBAL:
    return ext->of.global->type == import->valtype && ext->of.global->mutable_ == import->mutable_;
  case W2O_EXTERN_TAG:
    return import->index < p->base.module->type_count &&
           ext->of.tag->type_id == p->base.type_ids[import->index];
  default: return false;
  }
}

/* Stores a checked import at the next index of its kind; counts[] tracks them. */
static bool place_import(w2o_instance_private_t *p, const w2o_extern_t *ext, uint32_t counts[5]) {
  const w2o_module_t *m = p->base.module;
  uint32_t limits[5] = {m->func_import_count, m->table_import_count, m->memory_import_count,
                        m->global_import_count, m->tag_import_count};
  uint32_t at = counts[ext->kind]++;
  if (at >= limits[ext->kind])
    return false;
  if (ext->kind == W2O_EXTERN_FUNC)
    p->base.funcs[at] = ext->of.func;
  else if (ext->kind == W2O_EXTERN_TABLE)
    p->base.tables[at] = ext->of.table;
  else if (ext->kind == W2O_EXTERN_MEMORY)
    p->base.memories[at] = ext->of.memory;
  else if (ext->kind == W2O_EXTERN_TAG)
    p->base.tags[at] = ext->of.tag;
  else
    p->base.globals[at] = ext->of.global;
  return true;
}

static w2o_status_t link_imports(w2o_instance_private_t *p, w2o_resolve_fn resolve, void *user,
                                 w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  uint32_t counts[5] = {0, 0, 0, 0, 0};
  for (uint32_t i = 0; i < m->import_count; i++) {
    const w2o_import_desc_t *import = &m->imports[i];
    w2o_extern_t ext = {.kind = import->kind};
    if (import->kind > W2O_EXTERN_TAG)
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "import of unknown kind %u", import->kind);
    if (resolve == NULL || !resolve(user, import, &ext))
      return fail(err, W2O_STATUS_LINK_ERROR, W2O_OK, "unknown import %.*s.%.*s", (int)import->module_len,
                  import->module, (int)import->name_len, import->name);
    if (!import_matches(p, import, &ext))
      return fail(err, W2O_STATUS_LINK_ERROR, W2O_OK, "incompatible import type for %.*s.%.*s",
                  (int)import->module_len, import->module, (int)import->name_len, import->name);
    if (!place_import(p, &ext, counts))
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "import counts disagree with imports");
  }
  if (counts[0] != m->func_import_count || counts[1] != m->table_import_count ||
      counts[2] != m->memory_import_count || counts[3] != m->global_import_count ||
      counts[4] != m->tag_import_count)
    return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "import counts disagree with imports");
  return W2O_STATUS_OK;
}

/* ---- Constant expressions and globals ---- */

/* One instruction of a constant expression (not a sequence). */
static bool eval_const_instr(const w2o_instance_private_t *p, const w2o_const_expr_t *e,
                             uint32_t globals_ready, w2o_global_t *out) {
  memset(&out->value, 0, sizeof out->value);
  switch (e->opcode) {
  case OP_I32_CONST:
  case OP_F32_CONST:
    out->type = e->opcode == OP_I32_CONST ? W2O_I32 : W2O_F32;
    out->value.i32 = (uint32_t)e->bits[0];
    return true;
  case OP_I64_CONST:
  case OP_F64_CONST:
    out->type = e->opcode == OP_I64_CONST ? W2O_I64 : W2O_F64;
    out->value.i64 = e->bits[0];
    return true;
  case OP_V128_CONST:
    out->type = W2O_V128;
    memcpy(out->value.v128, e->bits, sizeof out->value.v128); /* little-endian hosts */
    return true;
  case OP_GLOBAL_GET:
    if (e->index >= globals_ready)
      return false;
    out->type = p->base.globals[e->index]->type;
    out->value = p->base.globals[e->index]->value;
    return true;
  case OP_REF_NULL: out->type = e->index; return true;
  case OP_REF_FUNC:
    out->type = W2O_FUNCREF;
    out->value.funcref = e->index < func_total(p->base.module) ? p->base.funcs[e->index] : NULL;
    return out->value.funcref != NULL;
  default: return false;
  }
}

/* i32/i64 add, sub, mul (wrapping) of `a` and `b` into `a`; false if
 * `opcode` is none of them or the operand types do not fit. */
static bool eval_const_arith(uint32_t opcode, w2o_global_t *a, const w2o_global_t *b) {
  bool wide = opcode >= OP_I64_ADD;
  uint32_t type = wide ? W2O_I64 : W2O_I32;
  uint64_t x = wide ? a->value.i64 : a->value.i32, y = wide ? b->value.i64 : b->value.i32, r;
  if (a->type != type || b->type != type)
    return false;
  switch (opcode - (wide ? OP_I64_ADD : OP_I32_ADD)) {
  case 0: r = x + y; break;
  case 1: r = x - y; break;
  default: r = x * y; break;
  }
  if (wide)
    a->value.i64 = r;
  else
    a->value.i32 = (uint32_t)r;
  return true;
}

static bool is_const_arith(uint32_t opcode) {
  return (opcode >= OP_I32_ADD && opcode <= OP_I32_MUL) || (opcode >= OP_I64_ADD && opcode <= OP_I64_MUL);
}

/* W2O_CONST_SEQUENCE: the instructions on a stack that must end with one value. */
static bool eval_const_sequence(const w2o_instance_private_t *p, const w2o_const_expr_t *e,
                                uint32_t globals_ready, w2o_global_t *out) {
  if (e->code == NULL || e->index == 0)
    return false;
  w2o_global_t *stack = calloc(e->index, sizeof *stack);
  uint32_t depth = 0;
  bool ok = stack != NULL;
  for (uint32_t i = 0; ok && i < e->index; i++) {
    const w2o_const_expr_t *in = &e->code[i];
    if (!is_const_arith(in->opcode)) {
      ok = eval_const_instr(p, in, globals_ready, &stack[depth++]);
      continue;
    }
    ok = depth >= 2 && eval_const_arith(in->opcode, &stack[depth - 2], &stack[depth - 1]);
    depth--; /* two operands in, one result out */
  }
  ok = ok && depth == 1;
  if (ok)
    *out = stack[0];
  free(stack);
  return ok;
}

/*
 * Evaluates a constant expression into out->value and out->type. global.get
 * may read only the first `globals_ready` globals (imports and the defined
 * globals already initialized). False if the expression is malformed.
 */
bool w2o_eval_const(const w2o_instance_private_t *p, const w2o_const_expr_t *e, uint32_t globals_ready,
                    w2o_global_t *out) {
  if (e->opcode == W2O_CONST_SEQUENCE)
    return eval_const_sequence(p, e, globals_ready, out);
  return eval_const_instr(p, e, globals_ready, out);
}

static w2o_status_t init_globals(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  for (uint32_t i = 0; i < m->global_count; i++) {
    const w2o_global_desc_t *desc = &m->globals[i];
    uint32_t index = m->global_import_count + i;
    w2o_global_t *cell = &p->own_globals[i];
    if (!w2o_eval_const(p, &desc->init, index, cell))
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "bad initializer of global %u", index);
    cell->type = desc->valtype;
    cell->mutable_ = desc->mutable_;
    p->base.globals[index] = cell;
  }
  return W2O_STATUS_OK;
}

/* ---- Memories and tables ---- */

static w2o_status_t create_memories_and_tables(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  for (uint32_t i = 0; i < m->memory_count; i++) {
    const w2o_limits_t *l = &m->memories[i].limits;
    w2o_memory_t *memory = l->index64  ? w2o_memory_new64(l->min, l->max, l->has_max, l->shared)
                           : l->shared ? w2o_memory_new_shared(l->min, l->max)
                                       : w2o_memory_new(l->min, l->max, l->has_max);
    if (memory == NULL && !l->index64 && l->min > W2O_MEMORY32_LIMIT_PAGES)
      return fail(err, W2O_STATUS_NO_MEMORY, W2O_OK,
                  "cannot create memory %u of %llu pages: a 32-bit memory has at most %u here",
                  m->memory_import_count + i, (unsigned long long)l->min, W2O_MEMORY32_LIMIT_PAGES);
    if (memory == NULL)
      return fail(err, W2O_STATUS_NO_MEMORY, W2O_OK, "cannot create memory %u of %llu pages",
                  m->memory_import_count + i, (unsigned long long)l->min);
    p->base.memories[m->memory_import_count + p->memories_made++] = memory;
  }
  for (uint32_t i = 0; i < m->table_count; i++) {
    const w2o_table_desc_t *t = &m->tables[i];
    bool too_big = t->limits.min > UINT32_MAX || (t->limits.has_max && t->limits.max > UINT32_MAX);
    w2o_table_t *table = too_big ? NULL
                                 : w2o_table_new(t->reftype, (uint32_t)t->limits.min, (uint32_t)t->limits.max,
                                                 t->limits.has_max);
    if (table == NULL)
      return fail(err, W2O_STATUS_NO_MEMORY, W2O_OK, "cannot create table %u of %llu elements",
                  m->table_import_count + i, (unsigned long long)t->limits.min);
    p->base.tables[m->table_import_count + p->tables_made++] = table;
  }
  return W2O_STATUS_OK;
}

/* ---- Segments ---- */

/* Evaluates a segment offset (i32, or i64 for 64-bit memories and tables). */
static bool eval_offset(const w2o_instance_private_t *p, const w2o_const_expr_t *e, uint64_t *offset) {
  w2o_global_t v;
  if (!w2o_eval_const(p, e, global_total(p->base.module), &v))
    return false;
  *offset = v.type == W2O_I64 ? v.value.i64 : v.value.i32;
  return v.type == W2O_I64 || v.type == W2O_I32;
}

static w2o_status_t apply_elem(w2o_instance_private_t *p, const w2o_elem_desc_t *seg, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  uint64_t offset;
  if (seg->table >= table_total(m) || !eval_offset(p, &seg->offset, &offset))
    return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "bad active element segment");
  w2o_table_t *table = p->base.tables[seg->table];
  if (offset > table->size || seg->count > table->size - offset)
    return fail_trap(err, W2O_TRAP_TABLE_OUT_OF_BOUNDS);
  if (seg->table < m->table_import_count && seg->count > 0)
    p->escaped = true; /* the importer's table may now hold our functions */
  for (uint32_t i = 0; i < seg->count; i++) {
    w2o_global_t item;
    if (!w2o_eval_const(p, &seg->items[i], global_total(m), &item))
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "bad element segment item");
    table->elems[offset + i] = item.value.externref; /* funcref and externref share storage */
  }
  return W2O_STATUS_OK;
}

static w2o_status_t apply_elems(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  for (uint32_t i = 0; i < m->elem_count; i++) {
    const w2o_elem_desc_t *seg = &m->elems[i];
    if (seg->mode == W2O_SEGMENT_PASSIVE)
      continue;
    if (seg->mode == W2O_SEGMENT_ACTIVE) {
      w2o_status_t status = apply_elem(p, seg, err);
      if (status != W2O_STATUS_OK)
        return status;
    }
    p->elem_dropped[i] = 1; /* active and declarative segments drop themselves */
  }
  return W2O_STATUS_OK;
}

static w2o_status_t apply_datas(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  for (uint32_t i = 0; i < m->data_count; i++) {
    const w2o_data_desc_t *seg = &m->datas[i];
    uint64_t offset;
    if (seg->mode != W2O_SEGMENT_ACTIVE)
      continue;
    if (seg->memory >= memory_total(m) || !eval_offset(p, &seg->offset, &offset))
      return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "bad active data segment %u", i);
    w2o_memory_t *memory = p->base.memories[seg->memory];
    uint64_t size = w2o_memory_size(memory);
    if (offset > size || seg->size > size - offset)
      return fail_trap(err, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
    if (seg->size > 0)
      memcpy(memory->base + offset, seg->bytes, seg->size);
    p->data_dropped[i] = 1;
  }
  return W2O_STATUS_OK;
}

/* ---- Start function ---- */

/* Generic entry of the type [] -> [], for start functions without one. */
static void call_nullary(const void *func, void *env, const w2o_value_t *args, w2o_value_t *results) {
  (void)args;
  (void)results;
  ((void (*)(void *))(uintptr_t)func)(env);
}

static w2o_status_t run_start(w2o_instance_private_t *p, w2o_error_t *err) {
  const w2o_module_t *m = p->base.module;
  if (m->start < 0)
    return W2O_STATUS_OK;
  if ((uint64_t)m->start >= func_total(m))
    return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK, "bad start function");
  w2o_funcref_t start = *p->base.funcs[m->start];
  if (start.entry == NULL)
    start.entry = call_nullary;
  if (m->import_count > 0)
    p->escaped = true; /* it may hand our functions to the host or to imported tables */
  w2o_trap_t trap = w2o_call_unchecked(&start, NULL, NULL);
  return trap == W2O_OK ? W2O_STATUS_OK : fail_trap(err, trap);
}

/* ---- Instantiation ---- */

static w2o_status_t build(w2o_instance_private_t *p, w2o_resolve_fn resolve, void *user, w2o_error_t *err) {
  w2o_status_t status = intern_types(p, err);
  w2o_interrupt_init(p);
  if (status == W2O_STATUS_OK)
    status = init_funcs(p, err);
  if (status == W2O_STATUS_OK)
    status = init_tags(p, err);
  if (status == W2O_STATUS_OK)
    status = link_imports(p, resolve, user, err);
  if (status == W2O_STATUS_OK)
    status = init_globals(p, err);
  if (status == W2O_STATUS_OK)
    status = create_memories_and_tables(p, err);
  if (status == W2O_STATUS_OK)
    status = apply_elems(p, err);
  if (status == W2O_STATUS_OK)
    status = apply_datas(p, err);
  if (status == W2O_STATUS_OK)
    status = run_start(p, err);
  return status;
}

w2o_status_t w2o_instantiate(const w2o_module_t *module, w2o_resolve_fn resolve, void *user,
                             w2o_instance_t **out, w2o_error_t *err) {
  *out = NULL;
  w2o_backtrace_clear(); /* only a trapping start function leaves frames */
  if (err)
    *err = (w2o_error_t){.status = W2O_STATUS_OK, .trap = W2O_OK};
  if (module == NULL || module->abi_version != W2O_ABI_VERSION)
    return fail(err, W2O_STATUS_BAD_MODULE, W2O_OK,
                "module built for ABI version %u; this runtime has version %u",
                module ? module->abi_version : 0u, W2O_ABI_VERSION);
  w2o_instance_private_t *p = allocate_instance(module);
  if (p == NULL || !w2o_backtrace_register(module)) {
    free(p);
    return fail(err, W2O_STATUS_NO_MEMORY, W2O_OK, "out of memory allocating an instance");
  }
  w2o_status_t status = build(p, resolve, user, err);
  if (status != W2O_STATUS_OK) {
    w2o_backtrace_resolve(); /* name the start function's frames while p is registered */
    discard(p);
    return status;
  }
  *out = &p->base;
  return W2O_STATUS_OK;
}

bool w2o_instance_export(const w2o_instance_t *instance, const char *name, size_t name_len,
                         w2o_extern_t *out) {
  const w2o_module_t *m = instance->module;
  for (uint32_t i = 0; i < m->export_count; i++) {
    const w2o_export_desc_t *e = &m->exports[i];
    if (e->name_len != name_len || (name_len > 0 && memcmp(e->name, name, name_len) != 0))
      continue;
    out->kind = e->kind;
    if (e->kind == W2O_EXTERN_FUNC)
      out->of.func = instance->funcs[e->index];
    else if (e->kind == W2O_EXTERN_TABLE)
      out->of.table = instance->tables[e->index];
    else if (e->kind == W2O_EXTERN_MEMORY)
      out->of.memory = instance->memories[e->index];
    else if (e->kind == W2O_EXTERN_TAG)
      out->of.tag = instance->tags[e->index];
    else
      out->of.global = instance->globals[e->index];
    return true;
  }
  return false;
}
