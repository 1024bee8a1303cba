/*
 * backtrace.c — trap backtraces: recording the stack when a trap unwinds,
 * and naming its wasm frames afterwards.
 *
 * requires: every function wasm2obj emits has an .eh_frame entry (the
 *           compiler marks them uwtable), and so do the runtime's own
 *           functions (the C compiler's default on x86-64 and AArch64);
 * produces: per thread, the wasm frames of the most recent trap;
 * breaks:   nothing — recording only reads the stack.
 *
 * Two halves, because the first runs where almost nothing is allowed:
 *
 * Recording (trap.c calls w2o_backtrace_capture just before siglongjmp,
 * possibly from the SIGSEGV handler on the alternate signal stack) walks the
 * stack with libgcc's _Unwind_Backtrace and keeps each frame's pc and the
 * first address of its function (_Unwind_GetRegionStart: the start of the
 * FDE the unwinder found for it anyway) in thread-local storage. From the
 * fault handler the walk crosses the kernel's signal frame (libgcc knows
 * the x86-64 and AArch64 Linux sigreturn trampolines), and that frame's pc
 * is the faulting instruction itself rather than a return address
 * (_Unwind_GetIPInfo). It takes no lock and allocates nothing; with glibc
 * 2.35 or later libgcc (12 or later) finds FDEs through _dl_find_object,
 * which is async-signal-safe. The walk stops at the innermost
 * w2o_call_unchecked, the first frame whose canonical frame address lies
 * above that entry's frame address — once a frame at or below the entry
 * has been seen, since the handler's own frames on the alternate stack may
 * lie anywhere.
 *
 * Naming (w2o_trap_backtrace, in normal context) compares each recorded
 * function start with the func_code of the modules that have live
 * instances: w2o_instantiate registers the module, freeing the instance
 * unregisters it. Each registered module gets, on its first lookup, its
 * code addresses sorted for binary search. The registry lives here rather
 * than in instance.c because it serves only this lookup; a mutex guards it,
 * and the fault handler never touches it.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unwind.h>

#include "internal.h"

/** Room for the runtime's own frames (recorder, unwinder, fault handler,
 * signal frame) on top of W2O_TRAP_BACKTRACE_MAX frames of wasm and host. */
#define W2O_RECORD_SLACK 8u
#define W2O_RECORD_MAX   (W2O_TRAP_BACKTRACE_MAX + W2O_RECORD_SLACK)

/** One native frame as recorded. */
typedef struct raw_frame {
  uintptr_t pc;
  uintptr_t function; /* first address of the enclosing function (its FDE's) */
  bool return_address;
} raw_frame_t;

/** The calling thread's most recent trap. */
typedef struct trap_record {
  raw_frame_t raw[W2O_RECORD_MAX];
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX]; /* the named ones, once resolved */
  uint32_t raw_count;
  uint32_t frame_count;
  bool truncated; /* outer frames did not fit in raw[] or frames[] */
  bool resolved;  /* frames[] is up to date */
} trap_record_t;

static _Thread_local trap_record_t record;

static atomic_bool recording = true;

void w2o_set_trap_backtrace(bool enabled) {
  atomic_store_explicit(&recording, enabled, memory_order_relaxed);
}

bool w2o_get_trap_backtrace(void) { return atomic_load_explicit(&recording, memory_order_relaxed); }

/* ---- Recording (async-signal-safe) ---- */

/** State of one stack walk. */
typedef struct walk {
  uintptr_t entry_frame; /* frame address of the innermost w2o_call_unchecked */
  bool below_entry;      /* a frame on the stack below the entry was seen */
} walk_t;

static _Unwind_Reason_Code record_frame(struct _Unwind_Context *context, void *arg) {
  walk_t *walk = arg;
  uintptr_t cfa = (uintptr_t)_Unwind_GetCFA(context);
  if (cfa <= walk->entry_frame)
    walk->below_entry = true;
  else if (walk->below_entry)
    return _URC_END_OF_STACK; /* w2o_call_unchecked itself: done */
  if (record.raw_count == W2O_RECORD_MAX) {
    record.truncated = true;
    return _URC_END_OF_STACK;
  }
  int before_instruction = 0;
  uintptr_t pc = (uintptr_t)_Unwind_GetIPInfo(context, &before_instruction);
  record.raw[record.raw_count++] = (raw_frame_t){
      .pc = pc,
      .function = (uintptr_t)_Unwind_GetRegionStart(context),
      .return_address = before_instruction == 0,
  };
  return _URC_NO_REASON;
}

void w2o_backtrace_clear(void) {
  record.raw_count = 0;
  record.frame_count = 0;
  record.truncated = false;
  record.resolved = true;
}

void w2o_backtrace_capture(uintptr_t entry_frame) {
  w2o_backtrace_clear();
  if (!atomic_load_explicit(&recording, memory_order_relaxed))
    return;
  walk_t walk = {.entry_frame = entry_frame, .below_entry = false};
  record.resolved = false;
  /* The walk ends with _URC_END_OF_STACK whether it stopped at the entry or
   * at a frame without unwind information; either way what it recorded is
   * the answer. */
  (void)_Unwind_Backtrace(record_frame, &walk);
}

/* ---- The registry of modules with live instances ---- */

/** A defined function's code address, for binary search. */
typedef struct code_entry {
  uintptr_t code;
  uint32_t func; /* defined-function index */
} code_entry_t;

/** One registered module. */
typedef struct registered_module {
  const w2o_module_t *module;
  size_t instances;      /* live instances */
  code_entry_t *by_code; /* func_code sorted by address; NULL until the first lookup */
  struct registered_module *next;
} registered_module_t;

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static registered_module_t *registry; /* guarded by registry_lock */

/* The entry of `module`, or NULL; registry_lock held. */
static registered_module_t *find_registered(const w2o_module_t *module) {
  for (registered_module_t *r = registry; r != NULL; r = r->next) {
    if (r->module == module)
      return r;
  }
  return NULL;
}

bool w2o_backtrace_register(const w2o_module_t *module) {
  pthread_mutex_lock(&registry_lock);
  registered_module_t *r = find_registered(module);
  if (r == NULL && (r = calloc(1, sizeof *r)) != NULL) {
    r->module = module;
    r->next = registry;
    registry = r;
  }
  if (r != NULL)
    r->instances++;
  pthread_mutex_unlock(&registry_lock);
  return r != NULL;
}

void w2o_backtrace_unregister(const w2o_module_t *module) {
  pthread_mutex_lock(&registry_lock);
  for (registered_module_t **link = &registry; *link != NULL; link = &(*link)->next) {
    registered_module_t *r = *link;
    if (r->module != module)
      continue;
    if (--r->instances == 0) {
      *link = r->next;
      free(r->by_code);
      free(r);
    }
    break;
  }
  pthread_mutex_unlock(&registry_lock);
}

static int compare_code(const void *a, const void *b) {
  uintptr_t x = ((const code_entry_t *)a)->code, y = ((const code_entry_t *)b)->code;
  return x < y ? -1 : x > y;
}

/* Sorts the module's code addresses once; on no memory, lookups scan. */
static void index_code(registered_module_t *r) {
  const w2o_module_t *m = r->module;
  if (r->by_code != NULL || m->func_count == 0 || m->func_code == NULL)
    return;
  r->by_code = malloc(m->func_count * sizeof *r->by_code);
  if (r->by_code == NULL)
    return;
  for (uint32_t i = 0; i < m->func_count; i++)
    r->by_code[i] = (code_entry_t){.code = (uintptr_t)m->func_code[i], .func = i};
  qsort(r->by_code, m->func_count, sizeof *r->by_code, compare_code);
}

/* The defined-function index whose code starts at `code`, or UINT32_MAX. */
static uint32_t function_at(registered_module_t *r, uintptr_t code) {
  const w2o_module_t *m = r->module;
  index_code(r);
  if (r->by_code == NULL) {
    for (uint32_t i = 0; m->func_code != NULL && i < m->func_count; i++) {
      if ((uintptr_t)m->func_code[i] == code)
        return i;
    }
    return UINT32_MAX;
  }
  size_t low = 0, high = m->func_count;
  while (low < high) {
    size_t mid = low + (high - low) / 2;
    if (r->by_code[mid].code < code)
      low = mid + 1;
    else
      high = mid;
  }
  return low < m->func_count && r->by_code[low].code == code ? r->by_code[low].func : UINT32_MAX;
}

/* Names one recorded frame; false if it is not a wasm function. registry_lock held. */
static bool name_frame(const raw_frame_t *raw, w2o_frame_t *out) {
  for (registered_module_t *r = registry; r != NULL; r = r->next) {
    uint32_t func = function_at(r, raw->function);
    if (func == UINT32_MAX)
      continue;
    const w2o_module_t *m = r->module;
    *out = (w2o_frame_t){.module = m,
                         .func_index = m->func_import_count + func,
                         .name = m->func_names ? m->func_names[func] : NULL,
                         .pc = raw->pc,
                         .return_address = raw->return_address};
    return true;
  }
  return false;
}

/* ---- Naming ---- */

void w2o_backtrace_resolve(void) {
  if (record.resolved)
    return;
  uint32_t n = 0;
  w2o_frame_t frame;
  pthread_mutex_lock(&registry_lock);
  for (uint32_t i = 0; i < record.raw_count; i++) {
    if (!name_frame(&record.raw[i], &frame))
      continue;
    if (n == W2O_TRAP_BACKTRACE_MAX) {
      record.truncated = true; /* keep the innermost ones */
      break;
    }
    record.frames[n++] = frame;
  }
  pthread_mutex_unlock(&registry_lock);
  record.frame_count = n;
  record.resolved = true;
}

size_t w2o_trap_backtrace(w2o_frame_t *frames, size_t max) {
  if (frames == NULL)
    return 0;
  w2o_backtrace_resolve();
  size_t n = record.frame_count < max ? record.frame_count : max;
  for (size_t i = 0; i < n; i++)
    frames[i] = record.frames[i];
  return n;
}

bool w2o_trap_backtrace_truncated(void) { return record.truncated; }
