/*
 * path.c — the path_* functions of wasi_snapshot_preview1.
 *
 * Every path is read from guest memory (EFAULT if out of bounds), then
 * resolved beneath the directory behind the guest fd by sandbox.c: either
 * opened whole (path_open, path_filestat_get, the "follow" variants), or
 * split into a parent opened beneath the directory plus one last component
 * that the kernel looks up with an *at call and no further resolution
 * (mkdir, unlink, rename, symlink, readlink, link). path_symlink refuses a
 * target that is absolute (EPERM) or that climbs, judged lexically from the
 * link's directory, above the preopen (ENOTCAPABLE), as Node's WASI does;
 * that is defense in depth only, since every lookup through a symlink
 * (including ones made on the host side) is checked by sandbox.c anyway.
 *
 * Rights: each call needs the path right of its directory fd (path_open:
 * path_open, plus path_create_file with O_CREAT and path_filestat_set_size
 * with O_TRUNC; path_link: link_source on the old and link_target on the new
 * directory; ...). A directory fd that is not a directory gives EBADF
 * (ENOTDIR for path_open), as in Wasmtime. path_open gives the new fd the
 * requested rights intersected with the directory's inheriting rights, then
 * keeps only the base rights that fit what was opened (WASI_RIGHTS_DIRECTORY
 * or WASI_RIGHTS_FILE): rights that make no sense are dropped, not refused.
 *
 * Trailing slashes: "name/" means "name must be a directory" (POSIX, and
 * Wasmtime on Unix). Calls that open the whole path leave it to the kernel
 * (or the walk, which opens such a name with O_DIRECTORY); calls that act on
 * the last name check it here: a file gives ENOTDIR, a missing name ENOENT,
 * and a new name for symlink or link that already is a directory EEXIST.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "wasi_funcs.h"

/* Rights that need a writable host fd (as wasi-libc's open() asks for them). */
#define WRITE_RIGHTS ((1ull << 0) | WASI_RIGHT_FD_WRITE | (1ull << 8) | (1ull << 22))
#define READ_RIGHTS  (WASI_RIGHT_FD_READ | (1ull << 14))

/** A guest path split into a parent directory (host fd) and a last name. */
typedef struct target {
  wasi_path_t path;
  int parent;
  const char *name;
  bool slash; /* the path ended in '/' */
} target_t;

/* The host directory behind guest fd `fd` if it has `rights`, or -1 and *err. */
static int dir_fd(w2o_wasi_t *w, uint32_t fd, uint64_t rights, uint32_t *err) {
  wasi_fd_t *e = wasi_need(w, fd, WASI_NEED_DIRECTORY, rights, err);
  return e != NULL ? e->host : -1;
}

static uint32_t target_open(w2o_wasi_t *w, uint32_t fd, uint64_t rights, uint32_t addr, uint32_t len,
                            target_t *t) {
  uint32_t err;
  t->parent = -1;
  t->path.text = NULL;
  int dir = dir_fd(w, fd, rights, &err);
  if (dir < 0)
    return err;
  if ((err = wasi_path_read(w, addr, len, &t->path)) != WASI_ESUCCESS)
    return err;
  return wasi_open_parent(w, dir, t->path.text, &t->parent, &t->name, &t->slash);
}

/* "name/" where name must be an existing directory (symlinks followed). */
static uint32_t must_be_directory(const target_t *t) {
  struct stat st;
  if (fstatat(t->parent, t->name, &st, 0) < 0)
    return wasi_errno_now();
  return S_ISDIR(st.st_mode) ? WASI_ESUCCESS : WASI_ENOTDIR;
}

/* "name/" as the new name of symlink or link: missing gives ENOENT (a link
 * is never a directory), a directory EEXIST, anything else ENOTDIR. */
static uint32_t new_name_with_slash(const target_t *t) {
  struct stat st;
  if (fstatat(t->parent, t->name, &st, AT_SYMLINK_NOFOLLOW) < 0)
    return wasi_errno_now();
  return must_be_directory(t) == WASI_ESUCCESS ? WASI_EEXIST : WASI_ENOTDIR;
}

static void target_close(target_t *t) {
  if (t->parent >= 0)
    close(t->parent);
  wasi_path_free(&t->path);
}

/* Opens a whole guest path beneath guest fd `fd` (which needs `rights`) with `flags`. */
static uint32_t open_whole(w2o_wasi_t *w, uint32_t fd, uint64_t rights, uint32_t addr, uint32_t len,
                           int flags, int mode, int *out) {
  uint32_t err;
  wasi_path_t path;
  int dir = dir_fd(w, fd, rights, &err);
  if (dir < 0)
    return err;
  if ((err = wasi_path_read(w, addr, len, &path)) != WASI_ESUCCESS)
    return err;
  size_t n = strlen(path.text);
  if ((flags & O_CREAT) && n > 0 && path.text[n - 1] == '/')
    err = WASI_EISDIR; /* Linux's answer: a trailing slash names a directory, never a new file */
  else
    err = wasi_open_beneath(w, dir, path.text, flags, mode, out);
  wasi_path_free(&path);
  return err;
}

/* open(2) flags for path_open's arguments. */
static int open_flags(uint32_t dirflags, uint32_t oflags, uint64_t base, uint32_t fdflags) {
  bool read = (base & READ_RIGHTS) != 0, write = (base & WRITE_RIGHTS) != 0;
  int flags = write ? (read ? O_RDWR : O_WRONLY) : O_RDONLY;
  if (oflags & WASI_OFLAG_DIRECTORY)
    flags = O_RDONLY | O_DIRECTORY;
  flags |= oflags & WASI_OFLAG_CREAT ? O_CREAT : 0;
  flags |= oflags & WASI_OFLAG_EXCL ? O_EXCL : 0;
  flags |= oflags & WASI_OFLAG_TRUNC ? O_TRUNC : 0;
  flags |= fdflags & WASI_FDFLAG_APPEND ? O_APPEND : 0;
  flags |= fdflags & WASI_FDFLAG_DSYNC ? O_DSYNC : 0;
  flags |= fdflags & WASI_FDFLAG_NONBLOCK ? O_NONBLOCK : 0;
  flags |= fdflags & (WASI_FDFLAG_SYNC | WASI_FDFLAG_RSYNC) ? O_SYNC : 0;
  flags |= dirflags & WASI_LOOKUP_SYMLINK_FOLLOW ? 0 : O_NOFOLLOW;
  return flags | O_NOCTTY;
}

uint32_t wasi_path_open(w2o_host_env_t *env, uint32_t fd, uint32_t dirflags, uint32_t path, uint32_t path_len,
                        uint32_t oflags, uint64_t base, uint64_t inh, uint32_t fdflags, uint32_t result) {
  w2o_wasi_t *w = wasi_of(env);
  if (wasi_mem(w, result, 4) == NULL)
    return WASI_EFAULT;
  wasi_fd_t *dir = wasi_fd_get(w, fd);
  if (dir != NULL && dir->filetype != WASI_FILETYPE_DIRECTORY)
    return WASI_ENOTDIR;
  uint64_t parent_inh = dir != NULL ? dir->rights_inheriting : 0;
  uint64_t need = WASI_RIGHT_PATH_OPEN | (oflags & WASI_OFLAG_CREAT ? WASI_RIGHT_PATH_CREATE_FILE : 0) |
                  (oflags & WASI_OFLAG_TRUNC ? WASI_RIGHT_PATH_FILESTAT_SET_SIZE : 0);
  base &= parent_inh;
  int host;
  uint32_t err =
      open_whole(w, fd, need, path, path_len, open_flags(dirflags, oflags, base, fdflags), 0666, &host);
  if (err != WASI_ESUCCESS)
    return err;
  struct stat st;
  uint8_t type = fstat(host, &st) == 0 ? wasi_filetype_of_mode(st.st_mode) : WASI_FILETYPE_UNKNOWN;
  base &= type == WASI_FILETYPE_DIRECTORY ? WASI_RIGHTS_DIRECTORY : WASI_RIGHTS_FILE;
  int64_t guest = wasi_fd_add(w, host, type, base, inh & parent_inh);
  if (guest < 0)
    return WASI_EMFILE;
  wasi_store32(w, result, (uint32_t)guest);
  return WASI_ESUCCESS;
}

uint32_t wasi_path_create_directory(w2o_host_env_t *env, uint32_t fd, uint32_t path, uint32_t len) {
  target_t t;
  uint32_t err = target_open(wasi_of(env), fd, WASI_RIGHT_PATH_CREATE_DIRECTORY, path, len, &t);
  if (err == WASI_ESUCCESS && mkdirat(t.parent, t.name, 0777) < 0)
    err = wasi_errno_now();
  target_close(&t);
  return err;
}

uint32_t wasi_path_remove_directory(w2o_host_env_t *env, uint32_t fd, uint32_t path, uint32_t len) {
  target_t t;
  uint32_t err = target_open(wasi_of(env), fd, WASI_RIGHT_PATH_REMOVE_DIRECTORY, path, len, &t);
  if (err == WASI_ESUCCESS && unlinkat(t.parent, t.name, AT_REMOVEDIR) < 0)
    err = wasi_errno_now();
  target_close(&t);
  return err;
}

uint32_t wasi_path_unlink_file(w2o_host_env_t *env, uint32_t fd, uint32_t path, uint32_t len) {
  target_t t;
  struct stat st;
  uint32_t err = target_open(wasi_of(env), fd, WASI_RIGHT_PATH_UNLINK_FILE, path, len, &t);
  if (err == WASI_ESUCCESS && t.slash) /* "name/" names a directory, never a file */
    err = fstatat(t.parent, t.name, &st, AT_SYMLINK_NOFOLLOW) < 0 ? wasi_errno_now()
          : S_ISDIR(st.st_mode)                                   ? WASI_EISDIR
                                                                  : WASI_ENOTDIR;
  if (err == WASI_ESUCCESS && unlinkat(t.parent, t.name, 0) < 0)
    err = wasi_errno_now();
  target_close(&t);
  return err;
}

uint32_t wasi_path_rename(w2o_host_env_t *env, uint32_t fd, uint32_t old_path, uint32_t old_len,
                          uint32_t new_fd, uint32_t new_path, uint32_t new_len) {
  target_t from, to = {.parent = -1};
  struct stat st;
  uint32_t err = target_open(wasi_of(env), fd, WASI_RIGHT_PATH_RENAME_SOURCE, old_path, old_len, &from);
  if (err == WASI_ESUCCESS)
    err = target_open(wasi_of(env), new_fd, WASI_RIGHT_PATH_RENAME_TARGET, new_path, new_len, &to);
  if (err == WASI_ESUCCESS && (from.slash || to.slash)) /* only a directory may have one */
    err = fstatat(from.parent, from.name, &st, AT_SYMLINK_NOFOLLOW) < 0 ? wasi_errno_now()
          : S_ISDIR(st.st_mode)                                         ? WASI_ESUCCESS
                                                                        : WASI_ENOTDIR;
  if (err == WASI_ESUCCESS && renameat(from.parent, from.name, to.parent, to.name) < 0)
    err = wasi_errno_now();
  target_close(&from);
  target_close(&to);
  return err;
}

/* Lexical depth below the preopen after walking path's components from
 * `depth` (without the last component if skip_last); -1 once it climbs out. */
static long climb(const char *path, long depth, bool skip_last) {
  while (*path != '\0' && depth >= 0) {
    size_t n = strcspn(path, "/");
    const char *next = path + n + strspn(path + n, "/");
    if (skip_last && *next == '\0')
      break;
    if (n == 2 && path[0] == '.' && path[1] == '.')
      depth--;
    else if (n > 0 && !(n == 1 && path[0] == '.'))
      depth++;
    path = next;
  }
  return depth;
}

static uint32_t check_link_target(const char *target, const char *link_path) {
  if (target[0] == '/')
    return WASI_EPERM;
  return climb(target, climb(link_path, 0, true), false) < 0 ? WASI_ENOTCAPABLE : WASI_ESUCCESS;
}

uint32_t wasi_path_symlink(w2o_host_env_t *env, uint32_t old_path, uint32_t old_len, uint32_t fd,
                           uint32_t new_path, uint32_t new_len) {
  w2o_wasi_t *w = wasi_of(env);
  wasi_path_t target;
  uint32_t err = wasi_path_read(w, old_path, old_len, &target);
  if (err != WASI_ESUCCESS)
    return err;
  wasi_path_t link;
  err = wasi_path_read(w, new_path, new_len, &link);
  if (err == WASI_ESUCCESS)
    err = check_link_target(target.text, link.text);
  wasi_path_free(&link);
  target_t t = {.parent = -1};
  if (err == WASI_ESUCCESS)
    err = target_open(w, fd, WASI_RIGHT_PATH_SYMLINK, new_path, new_len, &t);
  if (err == WASI_ESUCCESS && t.slash)
    err = new_name_with_slash(&t);
  if (err == WASI_ESUCCESS && symlinkat(target.text, t.parent, t.name) < 0)
    err = wasi_errno_now();
  target_close(&t);
  wasi_path_free(&target);
  return err;
}

uint32_t wasi_path_readlink(w2o_host_env_t *env, uint32_t fd, uint32_t path, uint32_t len, uint32_t buf,
                            uint32_t buf_len, uint32_t bufused) {
  w2o_wasi_t *w = wasi_of(env);
  char *p = (char *)wasi_mem(w, buf, buf_len);
  if (p == NULL || wasi_mem(w, bufused, 4) == NULL)
    return WASI_EFAULT;
  target_t t;
  uint32_t err = target_open(w, fd, WASI_RIGHT_PATH_READLINK, path, len, &t);
  if (err == WASI_ESUCCESS && t.slash) /* "link/" is what the link leads to: not a link */
    err = must_be_directory(&t) == WASI_ESUCCESS ? WASI_EINVAL : must_be_directory(&t);
  ssize_t n = err == WASI_ESUCCESS ? readlinkat(t.parent, t.name, p, buf_len) : 0;
  if (n < 0)
    err = wasi_errno_now();
  else if (err == WASI_ESUCCESS)
    wasi_store32(w, bufused, (uint32_t)n);
  target_close(&t);
  return err;
}

/* Hard link from an fd of an already resolved file (path_link with follow). */
static uint32_t link_fd(int fd, const target_t *to) {
  char proc[64];
  snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
  return linkat(AT_FDCWD, proc, to->parent, to->name, AT_SYMLINK_FOLLOW) < 0 ? wasi_errno_now()
                                                                             : WASI_ESUCCESS;
}

uint32_t wasi_path_link(w2o_host_env_t *env, uint32_t old_fd, uint32_t old_flags, uint32_t old_path,
                        uint32_t old_len, uint32_t new_fd, uint32_t new_path, uint32_t new_len) {
  w2o_wasi_t *w = wasi_of(env);
  target_t from = {.parent = -1}, to;
  int file = -1;
  uint32_t err = target_open(w, new_fd, WASI_RIGHT_PATH_LINK_TARGET, new_path, new_len, &to);
  if (err == WASI_ESUCCESS && (old_flags & WASI_LOOKUP_SYMLINK_FOLLOW)) {
    err = open_whole(w, old_fd, WASI_RIGHT_PATH_LINK_SOURCE, old_path, old_len, O_PATH, 0, &file);
    if (err == WASI_ESUCCESS && to.slash)
      err = new_name_with_slash(&to);
    if (err == WASI_ESUCCESS)
      err = link_fd(file, &to);
  } else if (err == WASI_ESUCCESS) {
    err = target_open(w, old_fd, WASI_RIGHT_PATH_LINK_SOURCE, old_path, old_len, &from);
    if (err == WASI_ESUCCESS && from.slash)
      err = must_be_directory(&from);
    if (err == WASI_ESUCCESS && to.slash)
      err = new_name_with_slash(&to);
    if (err == WASI_ESUCCESS && linkat(from.parent, from.name, to.parent, to.name, 0) < 0)
      err = wasi_errno_now();
  }
  if (file >= 0)
    close(file);
  target_close(&from);
  target_close(&to);
  return err;
}

uint32_t wasi_path_filestat_get(w2o_host_env_t *env, uint32_t fd, uint32_t flags, uint32_t path, uint32_t len,
                                uint32_t buf) {
  w2o_wasi_t *w = wasi_of(env);
  uint8_t *p = wasi_mem(w, buf, WASI_FILESTAT_SIZE);
  if (p == NULL)
    return WASI_EFAULT;
  int nofollow = flags & WASI_LOOKUP_SYMLINK_FOLLOW ? 0 : O_NOFOLLOW;
  int file;
  uint32_t err = open_whole(w, fd, WASI_RIGHT_PATH_FILESTAT_GET, path, len, O_PATH | nofollow, 0, &file);
  if (err != WASI_ESUCCESS)
    return err;
  struct stat st;
  if (fstat(file, &st) < 0)
    err = wasi_errno_now();
  else
    wasi_put_filestat(p, &st);
  close(file);
  return err;
}

uint32_t wasi_path_filestat_set_times(w2o_host_env_t *env, uint32_t fd, uint32_t flags, uint32_t path,
                                      uint32_t len, uint64_t atim, uint64_t mtim, uint32_t fst) {
  w2o_wasi_t *w = wasi_of(env);
  struct timespec times[2];
  uint32_t err = wasi_times_of(atim, mtim, fst, times);
  if (err != WASI_ESUCCESS)
    return err;
  const uint64_t need = WASI_RIGHT_PATH_FILESTAT_SET_TIMES;
  const uint8_t *text = wasi_mem(w, path, len);
  bool slash = text != NULL && len > 0 && text[len - 1] == '/'; /* "name/" follows, as POSIX */
  if (!(flags & WASI_LOOKUP_SYMLINK_FOLLOW) && !slash) {
    target_t t;
    err = target_open(w, fd, need, path, len, &t);
    if (err == WASI_ESUCCESS && utimensat(t.parent, t.name, times, AT_SYMLINK_NOFOLLOW) < 0)
      err = wasi_errno_now();
    target_close(&t);
    return err;
  }
  int file;
  char proc[64];
  if ((err = open_whole(w, fd, need, path, len, O_PATH, 0, &file)) != WASI_ESUCCESS)
    return err;
  snprintf(proc, sizeof proc, "/proc/self/fd/%d", file);
  err = utimensat(AT_FDCWD, proc, times, 0) < 0 ? wasi_errno_now() : WASI_ESUCCESS;
  close(file);
  return err;
}
