/* sandbox.c — escape attempts through the raw WASI calls (wasm only: a native
 * build has no sandbox). The runner (run3.sh --box) preopens box/ as "." with
 * secret.txt beside it, and puts three symlinks into box/ from the host side:
 * hostout -> ../secret.txt, hostabs -> /abs/path/of/secret.txt, hostup -> ..
 * Every way out must fail with ENOTCAPABLE (76) (EPERM for creating a symlink
 * with an absolute target, as Node does), nothing outside may change, and
 * paths that stay inside — also through `..` and symlinks — must work.
 * Each line shows the errno and whether it is the expected one; the exit
 * status is the number of unexpected results.
 * With the argument "strict", also the calls where Node 20's WASI (uvwasi)
 * answers differently, so they run with wasm2obj only:
 *  - Node ESCAPES the sandbox through a symlink to a directory made on the
 *    host side: hostup/secret.txt opens and reads the file outside;
 *  - Node gives ENOENT, not ENOTCAPABLE, for a symlink to an absolute path;
 *  - Node judges a new symlink's target from the preopen, not from the
 *    link's directory, so inner/up -> ../ok.txt (which stays inside) is
 *    refused;
 *  - fd_prestat_get on stdout: Node EINVAL; wasi-libc expects EBADF (it ends
 *    its preopen scan on EBADF);
 *  - sock_accept and sock_shutdown on a directory: Node ENOTCAPABLE / ENOTSUP,
 *    here ENOTSOCK, as Wasmtime. */
#include "raw.h"

static const __wasi_fd_t box = 3;

static int open_path(const char *path, __wasi_lookupflags_t lookup, __wasi_oflags_t oflags) {
  __wasi_fd_t fd;
  __wasi_errno_t e =
      __wasi_path_open(box, lookup, path, oflags, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE, 0, 0, &fd);
  if (e == 0)
    (void)!__wasi_fd_close(fd);
  return e;
}

static void paths(void) {
  expect("open ../secret.txt", open_path("../secret.txt", 1, 0), 76);
  expect("open /etc/passwd", open_path("/etc/passwd", 1, 0), 76);
  expect("open /", open_path("/", 1, 0), 76);
  expect("open ..", open_path("..", 1, 0), 76);
  expect("create ../new.txt", open_path("../new.txt", 1, __WASI_OFLAGS_CREAT), 76);
  expect("mkdir inner", __wasi_path_create_directory(box, "inner"), 0);
  expect("open inner/../../secret.txt", open_path("inner/../../secret.txt", 1, 0), 76);
  expect("create inner/../ok.txt", open_path("inner/../ok.txt", 1, __WASI_OFLAGS_CREAT), 0);
  expect("open ./inner/.././ok.txt", open_path("./inner/.././ok.txt", 1, 0), 0);
}

static void symlinks(void) {
  expect("symlink out -> ../secret.txt", __wasi_path_symlink("../secret.txt", box, "out"), 76);
  expect("symlink abs -> /etc/passwd", __wasi_path_symlink("/etc/passwd", box, "abs"), 63);
  expect("symlink updir -> ..", __wasi_path_symlink("..", box, "updir"), 76);
  expect("symlink in -> inner/../ok.txt", __wasi_path_symlink("inner/../ok.txt", box, "in"), 0);
  expect("open in", open_path("in", 1, 0), 0);
  expect("open hostout (follow)", open_path("hostout", 1, 0), 76);
  expect("create through hostout", open_path("hostout", 1, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC), 76);
  __wasi_filestat_t st;
  expect("stat hostout (follow)", __wasi_path_filestat_get(box, 1, "hostout", &st), 76);
  expect("stat hostout (nofollow)", __wasi_path_filestat_get(box, 0, "hostout", &st), 0);
  expect("link hostout (follow) -> hard", __wasi_path_link(box, 1, "hostout", box, "hard"), 76);
}

static void mutations(void) {
  __wasi_filestat_t st;
  expect("stat ../secret.txt", __wasi_path_filestat_get(box, 1, "../secret.txt", &st), 76);
  expect("unlink ../secret.txt", __wasi_path_unlink_file(box, "../secret.txt"), 76);
  expect("rename ok.txt -> ../stolen", __wasi_path_rename(box, "ok.txt", box, "../stolen"), 76);
  expect("rename ../secret.txt -> mine", __wasi_path_rename(box, "../secret.txt", box, "mine"), 76);
  expect("link ../secret.txt -> hard", __wasi_path_link(box, 0, "../secret.txt", box, "hard"), 76);
  expect("mkdir ../escape", __wasi_path_create_directory(box, "../escape"), 76);
  expect("rmdir ..", __wasi_path_remove_directory(box, ".."), 76);
  expect("fd_close 99", __wasi_fd_close(99), 8);
}

int main(int argc, char **argv) {
  (void)argv;
  __wasi_prestat_t pre;
  if (__wasi_fd_prestat_get(box, &pre) != 0)
    return 100;
  paths();
  symlinks();
  mutations();
  if (argc > 1) {
    expect("symlink inner/up -> ../ok.txt", __wasi_path_symlink("../ok.txt", box, "inner/up"), 0);
    expect("open inner/up", open_path("inner/up", 1, 0), 0);
    expect("open hostabs (follow)", open_path("hostabs", 1, 0), 76);
    expect("open hostup/secret.txt", open_path("hostup/secret.txt", 1, 0), 76);
    expect("open hostup/box/ok.txt", open_path("hostup/box/ok.txt", 1, 0), 76);
    expect("stat hostup/secret.txt",
           __wasi_path_filestat_get(box, 1, "hostup/secret.txt", &(__wasi_filestat_t){0}), 76);
    expect("prestat of stdout", __wasi_fd_prestat_get(1, &pre), 8);
    expect("sock_accept", __wasi_sock_accept(box, 0, &(__wasi_fd_t){0}), 57);
    expect("sock_shutdown", __wasi_sock_shutdown(box, __WASI_SDFLAGS_RD), 57);
  }
  return raw_wrong;
}
