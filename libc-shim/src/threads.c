/*
 * threads.c — wasi-threads: the `wasi` `thread-spawn` import, the memory a
 * threaded module imports, and how a thread ends the program.
 *
 * A module built for wasi-threads imports its memory (shared, `env.memory`
 * by wasm-ld's --import-memory) and `wasi.thread-spawn: (i32 start_arg) ->
 * i32`, and exports `wasi_thread_start: (i32 tid, i32 start_arg) -> ()`.
 * The resolver gives every memory import of the context one memory, made
 * on first use with the limits the import declares (shared if it says so)
 * and owned by the context; so every instance of the module shares it.
 *
 * thread-spawn instantiates the module again (from the spawning thread,
 * one at a time, since the resolver fills the context lazily),
 * then starts a detached host thread that calls the new instance's
 * wasi_thread_start(tid, start_arg). Thread ids count from 1 up to
 * 0x1FFFFFFF as the wasi-threads proposal allows; on failure (no module to
 * instantiate, no wasi_thread_start export of that type, the system refuses
 * a thread or memory) it returns -1, a negative value as the proposal asks.
 *
 * Ending the program: once a thread has been spawned, any end ends the
 * whole process, since other threads may still run guest code on the
 * context and its memory, which must not be freed under them. proc_exit
 * from any thread, the main function returning, and a trap in any thread
 * (reported as run.c does for the main thread: "wasm trap: MESSAGE" and
 * the backtrace, status W2O_WASI_TRAP_STATUS) take one process-wide lock,
 * flush stdio and call _exit with the status. The first to take the lock
 * decides the status; the others block until the process is gone.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/** Largest thread id (the proposal keeps the top bits of an i32 free). */
#define WASI_MAX_TID 0x1FFFFFFF

struct wasi_threads {
  pthread_mutex_t spawn_lock; /* one thread instantiates at a time (the resolver fills lazily) */
  pthread_mutex_t lock;       /* guards the memory and the spawn function's creation */
  w2o_memory_t *memory;       /* the memory every instance imports, owned */
  w2o_host_env_t spawn_env;   /* env.data = the context */
  w2o_funcref_t spawn;        /* thread-spawn */
  const w2o_module_t *module; /* the module threads instantiate (from attach) */
  _Atomic int32_t last_tid;   /* ids handed out so far */
  _Atomic bool spawned;       /* a thread has been started */
};

/** One thread's start: what its host thread calls, with which arguments. */
typedef struct wasi_thread_start {
  w2o_wasi_t *wasi;
  w2o_instance_t *instance;
  const w2o_funcref_t *entry; /* the instance's wasi_thread_start */
  int32_t tid;
  uint32_t start_arg;
} wasi_thread_start_t;

static pthread_mutex_t end_lock = PTHREAD_MUTEX_INITIALIZER;

/* The context's thread state, made on first use; NULL if out of memory. */
static wasi_threads_t *threads_of(w2o_wasi_t *w) {
  static pthread_mutex_t make_lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&make_lock);
  if (w->threads == NULL) {
    w->threads = calloc(1, sizeof *w->threads);
    if (w->threads != NULL) {
      pthread_mutex_init(&w->threads->spawn_lock, NULL);
      pthread_mutex_init(&w->threads->lock, NULL);
    }
  }
  pthread_mutex_unlock(&make_lock);
  return w->threads;
}

void wasi_threads_free(w2o_wasi_t *w) {
  wasi_threads_t *t = w->threads;
  if (t == NULL)
    return;
  if (t->memory != NULL)
    w2o_memory_free(t->memory);
  pthread_mutex_destroy(&t->spawn_lock);
  pthread_mutex_destroy(&t->lock);
  free(t);
  w->threads = NULL;
}

void wasi_threads_attach(w2o_wasi_t *w, const w2o_instance_t *instance) {
  if (w->threads != NULL && w->threads->module == NULL)
    w->threads->module = instance->module;
}

bool wasi_threads_spawned(const w2o_wasi_t *w) { return w->threads != NULL && w->threads->spawned; }

void wasi_threads_end(int status) {
  pthread_mutex_lock(&end_lock); /* never released: the process ends here */
  fflush(NULL);
  _exit(status);
}

/* A memory import: the context's one memory, made with the import's limits. */
static bool resolve_memory(w2o_wasi_t *w, const w2o_import_desc_t *import, w2o_extern_t *out) {
  wasi_threads_t *t = import->index == 0 ? threads_of(w) : NULL; /* one memory: memory 0 */
  if (t == NULL)
    return false;
  pthread_mutex_lock(&t->lock);
  if (t->memory == NULL) {
    const w2o_limits_t *l = &import->limits;
    t->memory =
        l->shared ? w2o_memory_new_shared(l->min, l->max) : w2o_memory_new(l->min, l->max, l->has_max);
  }
  pthread_mutex_unlock(&t->lock);
  *out = (w2o_extern_t){.kind = W2O_EXTERN_MEMORY, .of.memory = t->memory};
  return t->memory != NULL;
}

/* Runs one thread: wasi_thread_start(tid, start_arg), then frees its
 * instance; a trap or proc_exit ends the program. */
static void *thread_main(void *arg) {
  wasi_thread_start_t s = *(wasi_thread_start_t *)arg;
  free(arg);
  w2o_value_t args[2] = {{.type = W2O_I32, .of.i32 = (uint32_t)s.tid},
                         {.type = W2O_I32, .of.i32 = s.start_arg}};
  w2o_trap_t trap = W2O_OK;
  w2o_status_t status = w2o_call(s.entry, args, 2, NULL, 0, &trap);
  if (status == W2O_STATUS_OK) {
    w2o_instance_free(s.instance);
    return NULL;
  }
  pthread_mutex_lock(&end_lock);
  if (status == W2O_STATUS_TRAP)
    wasi_report_trap(s.wasi, trap);
  else
    fprintf(stderr, "wasm2obj: wasi_thread_start: %s\n", w2o_status_message(status));
  fflush(NULL);
  _exit(status == W2O_STATUS_TRAP ? W2O_WASI_TRAP_STATUS : W2O_WASI_SETUP_STATUS);
}

/* A new instance of the module and its wasi_thread_start: (i32, i32) -> (). */
static bool instantiate_thread(w2o_wasi_t *w, wasi_threads_t *t, wasi_thread_start_t *s) {
  static const uint8_t params[2] = {W2O_I32, W2O_I32};
  static const w2o_functype_t start_type = {2, 0, params};
  w2o_error_t err;
  w2o_extern_t entry;
  pthread_mutex_lock(&t->spawn_lock);
  w->module = t->module; /* stubs of unknown imports take their types from it */
  w2o_status_t status = w2o_instantiate(t->module, w2o_wasi_resolve, w, &s->instance, &err);
  w->module = NULL;
  pthread_mutex_unlock(&t->spawn_lock);
  if (status != W2O_STATUS_OK)
    return false;
  if (w2o_instance_export(s->instance, "wasi_thread_start", 17, &entry) && entry.kind == W2O_EXTERN_FUNC &&
      entry.of.func->type_id == w2o_type_intern(&start_type)) {
    s->entry = entry.of.func;
    return true;
  }
  w2o_instance_free(s->instance);
  return false;
}

/* wasi.thread-spawn(start_arg) -> tid, or -1. */
static int32_t wasi_thread_spawn(w2o_host_env_t *env, uint32_t start_arg) {
  w2o_wasi_t *w = env->data;
  wasi_threads_t *t = w->threads;
  wasi_thread_start_t *s = calloc(1, sizeof *s);
  if (s == NULL || t->module == NULL || t->last_tid >= WASI_MAX_TID || !instantiate_thread(w, t, s)) {
    free(s);
    return -1;
  }
  s->wasi = w;
  s->start_arg = start_arg;
  int32_t tid = s->tid = ++t->last_tid; /* s belongs to the thread once it runs */
  t->spawned = true;
  pthread_attr_t attr;
  pthread_t thread;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  int rc = pthread_create(&thread, &attr, thread_main, s);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    w2o_instance_free(s->instance);
    free(s);
    return -1;
  }
  return tid;
}

/* The thread-spawn import: (i32) -> i32. */
static bool resolve_spawn(w2o_wasi_t *w, w2o_extern_t *out) {
  static const uint8_t valtypes[2] = {W2O_I32, W2O_I32};
  static const w2o_functype_t type = {1, 1, valtypes};
  wasi_threads_t *t = threads_of(w);
  if (t == NULL)
    return false;
  pthread_mutex_lock(&t->lock);
  if (t->spawn.func == NULL) {
    t->spawn_env.data = w;
    w2o_host_func_init(&t->spawn, &t->spawn_env, (const void *)wasi_thread_spawn, &type, NULL);
  }
  pthread_mutex_unlock(&t->lock);
  *out = (w2o_extern_t){.kind = W2O_EXTERN_FUNC, .of.func = &t->spawn};
  return t->spawn.type_id != UINT32_MAX;
}

static bool name_is(const char *expected, const char *name, uint32_t len) {
  return strlen(expected) == len && memcmp(expected, name, len) == 0;
}

bool wasi_threads_resolve(w2o_wasi_t *w, const w2o_import_desc_t *import, w2o_extern_t *out, bool *handled) {
  *handled = true;
  if (import->kind == W2O_EXTERN_MEMORY)
    return resolve_memory(w, import, out);
  if (import->kind == W2O_EXTERN_FUNC && name_is("wasi", import->module, import->module_len) &&
      name_is("thread-spawn", import->name, import->name_len))
    return resolve_spawn(w, out);
  *handled = false;
  return false;
}
