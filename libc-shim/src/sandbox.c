/*
 * sandbox.c — resolving guest paths beneath a preopened directory.
 *
 * The guest names files by (directory fd, relative path). A path is opened
 * with openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) when the kernel has
 * it (Linux 5.6+; called through syscall(2) since glibc has no wrapper): the
 * kernel then refuses absolute paths, `..` above the directory and symlinks
 * leading out of it with EXDEV, reported to the guest as ENOTCAPABLE.
 *
 * Without openat2 the same rules are kept by a walk: each intermediate
 * component is opened with O_PATH | O_DIRECTORY | O_NOFOLLOW relative to the
 * previous one, a stack of those fds gives `..` (which may not pop past the
 * start), and a symlink (found with readlinkat) is expanded in place — an
 * absolute target is refused, a relative one is walked like the rest, at
 * most 40 times (ELOOP). The final component is opened with O_NOFOLLOW, so
 * a symlink swapped in after the check fails instead of being followed.
 *
 * Operations that act on a name in a directory (unlink, mkdir, rename, ...)
 * open the parent this way and pass the kernel a single component, so no
 * kernel-side lookup ever crosses a directory the sandbox did not check.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

/** Deepest directory nesting the walk handles. */
#define WALK_MAX_DEPTH 256
/** Symlinks the walk expands before it gives up with ELOOP (as Linux). */
#define WALK_MAX_LINKS 40

uint32_t wasi_path_read(const w2o_wasi_t *w, uint32_t addr, uint32_t len, wasi_path_t *out) {
  out->text = NULL;
  const uint8_t *p = wasi_mem(w, addr, len);
  if (p == NULL)
    return WASI_EFAULT;
  if (memchr(p, 0, len) != NULL)
    return WASI_EINVAL;
  if (len >= PATH_MAX)
    return WASI_ENAMETOOLONG;
  out->text = malloc((size_t)len + 1);
  if (out->text == NULL)
    return WASI_ENOMEM;
  memcpy(out->text, p, len);
  out->text[len] = '\0';
  return WASI_ESUCCESS;
}

void wasi_path_free(wasi_path_t *path) {
  free(path->text);
  path->text = NULL;
}

static long sys_openat2(int dirfd, const char *path, int flags, int mode) {
  /* openat2 refuses a mode unless the call may create a file */
  uint64_t create_mode = flags & O_CREAT ? (uint64_t)mode : 0;
  struct open_how how = {
      .flags = (uint64_t)flags, .mode = create_mode, .resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS};
  return syscall(SYS_openat2, dirfd, path, &how, sizeof how);
}

bool wasi_have_openat2(void) {
  static int have = -1; /* benign race: every thread computes the same */
  if (have < 0) {
    long fd = sys_openat2(AT_FDCWD, ".", O_PATH | O_CLOEXEC, 0);
    have = fd >= 0 || errno != ENOSYS;
    if (fd >= 0)
      close((int)fd);
  }
  return have != 0;
}

/* EXDEV from a beneath-lookup means "escapes the directory". */
static uint32_t escape_errno(int host_errno) {
  return host_errno == EXDEV ? WASI_ENOTCAPABLE : wasi_errno(host_errno);
}

static uint32_t open_openat2(int dirfd, const char *path, int flags, int mode, int *out) {
  long fd;
  int tries = 0;
  do /* EAGAIN: a concurrent rename made the kernel unsure; try again */
    fd = sys_openat2(dirfd, path, flags | O_CLOEXEC, mode);
  while (fd < 0 && (errno == EAGAIN || errno == EINTR) && ++tries < 16);
  if (fd < 0)
    return escape_errno(errno);
  *out = (int)fd;
  return WASI_ESUCCESS;
}

/* ---- the walk ---- */

typedef struct walk {
  int fds[WALK_MAX_DEPTH]; /* fds[0] is the borrowed start directory */
  int depth;
  int links;
  char rest[PATH_MAX * 2]; /* what is left to resolve */
} walk_t;

static void walk_close(walk_t *k) {
  for (; k->depth > 0; k->depth--)
    close(k->fds[k->depth]);
}

/* Cuts the next component off k->rest into comp; *last if nothing follows. */
static bool next_component(walk_t *k, char *comp, bool *last, bool *trailing_slash) {
  char *s = k->rest;
  while (*s == '/')
    s++;
  size_t n = strcspn(s, "/");
  if (n == 0)
    return false;
  memcpy(comp, s, n);
  comp[n] = '\0';
  char *after = s + n;
  while (*after == '/')
    after++;
  *last = *after == '\0';
  *trailing_slash = *last && s[n] == '/';
  memmove(k->rest, after, strlen(after) + 1);
  return true;
}

/* comp is a symlink to `target`: continue with target + "/" + rest. */
static uint32_t expand_link(walk_t *k, const char *target, bool trailing_slash) {
  if (++k->links > WALK_MAX_LINKS)
    return WASI_ELOOP;
  if (target[0] == '/')
    return WASI_ENOTCAPABLE;
  size_t t = strlen(target), r = strlen(k->rest);
  if (t + r + 3 > sizeof k->rest)
    return WASI_ENAMETOOLONG;
  memmove(k->rest + t + 1, k->rest, r + 1);
  memcpy(k->rest, target, t);
  k->rest[t] = r > 0 || trailing_slash ? '/' : '\0';
  return WASI_ESUCCESS;
}

/* Reads comp's link target if it is a symlink; false if it is not one. */
static bool read_link(walk_t *k, const char *comp, char *target) {
  ssize_t n = readlinkat(k->fds[k->depth], comp, target, PATH_MAX - 1);
  if (n < 0)
    return false;
  target[n] = '\0';
  return true;
}

/* Steps into directory comp (already known not to be a symlink). */
static uint32_t walk_enter(walk_t *k, const char *comp) {
  if (strcmp(comp, "..") == 0) {
    if (k->depth == 0)
      return WASI_ENOTCAPABLE;
    close(k->fds[k->depth--]);
    return WASI_ESUCCESS;
  }
  if (k->depth + 1 >= WALK_MAX_DEPTH)
    return WASI_ENAMETOOLONG;
  int fd = openat(k->fds[k->depth], comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return wasi_errno_now();
  k->fds[++k->depth] = fd;
  return WASI_ESUCCESS;
}

/* Opens the last component comp in the current directory. */
static uint32_t walk_finish(walk_t *k, const char *comp, int flags, int mode, int *out) {
  const char *name = comp;
  if (strcmp(comp, "..") == 0) {
    uint32_t err = walk_enter(k, comp);
    if (err != WASI_ESUCCESS)
      return err;
    name = ".";
  }
  int fd = openat(k->fds[k->depth], name, flags | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0)
    return wasi_errno_now();
  *out = fd;
  return WASI_ESUCCESS;
}

/* One step of the walk; *done once the last component is opened. */
static uint32_t walk_step(walk_t *k, int flags, int mode, int *out, bool *done) {
  char comp[PATH_MAX], target[PATH_MAX];
  bool last, slash;
  if (!next_component(k, comp, &last, &slash)) {
    *done = true; /* nothing but slashes and dots left: the current directory */
    return walk_finish(k, ".", flags, mode, out);
  }
  bool follow = !last || slash || !(flags & O_NOFOLLOW);
  bool special = strcmp(comp, ".") == 0 || strcmp(comp, "..") == 0;
  if (!special && follow && read_link(k, comp, target))
    return expand_link(k, target, slash);
  if (!last)
    return strcmp(comp, ".") == 0 ? WASI_ESUCCESS : walk_enter(k, comp);
  *done = true;
  return walk_finish(k, comp, flags | (slash ? O_DIRECTORY : 0), mode, out);
}

static uint32_t open_walk(int dirfd, const char *path, int flags, int mode, int *out) {
  if (path[0] == '/')
    return WASI_ENOTCAPABLE;
  walk_t *k = malloc(sizeof *k);
  if (k == NULL)
    return WASI_ENOMEM;
  k->fds[0] = dirfd;
  k->depth = 0;
  k->links = 0;
  snprintf(k->rest, sizeof k->rest, "%s", path);
  bool done = false;
  uint32_t err = WASI_ESUCCESS;
  while (err == WASI_ESUCCESS && !done)
    err = walk_step(k, flags, mode, out, &done);
  walk_close(k);
  free(k);
  return err;
}

uint32_t wasi_open_beneath(const w2o_wasi_t *w, int dirfd, const char *path, int flags, int mode, int *out) {
  if (path[0] == '\0')
    return WASI_ENOENT;
  if (w->use_openat2)
    return open_openat2(dirfd, path, flags, mode, out);
  return open_walk(dirfd, path, flags, mode, out);
}

static bool is_dot_or_dotdot(const char *name) { return strcmp(name, ".") == 0 || strcmp(name, "..") == 0; }

uint32_t wasi_open_parent(const w2o_wasi_t *w, int dirfd, char *path, int *parent, const char **name,
                          bool *trailing_slash) {
  if (path[0] == '/')
    return WASI_ENOTCAPABLE;
  if (path[0] == '\0')
    return WASI_ENOENT;
  size_t n = strlen(path);
  *trailing_slash = path[n - 1] == '/';
  while (n > 0 && path[n - 1] == '/')
    path[--n] = '\0';
  char *slash = strrchr(path, '/');
  *name = slash != NULL ? slash + 1 : path;
  if (is_dot_or_dotdot(*name)) { /* the parent must not be left by the name either */
    int check;
    uint32_t err = wasi_open_beneath(w, dirfd, path, O_PATH | O_DIRECTORY, 0, &check);
    if (err != WASI_ESUCCESS)
      return err;
    close(check);
  }
  if (slash == NULL)
    return wasi_open_beneath(w, dirfd, ".", O_PATH | O_DIRECTORY, 0, parent);
  *slash = '\0';
  return wasi_open_beneath(w, dirfd, path, O_PATH | O_DIRECTORY, 0, parent);
}
