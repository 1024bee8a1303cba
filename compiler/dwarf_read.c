/*
 * dwarf_read.c — the module's own DWARF, read with libdw (elfutils).
 *
 * requires: a decoded module.
 * produces: a wasm_dwarf: libdw's handle on the module's `.debug_*` custom
 *           sections, the rows of every compile unit's line table merged
 *           into one array sorted by address, the source files they name,
 *           and the DW_TAG_subprogram DIE of each defined function.
 * breaks:   nothing.
 *
 * libdw reads ELF files, so the custom sections are copied into a minimal
 * in-memory ELF image (a header, the sections, their names, the section
 * headers) that elf_memory() opens; nothing is written to disk. The DWARF
 * itself is parsed by libdw only.
 *
 * Addresses: wasm DWARF counts code addresses from the start of the code
 * section's contents, and a function's DW_AT_low_pc is the start of its
 * body (its locals declaration), just past the body's size. Sequences that
 * start at 0 or past the code section are tombstones of functions the
 * linker discarded and are dropped.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <libelf.h>

#include "dwarf_read.h"

/* ---- the ELF wrapper ---- */

/* The first custom section named `name`, or NULL. */
static const wasm_custom *find_custom(const wasm_module *m, const char *name) {
  size_t len = strlen(name);
  for (uint32_t i = 0; i < m->custom_count; i++)
    if (m->customs[i].name.len == len && memcmp(m->customs[i].name.data, name, len) == 0)
      return &m->customs[i];
  return NULL;
}

/* True if `c` goes into the image: a .debug_* section, the first of its
 * name; its name is copied to `name` (NUL-terminated). */
static bool wanted_section(const wasm_module *m, const wasm_custom *c, char name[64]) {
  if (c->name.len <= 7 || c->name.len >= 64 || memcmp(c->name.data, ".debug_", 7) != 0 ||
      memchr(c->name.data, 0, c->name.len))
    return false;
  memcpy(name, c->name.data, c->name.len);
  name[c->name.len] = 0;
  return find_custom(m, name) == c;
}

/* An ELF32 image holding the module's .debug_* sections (the first of each name). */
static char *elf_image(const wasm_module *m, size_t *size) {
  uint32_t count = 0;
  size_t data = 0, names = 11; /* "\0.shstrtab\0" */
  for (uint32_t i = 0; i < m->custom_count; i++) {
    char name[64];
    if (wanted_section(m, &m->customs[i], name)) {
      count++;
      data += m->customs[i].size;
      names += m->customs[i].name.len + 1;
    }
  }
  uint32_t shnum = count + 2; /* null, sections, .shstrtab */
  size_t shoff = (sizeof(Elf32_Ehdr) + data + names + 3) & ~(size_t)3;
  *size = shoff + shnum * sizeof(Elf32_Shdr);
  char *image = w2o_realloc(NULL, *size);
  if (!image)
    return NULL;
  memset(image, 0, *size);
  Elf32_Ehdr *eh = (Elf32_Ehdr *)image;
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = ELFCLASS32;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_type = ET_EXEC; /* no relocations to apply */
  eh->e_machine = EM_NONE;
  eh->e_version = EV_CURRENT;
  eh->e_shoff = (Elf32_Off)shoff;
  eh->e_ehsize = sizeof(Elf32_Ehdr);
  eh->e_shentsize = sizeof(Elf32_Shdr);
  eh->e_shnum = (Elf32_Half)shnum;
  eh->e_shstrndx = (Elf32_Half)(shnum - 1);
  Elf32_Shdr *sh = (Elf32_Shdr *)(image + shoff);
  size_t at = sizeof(Elf32_Ehdr), strtab = sizeof(Elf32_Ehdr) + data, name_at = 11;
  memcpy(image + strtab, "\0.shstrtab", 11);
  uint32_t k = 1;
  for (uint32_t i = 0; i < m->custom_count && k <= count; i++) {
    const wasm_custom *c = &m->customs[i];
    char name[64];
    if (!wanted_section(m, c, name))
      continue;
    memcpy(image + at, m->bytes + c->offset, c->size);
    memcpy(image + strtab + name_at, name, c->name.len + 1);
    sh[k] = (Elf32_Shdr){.sh_name = (Elf32_Word)name_at,
                         .sh_type = SHT_PROGBITS,
                         .sh_offset = (Elf32_Off)at,
                         .sh_size = (Elf32_Word)c->size,
                         .sh_addralign = 1};
    at += c->size;
    name_at += c->name.len + 1;
    k++;
  }
  sh[shnum - 1] = (Elf32_Shdr){.sh_name = 1,
                               .sh_type = SHT_STRTAB,
                               .sh_offset = (Elf32_Off)strtab,
                               .sh_size = (Elf32_Word)names,
                               .sh_addralign = 1};
  return image;
}

/* ---- files and rows ---- */

uint32_t wasm_dwarf_file(wasm_dwarf *w, const char *path) {
  for (size_t i = 0; i < w->file_count; i++)
    if (strcmp(w->files[i], path) == 0)
      return (uint32_t)i;
  if (!w2o_reserve(&w->files, &w->file_cap, w->file_count + 1, sizeof *w->files))
    return UINT32_MAX;
  size_t len = strlen(path);
  char *copy = w2o_realloc(NULL, len + 1);
  if (!copy)
    return UINT32_MAX;
  memcpy(copy, path, len + 1);
  w->files[w->file_count] = copy;
  return (uint32_t)w->file_count++;
}

typedef struct row_list {
  dwarf_row *rows;
  size_t count, cap;
} row_list;

static bool push_row(row_list *l, dwarf_row r) {
  if (!w2o_reserve(&l->rows, &l->cap, l->count + 1, sizeof *l->rows))
    return false;
  l->rows[l->count++] = r;
  return true;
}

/* Appends the rows of one compile unit, dropping tombstoned sequences. */
static bool read_lines(wasm_dwarf *w, Dwarf_Die *cu, uint32_t code_size, row_list *out) {
  Dwarf_Lines *lines;
  size_t n;
  if (dwarf_getsrclines(cu, &lines, &n) != 0)
    return true; /* a unit without a line table */
  const char *last_src = NULL;
  uint32_t last_file = 0;
  bool keep = true, sequence_start = true;
  for (size_t i = 0; i < n; i++) {
    Dwarf_Line *l = dwarf_onesrcline(lines, i);
    Dwarf_Addr addr;
    int line = 0, col = 0;
    bool end = false, prologue_end = false;
    if (!l || dwarf_lineaddr(l, &addr) != 0)
      continue;
    dwarf_lineprologueend(l, &prologue_end);
    dwarf_lineno(l, &line);
    dwarf_linecol(l, &col);
    dwarf_lineendsequence(l, &end);
    if (sequence_start)
      keep = addr != 0 && addr < code_size;
    sequence_start = end;
    if (!keep || addr > code_size)
      continue;
    const char *src = dwarf_linesrc(l, NULL, NULL);
    if (!src)
      src = "<unknown>";
    if (src != last_src) {
      last_file = wasm_dwarf_file(w, src);
      if (last_file == UINT32_MAX)
        return false;
      last_src = src;
    }
    dwarf_row r = {(uint32_t)addr, line > 0 ? (uint32_t)line : 0, col > 0 ? (uint32_t)col : 0, last_file, end,
                   prologue_end};
    if (!push_row(out, r))
      return false;
  }
  return true;
}

/* By address; at one address an end of sequence first (a new sequence may
 * start there), then in the order the tables gave them (qsort is not stable:
 * the original index decides, so the output is deterministic). */
typedef struct indexed_row {
  dwarf_row row;
  size_t index;
} indexed_row;

static int compare_rows(const void *a, const void *b) {
  const indexed_row *x = a, *y = b;
  if (x->row.addr != y->row.addr)
    return x->row.addr < y->row.addr ? -1 : 1;
  if (x->row.end_sequence != y->row.end_sequence)
    return x->row.end_sequence ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static bool sort_rows(wasm_dwarf *w, row_list *l) {
  indexed_row *tmp = w2o_realloc(NULL, (l->count ? l->count : 1) * sizeof *tmp);
  if (!tmp)
    return false;
  for (size_t i = 0; i < l->count; i++)
    tmp[i] = (indexed_row){l->rows[i], i};
  qsort(tmp, l->count, sizeof *tmp, compare_rows);
  for (size_t i = 0; i < l->count; i++)
    l->rows[i] = tmp[i].row;
  w2o_realloc(tmp, 0);
  w->rows = l->rows;
  w->row_count = l->count;
  l->rows = NULL;
  return true;
}

/* Index of the first row whose address is above `addr` (after: true) or
 * at least `addr` (after: false). */
static size_t row_search(const wasm_dwarf *w, uint32_t addr, bool after) {
  size_t lo = 0, hi = w->row_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->rows[mid].addr < addr || (after && w->rows[mid].addr == addr))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

const dwarf_row *wasm_dwarf_row(const wasm_dwarf *w, uint32_t addr) {
  size_t i = row_search(w, addr, true);
  if (i == 0 || w->rows[i - 1].end_sequence)
    return NULL;
  return &w->rows[i - 1];
}

uint32_t wasm_dwarf_prologue_end(const wasm_dwarf *w, uint32_t start, uint32_t end) {
  for (size_t i = row_search(w, start, false); i < w->row_count && w->rows[i].addr < end; i++)
    if (w->rows[i].prologue_end)
      return w->rows[i].addr;
  return start;
}

/* ---- functions ---- */

typedef struct func_start {
  uint32_t addr;
  uint32_t index;
} func_start;

static int compare_starts(const void *a, const void *b) {
  const func_start *x = a, *y = b;
  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* Records `die` as the subprogram of the function starting at its low_pc. */
static void match_subprogram(wasm_dwarf *w, Dwarf_Die *die, const func_start *starts, uint32_t n) {
  Dwarf_Addr low;
  if (dwarf_lowpc(die, &low) != 0 || low == 0)
    return;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (starts[mid].addr < low)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < n && starts[lo].addr == low && w->func_die[starts[lo].index] == 0)
    w->func_die[starts[lo].index] = dwarf_dieoffset(die);
}

/* Finds subprograms among the children of `parent`, into namespaces and
 * classes (C++ member functions), not into functions. Depth-limited. */
static void find_subprograms(wasm_dwarf *w, Dwarf_Die *parent, const func_start *starts, uint32_t n,
                             int depth) {
  Dwarf_Die child;
  if (depth > 32 || dwarf_child(parent, &child) != 0)
    return;
  do {
    int tag = dwarf_tag(&child);
    if (tag == DW_TAG_subprogram)
      match_subprogram(w, &child, starts, n);
    else if (tag == DW_TAG_namespace || tag == DW_TAG_class_type || tag == DW_TAG_structure_type)
      find_subprograms(w, &child, starts, n, depth + 1);
  } while (dwarf_siblingof(&child, &child) == 0);
}

/* ---- open/close ---- */

bool wasm_dwarf_open(wasm_dwarf *w, const wasm_module *m, const char **why) {
  memset(w, 0, sizeof *w);
  *why = NULL;
  if (!find_custom(m, ".debug_info") || m->func_count == 0)
    return false;
  size_t size;
  w->image = elf_image(m, &size);
  elf_version(EV_CURRENT);
  Elf *elf = w->image ? elf_memory(w->image, size) : NULL;
  w->elf = elf;
  w->dwarf = elf ? dwarf_begin_elf(elf, DWARF_C_READ, NULL) : NULL;
  w->func_die = w2o_realloc(NULL, m->func_count * sizeof *w->func_die);
  func_start *starts = w2o_realloc(NULL, m->func_count * sizeof *starts);
  if (!w->dwarf || !w->func_die || !starts) {
    *why = w->image && w->func_die && starts ? (elf ? dwarf_errmsg(-1) : elf_errmsg(-1)) : "out of memory";
    w2o_realloc(starts, 0);
    wasm_dwarf_close(w);
    return false;
  }
  memset(w->func_die, 0, m->func_count * sizeof *w->func_die);
  for (uint32_t i = 0; i < m->func_count; i++)
    starts[i] = (func_start){(uint32_t)(m->funcs[i].start_offset - m->code_offset), i};
  qsort(starts, m->func_count, sizeof *starts, compare_starts);
  uint32_t code_size = (uint32_t)(m->funcs[m->func_count - 1].body_end - m->code_offset);

  row_list rows = {0};
  bool ok = true;
  Dwarf_CU *cu = NULL;
  Dwarf_Die cudie;
  uint8_t unit_type;
  while (ok && dwarf_get_units(w->dwarf, cu, &cu, NULL, &unit_type, &cudie, NULL) == 0) {
    if (unit_type != DW_UT_compile && unit_type != DW_UT_partial)
      continue;
    ok = read_lines(w, &cudie, code_size, &rows);
    find_subprograms(w, &cudie, starts, m->func_count, 0);
  }
  w2o_realloc(starts, 0);
  if (!ok || !sort_rows(w, &rows)) {
    w2o_realloc(rows.rows, 0);
    *why = "out of memory";
    wasm_dwarf_close(w);
    return false;
  }
  return true;
}

void wasm_dwarf_close(wasm_dwarf *w) {
  if (w->dwarf)
    dwarf_end(w->dwarf);
  if (w->elf)
    elf_end(w->elf);
  w2o_realloc(w->image, 0);
  w2o_realloc(w->rows, 0);
  for (size_t i = 0; i < w->file_count; i++)
    w2o_realloc(w->files[i], 0);
  w2o_realloc(w->files, 0);
  w2o_realloc(w->func_die, 0);
  memset(w, 0, sizeof *w);
}
