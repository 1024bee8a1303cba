/*
 * dwarf_read.h — the module's own DWARF, read with libdw (elfutils).
 *
 * Used by debug.c for `-g` when the module carries DWARF in custom sections
 * (`.debug_info`, `.debug_line`, ... as `clang --target=wasm32-wasi -g`
 * writes them). Knows nothing of LLVM.
 */
#ifndef W2O_DWARF_READ_H
#define W2O_DWARF_READ_H

#include <elfutils/libdw.h>

#include "module.h"

/* One row of a line table. `addr` is a code address: an offset from the
 * start of the code section's contents, as wasm DWARF counts them. */
typedef struct dwarf_row {
  uint32_t addr;
  uint32_t line;
  uint32_t column;
  uint32_t file;     /* index into wasm_dwarf.files */
  bool end_sequence; /* the first address after a sequence: no source */
  bool prologue_end; /* where the function's frame setup ends (a debugger's breakpoint) */
} dwarf_row;

typedef struct wasm_dwarf {
  Dwarf *dwarf; /* libdw's handle, for DIEs (dwarf_offdie) */
  void *elf;    /* the in-memory ELF image libdw reads (Elf *) */
  char *image;
  dwarf_row *rows; /* every compile unit's rows, sorted by address */
  size_t row_count;
  char **files; /* source paths as the line tables name them */
  size_t file_count, file_cap;
  Dwarf_Off *func_die; /* per defined function: its DW_TAG_subprogram, or 0 */
} wasm_dwarf;

/*
 * Opens the DWARF of `m`. Returns false if the module has no `.debug_info`
 * (*why = NULL) or libdw rejects it (*why = the reason); `w` is then
 * closed and -g falls back to the listing.
 */
bool wasm_dwarf_open(wasm_dwarf *w, const wasm_module *m, const char **why);
void wasm_dwarf_close(wasm_dwarf *w);

/* The row covering code address `addr`, or NULL if no sequence covers it. */
const dwarf_row *wasm_dwarf_row(const wasm_dwarf *w, uint32_t addr);

/* The first code address in [start, end) flagged prologue_end, or `start` if none. */
uint32_t wasm_dwarf_prologue_end(const wasm_dwarf *w, uint32_t start, uint32_t end);

/* Index into w->files of `path` (added if new), or UINT32_MAX if out of memory. */
uint32_t wasm_dwarf_file(wasm_dwarf *w, const char *path);

#endif /* W2O_DWARF_READ_H */
