/*
 * partition.c — backend_compile: the whole back end of one compilation in
 * one call, and the parallel compilation of large modules.
 *
 * requires:  a validated module; options checked by the driver.
 * produces:  the output file, whole or not at all.
 * maintains: a module with at least 2 * PARTITION_BYTES of code, compiled
 *            to an ELF object without -g, is split into partitions of
 *            consecutive defined functions with about PARTITION_BYTES of
 *            code each. The split depends only on the module, never on -j,
 *            so the object is byte-identical for every -j and every run.
 *            Each partition is lowered, optimized and compiled to an object
 *            on its own (its own LLVM context, module and target machine,
 *            all freed once its object is written, so memory stays bounded
 *            by the partitions in flight), on a pool of threads that take
 *            the partitions in order; the objects are then joined in
 *            partition order by `ld.lld -r`. Partition 0 also holds the
 *            entry thunks and the descriptor. The functions are hidden
 *            globals, so a call into another partition stays a direct call
 *            (the linker resolves it) and nothing but the descriptor is
 *            exported from the program or library the object is linked into.
 * breaks:    inlining across partitions (each is optimized alone), which is
 *            why smaller modules stay whole. When partitions fail, the one
 *            with the lowest index reports, as a whole-module compile reports
 *            the first failing function: partitions start in index order, so
 *            every partition before a failed one has run.
 */
#include <errno.h>
#include <pthread.h>
#include <spawn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend_impl.h"

extern char **environ;

#ifndef W2O_LD_LLD
#define W2O_LD_LLD "ld.lld" /* the build sets the path of LLVM's own (CMakeLists.txt) */
#endif

enum {
  PARTITION_BYTES = 128 * 1024, /* of function bodies; smaller modules stay whole */
  MAX_JOBS = 256,
  THREAD_STACK = 16 << 20, /* LLVM recurses on deep expressions */
};

typedef struct part {
  uint32_t first, end; /* defined functions */
  backend_status status;
  bool located; /* the diagnostic points into the module (lowering) */
  diag diag;
  backend_times times;
  char *object; /* its object file, a temporary beside the output */
} part;

typedef struct pool {
  const compile_options *opts;
  const wasm_module *module;
  const char *const *symbols;
  const bool *epoch_plan;
  const bool *grows_plan; /* with --fuel or --epoch: callgraph_plans_fill */
  part *parts;
  unsigned count;
  atomic_uint next;   /* the next partition to compile */
  atomic_bool failed; /* a partition failed: start no more */
} pool;

/* ELF is what ld.lld -r joins; other object formats stay whole. */
static bool elf_target(const char *triple) {
  static const char *const others[] = {"darwin", "macos", "ios", "windows", "cygwin", "mingw",
                                       "wasm",   "uefi",  "aix", "zos",     "xcoff"};
  for (size_t i = 0; i < sizeof others / sizeof *others; i++)
    if (strstr(triple, others[i]))
      return false;
  return true;
}

static bool partitionable(const compile_options *o) {
  if (o->emit != EMIT_OBJ || o->debug)
    return false;
  char *triple = o->triple ? LLVMNormalizeTargetTriple(o->triple) : LLVMGetDefaultTargetTriple();
  bool elf = elf_target(triple);
  LLVMDisposeMessage(triple);
  return elf;
}

static uint64_t code_bytes(const wasm_module *m) {
  uint64_t total = 0;
  for (uint32_t i = 0; i < m->func_count; i++)
    total += m->funcs[i].body_end - m->funcs[i].body_offset;
  return total;
}

/* How many partitions a module with `total` bytes of code gets: one per
 * PARTITION_BYTES. */
static unsigned partition_count(const wasm_module *m, uint64_t total) {
  uint64_t n = total / PARTITION_BYTES;
  return n > m->func_count ? m->func_count : (unsigned)n;
}

/* Splits the defined functions into `n` runs of consecutive functions
 * with even shares of the code; fills parts and returns how many (fewer
 * than n when big functions take more than one share). */
static unsigned plan(const wasm_module *m, uint64_t total, unsigned n, part *parts) {
  unsigned count = 0;
  uint64_t done = 0;
  uint32_t start = 0;
  for (uint32_t i = 0; i < m->func_count && count + 1 < n; i++) {
    done += m->funcs[i].body_end - m->funcs[i].body_offset;
    if (done * n >= (count + 1) * total) { /* past this partition's share */
      parts[count++] = (part){.first = start, .end = i + 1};
      start = i + 1;
    }
  }
  if (start < m->func_count)
    parts[count++] = (part){.first = start, .end = m->func_count};
  return count;
}

static void compile_part(pool *p, unsigned index) {
  part *pt = &p->parts[index];
  backend *be = NULL;
  /* --cpu and --features were checked by the whole-module probe (below). */
  pt->status = backend_create_checked(p->opts, &pt->diag, false, &be);
  if (pt->status == BACKEND_OK) {
    be->first = pt->first;
    be->end = pt->end;
    be->partitioned = true;
    be->has_descriptor = index == 0;
    be->func_symbols = p->symbols;
    be->epoch_at_entry = p->epoch_plan;
    be->memory_grows = p->grows_plan;
    pt->status = backend_lower(be, p->module);
    pt->located = pt->status != BACKEND_OK;
  }
  if (pt->status == BACKEND_OK)
    pt->status = backend_emit(be, pt->object);
  if (be)
    pt->times = be->times;
  backend_dispose(be);
  if (pt->status != BACKEND_OK)
    atomic_store(&p->failed, true);
}

static void *worker(void *arg) {
  pool *p = arg;
  for (;;) {
    unsigned i = atomic_fetch_add(&p->next, 1);
    if (i >= p->count || atomic_load(&p->failed))
      return NULL;
    compile_part(p, i);
  }
}

/* Runs the pool on `threads` threads, this one included; fewer if the
 * system refuses more (the result is the same). Returns how many ran. */
static unsigned run_pool(pool *p, unsigned threads) {
  pthread_t ids[MAX_JOBS];
  pthread_attr_t attr;
  bool attr_ok = pthread_attr_init(&attr) == 0;
  if (attr_ok)
    pthread_attr_setstacksize(&attr, THREAD_STACK);
  unsigned started = 0;
  while (started + 1 < threads && pthread_create(&ids[started], attr_ok ? &attr : NULL, worker, p) == 0)
    started++;
  if (attr_ok)
    pthread_attr_destroy(&attr);
  worker(p);
  for (unsigned i = 0; i < started; i++)
    pthread_join(ids[i], NULL);
  return started + 1;
}

/* Joins the partitions' objects, in order, into `path` with ld.lld -r. */
static backend_status link_parts(const pool *p, diag *d, const char *path) {
  char *tmp = text_printf("%s.tmp%ld", path, (long)getpid());
  char **argv = w2o_realloc(NULL, ((size_t)p->count + 5) * sizeof *argv);
  if (!tmp || !argv) {
    w2o_free(tmp);
    w2o_free(argv);
    return diag_out_of_memory(d, 0), BACKEND_OUT_OF_MEMORY;
  }
  size_t n = 0;
  argv[n++] = (char *)W2O_LD_LLD;
  argv[n++] = (char *)"-r";
  argv[n++] = (char *)"-o";
  argv[n++] = tmp;
  for (unsigned i = 0; i < p->count; i++)
    argv[n++] = p->parts[i].object;
  argv[n] = NULL;
  pid_t pid;
  int wstatus = 0, err = posix_spawn(&pid, W2O_LD_LLD, NULL, NULL, argv, environ);
  backend_status status = BACKEND_OK;
  if (err) {
    diag_error(d, 0, "cannot run %s to join the partitions of a large module: %s (it comes with lld-19)",
               W2O_LD_LLD, strerror(err));
    status = BACKEND_IO;
  } else if (waitpid(pid, &wstatus, 0) < 0 || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    diag_error(d, 0, "internal error: %s -r failed joining the partitions' objects", W2O_LD_LLD);
    status = BACKEND_INTERNAL;
  } else if (rename(tmp, path) != 0) {
    diag_error(d, 0, "cannot write %s: %s", path, strerror(errno));
    status = BACKEND_IO;
  }
  if (status != BACKEND_OK)
    remove(tmp);
  w2o_free(tmp);
  w2o_free(argv);
  return status;
}

static void add_times(backend_times *sum, const backend_times *t) {
  sum->lower += t->lower;
  sum->optimize += t->optimize;
  sum->codegen += t->codegen;
}

/* The compilation as one LLVM module. */
static backend_status compile_whole(const compile_options *opts, const wasm_module *m, diag *d,
                                    const char *path, backend_report *r) {
  backend *be = NULL;
  backend_status s = backend_create(opts, d, &be);
  if (s == BACKEND_OK) {
    s = backend_lower(be, m);
    r->located = s != BACKEND_OK;
  }
  if (s == BACKEND_OK)
    s = backend_emit(be, path);
  if (be)
    r->times = be->times;
  r->times.partitions = r->times.threads = 1;
  backend_dispose(be);
  return s;
}

/* The partitions' shared tables, their objects' names, the pool, the link. */
static backend_status compile_parts(pool *p, unsigned jobs, diag *d, const char *path, backend_report *r) {
  arena a;
  arena_init(&a);
  const wasm_module *m = p->module;
  p->symbols = lower_function_symbols(m, p->opts->name, &a);
  bool *epoch = p->opts->epoch ? arena_array(&a, m->func_count, sizeof(bool)) : NULL;
  bool interrupts = p->opts->fuel || p->opts->epoch; /* functions may keep the memory size */
  bool *grows = interrupts ? arena_array(&a, m->func_count, sizeof(bool)) : NULL;
  bool ok = p->symbols && (epoch || !p->opts->epoch) && (grows || !interrupts);
  for (unsigned i = 0; ok && i < p->count; i++) {
    diag_init(&p->parts[i].diag, d->filename);
    ok = (p->parts[i].object = text_printf("%s.tmp%ld.%u.o", path, (long)getpid(), i)) != NULL;
  }
  backend_status s = ok ? BACKEND_OK : (diag_out_of_memory(d, 0), BACKEND_OUT_OF_MEMORY);
  if (s == BACKEND_OK && (epoch || grows) && !callgraph_plans_fill(m, epoch, grows))
    s = (diag_out_of_memory(d, 0), BACKEND_OUT_OF_MEMORY);
  if (s == BACKEND_OK) {
    p->epoch_plan = epoch;
    p->grows_plan = grows;
    r->times.threads = run_pool(p, jobs < p->count ? jobs : p->count);
    for (unsigned i = 0; i < p->count && s == BACKEND_OK; i++) {
      add_times(&r->times, &p->parts[i].times);
      if ((s = p->parts[i].status) != BACKEND_OK) {
        *d = p->parts[i].diag;
        r->located = p->parts[i].located;
      }
    }
  }
  if (s == BACKEND_OK) {
    double start = backend_clock();
    s = link_parts(p, d, path);
    r->times.link = backend_clock() - start;
  }
  for (unsigned i = 0; i < p->count; i++) {
    if (p->parts[i].object)
      remove(p->parts[i].object);
    w2o_free(p->parts[i].object);
  }
  arena_free(&a);
  return s;
}

backend_status backend_compile(const compile_options *opts, const wasm_module *m, diag *d, const char *path,
                               backend_report *report) {
  backend_report unused;
  backend_report *r = report ? report : &unused;
  memset(r, 0, sizeof *r);
  uint64_t total = code_bytes(m);
  unsigned n = partitionable(opts) ? partition_count(m, total) : 1;
  if (n < 2)
    return compile_whole(opts, m, d, path, r);
  part *parts = w2o_realloc(NULL, n * sizeof *parts);
  if (!parts)
    return diag_out_of_memory(d, 0), BACKEND_OUT_OF_MEMORY;
  unsigned count = plan(m, total, n, parts);
  backend_status s;
  if (count < 2) {
    s = compile_whole(opts, m, d, path, r);
  } else {
    /* One backend made and dropped here checks --cpu and --features (a
     * probe that redirects stderr, which threads must not do at once). */
    backend *probe = NULL;
    s = backend_create(opts, d, &probe);
    backend_dispose(probe);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned jobs = opts->jobs ? opts->jobs : cores > 0 ? (unsigned)cores : 1;
    pool p = {.opts = opts, .module = m, .parts = parts, .count = count};
    atomic_init(&p.next, 0);
    atomic_init(&p.failed, false);
    if (s == BACKEND_OK)
      s = compile_parts(&p, jobs > MAX_JOBS ? MAX_JOBS : jobs, d, path, r);
    r->times.partitions = count;
  }
  w2o_free(parts);
  return s;
}
