/*
 * raw.h — helpers for the tests that call wasi_snapshot_preview1 directly
 * (wasm only): each call's errno is compared with the one written in the
 * test (Wasmtime's answer), one line per call, and the exit status is the
 * number of unexpected results. Also the rights sets the shim documents
 * (README, libc-shim/src/internal.h), spelled with wasi-libc's names.
 */
#ifndef WASI_TEST_RAW_H
#define WASI_TEST_RAW_H

#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static int raw_wrong;

/* Prints "what  errno N ok|UNEXPECTED (want M)" and counts the unexpected. */
static inline void expect(const char *what, int e, int expected) {
  if (e == expected)
    printf("%-46s errno %2d ok\n", what, e);
  else
    printf("%-46s errno %2d UNEXPECTED (want %d)\n", what, e, expected);
  raw_wrong += e != expected;
}

/* What a directory may be used for. */
#define RIGHTS_DIRECTORY \
  (__WASI_RIGHTS_PATH_CREATE_DIRECTORY | __WASI_RIGHTS_PATH_CREATE_FILE | __WASI_RIGHTS_PATH_LINK_SOURCE | \
   __WASI_RIGHTS_PATH_LINK_TARGET | __WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_FD_READDIR | \
   __WASI_RIGHTS_PATH_READLINK | __WASI_RIGHTS_PATH_RENAME_SOURCE | __WASI_RIGHTS_PATH_RENAME_TARGET | \
   __WASI_RIGHTS_PATH_FILESTAT_GET | __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE | \
   __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES | __WASI_RIGHTS_FD_FILESTAT_GET | \
   __WASI_RIGHTS_FD_FILESTAT_SET_TIMES | __WASI_RIGHTS_PATH_SYMLINK | __WASI_RIGHTS_PATH_REMOVE_DIRECTORY | \
   __WASI_RIGHTS_PATH_UNLINK_FILE)

/* What a file (or device, pipe) may be used for. */
#define RIGHTS_FILE \
  (__WASI_RIGHTS_FD_DATASYNC | __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | \
   __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS | __WASI_RIGHTS_FD_SYNC | __WASI_RIGHTS_FD_TELL | \
   __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_ADVISE | __WASI_RIGHTS_FD_ALLOCATE | \
   __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | \
   __WASI_RIGHTS_FD_FILESTAT_SET_TIMES | __WASI_RIGHTS_POLL_FD_READWRITE)

/* The preopen the runner gives every test: ".", guest fd 3. */
static const __wasi_fd_t preopen = 3;

/* Opens path beneath dir; returns the errno and the fd in *fd (closed by the caller). */
static inline int open_at(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags, __wasi_rights_t base,
                          __wasi_rights_t inh, __wasi_fd_t *fd) {
  return __wasi_path_open(dir, 0, path, oflags, base, inh, 0, fd);
}

/* Creates (or truncates) file `path` beneath the preopen with `text` in it. */
static inline int make_file(const char *path, const char *text) {
  __wasi_fd_t fd;
  int e = open_at(preopen, path, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, __WASI_RIGHTS_FD_WRITE, 0, &fd);
  if (e != 0)
    return e;
  __wasi_ciovec_t v = {(const uint8_t *)text, strlen(text)};
  __wasi_size_t n;
  e = __wasi_fd_write(fd, &v, 1, &n);
  (void)!__wasi_fd_close(fd);
  return e;
}

#endif /* WASI_TEST_RAW_H */
