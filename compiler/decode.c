/*
 * decode.c — the binary format of a WebAssembly 2.0 module into wasm_module.
 *
 * requires: the file's bytes (any bytes at all: this is the fuzzed surface).
 * produces: a wasm_module whose arrays live in m->arena, or a malformed-module
 *           diagnostic naming the byte offset, what was found and what was
 *           expected (wording follows the spec interpreter where it has one).
 * maintains: nothing is read outside [bytes, bytes + size).
 *
 * Sections are decoded in one pass, each through a reader whose end is the
 * section's end, so a section can neither overrun nor underrun its declared
 * size. Imported and defined entities are collected separately and joined
 * into the index spaces of module.h at the end (finish_module), when every
 * count is known. Function bodies are not decoded here: only their local
 * declarations and extent; the validator walks their instructions. The name
 * section is best effort: a malformed one is ignored, as the spec allows
 * for custom sections.
 */
#include <string.h>

#include "reader.h"

enum { MAX_LOCALS = 1000000 }; /* beyond this, "unsupported" instead of a huge allocation */

typedef struct decoder {
  wasm_module *m;
  reader r;
  diag *d;
  int last_rank; /* order rank of the last non-custom section */
  bool has_func_section;
  bool has_code_section;
  bool has_data_section;
  uint32_t defined_func_count; /* function section */
  uint32_t *defined_func_types;
  uint32_t defined_table_count;
  wasm_tabletype *defined_tables;
  uint32_t defined_memory_count;
  wasm_limits *defined_memories;
  uint32_t defined_global_count;
  wasm_global *defined_globals;
  uint32_t defined_tag_count; /* tag section */
  uint32_t *defined_tag_types;
} decoder;

static bool out_of_memory(decoder *dc) { return diag_out_of_memory(dc->d, reader_offset(&dc->r)); }

/* Allocates `count` elements of `size` bytes from the module arena. */
static void *alloc_array(decoder *dc, size_t count, size_t size) {
  void *p = arena_array(&dc->m->arena, count, size);
  if (!p)
    out_of_memory(dc);
  return p;
}

/* memcpy of `count` elements, where src may be NULL when count is 0. */
static void copy_array(void *dst, const void *src, size_t count, size_t size) {
  if (count)
    memcpy(dst, src, count * size);
}

/* vec(B) ::= n:u32 (x:B)^n. Every element takes at least one byte, so a
 * count above the bytes left is malformed before anything is allocated. */
static bool read_count(decoder *dc, uint32_t *count) {
  size_t at = reader_offset(&dc->r);
  if (!read_u32(&dc->r, count))
    return false;
  size_t left = (size_t)(dc->r.end - dc->r.p);
  if (*count > left)
    return diag_error(dc->d, at, "unexpected end of section or function: %u entries in %zu bytes", *count,
                      left);
  return true;
}

/* Reads one byte that must be `expected`, else reports `what`. */
static bool read_byte_in(decoder *dc, uint8_t *out, uint8_t max, const char *what) {
  size_t at = reader_offset(&dc->r);
  if (!read_u8(&dc->r, out))
    return false;
  if (*out > max)
    return diag_error(dc->d, at, "%s: found 0x%02x, expected 0x00 to 0x%02x", what, *out, max);
  return true;
}

/* ---- Types ---- */

/* resulttype ::= t*:vec(valtype) */
static bool decode_resulttype(decoder *dc, uint32_t *count, wasm_valtype **types) {
  if (!read_count(dc, count))
    return false;
  *types = alloc_array(dc, *count, sizeof(wasm_valtype));
  if (!*types)
    return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!read_valtype(&dc->r, &(*types)[i]))
      return false;
  return true;
}

/* functype ::= 0x60 rt1:resulttype rt2:resulttype */
static bool decode_functype(decoder *dc, wasm_functype *t) {
  size_t at = reader_offset(&dc->r);
  uint8_t form;
  if (!read_u8(&dc->r, &form))
    return false;
  if (form & 0x80) /* the spec reads the form as a one-byte signed LEB128 */
    return diag_error(dc->d, at,
                      "integer representation too long: function type form 0x%02x, "
                      "expected 0x60",
                      form);
  if (form != 0x60)
    return diag_error(dc->d, at, "malformed function type: found 0x%02x, expected 0x60", form);
  return decode_resulttype(dc, &t->param_count, &t->params) &&
         decode_resulttype(dc, &t->result_count, &t->results);
}

/* limits ::= 0x00 n:u32 | 0x01 n:u32 m:u32 */
static bool decode_limits(decoder *dc, wasm_limits *l) {
  size_t at = reader_offset(&dc->r);
  uint8_t flags;
  uint32_t min, max = 0;
  if (!read_u8(&dc->r, &flags))
    return false;
  if (flags & 0x80) /* a multi-byte LEB128 where one byte is allowed */
    return diag_error(dc->d, at,
                      "integer representation too long: limits flags 0x%02x, "
                      "expected 0x00 or 0x01",
                      flags);
  if (flags > 1)
    return diag_error(dc->d, at,
                      "integer too large: malformed limits flags 0x%02x, "
                      "expected 0x00 or 0x01",
                      flags);
  if (!read_u32(&dc->r, &min) || (flags && !read_u32(&dc->r, &max)))
    return false;
  *l = (wasm_limits){.min = min, .max = max, .has_max = flags == 1};
  return true;
}

/*
 * memtype ::= limits | 0x02 n:u32 | 0x03 n:u32 m:u32 (shared, threads; the
 * validator requires the maximum) | 0x04 n:u64 | 0x05 n:u64 m:u64 (memory64:
 * a memory addressed by i64) | 0x06 n:u64 | 0x07 n:u64 m:u64 (shared and
 * 64-bit). Bit 0 says a maximum follows, bit 1 shared, bit 2 64-bit.
 */
static bool decode_memtype(decoder *dc, wasm_limits *l) {
  size_t at = reader_offset(&dc->r);
  uint8_t flags = at < (size_t)(dc->r.end - dc->r.base) ? dc->r.base[at] : 0;
  if (flags < 2 || flags > 7)
    return decode_limits(dc, l);
  uint64_t min = 0, max = 0;
  dc->r.p++;
  if (flags & 4) {
    if (!read_u64(&dc->r, &min) || ((flags & 1) && !read_u64(&dc->r, &max)))
      return false;
  } else {
    uint32_t min32 = 0, max32 = 0;
    if (!read_u32(&dc->r, &min32) || ((flags & 1) && !read_u32(&dc->r, &max32)))
      return false;
    min = min32, max = max32;
  }
  *l = (wasm_limits){.min = min, .max = max, .has_max = flags & 1, .shared = flags & 2, .index64 = flags & 4};
  return true;
}

/* reftype ::= 0x70 funcref | 0x6F externref */
static bool decode_reftype(decoder *dc, wasm_valtype *t) {
  size_t at = reader_offset(&dc->r);
  if (!read_u8(&dc->r, t))
    return false;
  if (*t != VT_FUNCREF && *t != VT_EXTERNREF)
    return diag_error(dc->d, at, "malformed reference type: found 0x%02x, expected 0x70 or 0x6f", *t);
  return true;
}

/* tabletype ::= et:reftype lim:limits */
static bool decode_tabletype(decoder *dc, wasm_tabletype *t) {
  return decode_reftype(dc, &t->reftype) && decode_limits(dc, &t->limits);
}

/* globaltype ::= t:valtype m:mut, mut ::= 0x00 const | 0x01 var */
static bool decode_globaltype(decoder *dc, wasm_globaltype *g) {
  uint8_t mut;
  if (!read_valtype(&dc->r, &g->type) || !read_byte_in(dc, &mut, 1, "malformed mutability"))
    return false;
  g->mutable_ = mut == 1;
  return true;
}

/* ---- Constant expressions ---- */

static bool is_constant_instr(wasm_opcode op) {
  return op == OP_I32_CONST || op == OP_I64_CONST || op == OP_F32_CONST || op == OP_F64_CONST ||
         op == OP_V128_CONST || op == OP_GLOBAL_GET || op == OP_REF_NULL || op == OP_REF_FUNC ||
         op == OP_I32_ADD || op == OP_I32_SUB || op == OP_I32_MUL || op == OP_I64_ADD || op == OP_I64_SUB ||
         op == OP_I64_MUL; /* the last six: extended constant expressions */
}

/* One constant instruction into `e`; `end` (sets *end) or a non-constant
 * instruction are reported by the caller. */
static bool decode_const_instr(decoder *dc, wasm_const_expr *e, bool *end) {
  wasm_instr in;
  if (!read_instr(&dc->r, &dc->m->arena, &in))
    return false;
  *end = in.op == OP_END;
  if (!*end && !is_constant_instr(in.op))
    return diag_error(dc->d, in.offset, "constant expression required, found %s", opcode_name(in.op));
  e->offset = in.offset;
  e->opcode = opcode_infos[in.op].code;
  e->index = in.op == OP_REF_NULL ? in.select_type : in.index;
  e->bits[0] = in.bits;
  e->bits[1] = 0;
  for (int i = 0; in.op == OP_V128_CONST && i < 16; i++) /* low half first, as w2o_const_expr_t */
    e->bits[i / 8] = (i % 8 ? e->bits[i / 8] : 0) | (uint64_t)in.bytes[i] << (8 * (i % 8));
  return true;
}

/* Appends `e` to the growing sequence `*code` of `*count` entries (doubling). */
static bool push_const_instr(decoder *dc, wasm_const_expr **code, uint32_t *count, const wasm_const_expr *e) {
  if ((*count & (*count - 1)) == 0) { /* 0, 1, 2, 4...: full */
    wasm_const_expr *grown = alloc_array(dc, *count ? 2 * (size_t)*count : 2, sizeof *grown);
    if (!grown)
      return false;
    copy_array(grown, *code, *count, sizeof *grown);
    *code = grown;
  }
  (*code)[(*count)++] = *e;
  return true;
}

/* expr ::= in*:instr* 0x0B, where each `in` is a constant instruction. One
 * instruction is kept in place, several as a sequence that the validator
 * types. Checking constness here is a validation rule; doing it while
 * decoding is simpler and reports the same message. */
static bool decode_const_expr(decoder *dc, wasm_const_expr *e) {
  wasm_const_expr in = {0};
  wasm_const_expr *code = NULL;
  uint32_t count = 0;
  size_t start = reader_offset(&dc->r);
  bool end = false;
  while (decode_const_instr(dc, &in, &end) && !end)
    if (!push_const_instr(dc, &code, &count, &in))
      return false;
  if (!end)
    return false;
  if (count == 0)
    return diag_error(dc->d, in.offset,
                      "type mismatch: empty constant expression, expected "
                      "one value");
  if (count == 1) {
    *e = code[0];
    return true;
  }
  *e = (wasm_const_expr){.opcode = CONST_EXPR_SEQUENCE, .index = count, .offset = start, .code = code};
  return true;
}

/* ---- Sections 1 to 9 ---- */

/* typesec ::= ft*:section_1(vec(functype)) */
static bool decode_type_section(decoder *dc) {
  wasm_module *m = dc->m;
  if (!read_count(dc, &m->type_count))
    return false;
  m->types = alloc_array(dc, m->type_count, sizeof(wasm_functype));
  if (!m->types)
    return false;
  for (uint32_t i = 0; i < m->type_count; i++)
    if (!decode_functype(dc, &m->types[i]))
      return false;
  return true;
}

/* tagtype ::= 0x00 x:typeidx (exception handling); the validator checks
 * the type (it exists and has no results). */
static bool decode_tagtype(decoder *dc, uint32_t *type_index) {
  uint8_t attribute;
  return read_byte_in(dc, &attribute, 0, "malformed tag attribute") && read_u32(&dc->r, type_index);
}

/* importdesc ::= 0x00 typeidx | 0x01 tabletype | 0x02 memtype | 0x03 globaltype
 *              | 0x04 tagtype (exception handling) */
static bool decode_importdesc(decoder *dc, wasm_import *im) {
  wasm_module *m = dc->m;
  if (!read_byte_in(dc, &im->kind, EXTERN_TAG, "malformed import kind"))
    return false;
  switch (im->kind) {
  case EXTERN_FUNC: m->func_import_count++; return read_u32(&dc->r, &im->type_index);
  case EXTERN_TABLE: m->table_import_count++; return decode_tabletype(dc, &im->table);
  case EXTERN_MEMORY: m->memory_import_count++; return decode_memtype(dc, &im->memory);
  case EXTERN_TAG: m->tag_import_count++; return decode_tagtype(dc, &im->tag_type);
  default: m->global_import_count++; return decode_globaltype(dc, &im->global);
  }
}

/* importsec ::= im*:section_2(vec(import)), import ::= mod:name nm:name d:importdesc */
static bool decode_import_section(decoder *dc) {
  wasm_module *m = dc->m;
  if (!read_count(dc, &m->import_count))
    return false;
  m->imports = alloc_array(dc, m->import_count, sizeof(wasm_import));
  if (!m->imports)
    return false;
  for (uint32_t i = 0; i < m->import_count; i++) {
    wasm_import *im = &m->imports[i];
    im->offset = reader_offset(&dc->r);
    if (!read_name(&dc->r, &m->arena, &im->module) || !read_name(&dc->r, &m->arena, &im->name) ||
        !decode_importdesc(dc, im))
      return false;
  }
  return true;
}

/* funcsec ::= x*:section_3(vec(typeidx)) */
static bool decode_function_section(decoder *dc) {
  dc->has_func_section = true;
  if (!read_count(dc, &dc->defined_func_count))
    return false;
  dc->defined_func_types = alloc_array(dc, dc->defined_func_count, sizeof(uint32_t));
  if (!dc->defined_func_types)
    return false;
  for (uint32_t i = 0; i < dc->defined_func_count; i++)
    if (!read_u32(&dc->r, &dc->defined_func_types[i]))
      return false;
  return true;
}

/* tablesec ::= tab*:section_4(vec(tabletype)) */
static bool decode_table_section(decoder *dc) {
  if (!read_count(dc, &dc->defined_table_count))
    return false;
  dc->defined_tables = alloc_array(dc, dc->defined_table_count, sizeof(wasm_tabletype));
  if (!dc->defined_tables)
    return false;
  for (uint32_t i = 0; i < dc->defined_table_count; i++)
    if (!decode_tabletype(dc, &dc->defined_tables[i]))
      return false;
  return true;
}

/* memsec ::= mem*:section_5(vec(memtype)) */
static bool decode_memory_section(decoder *dc) {
  if (!read_count(dc, &dc->defined_memory_count))
    return false;
  dc->defined_memories = alloc_array(dc, dc->defined_memory_count, sizeof(wasm_limits));
  if (!dc->defined_memories)
    return false;
  for (uint32_t i = 0; i < dc->defined_memory_count; i++)
    if (!decode_memtype(dc, &dc->defined_memories[i]))
      return false;
  return true;
}

/* globalsec ::= glob*:section_6(vec(global)), global ::= gt:globaltype e:expr */
static bool decode_global_section(decoder *dc) {
  if (!read_count(dc, &dc->defined_global_count))
    return false;
  dc->defined_globals = alloc_array(dc, dc->defined_global_count, sizeof(wasm_global));
  if (!dc->defined_globals)
    return false;
  for (uint32_t i = 0; i < dc->defined_global_count; i++) {
    wasm_global *g = &dc->defined_globals[i];
    if (!decode_globaltype(dc, &g->type) || !decode_const_expr(dc, &g->init))
      return false;
  }
  return true;
}

/* exportsec ::= ex*:section_7(vec(export)), export ::= nm:name d:exportdesc,
 * exportdesc ::= 0x00 funcidx | 0x01 tableidx | 0x02 memidx | 0x03 globalidx
 *              | 0x04 tagidx (exception handling) */
static bool decode_export_section(decoder *dc) {
  wasm_module *m = dc->m;
  if (!read_count(dc, &m->export_count))
    return false;
  m->exports = alloc_array(dc, m->export_count, sizeof(wasm_export));
  if (!m->exports)
    return false;
  for (uint32_t i = 0; i < m->export_count; i++) {
    wasm_export *ex = &m->exports[i];
    ex->offset = reader_offset(&dc->r);
    if (!read_name(&dc->r, &m->arena, &ex->name) ||
        !read_byte_in(dc, &ex->kind, EXTERN_TAG, "malformed export kind") || !read_u32(&dc->r, &ex->index))
      return false;
  }
  return true;
}

/* startsec ::= st:section_8(funcidx) */
static bool decode_start_section(decoder *dc) {
  dc->m->has_start = true;
  return read_u32(&dc->r, &dc->m->start);
}

/* ---- Element segments (section 9) ---- */

/* y*:vec(funcidx), as ref.func constant expressions. */
static bool decode_elem_funcs(decoder *dc, wasm_elem *e) {
  if (!read_count(dc, &e->count))
    return false;
  e->items = alloc_array(dc, e->count, sizeof(wasm_const_expr));
  if (!e->items)
    return false;
  for (uint32_t i = 0; i < e->count; i++) {
    e->items[i].offset = reader_offset(&dc->r);
    e->items[i].opcode = opcode_infos[OP_REF_FUNC].code;
    if (!read_u32(&dc->r, &e->items[i].index))
      return false;
  }
  return true;
}

/* el*:vec(expr) */
static bool decode_elem_exprs(decoder *dc, wasm_elem *e) {
  if (!read_count(dc, &e->count))
    return false;
  e->items = alloc_array(dc, e->count, sizeof(wasm_const_expr));
  if (!e->items)
    return false;
  for (uint32_t i = 0; i < e->count; i++)
    if (!decode_const_expr(dc, &e->items[i]))
      return false;
  return true;
}

/* elemkind ::= 0x00 (funcref) */
static bool decode_elemkind(decoder *dc, wasm_elem *e) {
  uint8_t kind;
  if (!read_byte_in(dc, &kind, 0, "malformed element kind"))
    return false;
  e->reftype = VT_FUNCREF;
  return true;
}

/*
 * elem ::= 0:u32 e:expr y*:vec(funcidx)                    active, table 0
 *        | 1:u32 et:elemkind y*:vec(funcidx)               passive
 *        | 2:u32 x:tableidx e:expr et:elemkind y*:vec(funcidx)  active
 *        | 3:u32 et:elemkind y*:vec(funcidx)               declarative
 *        | 4:u32 e:expr el*:vec(expr)                      active, table 0
 *        | 5:u32 et:reftype el*:vec(expr)                  passive
 *        | 6:u32 x:tableidx e:expr et:reftype el*:vec(expr)  active
 *        | 7:u32 et:reftype el*:vec(expr)                  declarative
 * Bit 0: passive or declarative; bit 1: explicit table (active) or
 * declarative; bit 2: expressions instead of function indices.
 */
static bool decode_elem(decoder *dc, wasm_elem *e) {
  size_t at = reader_offset(&dc->r);
  uint32_t flags = 0;
  e->offset_in_file = at;
  if (!read_u32(&dc->r, &flags))
    return false;
  if (flags > 7)
    return diag_error(dc->d, at, "malformed elements segment kind %u, expected 0 to 7", flags);
  bool active = !(flags & 1), explicit_kind = (flags & 3) != 0, exprs = (flags & 4) != 0;
  e->mode = active ? SEG_ACTIVE : (flags & 2) ? SEG_DECLARATIVE : SEG_PASSIVE;
  e->reftype = VT_FUNCREF;
  if (active && (flags & 2) && !read_u32(&dc->r, &e->table))
    return false;
  if (active && !decode_const_expr(dc, &e->offset))
    return false;
  if (explicit_kind && !(exprs ? decode_reftype(dc, &e->reftype) : decode_elemkind(dc, e)))
    return false;
  return exprs ? decode_elem_exprs(dc, e) : decode_elem_funcs(dc, e);
}

/* elemsec ::= seg*:section_9(vec(elem)) */
static bool decode_element_section(decoder *dc) {
  wasm_module *m = dc->m;
  if (!read_count(dc, &m->elem_count))
    return false;
  m->elems = alloc_array(dc, m->elem_count, sizeof(wasm_elem));
  if (!m->elems)
    return false;
  for (uint32_t i = 0; i < m->elem_count; i++)
    if (!decode_elem(dc, &m->elems[i]))
      return false;
  return true;
}

/* ---- Code, data, data count (sections 10, 11, 12) ---- */

/* locals ::= n:u32 t:valtype; the total, parameters included, must fit in u32. */
static bool decode_locals(decoder *dc, wasm_func *f, uint32_t param_count) {
  reader r0 = dc->r; /* first pass counts, second pass fills */
  uint32_t groups, n;
  uint64_t total = 0;
  wasm_valtype t = 0;
  if (!read_count(dc, &groups))
    return false;
  for (uint32_t i = 0; i < groups; i++) {
    size_t at = reader_offset(&dc->r);
    if (!read_u32(&dc->r, &n) || !read_valtype(&dc->r, &t))
      return false;
    total += n;
    if (total + param_count > UINT32_MAX)
      return diag_error(dc->d, at, "too many locals: more than 2^32-1 in one function");
  }
  if (total > MAX_LOCALS)
    return diag_unsupported(dc->d, reader_offset(&r0),
                            "unsupported: %llu locals in one "
                            "function, at most %d are supported",
                            (unsigned long long)total, MAX_LOCALS);
  f->local_count = (uint32_t)total;
  f->local_types = alloc_array(dc, total, sizeof(wasm_valtype));
  if (!f->local_types)
    return false;
  dc->r = r0;
  read_u32(&dc->r, &groups);
  for (uint32_t i = 0, k = 0; i < groups; i++) {
    read_u32(&dc->r, &n);
    read_valtype(&dc->r, &t);
    memset(f->local_types + k, t, n);
    k += n;
  }
  return true;
}

/* code ::= size:u32 code:func, func ::= (t*)*:vec(locals) e:expr */
static bool decode_code(decoder *dc, uint32_t index) {
  wasm_module *m = dc->m;
  wasm_func *f = &m->funcs[index];
  size_t at = reader_offset(&dc->r);
  uint32_t size = 0;
  if (!read_u32(&dc->r, &size))
    return false;
  if (size > (size_t)(dc->r.end - dc->r.p))
    return diag_error(dc->d, at,
                      "unexpected end of section or function: body of %u bytes, "
                      "%zu left in the code section",
                      size, (size_t)(dc->r.end - dc->r.p));
  const uint8_t *section_end = dc->r.end;
  dc->r.end = dc->r.p + size;
  f->start_offset = reader_offset(&dc->r);
  f->type_index = dc->defined_func_types[index];
  uint32_t params = f->type_index < m->type_count ? m->types[f->type_index].param_count : 0;
  if (!decode_locals(dc, f, params))
    return false;
  f->body_offset = reader_offset(&dc->r);
  f->body_end = (size_t)(dc->r.end - dc->r.base);
  if (f->body_offset >= f->body_end)
    return diag_error(dc->d, f->body_offset,
                      "unexpected end of section or function: "
                      "function body has no end");
  dc->r.p = dc->r.end;
  dc->r.end = section_end;
  return true;
}

/* codesec ::= code*:section_10(vec(code)) */
static bool decode_code_section(decoder *dc) {
  wasm_module *m = dc->m;
  size_t at = reader_offset(&dc->r);
  uint32_t count = 0;
  dc->has_code_section = true;
  m->code_offset = at;
  if (!read_count(dc, &count))
    return false;
  if (count != dc->defined_func_count)
    return diag_error(dc->d, at,
                      "function and code section have inconsistent lengths: "
                      "%u functions, %u bodies",
                      dc->defined_func_count, count);
  m->func_count = count;
  m->funcs = alloc_array(dc, count, sizeof(wasm_func));
  if (!m->funcs)
    return false;
  for (uint32_t i = 0; i < count; i++)
    if (!decode_code(dc, i))
      return false;
  return true;
}

/*
 * data ::= 0:u32 e:expr b*:vec(byte)               active, memory 0
 *        | 1:u32 b*:vec(byte)                      passive
 *        | 2:u32 x:memidx e:expr b*:vec(byte)      active
 */
static bool decode_data(decoder *dc, wasm_data *seg) {
  size_t at = reader_offset(&dc->r);
  uint32_t flags = 0;
  seg->offset_in_file = at;
  if (!read_u32(&dc->r, &flags))
    return false;
  if (flags > 2)
    return diag_error(dc->d, at, "malformed data segment kind %u, expected 0 to 2", flags);
  seg->mode = flags == 1 ? SEG_PASSIVE : SEG_ACTIVE;
  if (flags == 2 && !read_u32(&dc->r, &seg->memory))
    return false;
  if (flags != 1 && !decode_const_expr(dc, &seg->offset))
    return false;
  return read_u32(&dc->r, &seg->size) && read_bytes(&dc->r, seg->size, &seg->bytes);
}

/* datasec ::= seg*:section_11(vec(data)) */
static bool decode_data_section(decoder *dc) {
  wasm_module *m = dc->m;
  size_t at = reader_offset(&dc->r);
  dc->has_data_section = true;
  if (!read_count(dc, &m->data_count))
    return false;
  if (m->has_data_count && m->data_count != m->data_count_value)
    return diag_error(dc->d, at,
                      "data count and data section have inconsistent lengths: "
                      "%u in the data count section, %u segments",
                      m->data_count_value, m->data_count);
  m->datas = alloc_array(dc, m->data_count, sizeof(wasm_data));
  if (!m->datas)
    return false;
  for (uint32_t i = 0; i < m->data_count; i++)
    if (!decode_data(dc, &m->datas[i]))
      return false;
  return true;
}

/* datacountsec ::= n:section_12(u32) */
static bool decode_data_count_section(decoder *dc) {
  dc->m->has_data_count = true;
  return read_u32(&dc->r, &dc->m->data_count_value);
}

/* customsec ::= section_0(name byte*). Recorded; the name section is read at the end. */
static bool decode_custom_section(decoder *dc) {
  wasm_module *m = dc->m;
  wasm_name name;
  if (!read_name(&dc->r, &m->arena, &name))
    return false;
  wasm_custom *grown = alloc_array(dc, (size_t)m->custom_count + 1, sizeof(wasm_custom));
  if (!grown)
    return false;
  copy_array(grown, m->customs, m->custom_count, sizeof(wasm_custom));
  m->customs = grown; /* quadratic only in the number of custom sections */
  wasm_custom *c = &m->customs[m->custom_count++];
  c->name = name;
  c->offset = reader_offset(&dc->r);
  c->size = (size_t)(dc->r.end - dc->r.p);
  dc->r.p = dc->r.end;
  return true;
}

/* tagsec ::= tag*:section_13(vec(tagtype)) (exception handling). An empty
 * section (no count at all) is malformed. */
static bool decode_tag_section(decoder *dc) {
  size_t at = reader_offset(&dc->r);
  if (dc->r.p == dc->r.end)
    return diag_error(dc->d, at, "malformed section id 13: an empty tag section");
  if (!read_count(dc, &dc->defined_tag_count))
    return false;
  dc->defined_tag_types = alloc_array(dc, dc->defined_tag_count, sizeof(uint32_t));
  if (!dc->defined_tag_types)
    return false;
  for (uint32_t i = 0; i < dc->defined_tag_count; i++)
    if (!decode_tagtype(dc, &dc->defined_tag_types[i]))
      return false;
  return true;
}

/* ---- Sections and their order ---- */

/* Position of each section id in the required order 1..5, 13, 6..9, 12, 10, 11;
 * 0 if unknown. */
static int section_rank(uint8_t id) {
  static const int ranks[14] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};
  return id <= 13 ? ranks[id] : 0;
}

static bool decode_section_contents(decoder *dc, uint8_t id) {
  switch (id) {
  case 0: return decode_custom_section(dc);
  case 1: return decode_type_section(dc);
  case 2: return decode_import_section(dc);
  case 3: return decode_function_section(dc);
  case 4: return decode_table_section(dc);
  case 5: return decode_memory_section(dc);
  case 6: return decode_global_section(dc);
  case 7: return decode_export_section(dc);
  case 8: return decode_start_section(dc);
  case 9: return decode_element_section(dc);
  case 10: return decode_code_section(dc);
  case 11: return decode_data_section(dc);
  case 12: return decode_data_count_section(dc);
  default: return decode_tag_section(dc);
  }
}

/* Checks the id: known, and (unless custom) after every earlier section. */
static bool check_section_id(decoder *dc, uint8_t id, size_t at) {
  if (id > 13)
    return diag_error(dc->d, at, "malformed section id %u, expected 0 to 13", id);
  if (id == 0)
    return true;
  int rank = section_rank(id);
  if (rank <= dc->last_rank)
    return diag_error(dc->d, at,
                      "unexpected content after last section: section %u out of "
                      "order or repeated",
                      id);
  dc->last_rank = rank;
  return true;
}

/* section_N(B) ::= N:byte size:u32 cont:B (if size = ||B||) */
static bool decode_section(decoder *dc) {
  size_t at = reader_offset(&dc->r);
  uint8_t id;
  uint32_t size = 0;
  if (!read_u8(&dc->r, &id) || !check_section_id(dc, id, at) || !read_u32(&dc->r, &size))
    return false;
  size_t left = (size_t)(dc->r.end - dc->r.p);
  if (size > left)
    return diag_error(dc->d, at, "length out of bounds: section %u of %u bytes, %zu left in the file", id,
                      size, left);
  const uint8_t *file_end = dc->r.end;
  dc->r.end = dc->r.p + size;
  if (!decode_section_contents(dc, id))
    return false;
  if (dc->r.p != dc->r.end)
    return diag_error(dc->d, reader_offset(&dc->r),
                      "section size mismatch: section %u declared "
                      "%u bytes, contents end %zu bytes earlier",
                      id, size, (size_t)(dc->r.end - dc->r.p));
  dc->r.end = file_end;
  return true;
}

/* magic ::= 0x00 0x61 0x73 0x6D, version ::= 0x01 0x00 0x00 0x00 */
static bool decode_preamble(decoder *dc) {
  const uint8_t *b = NULL;
  size_t size = (size_t)(dc->r.end - dc->r.p);
  if (size < 4 && memcmp(dc->r.p, "\0asm", size) == 0)
    return diag_error(dc->d, size, "unexpected end: the file ends inside the magic header");
  if (size < 4 || memcmp(dc->r.p, "\0asm", 4) != 0)
    return diag_error(dc->d, 0, "magic header not detected: expected \\0asm");
  dc->r.p += 4;
  if (!read_bytes(&dc->r, 4, &b))
    return false;
  if (memcmp(b, "\1\0\0\0", 4) != 0)
    return diag_error(dc->d, 4,
                      "unknown binary version: found %02x %02x %02x %02x, expected "
                      "01 00 00 00",
                      b[0], b[1], b[2], b[3]);
  return true;
}

/* ---- Index spaces ---- */

/* Joins imported and defined functions: func_type_indices, func_declared. */
static bool build_func_space(decoder *dc) {
  wasm_module *m = dc->m;
  uint32_t imported = m->func_import_count, total;
  if (__builtin_add_overflow(imported, dc->defined_func_count, &total))
    return diag_error(dc->d, 0, "too many functions");
  m->func_type_indices = alloc_array(dc, total, sizeof(uint32_t));
  m->func_declared = alloc_array(dc, total, sizeof(bool));
  m->func_names = alloc_array(dc, total, sizeof(wasm_name));
  if (!m->func_type_indices || !m->func_declared || !m->func_names)
    return false;
  for (uint32_t i = 0, k = 0; i < m->import_count; i++)
    if (m->imports[i].kind == EXTERN_FUNC)
      m->func_type_indices[k++] = m->imports[i].type_index;
  copy_array(m->func_type_indices + imported, dc->defined_func_types, dc->defined_func_count,
             sizeof(uint32_t));
  return true;
}

/* Joins imported and defined tables, memories, globals and tags. */
static bool build_other_spaces(decoder *dc) {
  wasm_module *m = dc->m;
  m->table_total = m->table_import_count + dc->defined_table_count;
  m->memory_total = m->memory_import_count + dc->defined_memory_count;
  m->global_total = m->global_import_count + dc->defined_global_count;
  m->tag_total = m->tag_import_count + dc->defined_tag_count;
  m->tag_types = alloc_array(dc, m->tag_total, sizeof(uint32_t));
  m->tables = alloc_array(dc, m->table_total, sizeof(wasm_tabletype));
  m->memories = alloc_array(dc, m->memory_total, sizeof(wasm_limits));
  m->globals = alloc_array(dc, m->global_total, sizeof(wasm_global));
  if (!m->tables || !m->memories || !m->globals || !m->tag_types)
    return false;
  uint32_t t = 0, mem = 0, g = 0, tag = 0;
  for (uint32_t i = 0; i < m->import_count; i++) {
    const wasm_import *im = &m->imports[i];
    if (im->kind == EXTERN_TABLE)
      m->tables[t++] = im->table;
    else if (im->kind == EXTERN_MEMORY)
      m->memories[mem++] = im->memory;
    else if (im->kind == EXTERN_GLOBAL)
      m->globals[g++].type = im->global;
    else if (im->kind == EXTERN_TAG)
      m->tag_types[tag++] = im->tag_type;
  }
  copy_array(m->tag_types + tag, dc->defined_tag_types, dc->defined_tag_count, sizeof(uint32_t));
  copy_array(m->tables + t, dc->defined_tables, dc->defined_table_count, sizeof(wasm_tabletype));
  copy_array(m->memories + mem, dc->defined_memories, dc->defined_memory_count, sizeof(wasm_limits));
  copy_array(m->globals + g, dc->defined_globals, dc->defined_global_count, sizeof(wasm_global));
  return true;
}

static void declare_ref(wasm_module *m, const wasm_const_expr *e) {
  uint32_t total = m->func_import_count + m->func_count;
  if (e->opcode == opcode_infos[OP_REF_FUNC].code && e->index < total)
    m->func_declared[e->index] = true;
}

/* C.refs: functions named by exports, element segments and global initializers. */
static void mark_declared_funcs(wasm_module *m) {
  uint32_t total = m->func_import_count + m->func_count;
  for (uint32_t i = 0; i < m->export_count; i++)
    if (m->exports[i].kind == EXTERN_FUNC && m->exports[i].index < total)
      m->func_declared[m->exports[i].index] = true;
  for (uint32_t i = 0; i < m->elem_count; i++)
    for (uint32_t k = 0; k < m->elems[i].count; k++)
      declare_ref(m, &m->elems[i].items[k]);
  for (uint32_t i = m->global_import_count; i < m->global_total; i++)
    declare_ref(m, &m->globals[i].init);
}

/* ---- The name section (best effort) ---- */

/* namemap ::= vec(idx:u32 name); later entries for one index win. */
static bool read_function_names(reader *r, wasm_module *m) {
  uint32_t count, total = m->func_import_count + m->func_count;
  if (!read_u32(r, &count))
    return false;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t index = 0;
    wasm_name name;
    if (!read_u32(r, &index) || !read_name(r, &m->arena, &name))
      return false;
    if (index < total)
      m->func_names[index] = name;
  }
  return true;
}

/* namesec ::= section_0("name" subsec*), subsec ::= id:byte size:u32 contents;
 * id 0: module name, id 1: function names; others are skipped. */
static void read_name_section(wasm_module *m, const wasm_custom *c) {
  diag ignored;
  diag_init(&ignored, NULL);
  reader r = {m->bytes, m->bytes + c->offset, m->bytes + c->offset + c->size, &ignored, false};
  while (!reader_at_end(&r)) {
    uint8_t id;
    uint32_t size = 0;
    if (!read_u8(&r, &id) || !read_u32(&r, &size) || size > (size_t)(r.end - r.p))
      return;
    reader sub = {r.base, r.p, r.p + size, &ignored, false};
    if (id == 0 && !read_name(&sub, &m->arena, &m->module_name))
      return;
    if (id == 1 && !read_function_names(&sub, m))
      return;
    r.p += size;
  }
}

/* Module-level checks that need every section: the function/code and data
 * count/data pairs. */
static bool check_section_pairs(decoder *dc) {
  wasm_module *m = dc->m;
  size_t end = m->size;
  if (!dc->has_code_section && dc->defined_func_count != 0)
    return diag_error(dc->d, end,
                      "function and code section have inconsistent lengths: "
                      "%u functions, no code section",
                      dc->defined_func_count);
  if (m->has_data_count && !dc->has_data_section && m->data_count_value != 0)
    return diag_error(dc->d, end,
                      "data count and data section have inconsistent lengths: "
                      "%u in the data count section, no data section",
                      m->data_count_value);
  return true;
}

static bool finish_module(decoder *dc) {
  wasm_module *m = dc->m;
  if (!check_section_pairs(dc) || !build_func_space(dc) || !build_other_spaces(dc))
    return false;
  mark_declared_funcs(m);
  for (uint32_t i = 0; i < m->custom_count; i++)
    if (m->customs[i].name.len == 4 && memcmp(m->customs[i].name.data, "name", 4) == 0)
      read_name_section(m, &m->customs[i]);
  return true;
}

/* module ::= magic version section* (in the order of section_rank) */
bool decode_module(wasm_module *m, const uint8_t *bytes, size_t size, diag *d) {
  return decode_module_with(m, bytes, size, 0, d);
}

bool decode_module_with(wasm_module *m, const uint8_t *bytes, size_t size, uint32_t disabled, diag *d) {
  memset(m, 0, sizeof *m);
  arena_init(&m->arena);
  m->bytes = bytes;
  m->size = size;
  m->disabled = disabled;
  decoder dc = {
      .m = m,
      .d = d,
      .r = {bytes, bytes, bytes + size, d, (disabled & FEATURE_MULTI_MEMORY) ? READER_MEMIDX_ZERO_BYTE : 0}};
  if (!decode_preamble(&dc))
    return false;
  while (!reader_at_end(&dc.r))
    if (!decode_section(&dc))
      return false;
  return finish_module(&dc);
}

void module_free(wasm_module *m) {
  arena_free(&m->arena);
  memset(m, 0, sizeof *m);
}
