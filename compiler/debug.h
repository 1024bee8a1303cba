/*
 * debug.h — state shared by debug.c (the listing, locations) and
 * debug_dwarf.c (translating the module's own DWARF). Private to them.
 */
#ifndef W2O_DEBUG_H
#define W2O_DEBUG_H

#include <dwarf.h>
#include <llvm-c/DebugInfo.h>

#include "dwarf_read.h"
#include "lower.h"

/* DIE offset -> metadata, open addressing (offset 0 is never a DIE). */
typedef struct die_map {
  Dwarf_Off *keys;
  LLVMMetadataRef *values;
  size_t cap, count;
} die_map;

struct debug_state {
  LLVMDIBuilderRef dib;
  LLVMMetadataRef cu;
  LLVMMetadataRef listing; /* the listing as a DIFile */
  unsigned *listing_lines; /* per defined function: its header line in the listing */
  bool have_dwarf;         /* the module's DWARF is in use */
  wasm_dwarf dwarf;
  LLVMMetadataRef *files; /* per dwarf file index, created on first use */
  size_t files_cap;
  die_map types;       /* type DIE -> DIType */
  die_map subprograms; /* abstract subprogram DIE -> DISubprogram of inlined copies */
  int type_depth;      /* recursion guard for malformed type graphs */
};

/* A lexical block or an inlined call inside a function (module DWARF). */
typedef struct debug_scope {
  Dwarf_Off die;
  int parent;   /* index in debug_func.scopes, -1: the function */
  bool inlined; /* DW_TAG_inlined_subroutine */
  uint32_t call_line, call_column;
  Dwarf_Addr *ranges; /* range_count [low, high) pairs */
  size_t range_count;
  LLVMMetadataRef file;       /* the DIFile its lines belong to */
  LLVMMetadataRef scope;      /* created on first use */
  LLVMMetadataRef inlined_at; /* the location this scope is inlined at, or NULL */
  bool made;
} debug_scope;

struct debug_func {
  LLVMMetadataRef sp;    /* the function's DISubprogram */
  LLVMMetadataRef file;  /* its DIFile */
  unsigned listing_line; /* listing mode: the function's header line */
  bool dwarf;            /* lines come from the module's DWARF */
  uint32_t prologue_end; /* code address where the module's prologue ends */
  debug_scope *scopes;
  size_t scope_count, scope_cap;
  const dwarf_row *last_row; /* the location last set, to skip repeats */
  int last_scope;
  LLVMMetadataRef last_loc;
};

/* debug.c */
/* The DIFile of a source path, or of wasm_dwarf.files[index]; the listing if out of memory. */
LLVMMetadataRef debug_file(debug_state *ds, const compile_options *o, const char *path);
LLVMMetadataRef debug_file_at(debug_state *ds, const compile_options *o, uint32_t index);
char *debug_mapped_dir(const compile_options *o, const char *dir);

/* debug_dwarf.c */
/* Sets up fs->di from the function's DW_TAG_subprogram; false if it cannot. */
bool debug_dwarf_function(func_state *fs, Dwarf_Off die);
void debug_dwarf_instruction(func_state *fs, size_t offset);
void debug_dwarf_free(debug_state *ds);

#endif /* W2O_DEBUG_H */
