/*
 * context.c — the WASI context: arguments, environment and the guest's fd
 * table.
 *
 * The fd table is an array indexed by guest fd; a slot holds the host fd
 * (or -1), the WASI file type and rights, and for a preopen its guest name.
 * Rights: stdio gets WASI_RIGHTS_FILE (a terminal without seek and tell)
 * and inherits nothing; a preopen gets WASI_RIGHTS_DIRECTORY and passes on
 * WASI_RIGHTS_DIRECTORY | WASI_RIGHTS_FILE (path.c narrows from there).
 * Guest fds are allocated lowest-free-first like POSIX, so numbers match
 * what a native run of the same program would see. The context owns every
 * host fd in the table, stdio included (they are dup'ed), so the guest
 * closing fd 1 never closes the embedder's stdout.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

void w2o_wasi_config_init(w2o_wasi_config_t *config) {
  memset(config, 0, sizeof *config);
  for (int i = 0; i < 3; i++)
    config->stdio[i] = i;
}

/* Copies n strings; *bytes gets the sum of their lengths + NULs. */
static char **copy_strings(size_t n, const char *const *src, uint32_t *bytes) {
  char **out = calloc(n + 1, sizeof *out);
  uint64_t total = 0;
  for (size_t i = 0; out != NULL && i < n; i++) {
    out[i] = strdup(src[i]);
    if (out[i] == NULL)
      return NULL;
    total += strlen(src[i]) + 1;
  }
  *bytes = total > UINT32_MAX ? UINT32_MAX : (uint32_t)total;
  return out;
}

static void free_strings(char **strings) {
  for (size_t i = 0; strings != NULL && strings[i] != NULL; i++)
    free(strings[i]);
  free(strings);
}

uint8_t wasi_filetype_of_mode(uint32_t mode) {
  switch (mode & S_IFMT) {
  case S_IFREG: return WASI_FILETYPE_REGULAR_FILE;
  case S_IFDIR: return WASI_FILETYPE_DIRECTORY;
  case S_IFCHR: return WASI_FILETYPE_CHARACTER_DEVICE;
  case S_IFBLK: return WASI_FILETYPE_BLOCK_DEVICE;
  case S_IFLNK: return WASI_FILETYPE_SYMBOLIC_LINK;
  case S_IFSOCK: return WASI_FILETYPE_SOCKET_STREAM;
  default: return WASI_FILETYPE_UNKNOWN;
  }
}

static uint64_t timespec_ns(struct timespec t) {
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

void wasi_put_filestat(uint8_t *p, const void *host_stat) {
  const struct stat *st = host_stat;
  memset(p, 0, WASI_FILESTAT_SIZE);
  wasi_put64(p + 0, (uint64_t)st->st_dev);
  wasi_put64(p + 8, (uint64_t)st->st_ino);
  p[16] = wasi_filetype_of_mode(st->st_mode);
  wasi_put64(p + 24, (uint64_t)st->st_nlink);
  wasi_put64(p + 32, (uint64_t)st->st_size);
  wasi_put64(p + 40, timespec_ns(st->st_atim));
  wasi_put64(p + 48, timespec_ns(st->st_mtim));
  wasi_put64(p + 56, timespec_ns(st->st_ctim));
}

/* Rights of a stdio host fd: a file's; a terminal lacks seek and tell (which
 * is how wasi-libc's isatty tells it from a redirected file). */
static uint64_t rights_for(int host, uint8_t *filetype) {
  struct stat st;
  *filetype = fstat(host, &st) == 0 ? wasi_filetype_of_mode(st.st_mode) : WASI_FILETYPE_UNKNOWN;
  if (*filetype == WASI_FILETYPE_CHARACTER_DEVICE && isatty(host))
    return WASI_RIGHTS_FILE & ~(WASI_RIGHT_FD_SEEK | WASI_RIGHT_FD_TELL);
  return WASI_RIGHTS_FILE;
}

wasi_fd_t *wasi_fd_get(w2o_wasi_t *w, uint32_t fd) {
  if (fd >= w->fd_capacity || w->fds[fd].host < 0)
    return NULL;
  return &w->fds[fd];
}

wasi_fd_t *wasi_need(w2o_wasi_t *w, uint32_t fd, wasi_need_kind_t kind, uint64_t rights, uint32_t *err) {
  wasi_fd_t *e = wasi_fd_get(w, fd);
  bool dir = e != NULL && e->filetype == WASI_FILETYPE_DIRECTORY;
  if (e == NULL || (kind == WASI_NEED_FILE && dir) || (kind == WASI_NEED_DIRECTORY && !dir))
    *err = WASI_EBADF;
  else if ((e->rights_base & rights) != rights)
    *err = WASI_ENOTCAPABLE;
  else
    *err = WASI_ESUCCESS;
  return *err == WASI_ESUCCESS ? e : NULL;
}

static bool grow_table(w2o_wasi_t *w) {
  uint32_t capacity = w->fd_capacity ? w->fd_capacity * 2 : 16;
  wasi_fd_t *fds = realloc(w->fds, capacity * sizeof *fds);
  if (fds == NULL)
    return false;
  for (uint32_t i = w->fd_capacity; i < capacity; i++)
    fds[i] = (wasi_fd_t){.host = -1};
  w->fds = fds;
  w->fd_capacity = capacity;
  return true;
}

/* A slot for a new fd: the lowest free one from `from` on, or -1. */
static int64_t free_slot(w2o_wasi_t *w, uint32_t from) {
  for (uint32_t i = from; i < w->fd_capacity; i++)
    if (w->fds[i].host < 0)
      return i;
  uint32_t first_new = w->fd_capacity > from ? w->fd_capacity : from;
  while (w->fd_capacity <= first_new)
    if (w->fd_capacity >= (1u << 20) || !grow_table(w))
      return -1;
  return first_new;
}

/* Puts `host` in the lowest free slot from `from` on; -1 (host closed) if none. */
static int64_t add_from(w2o_wasi_t *w, uint32_t from, int host, uint8_t filetype, uint64_t base,
                        uint64_t inh) {
  int64_t fd = free_slot(w, from);
  if (fd < 0) {
    close(host);
    return -1;
  }
  w->fds[fd] = (wasi_fd_t){.host = host, .filetype = filetype, .rights_base = base, .rights_inheriting = inh};
  return fd;
}

int64_t wasi_fd_add(w2o_wasi_t *w, int host, uint8_t filetype, uint64_t base, uint64_t inh) {
  return add_from(w, 0, host, filetype, base, inh);
}

void wasi_fd_release(w2o_wasi_t *w, uint32_t fd) {
  close(w->fds[fd].host);
  free(w->fds[fd].preopen);
  w->fds[fd] = (wasi_fd_t){.host = -1};
}

/* Guest fds 0-2: dups of the configured host fds. A slot stays free for -1
 * and for a host fd that is not open (a program started with 1>&-). */
static bool add_stdio(w2o_wasi_t *w, const w2o_wasi_config_t *c, char *error, size_t size) {
  if (!grow_table(w))
    return false;
  for (int i = 0; i < 3; i++) {
    if (c->stdio[i] < 0)
      continue;
    int host = fcntl(c->stdio[i], F_DUPFD_CLOEXEC, 3);
    if (host < 0 && errno == EBADF)
      continue;
    if (host < 0) {
      snprintf(error, size, "stdio fd %d: %s", c->stdio[i], strerror(errno));
      return false;
    }
    uint8_t type;
    uint64_t rights = rights_for(host, &type);
    w->fds[i] = (wasi_fd_t){.host = host, .filetype = type, .rights_base = rights};
  }
  return true;
}

static bool add_preopen(w2o_wasi_t *w, const w2o_wasi_preopen_t *p, char *error, size_t size) {
  int host = open(p->host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (host < 0) {
    snprintf(error, size, "--dir %s: %s", p->host_path, strerror(errno));
    return false;
  }
  int64_t slot = add_from(w, 3, host, WASI_FILETYPE_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                          WASI_RIGHTS_DIRECTORY | WASI_RIGHTS_FILE);
  const char *name = p->guest_path != NULL ? p->guest_path : p->host_path;
  if (slot < 0 || (w->fds[slot].preopen = strdup(name)) == NULL) {
    snprintf(error, size, "--dir %s: out of memory or fds", p->host_path);
    return false;
  }
  return true;
}

static bool setup(w2o_wasi_t *w, const w2o_wasi_config_t *c, char *error, size_t size) {
  snprintf(error, size, "out of memory");
  w->env.data = w;
  w->argv = copy_strings(c->argc, c->argv, &w->argv_bytes);
  w->envp = copy_strings(c->envc, c->envp, &w->env_bytes);
  w->argc = (uint32_t)c->argc;
  w->envc = (uint32_t)c->envc;
  if (w->argv == NULL || w->envp == NULL || !add_stdio(w, c, error, size))
    return false;
  for (size_t i = 0; i < c->preopen_count; i++)
    if (!add_preopen(w, &c->preopens[i], error, size))
      return false;
  w->use_openat2 = c->resolve_mode == W2O_WASI_RESOLVE_AUTO && wasi_have_openat2();
  w->frame_source = c->frame_source;
  w->unknown_imports = c->unknown_imports;
  w->funcs = calloc(w2o_wasi_function_count(), sizeof *w->funcs);
  return w->funcs != NULL;
}

w2o_wasi_t *w2o_wasi_new(const w2o_wasi_config_t *config, char *error, size_t error_size) {
  w2o_wasi_t *w = calloc(1, sizeof *w);
  if (w == NULL) {
    snprintf(error, error_size, "out of memory");
    return NULL;
  }
  if (!setup(w, config, error, error_size)) {
    w2o_wasi_free(w);
    return NULL;
  }
  return w;
}

void w2o_wasi_free(w2o_wasi_t *wasi) {
  if (wasi == NULL)
    return;
  for (uint32_t i = 0; i < wasi->fd_capacity; i++)
    if (wasi->fds[i].host >= 0)
      wasi_fd_release(wasi, i);
  free(wasi->fds);
  free_strings(wasi->argv);
  free_strings(wasi->envp);
  free(wasi->funcs);
  wasi_stubs_free(wasi);
  wasi_threads_free(wasi);
  free(wasi);
}

void w2o_wasi_set_memory(w2o_wasi_t *wasi, w2o_memory_t *memory) { wasi->memory = memory; }

bool w2o_wasi_attach(w2o_wasi_t *wasi, const w2o_instance_t *instance) {
  w2o_extern_t ext;
  w2o_memory_t *memory = NULL;
  if (w2o_instance_export(instance, "memory", 6, &ext) && ext.kind == W2O_EXTERN_MEMORY)
    memory = ext.of.memory;
  else
    memory = w2o_instance_memory(instance, 0);
  wasi->memory = memory;
  wasi_threads_attach(wasi, instance);
  return memory != NULL;
}

bool w2o_wasi_exited(const w2o_wasi_t *wasi, uint32_t *code) {
  if (wasi->exited)
    *code = wasi->exit_code;
  return wasi->exited;
}
