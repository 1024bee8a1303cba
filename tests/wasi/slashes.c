/* slashes.c — a trailing slash on every path call (wasm only: raw WASI
 * calls). "name/" means "name must be a directory", as POSIX and Wasmtime's
 * preview1 host on Unix have it: a file gives ENOTDIR (54), a missing name
 * ENOENT (44), a new link name that is already a directory EEXIST (20),
 * O_CREAT of "name/" EISDIR (31), readlink of "link/" (which is what the link
 * leads to) EINVAL (28) for a directory. Directories with a slash work. */
#include "raw.h"

/* Short oflags names for the labels. */
enum { NONE = 0, DIRECTORY = __WASI_OFLAGS_DIRECTORY, CREAT = __WASI_OFLAGS_CREAT };

static void opens(void) {
  __wasi_fd_t fd;
  __wasi_filestat_t st;
  int e;
#define OPEN(path, oflags, want) \
  e = open_at(preopen, path, oflags, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_READDIR, 0, &fd); \
  expect("path_open " path " " #oflags, e, want); \
  if (e == 0) \
  (void)!__wasi_fd_close(fd)
  OPEN("f/", NONE, 54);
  OPEN("lf/", NONE, 54);
  OPEN("d/", NONE, 0);
  OPEN("d/", DIRECTORY, 0);
  OPEN("ld/", DIRECTORY, 0);
  OPEN("new/", CREAT, 31);
  OPEN("f/", CREAT, 31);
#undef OPEN
  expect("path_filestat_get f/", __wasi_path_filestat_get(preopen, 0, "f/", &st), 54);
  expect("path_filestat_get d/", __wasi_path_filestat_get(preopen, 0, "d/", &st), 0);
  expect("path_filestat_get missing/", __wasi_path_filestat_get(preopen, 0, "missing/", &st), 44);
  expect("path_filestat_get lf/ (nofollow)", __wasi_path_filestat_get(preopen, 0, "lf/", &st), 54);
  expect("path_filestat_set_times f/",
         __wasi_path_filestat_set_times(preopen, 0, "f/", 0, 0, __WASI_FSTFLAGS_MTIM_NOW), 54);
  expect("path_filestat_set_times lf/ (nofollow)",
         __wasi_path_filestat_set_times(preopen, 0, "lf/", 0, 0, __WASI_FSTFLAGS_MTIM_NOW), 54);
  expect("path_filestat_set_times d/",
         __wasi_path_filestat_set_times(preopen, 0, "d/", 0, 0, __WASI_FSTFLAGS_MTIM_NOW), 0);
}

static void directories(void) {
  expect("path_create_directory nd/", __wasi_path_create_directory(preopen, "nd/"), 0);
  expect("path_create_directory f/", __wasi_path_create_directory(preopen, "f/"), 20);
  expect("path_remove_directory nd/", __wasi_path_remove_directory(preopen, "nd/"), 0);
  expect("path_remove_directory f/", __wasi_path_remove_directory(preopen, "f/"), 54);
  expect("path_unlink_file f/", __wasi_path_unlink_file(preopen, "f/"), 54);
  expect("path_unlink_file d/", __wasi_path_unlink_file(preopen, "d/"), 31);
  expect("path_rename f/ -> g", __wasi_path_rename(preopen, "f/", preopen, "g"), 54);
  expect("path_rename f -> g/", __wasi_path_rename(preopen, "f", preopen, "g/"), 54);
  expect("path_rename f/ -> g/", __wasi_path_rename(preopen, "f/", preopen, "g/"), 54);
  expect("path_rename d/ -> e/", __wasi_path_rename(preopen, "d/", preopen, "e/"), 0);
  expect("path_rename e -> d/", __wasi_path_rename(preopen, "e", preopen, "d/"), 0);
}

static void links(void) {
  uint8_t buf[16];
  __wasi_size_t n;
  expect("path_symlink src -> t/ (missing)", __wasi_path_symlink("src", preopen, "t/"), 44);
  expect("path_symlink src -> d/ (a directory)", __wasi_path_symlink("src", preopen, "d/"), 20);
  expect("path_symlink src -> f/ (a file)", __wasi_path_symlink("src", preopen, "f/"), 54);
  expect("path_symlink src -> t (no slash)", __wasi_path_symlink("src", preopen, "t"), 0);
  expect("path_link f -> l/ (missing)", __wasi_path_link(preopen, 0, "f", preopen, "l/"), 44);
  expect("path_link f/ -> l", __wasi_path_link(preopen, 0, "f/", preopen, "l"), 54);
  expect("path_link f -> d/ (a directory)", __wasi_path_link(preopen, 0, "f", preopen, "d/"), 20);
  expect("path_link f -> l (no slash)", __wasi_path_link(preopen, 0, "f", preopen, "l"), 0);
  expect("path_readlink lf/ (leads to a file)", __wasi_path_readlink(preopen, "lf/", buf, sizeof buf, &n),
         54);
  expect("path_readlink ld/ (leads to a directory)",
         __wasi_path_readlink(preopen, "ld/", buf, sizeof buf, &n), 28);
  expect("path_readlink lf (no slash)", __wasi_path_readlink(preopen, "lf", buf, sizeof buf, &n), 0);
}

int main(void) {
  if (make_file("f", "abc") != 0 || __wasi_path_create_directory(preopen, "d") != 0 ||
      __wasi_path_symlink("f", preopen, "lf") != 0 || __wasi_path_symlink("d", preopen, "ld") != 0)
    return 100;
  opens();
  directories();
  links();
  return raw_wrong;
}
