/*
 * debug_dwarf.c — `-g` for functions the module's own DWARF describes.
 *
 * requires: debug.c has opened the module's DWARF (dwarf_read.c) and found
 *           the function's DW_TAG_subprogram.
 * produces: the function's DISubprogram (its C name, file and line); per
 *           instruction, the file, line and column of the module's line
 *           table, in the innermost lexical block or inlined call
 *           (DW_TAG_inlined_subroutine becomes an inlinedAt chain, so
 *           debuggers show inlined frames); at -O0, the variables and
 *           parameters by their C names and types.
 * breaks:   nothing; debug information never changes the generated code.
 *
 * Variables: clang keeps C locals of a wasm32 function in linear memory at
 * DW_OP_fbreg K, with the frame base in a wasm local
 * (DW_AT_frame_base = DW_OP_WASM_location 0 N). Such a variable lives at
 * memory_base + local[N] + K. At -O0 lowering keeps the memory base and
 * every wasm local in one frame (func_state.locals_frame), so one DWARF
 * expression on that frame finds it:
 *   DW_OP_dup, DW_OP_deref                    memory base (slot 0)
 *   DW_OP_swap, DW_OP_plus_uconst off(N),
 *   DW_OP_deref_size 4, DW_OP_plus            + local N
 *   DW_OP_plus_uconst K (or constu -K, minus) + K
 * Variables held in a wasm local (DW_OP_WASM_location 0 N) point at that
 * local's slot. Other locations (location lists, globals, the operand
 * stack) and optimized code (-O1 and up, where the frame does not exist)
 * give no variables. Pointers keep their 32-bit wasm value: a debugger
 * prints them but cannot follow them.
 *
 * Types are translated DIE by DIE (base, pointer, qualifiers, typedef,
 * struct/union/class with members and bit fields, array, enum, function),
 * memoized by DIE offset; a struct is entered in the map as a temporary
 * node before its members, so self-referencing types terminate.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"

/* ---- DIE offset -> metadata ---- */

static size_t slot_of(const die_map *m, Dwarf_Off key) {
  size_t i = (size_t)(key * 0x9E3779B97F4A7C15ull) & (m->cap - 1);
  while (m->keys[i] != 0 && m->keys[i] != key)
    i = (i + 1) & (m->cap - 1);
  return i;
}

static LLVMMetadataRef map_get(const die_map *m, Dwarf_Off key) {
  return m->cap ? m->values[slot_of(m, key)] : NULL;
}

static void map_put(die_map *m, Dwarf_Off key, LLVMMetadataRef value) {
  if ((m->count + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 256;
    die_map grown = {w2o_realloc(NULL, cap * sizeof(Dwarf_Off)),
                     w2o_realloc(NULL, cap * sizeof(LLVMMetadataRef)), cap, 0};
    if (!grown.keys || !grown.values) {
      w2o_realloc(grown.keys, 0);
      w2o_realloc(grown.values, 0);
      return; /* not memoized: still correct, only slower */
    }
    memset(grown.keys, 0, cap * sizeof(Dwarf_Off));
    memset(grown.values, 0, cap * sizeof(LLVMMetadataRef));
    for (size_t i = 0; i < m->cap; i++)
      if (m->keys[i]) {
        size_t j = slot_of(&grown, m->keys[i]);
        grown.keys[j] = m->keys[i];
        grown.values[j] = m->values[i];
        grown.count++;
      }
    w2o_realloc(m->keys, 0);
    w2o_realloc(m->values, 0);
    *m = grown;
  }
  size_t i = slot_of(m, key);
  if (!m->keys[i])
    m->count++;
  m->keys[i] = key;
  m->values[i] = value;
}

void debug_dwarf_free(debug_state *ds) {
  w2o_realloc(ds->types.keys, 0);
  w2o_realloc(ds->types.values, 0);
  w2o_realloc(ds->subprograms.keys, 0);
  w2o_realloc(ds->subprograms.values, 0);
}

/* ---- attributes ---- */

static const char *die_name(Dwarf_Die *die) {
  Dwarf_Attribute a;
  return dwarf_formstring(dwarf_attr_integrate(die, DW_AT_name, &a));
}

static uint64_t die_udata(Dwarf_Die *die, unsigned at, uint64_t otherwise) {
  Dwarf_Attribute a;
  Dwarf_Word v;
  return dwarf_formudata(dwarf_attr_integrate(die, at, &a), &v) == 0 ? v : otherwise;
}

static bool die_has(Dwarf_Die *die, unsigned at) {
  Dwarf_Attribute a;
  return dwarf_attr_integrate(die, at, &a) != NULL;
}

static bool die_ref(Dwarf_Die *die, unsigned at, Dwarf_Die *out) {
  Dwarf_Attribute a;
  return dwarf_formref_die(dwarf_attr_integrate(die, at, &a), out) != NULL;
}

static unsigned decl_line(Dwarf_Die *die) {
  int line;
  return dwarf_decl_line(die, &line) == 0 && line > 0 ? (unsigned)line : 0;
}

static LLVMMetadataRef decl_file(backend *be, Dwarf_Die *die) {
  const char *path = dwarf_decl_file(die);
  return path ? debug_file(be->debug, &be->opts, path) : be->debug->listing;
}

/* A raw DWARF expression attribute (exprloc or block), or false (e.g. a location list). */
static bool die_expr(Dwarf_Die *die, unsigned at, Dwarf_Block *out) {
  Dwarf_Attribute a;
  return dwarf_formblock(dwarf_attr_integrate(die, at, &a), out) == 0;
}

static bool read_uleb(const uint8_t **p, const uint8_t *end, uint64_t *out) {
  uint64_t v = 0;
  for (unsigned shift = 0; *p < end && shift < 64; shift += 7) {
    uint8_t b = *(*p)++;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80))
      return *out = v, true;
  }
  return false;
}

static bool read_sleb(const uint8_t **p, const uint8_t *end, int64_t *out) {
  uint64_t v = 0;
  unsigned shift = 0;
  for (; *p < end && shift < 64; shift += 7) {
    uint8_t b = *(*p)++;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      if (shift + 7 < 64 && (b & 0x40))
        v |= ~(uint64_t)0 << (shift + 7);
      return *out = (int64_t)v, true;
    }
  }
  return false;
}

enum { DW_OP_WASM_location = 0xed, WASM_LOCATION_LOCAL = 0 };

/* `DW_OP_WASM_location 0 N [DW_OP_stack_value]`: the value of wasm local N. */
static bool wasm_local_expr(const Dwarf_Block *b, uint64_t *local) {
  const uint8_t *p = b->data, *end = b->data + b->length;
  if (b->length < 3 || p[0] != DW_OP_WASM_location || p[1] != WASM_LOCATION_LOCAL)
    return false;
  p += 2;
  if (!read_uleb(&p, end, local))
    return false;
  return p == end || (p + 1 == end && *p == DW_OP_stack_value);
}

/* ---- types ---- */

static LLVMMetadataRef translate_type(backend *be, Dwarf_Die *die);

/* The type named by `die`'s DW_AT_type; NULL is void. */
static LLVMMetadataRef type_of(backend *be, Dwarf_Die *die) {
  Dwarf_Die t;
  return die_ref(die, DW_AT_type, &t) ? translate_type(be, &t) : NULL;
}

/* The same, where void is not a valid answer (variables, members, array
 * elements): a missing or broken reference becomes an unspecified type. */
static LLVMMetadataRef value_type_of(backend *be, Dwarf_Die *die) {
  LLVMMetadataRef t = type_of(be, die);
  return t ? t : LLVMDIBuilderCreateUnspecifiedType(be->debug->dib, "?", 1);
}

static uint64_t size_bits(Dwarf_Die *die) {
  Dwarf_Word bytes;
  return dwarf_aggregate_size(die, &bytes) == 0 ? bytes * 8 : 0;
}

static LLVMMetadataRef unknown_type(backend *be, const char *what) {
  return LLVMDIBuilderCreateUnspecifiedType(be->debug->dib, what, strlen(what));
}

static LLVMMetadataRef member(backend *be, LLVMMetadataRef scope, Dwarf_Die *m) {
  debug_state *ds = be->debug;
  const char *name = die_name(m);
  name = name ? name : "";
  LLVMMetadataRef type = value_type_of(be, m);
  uint64_t byte_offset = die_udata(m, DW_AT_data_member_location, 0);
  if (die_has(m, DW_AT_bit_size)) {
    uint64_t bits = die_udata(m, DW_AT_bit_size, 0), offset;
    if (die_has(m, DW_AT_data_bit_offset)) {
      offset = die_udata(m, DW_AT_data_bit_offset, 0);
    } else { /* DWARF 2/3: bit_offset counts from the storage unit's most significant bit */
      uint64_t storage = die_udata(m, DW_AT_byte_size, 4) * 8;
      offset = byte_offset * 8 + storage - die_udata(m, DW_AT_bit_offset, 0) - bits;
    }
    return LLVMDIBuilderCreateBitFieldMemberType(ds->dib, scope, name, strlen(name), decl_file(be, m),
                                                 decl_line(m), bits, offset, byte_offset * 8, LLVMDIFlagZero,
                                                 type);
  }
  Dwarf_Die t;
  uint64_t bits = die_ref(m, DW_AT_type, &t) ? size_bits(&t) : 0;
  return LLVMDIBuilderCreateMemberType(ds->dib, scope, name, strlen(name), decl_file(be, m), decl_line(m),
                                       bits, 0, byte_offset * 8, LLVMDIFlagZero, type);
}

/* Metadata collected for a composite: members, subranges, enumerators. */
typedef struct md_list {
  LLVMMetadataRef *items;
  size_t count, cap;
} md_list;

/* Translates one child DIE; NULL leaves it out. */
typedef LLVMMetadataRef (*child_fn)(backend *be, LLVMMetadataRef scope, Dwarf_Die *child);

/* The translations of `die`'s children with tag `tag` (free .items). */
static md_list children(backend *be, Dwarf_Die *die, int tag, LLVMMetadataRef scope, child_fn translate) {
  md_list l = {0};
  Dwarf_Die child;
  if (dwarf_child(die, &child) != 0)
    return l;
  do {
    LLVMMetadataRef md = dwarf_tag(&child) == tag ? translate(be, scope, &child) : NULL;
    if (md && w2o_reserve(&l.items, &l.cap, l.count + 1, sizeof *l.items))
      l.items[l.count++] = md; /* out of memory: the element is left out */
  } while (dwarf_siblingof(&child, &child) == 0);
  return l;
}

static LLVMMetadataRef composite(backend *be, Dwarf_Die *die, int tag) {
  debug_state *ds = be->debug;
  const char *name = die_name(die);
  name = name ? name : "";
  LLVMMetadataRef file = decl_file(be, die);
  unsigned line = decl_line(die);
  if (die_has(die, DW_AT_declaration))
    return LLVMDIBuilderCreateForwardDecl(ds->dib, (unsigned)tag, name, strlen(name), file, file, line, 0, 0,
                                          0, "", 0);
  uint64_t bits = die_udata(die, DW_AT_byte_size, 0) * 8;
  LLVMMetadataRef temp = LLVMDIBuilderCreateReplaceableCompositeType(
      ds->dib, (unsigned)tag, name, strlen(name), file, file, line, 0, bits, 0, LLVMDIFlagZero, "", 0);
  map_put(&ds->types, dwarf_dieoffset(die), temp);
  md_list members = children(be, die, DW_TAG_member, temp, member);
  LLVMMetadataRef t =
      tag == DW_TAG_union_type
          ? LLVMDIBuilderCreateUnionType(ds->dib, file, name, strlen(name), file, line, bits, 0,
                                         LLVMDIFlagZero, members.items, (unsigned)members.count, 0, "", 0)
          : LLVMDIBuilderCreateStructType(ds->dib, file, name, strlen(name), file, line, bits, 0,
                                          LLVMDIFlagZero, NULL, members.items, (unsigned)members.count, 0,
                                          NULL, "", 0);
  w2o_realloc(members.items, 0);
  LLVMMetadataReplaceAllUsesWith(temp, t);
  return t;
}

static LLVMMetadataRef subrange(backend *be, LLVMMetadataRef scope, Dwarf_Die *child) {
  (void)scope;
  int64_t count = -1;
  if (die_has(child, DW_AT_count))
    count = (int64_t)die_udata(child, DW_AT_count, 0);
  else if (die_has(child, DW_AT_upper_bound))
    count =
        (int64_t)die_udata(child, DW_AT_upper_bound, 0) - (int64_t)die_udata(child, DW_AT_lower_bound, 0) + 1;
  return LLVMDIBuilderGetOrCreateSubrange(be->debug->dib, 0, count);
}

static LLVMMetadataRef array(backend *be, Dwarf_Die *die) {
  md_list ranges = children(be, die, DW_TAG_subrange_type, NULL, subrange);
  LLVMMetadataRef t = LLVMDIBuilderCreateArrayType(be->debug->dib, size_bits(die), 0, value_type_of(be, die),
                                                   ranges.items, (unsigned)ranges.count);
  w2o_realloc(ranges.items, 0);
  return t;
}

static LLVMMetadataRef enumerator(backend *be, LLVMMetadataRef scope, Dwarf_Die *child) {
  (void)scope;
  Dwarf_Attribute a;
  Dwarf_Sword v = 0;
  const char *name = die_name(child);
  if (!name)
    return NULL;
  dwarf_formsdata(dwarf_attr(child, DW_AT_const_value, &a), &v);
  return LLVMDIBuilderCreateEnumerator(be->debug->dib, name, strlen(name), v, 0);
}

static LLVMMetadataRef enumeration(backend *be, Dwarf_Die *die) {
  debug_state *ds = be->debug;
  md_list items = children(be, die, DW_TAG_enumerator, NULL, enumerator);
  const char *name = die_name(die);
  name = name ? name : "";
  LLVMMetadataRef file = decl_file(be, die);
  LLVMMetadataRef t = LLVMDIBuilderCreateEnumerationType(
      ds->dib, file, name, strlen(name), file, decl_line(die), die_udata(die, DW_AT_byte_size, 4) * 8, 0,
      items.items, (unsigned)items.count, type_of(be, die));
  w2o_realloc(items.items, 0);
  return t;
}

/* Spells a type in C for the name of a pointer type: "struct node *", "const char **". */
static void spell_type(Dwarf_Die *die, char *buf, size_t size, int depth) {
  const char *name = die_name(die);
  int tag = dwarf_tag(die);
  Dwarf_Die inner;
  bool has_inner = die_ref(die, DW_AT_type, &inner);
  char sub[200] = "void";
  if (depth < 8 && has_inner &&
      (!name || tag == DW_TAG_pointer_type || tag == DW_TAG_const_type || tag == DW_TAG_volatile_type))
    spell_type(&inner, sub, sizeof sub, depth + 1);
  switch (tag) {
  case DW_TAG_pointer_type:
  case DW_TAG_reference_type:
  case DW_TAG_rvalue_reference_type: snprintf(buf, size, "%s *", sub); break;
  case DW_TAG_const_type: snprintf(buf, size, "const %s", sub); break;
  case DW_TAG_volatile_type: snprintf(buf, size, "volatile %s", sub); break;
  case DW_TAG_structure_type:
  case DW_TAG_class_type: snprintf(buf, size, "struct %s", name ? name : "?"); break;
  case DW_TAG_union_type: snprintf(buf, size, "union %s", name ? name : "?"); break;
  case DW_TAG_enumeration_type: snprintf(buf, size, "enum %s", name ? name : "?"); break;
  case DW_TAG_subroutine_type: snprintf(buf, size, "%s ()", sub); break;
  default: snprintf(buf, size, "%s", name ? name : sub);
  }
}

static LLVMMetadataRef translate_uncached(backend *be, Dwarf_Die *die) {
  debug_state *ds = be->debug;
  const char *name = die_name(die);
  int tag = dwarf_tag(die);
  switch (tag) {
  case DW_TAG_base_type:
    name = name ? name : "?";
    return LLVMDIBuilderCreateBasicType(ds->dib, name, strlen(name), die_udata(die, DW_AT_byte_size, 0) * 8,
                                        (LLVMDWARFTypeEncoding)die_udata(die, DW_AT_encoding, 0),
                                        LLVMDIFlagZero);
  case DW_TAG_pointer_type:
  case DW_TAG_reference_type:
  case DW_TAG_rvalue_reference_type: {
    /* A wasm32 pointer is a 32-bit offset into linear memory: an address
     * base type of that size (debuggers print it in hex; a DWARF pointer
     * type would be read as a native 64-bit pointer). */
    char spelled[200];
    spell_type(die, spelled, sizeof spelled, 0);
    return LLVMDIBuilderCreateBasicType(ds->dib, spelled, strlen(spelled),
                                        die_udata(die, DW_AT_byte_size, 4) * 8, DW_ATE_address,
                                        LLVMDIFlagZero);
  }
  case DW_TAG_const_type:
  case DW_TAG_volatile_type:
  case DW_TAG_restrict_type:
  case DW_TAG_atomic_type: return LLVMDIBuilderCreateQualifiedType(ds->dib, (unsigned)tag, type_of(be, die));
  case DW_TAG_typedef: {
    name = name ? name : "";
    LLVMMetadataRef file = decl_file(be, die);
    return LLVMDIBuilderCreateTypedef(ds->dib, type_of(be, die), name, strlen(name), file, decl_line(die),
                                      file, 0);
  }
  case DW_TAG_structure_type:
  case DW_TAG_class_type:
  case DW_TAG_union_type:
    return composite(be, die, tag == DW_TAG_union_type ? DW_TAG_union_type : DW_TAG_structure_type);
  case DW_TAG_array_type: return array(be, die);
  case DW_TAG_enumeration_type: return enumeration(be, die);
  case DW_TAG_subroutine_type: {
    LLVMMetadataRef ret = type_of(be, die);
    return LLVMDIBuilderCreateSubroutineType(ds->dib, ds->listing, &ret, 1, LLVMDIFlagZero);
  }
  default: return unknown_type(be, name ? name : "?");
  }
}

static LLVMMetadataRef translate_type(backend *be, Dwarf_Die *die) {
  debug_state *ds = be->debug;
  Dwarf_Off off = dwarf_dieoffset(die);
  LLVMMetadataRef t = map_get(&ds->types, off);
  if (t)
    return t;
  if (ds->type_depth > 64) /* a cycle that does not pass through a struct: malformed */
    return unknown_type(be, "?");
  ds->type_depth++;
  t = translate_uncached(be, die);
  ds->type_depth--;
  map_put(&ds->types, off, t);
  return t;
}

/* ---- scopes ---- */

static LLVMMetadataRef subroutine_type(backend *be, Dwarf_Die *sp) {
  LLVMMetadataRef ret = type_of(be, sp);
  return LLVMDIBuilderCreateSubroutineType(be->debug->dib, decl_file(be, sp), &ret, 1, LLVMDIFlagZero);
}

/* The DISubprogram of a function inlined somewhere (by its abstract DIE). */
static LLVMMetadataRef inlined_subprogram(backend *be, Dwarf_Die *die) {
  debug_state *ds = be->debug;
  Dwarf_Die origin;
  if (!die_ref(die, DW_AT_abstract_origin, &origin))
    origin = *die;
  Dwarf_Off off = dwarf_dieoffset(&origin);
  LLVMMetadataRef sp = map_get(&ds->subprograms, off);
  if (sp)
    return sp;
  const char *name = die_name(&origin);
  name = name ? name : "?";
  LLVMMetadataRef file = decl_file(be, &origin);
  unsigned line = decl_line(&origin);
  sp = LLVMDIBuilderCreateFunction(ds->dib, file, name, strlen(name), "", 0, file, line,
                                   subroutine_type(be, &origin), !die_has(&origin, DW_AT_external), 1, line,
                                   LLVMDIFlagPrototyped, be->opts.opt_level > 0);
  map_put(&ds->subprograms, off, sp);
  return sp;
}

static LLVMMetadataRef scope_md(func_state *fs, int index);

static LLVMMetadataRef inlined_at(func_state *fs, int index) {
  if (index < 0)
    return NULL;
  scope_md(fs, index);
  return fs->di->scopes[index].inlined_at;
}

static LLVMMetadataRef scope_file(func_state *fs, int index) {
  return index < 0 ? fs->di->file : (scope_md(fs, index), fs->di->scopes[index].file);
}

static LLVMMetadataRef scope_md(func_state *fs, int index) {
  if (index < 0)
    return fs->di->sp;
  debug_scope *s = &fs->di->scopes[index];
  if (s->made)
    return s->scope;
  s->made = true; /* set first: a malformed parent chain cannot recurse forever */
  backend *be = fs->be;
  Dwarf_Die die;
  LLVMMetadataRef parent = scope_md(fs, s->parent);
  LLVMMetadataRef parent_file = scope_file(fs, s->parent);
  LLVMMetadataRef parent_at = inlined_at(fs, s->parent);
  if (!dwarf_offdie(be->debug->dwarf.dwarf, s->die, &die)) {
    s->scope = parent;
    s->file = parent_file;
    s->inlined_at = parent_at;
  } else if (s->inlined) {
    s->inlined_at =
        LLVMDIBuilderCreateDebugLocation(be->context, s->call_line, s->call_column, parent, parent_at);
    s->scope = inlined_subprogram(be, &die);
    Dwarf_Die origin;
    s->file = decl_file(be, die_ref(&die, DW_AT_abstract_origin, &origin) ? &origin : &die);
  } else {
    s->scope = LLVMDIBuilderCreateLexicalBlock(be->debug->dib, parent, parent_file, decl_line(&die), 0);
    s->file = parent_file;
    s->inlined_at = parent_at;
  }
  return s->scope;
}

static int add_scope(func_state *fs, Dwarf_Die *die, int parent, bool inlined) {
  debug_func *di = fs->di;
  if (di->scope_count == di->scope_cap) {
    size_t cap = di->scope_cap ? di->scope_cap * 2 : 16;
    debug_scope *grown = arena_array(&fs->scratch, cap, sizeof *grown);
    if (!grown)
      return parent;
    if (di->scope_count)
      memcpy(grown, di->scopes, di->scope_count * sizeof *grown);
    di->scopes = grown;
    di->scope_cap = cap;
  }
  debug_scope s = {.die = dwarf_dieoffset(die), .parent = parent, .inlined = inlined};
  if (inlined) {
    s.call_line = (uint32_t)die_udata(die, DW_AT_call_line, 0);
    s.call_column = (uint32_t)die_udata(die, DW_AT_call_column, 0);
  }
  Dwarf_Addr base, start, end, *ranges = NULL;
  size_t n = 0, cap = 0;
  for (ptrdiff_t off = 0; (off = dwarf_ranges(die, off, &base, &start, &end)) > 0;) {
    if (n + 2 > cap) {
      size_t grown_cap = cap ? cap * 2 : 4;
      Dwarf_Addr *grown = arena_array(&fs->scratch, grown_cap, sizeof *grown);
      if (!grown)
        break;
      if (n)
        memcpy(grown, ranges, n * sizeof *grown);
      ranges = grown;
      cap = grown_cap;
    }
    ranges[n++] = start;
    ranges[n++] = end;
  }
  s.ranges = ranges;
  s.range_count = n / 2;
  di->scopes[di->scope_count] = s;
  return (int)di->scope_count++;
}

/* The innermost scope containing `addr`: scopes are in preorder, so the
 * last one that contains it is the deepest. -1: the function itself. */
static int innermost_scope(const debug_func *di, uint32_t addr) {
  int found = -1;
  for (size_t i = 0; i < di->scope_count; i++)
    for (size_t r = 0; r < di->scopes[i].range_count; r++)
      if (addr >= di->scopes[i].ranges[2 * r] && addr < di->scopes[i].ranges[2 * r + 1]) {
        found = (int)i;
        break;
      }
  return found;
}

/* ---- variables (-O0) ---- */

/* The expression locating a variable at `expr` relative to the frame base
 * local `frame_local`, on the locals frame; 0 ops if not supported. */
static size_t location_ops(func_state *fs, const Dwarf_Block *loc, int64_t frame_local, uint64_t ops[16]) {
  backend *be = fs->be;
  uint64_t local;
  if (wasm_local_expr(loc, &local)) { /* the value is a wasm local */
    if (local >= fs->local_count)
      return 0;
    ops[0] = DW_OP_plus_uconst;
    ops[1] = LLVMOffsetOfElement(be->data_layout, fs->locals_frame_type, (unsigned)local + 1);
    return 2;
  }
  const uint8_t *p = loc->data, *end = loc->data + loc->length;
  int64_t k;
  if (frame_local < 0 || fs->be->wasm->memory_total == 0 || loc->length < 2 || *p++ != DW_OP_fbreg ||
      !read_sleb(&p, end, &k) || p != end)
    return 0;
  wasm_valtype t = fs->local_types[frame_local];
  if (t != VT_I32 && t != VT_I64)
    return 0;
  size_t n = 0;
  ops[n++] = DW_OP_dup;
  ops[n++] = DW_OP_deref; /* the memory base */
  ops[n++] = DW_OP_swap;
  ops[n++] = DW_OP_plus_uconst;
  ops[n++] = LLVMOffsetOfElement(be->data_layout, fs->locals_frame_type, (unsigned)frame_local + 1);
  ops[n++] = DW_OP_deref_size;
  ops[n++] = t == VT_I32 ? 4 : 8; /* the frame base, zero-extended */
  ops[n++] = DW_OP_plus;
  if (k >= 0) {
    ops[n++] = DW_OP_plus_uconst;
    ops[n++] = (uint64_t)k;
  } else {
    ops[n++] = DW_OP_constu;
    ops[n++] = (uint64_t)-k;
    ops[n++] = DW_OP_minus;
  }
  return n;
}

static void declare_variable(func_state *fs, Dwarf_Die *die, int scope, int64_t frame_local,
                             unsigned *argno) {
  backend *be = fs->be;
  debug_state *ds = be->debug;
  /* LLVM wants parameters directly in the subprogram, numbered uniquely. */
  bool param = dwarf_tag(die) == DW_TAG_formal_parameter && scope < 0;
  unsigned arg = param ? ++*argno : 0;
  const char *name = die_name(die);
  Dwarf_Block loc;
  uint64_t ops[16];
  size_t n;
  if (!name || !die_expr(die, DW_AT_location, &loc) || (n = location_ops(fs, &loc, frame_local, ops)) == 0)
    return;
  LLVMMetadataRef sc = scope_md(fs, scope), file = decl_file(be, die), type = value_type_of(be, die);
  unsigned line = decl_line(die);
  LLVMMetadataRef var = param ? LLVMDIBuilderCreateParameterVariable(ds->dib, sc, name, strlen(name), arg,
                                                                     file, line, type, 1, LLVMDIFlagZero)
                              : LLVMDIBuilderCreateAutoVariable(ds->dib, sc, name, strlen(name), file, line,
                                                                type, 1, LLVMDIFlagZero, 0);
  LLVMMetadataRef at = LLVMDIBuilderCreateDebugLocation(be->context, line, 0, sc, inlined_at(fs, scope));
  LLVMDIBuilderInsertDeclareRecordAtEnd(ds->dib, fs->locals_frame, var,
                                        LLVMDIBuilderCreateExpression(ds->dib, ops, n), at, fs->entry_bb);
}

/* Walks the subprogram's DIE tree: records lexical blocks and inlined
 * calls as scopes, and at -O0 declares the function's own variables. */
static void walk(func_state *fs, Dwarf_Die *parent, int scope, bool in_inlined, int64_t frame_local,
                 unsigned *argno, int depth) {
  Dwarf_Die child;
  if (depth > 64 || dwarf_child(parent, &child) != 0)
    return;
  do {
    int tag = dwarf_tag(&child);
    if (tag == DW_TAG_lexical_block || tag == DW_TAG_inlined_subroutine) {
      bool inlined = tag == DW_TAG_inlined_subroutine;
      int index = add_scope(fs, &child, scope, inlined);
      unsigned inner_args = 0;
      walk(fs, &child, index, in_inlined || inlined, frame_local, inlined ? &inner_args : argno, depth + 1);
    } else if ((tag == DW_TAG_formal_parameter || tag == DW_TAG_variable) && !in_inlined &&
               fs->locals_frame) {
      declare_variable(fs, &child, scope, frame_local, argno);
    }
  } while (dwarf_siblingof(&child, &child) == 0);
}

bool debug_dwarf_function(func_state *fs, Dwarf_Off off) {
  backend *be = fs->be;
  debug_state *ds = be->debug;
  Dwarf_Die die;
  const char *name;
  if (!dwarf_offdie(ds->dwarf.dwarf, off, &die) || !(name = die_name(&die)))
    return false;
  debug_func *di = fs->di;
  di->file = decl_file(be, &die);
  unsigned line = decl_line(&die);
  di->sp = LLVMDIBuilderCreateFunction(ds->dib, di->file, name, strlen(name), "", 0, di->file, line,
                                       subroutine_type(be, &die), !die_has(&die, DW_AT_external), 1, line,
                                       LLVMDIFlagPrototyped, be->opts.opt_level > 0);
  LLVMSetSubprogram(fs->fn, di->sp);
  di->dwarf = true;
  di->last_scope = -2;
  /* The setup before the module's prologue_end (wasm2obj's own checks, the
   * module's stack-pointer prologue) gets line 0, so LLVM marks the first
   * instruction of the first statement as prologue_end, where debuggers
   * put a function's breakpoint (and its frame-based variables are valid). */
  uint32_t start = (uint32_t)(fs->func->start_offset - be->wasm->code_offset);
  di->prologue_end =
      wasm_dwarf_prologue_end(&ds->dwarf, start, (uint32_t)(fs->func->body_end - be->wasm->code_offset));
  LLVMSetCurrentDebugLocation2(be->builder,
                               LLVMDIBuilderCreateDebugLocation(be->context, 0, 0, di->sp, NULL));
  Dwarf_Block frame_base;
  uint64_t local;
  int64_t frame_local = -1;
  if (die_expr(&die, DW_AT_frame_base, &frame_base) && wasm_local_expr(&frame_base, &local) &&
      local < fs->local_count)
    frame_local = (int64_t)local;
  unsigned argno = 0;
  walk(fs, &die, -1, false, frame_local, &argno, 0);
  return true;
}

void debug_dwarf_instruction(func_state *fs, size_t offset) {
  backend *be = fs->be;
  debug_state *ds = be->debug;
  debug_func *di = fs->di;
  uint32_t addr = (uint32_t)(offset - be->wasm->code_offset);
  const dwarf_row *row = wasm_dwarf_row(&ds->dwarf, addr);
  int scope = innermost_scope(di, addr);
  if (row == di->last_row && scope == di->last_scope &&
      LLVMGetCurrentDebugLocation2(be->builder) == di->last_loc)
    return;
  di->last_row = row;
  di->last_scope = scope;
  LLVMMetadataRef sc = scope_md(fs, scope);
  if (row) {
    LLVMMetadataRef file = debug_file_at(ds, &be->opts, row->file);
    if (file != scope_file(fs, scope)) /* e.g. code from a header without an inlined call */
      sc = LLVMDIBuilderCreateLexicalBlockFile(ds->dib, sc, file, 0);
  }
  bool known = row && addr >= di->prologue_end;
  LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(be->context, known ? row->line : 0,
                                                         known ? row->column : 0, sc, inlined_at(fs, scope));
  LLVMSetCurrentDebugLocation2(be->builder, loc);
  di->last_loc = loc;
}
