/* dirfd.c — directory descriptors and socket calls (wasm only: raw WASI
 * calls). As in Wasmtime's preview1 host: every call on a file's data or
 * offset (read, write, seek, tell, ...) fails on a directory with EBADF (8);
 * fd_readdir and the path calls fail on a file with EBADF, path_open with
 * ENOTDIR (54); the socket calls give EBADF on a closed descriptor and
 * ENOTSOCK (57) on anything else, since no descriptor here is a socket. */
#include "raw.h"

static void directory_calls(const char *name, __wasi_fd_t dir) {
  uint8_t byte;
  __wasi_iovec_t iov = {&byte, 1};
  __wasi_ciovec_t ciov = {&byte, 1};
  __wasi_size_t n;
  __wasi_filesize_t pos;
  __wasi_filestat_t fst;
  char what[64];
#define ON_DIR(call, text, want) \
  snprintf(what, sizeof what, "%s on %s", text, name); \
  expect(what, call, want)
  ON_DIR(__wasi_fd_read(dir, &iov, 1, &n), "fd_read", 8);
  ON_DIR(__wasi_fd_write(dir, &ciov, 1, &n), "fd_write", 8);
  ON_DIR(__wasi_fd_pread(dir, &iov, 1, 0, &n), "fd_pread", 8);
  ON_DIR(__wasi_fd_pwrite(dir, &ciov, 1, 0, &n), "fd_pwrite", 8);
  ON_DIR(__wasi_fd_seek(dir, 0, __WASI_WHENCE_SET, &pos), "fd_seek SET", 8);
  ON_DIR(__wasi_fd_seek(dir, 0, __WASI_WHENCE_CUR, &pos), "fd_seek CUR", 8);
  ON_DIR(__wasi_fd_tell(dir, &pos), "fd_tell", 8);
  ON_DIR(__wasi_fd_filestat_set_size(dir, 0), "fd_filestat_set_size", 8);
  ON_DIR(__wasi_fd_allocate(dir, 0, 1), "fd_allocate", 8);
  ON_DIR(__wasi_fd_advise(dir, 0, 1, __WASI_ADVICE_NORMAL), "fd_advise", 8);
  ON_DIR(__wasi_fd_sync(dir), "fd_sync", 8);
  ON_DIR(__wasi_fd_datasync(dir), "fd_datasync", 8);
  ON_DIR(__wasi_fd_fdstat_set_flags(dir, 0), "fd_fdstat_set_flags", 8);
  ON_DIR(__wasi_fd_filestat_get(dir, &fst), "fd_filestat_get", 0);
  ON_DIR(__wasi_fd_filestat_set_times(dir, 0, 0, __WASI_FSTFLAGS_MTIM_NOW), "fd_filestat_set_times", 0);
#undef ON_DIR
}

static void file_as_directory(__wasi_fd_t file) {
  uint8_t buf[64];
  __wasi_size_t n;
  __wasi_fd_t out;
  __wasi_filestat_t fst;
  expect("fd_readdir on a file", __wasi_fd_readdir(file, buf, sizeof buf, 0, &n), 8);
  expect("path_open beneath a file", open_at(file, "x", 0, __WASI_RIGHTS_FD_READ, 0, &out), 54);
  expect("path_create_directory beneath a file", __wasi_path_create_directory(file, "x"), 8);
  expect("path_filestat_get beneath a file", __wasi_path_filestat_get(file, 0, "x", &fst), 8);
  expect("path_unlink_file beneath a file", __wasi_path_unlink_file(file, "x"), 8);
  expect("path_remove_directory beneath a file", __wasi_path_remove_directory(file, "x"), 8);
  expect("path_symlink beneath a file", __wasi_path_symlink("f", file, "x"), 8);
  expect("path_readlink beneath a file", __wasi_path_readlink(file, "x", buf, 8, &n), 8);
  expect("path_rename beneath a file", __wasi_path_rename(file, "x", preopen, "y"), 8);
  expect("path_link beneath a file", __wasi_path_link(preopen, 0, "f", file, "y"), 8);
}

static void sockets(__wasi_fd_t file) {
  uint8_t byte;
  __wasi_iovec_t iov = {&byte, 1};
  __wasi_ciovec_t ciov = {&byte, 1};
  __wasi_size_t n;
  __wasi_roflags_t ro;
  __wasi_fd_t out;
  const __wasi_fd_t closed = 77;
  expect("sock_shutdown on a closed fd", __wasi_sock_shutdown(closed, __WASI_SDFLAGS_WR), 8);
  expect("sock_shutdown on a file", __wasi_sock_shutdown(file, __WASI_SDFLAGS_WR), 57);
  expect("sock_shutdown on stdout", __wasi_sock_shutdown(1, __WASI_SDFLAGS_WR), 57);
  expect("sock_accept on a closed fd", __wasi_sock_accept(closed, 0, &out), 8);
  expect("sock_accept on a file", __wasi_sock_accept(file, 0, &out), 57);
  expect("sock_recv on a closed fd", __wasi_sock_recv(closed, &iov, 1, 0, &n, &ro), 8);
  expect("sock_recv on a file", __wasi_sock_recv(file, &iov, 1, 0, &n, &ro), 57);
  expect("sock_send on a closed fd", __wasi_sock_send(closed, &ciov, 1, 0, &n), 8);
  expect("sock_send on a file", __wasi_sock_send(file, &ciov, 1, 0, &n), 57);
}

int main(void) {
  __wasi_fd_t sub, file;
  if (make_file("f", "abc") != 0 || __wasi_path_create_directory(preopen, "d") != 0 ||
      open_at(preopen, "d", __WASI_OFLAGS_DIRECTORY, ~0ull, ~0ull, &sub) != 0 ||
      open_at(preopen, "f", 0, RIGHTS_FILE, 0, &file) != 0)
    return 100;
  directory_calls("the preopen", preopen);
  directory_calls("an opened directory", sub);
  file_as_directory(file);
  sockets(file);
  return raw_wrong;
}
