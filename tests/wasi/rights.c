/* rights.c — the rights model (wasm only: raw WASI calls), as Wasmtime's
 * preview1 host keeps it: fd_fdstat_get reports a descriptor's base and
 * inheriting rights; fd_fdstat_set_rights can only narrow them (widening is
 * ENOTCAPABLE, 76); every call needs its right (ENOTCAPABLE without it);
 * path_open gives the requested rights intersected with the directory's
 * inheriting rights, keeping only those that fit what was opened; and the
 * preopen can be opened again as "." with its own rights. */
#include "raw.h"

static __wasi_fdstat_t stat_of(__wasi_fd_t fd) {
  __wasi_fdstat_t st = {0};
  if (__wasi_fd_fdstat_get(fd, &st) != 0)
    printf("fd_fdstat_get %u failed\n", fd);
  return st;
}

static void expect_rights(const char *what, __wasi_fd_t fd, __wasi_rights_t base, __wasi_rights_t inh) {
  __wasi_fdstat_t st = stat_of(fd);
  int same = st.fs_rights_base == base && st.fs_rights_inheriting == inh;
  printf("%-46s base %08llx inh %08llx %s\n", what, (unsigned long long)st.fs_rights_base,
         (unsigned long long)st.fs_rights_inheriting, same ? "ok" : "UNEXPECTED");
  if (!same)
    printf("  want base %08llx inh %08llx\n", (unsigned long long)base, (unsigned long long)inh);
  raw_wrong += !same;
}

/* A file opened with every file right, then `right` dropped. */
static __wasi_fd_t file_without(__wasi_rights_t right) {
  __wasi_fd_t fd = 0;
  if (open_at(preopen, "f", 0, RIGHTS_FILE, 0, &fd) != 0 ||
      __wasi_fd_fdstat_set_rights(fd, RIGHTS_FILE & ~right, 0) != 0)
    printf("setup of a file without a right failed\n");
  return fd;
}

static void file_calls(void) {
  uint8_t byte;
  __wasi_iovec_t iov = {&byte, 1};
  __wasi_ciovec_t ciov = {&byte, 1};
  __wasi_size_t n;
  __wasi_filesize_t pos;
  __wasi_filestat_t fst;
  __wasi_fd_t fd;
#define WITHOUT(right, what, call) \
  fd = file_without(right); \
  expect(what, call, 76); \
  (void)!__wasi_fd_close(fd)
  WITHOUT(__WASI_RIGHTS_FD_READ, "fd_read without fd_read", __wasi_fd_read(fd, &iov, 1, &n));
  WITHOUT(__WASI_RIGHTS_FD_READ, "fd_pread without fd_read", __wasi_fd_pread(fd, &iov, 1, 0, &n));
  WITHOUT(__WASI_RIGHTS_FD_SEEK, "fd_pread without fd_seek", __wasi_fd_pread(fd, &iov, 1, 0, &n));
  WITHOUT(__WASI_RIGHTS_FD_WRITE, "fd_write without fd_write", __wasi_fd_write(fd, &ciov, 1, &n));
  WITHOUT(__WASI_RIGHTS_FD_SEEK, "fd_pwrite without fd_seek", __wasi_fd_pwrite(fd, &ciov, 1, 0, &n));
  WITHOUT(__WASI_RIGHTS_FD_SEEK, "fd_seek SET without fd_seek",
          __wasi_fd_seek(fd, 1, __WASI_WHENCE_SET, &pos));
  WITHOUT(__WASI_RIGHTS_FD_TELL, "fd_tell without fd_tell", __wasi_fd_tell(fd, &pos));
  WITHOUT(__WASI_RIGHTS_FD_TELL, "fd_seek CUR 0 without fd_tell",
          __wasi_fd_seek(fd, 0, __WASI_WHENCE_CUR, &pos));
  WITHOUT(__WASI_RIGHTS_FD_SYNC, "fd_sync without fd_sync", __wasi_fd_sync(fd));
  WITHOUT(__WASI_RIGHTS_FD_DATASYNC, "fd_datasync without fd_datasync", __wasi_fd_datasync(fd));
  WITHOUT(__WASI_RIGHTS_FD_ADVISE, "fd_advise without fd_advise",
          __wasi_fd_advise(fd, 0, 1, __WASI_ADVICE_NORMAL));
  WITHOUT(__WASI_RIGHTS_FD_ALLOCATE, "fd_allocate without fd_allocate", __wasi_fd_allocate(fd, 0, 1));
  WITHOUT(__WASI_RIGHTS_FD_FDSTAT_SET_FLAGS, "fd_fdstat_set_flags without its right",
          __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND));
  WITHOUT(__WASI_RIGHTS_FD_FILESTAT_GET, "fd_filestat_get without its right",
          __wasi_fd_filestat_get(fd, &fst));
  WITHOUT(__WASI_RIGHTS_FD_FILESTAT_SET_SIZE, "fd_filestat_set_size without its right",
          __wasi_fd_filestat_set_size(fd, 0));
  WITHOUT(__WASI_RIGHTS_FD_FILESTAT_SET_TIMES, "fd_filestat_set_times without its right",
          __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
  __wasi_subscription_t sub = {.u.tag = __WASI_EVENTTYPE_FD_READ};
  __wasi_event_t ev;
  fd = file_without(__WASI_RIGHTS_POLL_FD_READWRITE);
  sub.u.u.fd_read.file_descriptor = fd;
  expect("poll_oneoff returns", __wasi_poll_oneoff(&sub, &ev, 1, &n), 0);
  expect("  its event without poll_fd_readwrite", ev.error, 76);
  (void)!__wasi_fd_close(fd);
#undef WITHOUT
}

/* The preopen opened again as ".", with every right but `right`. */
static __wasi_fd_t dir_without(__wasi_rights_t right) {
  __wasi_fd_t fd = 0;
  if (open_at(preopen, ".", __WASI_OFLAGS_DIRECTORY, RIGHTS_DIRECTORY & ~right,
              RIGHTS_DIRECTORY | RIGHTS_FILE, &fd) != 0)
    printf("setup of a directory without a right failed\n");
  return fd;
}

static void path_calls(void) {
  __wasi_fd_t fd, out;
  __wasi_filestat_t fst;
  __wasi_size_t n;
  uint8_t buf[8];
  __wasi_dirent_t d;
  (void)d;
#define WITHOUT(right, what, call) \
  fd = dir_without(right); \
  expect(what, call, 76); \
  (void)!__wasi_fd_close(fd)
  WITHOUT(__WASI_RIGHTS_PATH_OPEN, "path_open without path_open",
          open_at(fd, "f", 0, __WASI_RIGHTS_FD_READ, 0, &out));
  WITHOUT(__WASI_RIGHTS_PATH_CREATE_FILE, "path_open O_CREAT without path_create_file",
          open_at(fd, "new", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, 0, &out));
  WITHOUT(__WASI_RIGHTS_PATH_FILESTAT_SET_SIZE, "path_open O_TRUNC without path_filestat_set_size",
          open_at(fd, "f", __WASI_OFLAGS_TRUNC, __WASI_RIGHTS_FD_WRITE, 0, &out));
  WITHOUT(__WASI_RIGHTS_PATH_CREATE_DIRECTORY, "path_create_directory without its right",
          __wasi_path_create_directory(fd, "nd"));
  WITHOUT(__WASI_RIGHTS_PATH_REMOVE_DIRECTORY, "path_remove_directory without its right",
          __wasi_path_remove_directory(fd, "d"));
  WITHOUT(__WASI_RIGHTS_PATH_UNLINK_FILE, "path_unlink_file without its right",
          __wasi_path_unlink_file(fd, "f"));
  WITHOUT(__WASI_RIGHTS_PATH_FILESTAT_GET, "path_filestat_get without its right",
          __wasi_path_filestat_get(fd, 0, "f", &fst));
  WITHOUT(__WASI_RIGHTS_PATH_FILESTAT_SET_TIMES, "path_filestat_set_times without its right",
          __wasi_path_filestat_set_times(fd, 0, "f", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
  WITHOUT(__WASI_RIGHTS_PATH_SYMLINK, "path_symlink without its right", __wasi_path_symlink("f", fd, "ln"));
  WITHOUT(__WASI_RIGHTS_PATH_READLINK, "path_readlink without its right",
          __wasi_path_readlink(fd, "link", buf, sizeof buf, &n));
  WITHOUT(__WASI_RIGHTS_PATH_LINK_SOURCE, "path_link without link_source",
          __wasi_path_link(fd, 0, "f", preopen, "hard"));
  WITHOUT(__WASI_RIGHTS_PATH_LINK_TARGET, "path_link without link_target",
          __wasi_path_link(preopen, 0, "f", fd, "hard"));
  WITHOUT(__WASI_RIGHTS_PATH_RENAME_SOURCE, "path_rename without rename_source",
          __wasi_path_rename(fd, "f", preopen, "g"));
  WITHOUT(__WASI_RIGHTS_PATH_RENAME_TARGET, "path_rename without rename_target",
          __wasi_path_rename(preopen, "f", fd, "g"));
  WITHOUT(__WASI_RIGHTS_FD_READDIR, "fd_readdir without fd_readdir",
          __wasi_fd_readdir(fd, buf, sizeof buf, 0, &n));
#undef WITHOUT
}

int main(void) {
  if (make_file("f", "abc") != 0 || __wasi_path_create_directory(preopen, "d") != 0 ||
      __wasi_path_symlink("f", preopen, "link") != 0)
    return 100;
  expect_rights("preopen", preopen, RIGHTS_DIRECTORY, RIGHTS_DIRECTORY | RIGHTS_FILE);
  __wasi_fdstat_t out = stat_of(1);
  printf("stdout: write %s, path_open %s, inherits %s\n",
         out.fs_rights_base & __WASI_RIGHTS_FD_WRITE ? "yes" : "no",
         out.fs_rights_base & __WASI_RIGHTS_PATH_OPEN ? "yes" : "no",
         out.fs_rights_inheriting ? "something" : "nothing");

  /* Re-opening the preopen with its own rights, or with file rights on top. */
  __wasi_fd_t again, file, sub, inner;
  expect("open . O_DIRECTORY with the preopen's rights",
         open_at(preopen, ".", __WASI_OFLAGS_DIRECTORY, RIGHTS_DIRECTORY, RIGHTS_DIRECTORY | RIGHTS_FILE,
                 &again),
         0);
  expect_rights("  its rights", again, RIGHTS_DIRECTORY, RIGHTS_DIRECTORY | RIGHTS_FILE);
  (void)!__wasi_fd_close(again);
  expect("open . O_DIRECTORY with every right",
         open_at(preopen, ".", __WASI_OFLAGS_DIRECTORY, ~0ull, ~0ull, &again), 0);
  expect_rights("  file rights dropped", again, RIGHTS_DIRECTORY, RIGHTS_DIRECTORY | RIGHTS_FILE);
  (void)!__wasi_fd_close(again);

  /* A file gets what it asked for, within the directory's inheriting rights. */
  expect("open f read+seek",
         open_at(preopen, "f", 0, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_PATH_OPEN,
                 __WASI_RIGHTS_FD_WRITE, &file),
         0);
  expect_rights("  path right dropped", file, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK,
                __WASI_RIGHTS_FD_WRITE);
  uint8_t byte;
  __wasi_ciovec_t ciov = {&byte, 1};
  __wasi_size_t n;
  expect("  fd_write without the right", __wasi_fd_write(file, &ciov, 1, &n), 76);
  expect("  narrow to fd_read", __wasi_fd_fdstat_set_rights(file, __WASI_RIGHTS_FD_READ, 0), 0);
  expect("  widen back", __wasi_fd_fdstat_set_rights(file, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK, 0),
         76);
  expect("  widen inheriting",
         __wasi_fd_fdstat_set_rights(file, __WASI_RIGHTS_FD_READ, __WASI_RIGHTS_FD_WRITE), 76);
  expect_rights("  narrowed", file, __WASI_RIGHTS_FD_READ, 0);
  __wasi_filesize_t pos;
  expect("  fd_seek after narrowing", __wasi_fd_seek(file, 0, __WASI_WHENCE_SET, &pos), 76);
  (void)!__wasi_fd_close(file);

  /* A directory passes on only its inheriting rights. */
  expect("open d with inheriting fd_read only",
         open_at(preopen, "d", __WASI_OFLAGS_DIRECTORY, RIGHTS_DIRECTORY, __WASI_RIGHTS_FD_READ, &sub), 0);
  expect("  create d/x asking read+write",
         open_at(sub, "x", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE, RIGHTS_FILE,
                 &inner),
         0);
  expect_rights("  d/x", inner, __WASI_RIGHTS_FD_READ, __WASI_RIGHTS_FD_READ);
  expect("  fd_write on d/x", __wasi_fd_write(inner, &ciov, 1, &n), 76);
  (void)!__wasi_fd_close(inner);
  (void)!__wasi_fd_close(sub);

  file_calls();
  path_calls();
  return raw_wrong;
}
