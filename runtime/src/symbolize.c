/*
 * symbolize.c — source file and line of trap backtrace frames, with libdwfl
 * (elfutils) on the running process. Library w2o_symbolize, apart from the
 * runtime so that only programs that want source lines depend on libdw.
 *
 * requires: frames from w2o_trap_backtrace of this process;
 * produces: the DWARF line-table position of each frame's pc (pc - 1 for a
 *           return address, so the call instruction's line);
 * breaks:   nothing.
 *
 * One Dwfl session describes the process: dwfl_linux_proc_report reads
 * /proc/self/maps and reports each mapped file, and each file's ELF and
 * DWARF are opened when a lookup first needs them. The session is kept for
 * later lookups, and rebuilt when the dynamic linker's counts of loaded and
 * unloaded objects (dl_iterate_phdr's dlpi_adds and dlpi_subs) have moved,
 * so a shared object loaded after the first lookup is found and one
 * unloaded is not misread. Separate debug files are never searched for
 * (find_debuginfo always answers "none"): wasm2obj's DWARF is in the object
 * itself, and libdwfl's standard search may ask debuginfod servers over
 * the network. A mutex serializes lookups, as a Dwfl is not thread-safe.
 */
#define _GNU_SOURCE
#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <link.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w2o_symbolize.h"

/** The dynamic linker's load and unload counts when the session was made. */
typedef struct load_counts {
  unsigned long long adds;
  unsigned long long subs;
} load_counts_t;

static pthread_mutex_t session_lock = PTHREAD_MUTEX_INITIALIZER;
static Dwfl *session; /* guarded by session_lock */
static load_counts_t session_counts;

/* Separate debug files: none (see the file comment). */
static int no_debuginfo(Dwfl_Module *mod, void **user, const char *name, Dwarf_Addr base, const char *file,
                        const char *debuglink, GElf_Word crc, char **path) {
  (void)mod;
  (void)user;
  (void)name;
  (void)base;
  (void)file;
  (void)debuglink;
  (void)crc;
  *path = NULL;
  return -1;
}

static const Dwfl_Callbacks callbacks = {
    .find_elf = dwfl_linux_proc_find_elf,
    .find_debuginfo = no_debuginfo,
};

static int read_counts(struct dl_phdr_info *info, size_t size, void *data) {
  load_counts_t *counts = data;
  if (size >= offsetof(struct dl_phdr_info, dlpi_subs) + sizeof info->dlpi_subs)
    *counts = (load_counts_t){info->dlpi_adds, info->dlpi_subs};
  return 1; /* the counts are the same in every entry: one is enough */
}

static load_counts_t current_counts(void) {
  load_counts_t counts = {0, 0};
  dl_iterate_phdr(read_counts, &counts);
  return counts;
}

/* A fresh session over the process's current mappings, or NULL. */
static Dwfl *open_session(void) {
  Dwfl *dwfl = dwfl_begin(&callbacks);
  if (dwfl == NULL)
    return NULL;
  dwfl_report_begin(dwfl);
  int failed = dwfl_linux_proc_report(dwfl, getpid());
  if (dwfl_report_end(dwfl, NULL, NULL) != 0 || failed != 0) {
    dwfl_end(dwfl);
    return NULL;
  }
  return dwfl;
}

/* The session, made or remade if objects were loaded or unloaded since. session_lock held. */
static Dwfl *current_session(void) {
  load_counts_t counts = current_counts();
  if (session != NULL && (counts.adds != session_counts.adds || counts.subs != session_counts.subs)) {
    dwfl_end(session);
    session = NULL;
  }
  if (session == NULL) {
    session = open_session();
    session_counts = counts;
  }
  return session;
}

/* Copies `text` into file[file_size], cut to fit. */
static void copy_name(char *file, size_t file_size, const char *text) {
  size_t n = strlen(text);
  if (n >= file_size)
    n = file_size - 1;
  memcpy(file, text, n);
  file[n] = '\0';
}

/* The compilation unit covering `addr` (module-relative): by .debug_aranges,
 * else by asking each unit, since LLVM writes no .debug_aranges and libdw
 * (0.188) then finds nothing. */
static bool find_unit(Dwarf *dw, Dwarf_Addr addr, Dwarf_Die *cu) {
  if (dwarf_addrdie(dw, addr, cu) != NULL)
    return true;
  Dwarf_CU *unit = NULL;
  Dwarf_Half version;
  uint8_t type;
  while (dwarf_get_units(dw, unit, &unit, &version, &type, cu, NULL) == 0) {
    if (dwarf_tag(cu) == DW_TAG_compile_unit && dwarf_haspc(cu, addr) > 0)
      return true;
  }
  return false;
}

/* The compilation unit of `pc` and pc's address in its file. session_lock held. */
static bool find_pc_unit(Dwarf_Addr pc, Dwarf_Die *cu, Dwarf_Addr *addr) {
  Dwfl *dwfl = current_session();
  Dwfl_Module *module = dwfl ? dwfl_addrmodule(dwfl, pc) : NULL;
  Dwarf_Addr bias = 0;
  Dwarf *dw = module ? dwfl_module_getdwarf(module, &bias) : NULL;
  *addr = pc - bias;
  return dw != NULL && find_unit(dw, *addr, cu);
}

/* The line-table row of `pc`, or NULL. session_lock held. */
static Dwarf_Line *find_line(Dwarf_Addr pc) {
  Dwarf_Die cu;
  Dwarf_Addr addr;
  return find_pc_unit(pc, &cu, &addr) ? dwarf_getsrc_die(&cu, addr) : NULL;
}

bool w2o_frame_source(const w2o_frame_t *frame, char *file, size_t file_size, unsigned *line) {
  if (file != NULL && file_size > 0)
    file[0] = '\0';
  if (line != NULL)
    *line = 0;
  if (frame == NULL || file == NULL || file_size == 0 || line == NULL || frame->pc == 0)
    return false;
  Dwarf_Addr pc = frame->return_address ? frame->pc - 1 : frame->pc;
  pthread_mutex_lock(&session_lock);
  Dwarf_Line *row = find_line(pc);
  int number = 0;
  const char *name = row && dwarf_lineno(row, &number) == 0 ? dwarf_linesrc(row, NULL, NULL) : NULL;
  bool found = name != NULL && number > 0; /* line 0: code with no source position */
  if (found) {
    copy_name(file, file_size, name);
    *line = (unsigned)number;
  }
  pthread_mutex_unlock(&session_lock);
  return found;
}

/* The name of a subprogram or inlined call (through its abstract origin). */
static const char *scope_name(Dwarf_Die *scope) {
  Dwarf_Attribute a;
  const char *name = dwarf_formstring(dwarf_attr_integrate(scope, DW_AT_name, &a));
  return name ? name : "??";
}

size_t w2o_frame_sources(const w2o_frame_t *frame, w2o_source_frame_t *out, size_t max) {
  if (frame == NULL || out == NULL || max == 0 || frame->pc == 0)
    return 0;
  Dwarf_Addr pc = frame->return_address ? frame->pc - 1 : frame->pc, addr;
  size_t count = 0;
  pthread_mutex_lock(&session_lock);
  Dwarf_Die cu, *scopes = NULL;
  int nscopes = find_pc_unit(pc, &cu, &addr) ? dwarf_getscopes(&cu, addr, &scopes) : 0;
  if (nscopes > 0 && dwarf_tag(&scopes[0]) == DW_TAG_inlined_subroutine) {
    /* dwarf_getscopes continues with the scopes of the inlined function's
     * abstract definition; the concrete chain of callers comes from the
     * inlined instance itself. */
    Dwarf_Die *chain = NULL;
    int n = dwarf_getscopes_die(&scopes[0], &chain);
    free(scopes);
    scopes = n > 0 ? chain : NULL;
    nscopes = n > 0 ? n : 0;
  }
  Dwarf_Line *row = nscopes > 0 ? dwarf_getsrc_die(&cu, addr) : NULL;
  Dwarf_Files *files = NULL;
  size_t nfiles = 0;
  if (nscopes > 0 && dwarf_getsrcfiles(&cu, &files, &nfiles) != 0)
    files = NULL;
  /* Walking outwards: each function at the position reached in it, which
   * for a caller is the call site of the inlined callee just inside it. */
  int number = 0;
  const char *file = row && dwarf_lineno(row, &number) == 0 ? dwarf_linesrc(row, NULL, NULL) : NULL;
  for (int i = 0; i < nscopes && count < max; i++) {
    int tag = dwarf_tag(&scopes[i]);
    if (tag != DW_TAG_inlined_subroutine && tag != DW_TAG_subprogram)
      continue;
    w2o_source_frame_t *f = &out[count++];
    copy_name(f->function, sizeof f->function, scope_name(&scopes[i]));
    copy_name(f->file, sizeof f->file, file ? file : "");
    f->line = number > 0 ? (unsigned)number : 0;
    f->inlined = tag == DW_TAG_inlined_subroutine;
    if (!f->inlined)
      break;
    Dwarf_Attribute a;
    Dwarf_Word call_file = 0, call_line = 0;
    file = files && dwarf_formudata(dwarf_attr(&scopes[i], DW_AT_call_file, &a), &call_file) == 0 &&
                   call_file < nfiles
               ? dwarf_filesrc(files, call_file, NULL, NULL)
               : NULL;
    number =
        dwarf_formudata(dwarf_attr(&scopes[i], DW_AT_call_line, &a), &call_line) == 0 ? (int)call_line : 0;
  }
  free(scopes);
  pthread_mutex_unlock(&session_lock);
  return count;
}
