/*
 * fd.c — the fd_* functions of wasi_snapshot_preview1: I/O, seeking, file
 * and descriptor status, preopens, directory listing and renumbering.
 *
 * Each function follows the same shape: look the guest fd up in the
 * context's table (EBADF if it is not there or, for calls on a file's data
 * or offset, is a directory, as in Wasmtime; ENOTCAPABLE without the rights
 * the call needs: fd_read needs fd_read, fd_pread fd_read and fd_seek, and so
 * on, one right per call as the witx names them), check every guest pointer and
 * length it will touch (EFAULT), then make one host call and map its errno.
 * Output pointers are checked before the host call, so a bad pointer never
 * loses data that was already read. Scatter/gather lists are copied into a
 * host iovec array, each buffer bounds-checked; more than 1024 is EINVAL.
 *
 * fd_readdir lists the directory from the start on every call (rewinddir on
 * a dup of the fd) and uses the entry index as the cookie: simple, stable
 * while the directory is unchanged, and O(n^2) only for huge directories.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "internal.h"
#include "wasi_funcs.h"

/* The entry for fd if it is open, not a directory and has `rights`. */
static wasi_fd_t *lookup_file(w2o_wasi_t *w, uint32_t fd, uint64_t rights, uint32_t *err) {
  return wasi_need(w, fd, WASI_NEED_FILE, rights, err);
}

/* The entry for fd if it is open (of any kind) and has `rights`. */
static wasi_fd_t *lookup(w2o_wasi_t *w, uint32_t fd, uint64_t rights, uint32_t *err) {
  return wasi_need(w, fd, WASI_NEED_ANY, rights, err);
}

/* Copies n guest iovecs at addr into host iovecs, each buffer checked. */
static uint32_t gather(const w2o_wasi_t *w, uint32_t addr, uint32_t n, struct iovec *out) {
  if (n > WASI_IOV_MAX)
    return WASI_EINVAL;
  const uint8_t *v = wasi_mem(w, addr, (uint64_t)n * WASI_IOVEC_SIZE);
  if (v == NULL)
    return WASI_EFAULT;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t buf = wasi_get32(v + i * WASI_IOVEC_SIZE), len = wasi_get32(v + i * WASI_IOVEC_SIZE + 4);
    out[i].iov_base = wasi_mem(w, buf, len);
    out[i].iov_len = len;
    if (out[i].iov_base == NULL)
      return WASI_EFAULT;
  }
  return WASI_ESUCCESS;
}

/* The common part of read/write/pread/pwrite. */
static uint32_t transfer(w2o_host_env_t *env, uint32_t fd, uint32_t iovs, uint32_t n, int64_t offset,
                         bool write, uint32_t result_ptr) {
  w2o_wasi_t *w = wasi_of(env);
  uint32_t err;
  uint64_t rights =
      (write ? WASI_RIGHT_FD_WRITE : WASI_RIGHT_FD_READ) | (offset >= 0 ? WASI_RIGHT_FD_SEEK : 0);
  wasi_fd_t *e = lookup_file(w, fd, rights, &err);
  if (e == NULL)
    return err;
  struct iovec v[WASI_IOV_MAX];
  if ((err = gather(w, iovs, n, v)) != WASI_ESUCCESS)
    return err;
  if (wasi_mem(w, result_ptr, 4) == NULL)
    return WASI_EFAULT;
  ssize_t r;
  if (offset < 0)
    r = write ? writev(e->host, v, (int)n) : readv(e->host, v, (int)n);
  else
    r = write ? pwritev(e->host, v, (int)n, offset) : preadv(e->host, v, (int)n, offset);
  if (r < 0)
    return wasi_errno_now();
  wasi_store32(w, result_ptr, (uint32_t)r);
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_read(w2o_host_env_t *env, uint32_t fd, uint32_t iovs, uint32_t n, uint32_t nread) {
  return transfer(env, fd, iovs, n, -1, false, nread);
}

uint32_t wasi_fd_write(w2o_host_env_t *env, uint32_t fd, uint32_t iovs, uint32_t n, uint32_t nwritten) {
  return transfer(env, fd, iovs, n, -1, true, nwritten);
}

uint32_t wasi_fd_pread(w2o_host_env_t *env, uint32_t fd, uint32_t iovs, uint32_t n, uint64_t offset,
                       uint32_t nread) {
  return (int64_t)offset < 0 ? WASI_EINVAL : transfer(env, fd, iovs, n, (int64_t)offset, false, nread);
}

uint32_t wasi_fd_pwrite(w2o_host_env_t *env, uint32_t fd, uint32_t iovs, uint32_t n, uint64_t offset,
                        uint32_t nwritten) {
  return (int64_t)offset < 0 ? WASI_EINVAL : transfer(env, fd, iovs, n, (int64_t)offset, true, nwritten);
}

uint32_t wasi_fd_seek(w2o_host_env_t *env, uint32_t fd, uint64_t offset, uint32_t whence, uint32_t result) {
  static const int whences[] = {SEEK_SET, SEEK_CUR, SEEK_END};
  w2o_wasi_t *w = wasi_of(env);
  uint32_t err;
  /* witx: fd_tell is the right to seek without moving the offset */
  bool tell = whence == 1 && offset == 0;
  wasi_fd_t *e = lookup_file(w, fd, tell ? WASI_RIGHT_FD_TELL : WASI_RIGHT_FD_SEEK, &err);
  if (e == NULL)
    return err;
  if (whence > 2)
    return WASI_EINVAL;
  if (wasi_mem(w, result, 8) == NULL)
    return WASI_EFAULT;
  off_t r = lseek(e->host, (off_t)offset, whences[whence]);
  if (r < 0)
    return wasi_errno_now();
  wasi_store64(w, result, (uint64_t)r);
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_tell(w2o_host_env_t *env, uint32_t fd, uint32_t result) {
  return wasi_fd_seek(env, fd, 0, 1, result);
}

uint32_t wasi_fd_close(w2o_host_env_t *env, uint32_t fd) {
  w2o_wasi_t *w = wasi_of(env);
  if (wasi_fd_get(w, fd) == NULL)
    return WASI_EBADF;
  wasi_fd_release(w, fd);
  return WASI_ESUCCESS;
}

/* fsync or fdatasync. */
static uint32_t sync_fd(w2o_host_env_t *env, uint32_t fd, bool data_only) {
  uint32_t err;
  wasi_fd_t *e = lookup_file(wasi_of(env), fd, data_only ? WASI_RIGHT_FD_DATASYNC : WASI_RIGHT_FD_SYNC, &err);
  if (e == NULL)
    return err;
  return (data_only ? fdatasync(e->host) : fsync(e->host)) < 0 ? wasi_errno_now() : WASI_ESUCCESS;
}

uint32_t wasi_fd_sync(w2o_host_env_t *env, uint32_t fd) { return sync_fd(env, fd, false); }

uint32_t wasi_fd_datasync(w2o_host_env_t *env, uint32_t fd) { return sync_fd(env, fd, true); }

uint32_t wasi_fd_advise(w2o_host_env_t *env, uint32_t fd, uint64_t offset, uint64_t len, uint32_t advice) {
  static const int advices[] = {POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL, POSIX_FADV_WILLNEED,
                                POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE};
  uint32_t err;
  wasi_fd_t *e = lookup_file(wasi_of(env), fd, WASI_RIGHT_FD_ADVISE, &err);
  if (e == NULL)
    return err;
  if (advice > 4)
    return WASI_EINVAL;
  return wasi_errno(posix_fadvise(e->host, (off_t)offset, (off_t)len, advices[advice]));
}

uint32_t wasi_fd_allocate(w2o_host_env_t *env, uint32_t fd, uint64_t offset, uint64_t len) {
  uint32_t err;
  wasi_fd_t *e = lookup_file(wasi_of(env), fd, WASI_RIGHT_FD_ALLOCATE, &err);
  if (e == NULL)
    return err;
  if ((int64_t)offset < 0 || (int64_t)len <= 0)
    return WASI_EINVAL;
  return wasi_errno(posix_fallocate(e->host, (off_t)offset, (off_t)len));
}

/* WASI fdflags of a host fd's status flags. */
static uint16_t fdflags_of(int host) {
  int fl = fcntl(host, F_GETFL);
  uint16_t flags = 0;
  if (fl < 0)
    return 0;
  if (fl & O_APPEND)
    flags |= WASI_FDFLAG_APPEND;
  if (fl & O_NONBLOCK)
    flags |= WASI_FDFLAG_NONBLOCK;
  if ((fl & O_SYNC) == O_SYNC)
    flags |= WASI_FDFLAG_SYNC;
  else if (fl & O_DSYNC)
    flags |= WASI_FDFLAG_DSYNC;
  return flags;
}

uint32_t wasi_fd_fdstat_get(w2o_host_env_t *env, uint32_t fd, uint32_t buf) {
  w2o_wasi_t *w = wasi_of(env);
  uint32_t err;
  wasi_fd_t *e = lookup(w, fd, 0, &err);
  if (e == NULL)
    return err;
  uint8_t *p = wasi_mem(w, buf, WASI_FDSTAT_SIZE);
  if (p == NULL)
    return WASI_EFAULT;
  memset(p, 0, WASI_FDSTAT_SIZE);
  p[0] = e->filetype;
  wasi_put16(p + 2, fdflags_of(e->host));
  wasi_put64(p + 8, e->rights_base);
  wasi_put64(p + 16, e->rights_inheriting);
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_fdstat_set_flags(w2o_host_env_t *env, uint32_t fd, uint32_t flags) {
  uint32_t err;
  wasi_fd_t *e = lookup_file(wasi_of(env), fd, WASI_RIGHT_FD_FDSTAT_SET_FLAGS, &err);
  if (e == NULL)
    return err;
  if (flags & ~(uint32_t)(WASI_FDFLAG_APPEND | WASI_FDFLAG_NONBLOCK))
    return WASI_EINVAL; /* Linux cannot change the sync flags; Wasmtime says EINVAL too */
  int fl = fcntl(e->host, F_GETFL);
  if (fl < 0)
    return wasi_errno_now();
  fl &= ~(O_APPEND | O_NONBLOCK);
  fl |= (flags & WASI_FDFLAG_APPEND ? O_APPEND : 0) | (flags & WASI_FDFLAG_NONBLOCK ? O_NONBLOCK : 0);
  return fcntl(e->host, F_SETFL, fl) < 0 ? wasi_errno_now() : WASI_ESUCCESS;
}

uint32_t wasi_fd_fdstat_set_rights(w2o_host_env_t *env, uint32_t fd, uint64_t base, uint64_t inh) {
  uint32_t err;
  wasi_fd_t *e = lookup(wasi_of(env), fd, 0, &err);
  if (e == NULL)
    return err;
  if ((base & ~e->rights_base) || (inh & ~e->rights_inheriting))
    return WASI_ENOTCAPABLE; /* rights can only be dropped */
  e->rights_base = base;
  e->rights_inheriting = inh;
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_filestat_get(w2o_host_env_t *env, uint32_t fd, uint32_t buf) {
  w2o_wasi_t *w = wasi_of(env);
  uint32_t err;
  wasi_fd_t *e = lookup(w, fd, WASI_RIGHT_FD_FILESTAT_GET, &err);
  if (e == NULL)
    return err;
  uint8_t *p = wasi_mem(w, buf, WASI_FILESTAT_SIZE);
  if (p == NULL)
    return WASI_EFAULT;
  struct stat st;
  if (fstat(e->host, &st) < 0)
    return wasi_errno_now();
  wasi_put_filestat(p, &st);
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_filestat_set_size(w2o_host_env_t *env, uint32_t fd, uint64_t size) {
  uint32_t err;
  wasi_fd_t *e = lookup_file(wasi_of(env), fd, WASI_RIGHT_FD_FILESTAT_SET_SIZE, &err);
  if (e == NULL)
    return err;
  if ((int64_t)size < 0)
    return WASI_EINVAL;
  return ftruncate(e->host, (off_t)size) < 0 ? wasi_errno_now() : WASI_ESUCCESS;
}

uint32_t wasi_times_of(uint64_t atim, uint64_t mtim, uint32_t fst, void *times) {
  struct timespec *t = times;
  if (((fst & WASI_FST_ATIM) && (fst & WASI_FST_ATIM_NOW)) ||
      ((fst & WASI_FST_MTIM) && (fst & WASI_FST_MTIM_NOW)) || fst > 15)
    return WASI_EINVAL;
  t[0] = (struct timespec){.tv_sec = (time_t)(atim / 1000000000u), .tv_nsec = (long)(atim % 1000000000u)};
  t[1] = (struct timespec){.tv_sec = (time_t)(mtim / 1000000000u), .tv_nsec = (long)(mtim % 1000000000u)};
  if (!(fst & (WASI_FST_ATIM | WASI_FST_ATIM_NOW)))
    t[0].tv_nsec = UTIME_OMIT;
  if (fst & WASI_FST_ATIM_NOW)
    t[0].tv_nsec = UTIME_NOW;
  if (!(fst & (WASI_FST_MTIM | WASI_FST_MTIM_NOW)))
    t[1].tv_nsec = UTIME_OMIT;
  if (fst & WASI_FST_MTIM_NOW)
    t[1].tv_nsec = UTIME_NOW;
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_filestat_set_times(w2o_host_env_t *env, uint32_t fd, uint64_t atim, uint64_t mtim,
                                    uint32_t fst) {
  uint32_t err;
  wasi_fd_t *e = lookup(wasi_of(env), fd, WASI_RIGHT_FD_FILESTAT_SET_TIMES, &err);
  if (e == NULL)
    return err;
  struct timespec t[2];
  if ((err = wasi_times_of(atim, mtim, fst, t)) != WASI_ESUCCESS)
    return err;
  return futimens(e->host, t) < 0 ? wasi_errno_now() : WASI_ESUCCESS;
}

uint32_t wasi_fd_prestat_get(w2o_host_env_t *env, uint32_t fd, uint32_t buf) {
  w2o_wasi_t *w = wasi_of(env);
  wasi_fd_t *e = wasi_fd_get(w, fd);
  if (e == NULL || e->preopen == NULL)
    return WASI_EBADF;
  uint8_t *p = wasi_mem(w, buf, 8);
  if (p == NULL)
    return WASI_EFAULT;
  memset(p, 0, 8); /* tag 0: a directory */
  wasi_put32(p + 4, (uint32_t)strlen(e->preopen));
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_prestat_dir_name(w2o_host_env_t *env, uint32_t fd, uint32_t path, uint32_t len) {
  w2o_wasi_t *w = wasi_of(env);
  wasi_fd_t *e = wasi_fd_get(w, fd);
  if (e == NULL || e->preopen == NULL)
    return WASI_EBADF;
  size_t n = strlen(e->preopen);
  uint8_t *p = wasi_mem(w, path, len);
  if (p == NULL)
    return WASI_EFAULT;
  if (len < n)
    return WASI_ENAMETOOLONG;
  memcpy(p, e->preopen, n);
  return WASI_ESUCCESS;
}

uint32_t wasi_fd_renumber(w2o_host_env_t *env, uint32_t from, uint32_t to) {
  w2o_wasi_t *w = wasi_of(env);
  if (wasi_fd_get(w, from) == NULL || wasi_fd_get(w, to) == NULL)
    return WASI_EBADF;
  if (from == to)
    return WASI_ESUCCESS;
  wasi_fd_release(w, to);
  w->fds[to] = w->fds[from];
  w->fds[from] = (wasi_fd_t){.host = -1};
  return WASI_ESUCCESS;
}

/* WASI file type of a dirent d_type. */
static uint8_t filetype_of_dtype(unsigned char t) {
  switch (t) {
  case DT_REG: return WASI_FILETYPE_REGULAR_FILE;
  case DT_DIR: return WASI_FILETYPE_DIRECTORY;
  case DT_LNK: return WASI_FILETYPE_SYMBOLIC_LINK;
  case DT_CHR: return WASI_FILETYPE_CHARACTER_DEVICE;
  case DT_BLK: return WASI_FILETYPE_BLOCK_DEVICE;
  case DT_SOCK: return WASI_FILETYPE_SOCKET_STREAM;
  default: return WASI_FILETYPE_UNKNOWN;
  }
}

/* Appends one dirent (header, then name) at buf[*used], cut at len. */
static void put_dirent(uint8_t *buf, uint32_t len, uint32_t *used, uint64_t next, const struct dirent *d) {
  uint8_t head[WASI_DIRENT_SIZE] = {0};
  uint32_t namelen = (uint32_t)strlen(d->d_name);
  wasi_put64(head, next);
  wasi_put64(head + 8, (uint64_t)d->d_ino);
  wasi_put32(head + 16, namelen);
  head[20] = filetype_of_dtype(d->d_type);
  uint32_t n = len - *used < WASI_DIRENT_SIZE ? len - *used : WASI_DIRENT_SIZE;
  memcpy(buf + *used, head, n);
  *used += n;
  n = len - *used < namelen ? len - *used : namelen;
  memcpy(buf + *used, d->d_name, n);
  *used += n;
}

uint32_t wasi_fd_readdir(w2o_host_env_t *env, uint32_t fd, uint32_t buf, uint32_t len, uint64_t cookie,
                         uint32_t bufused) {
  w2o_wasi_t *w = wasi_of(env);
  uint32_t err, used = 0;
  wasi_fd_t *e = wasi_need(w, fd, WASI_NEED_DIRECTORY, WASI_RIGHT_FD_READDIR, &err);
  if (e == NULL)
    return err;
  uint8_t *p = wasi_mem(w, buf, len);
  if (p == NULL || wasi_mem(w, bufused, 4) == NULL)
    return WASI_EFAULT;
  int copy = fcntl(e->host, F_DUPFD_CLOEXEC, 0);
  DIR *dir = copy < 0 ? NULL : fdopendir(copy);
  if (dir == NULL) {
    err = wasi_errno_now();
    if (copy >= 0)
      close(copy);
    return err;
  }
  rewinddir(dir);
  struct dirent *d;
  for (uint64_t i = 0; used < len && (d = readdir(dir)) != NULL; i++)
    if (i >= cookie)
      put_dirent(p, len, &used, i + 1, d);
  closedir(dir);
  wasi_store32(w, bufused, used);
  return WASI_ESUCCESS;
}
