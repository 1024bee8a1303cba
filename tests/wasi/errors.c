/* errors.c — errno values through the shim's mapping: each host error arrives as the
 * right WASI errno, which wasi-libc turns into the same symbolic name as natively.
 * With the argument "strict", also read() on a directory: Linux says EISDIR, and
 * Node's WASI and wasm2obj say EBADF, as Wasmtime does (so the native way
 * prints EBADF too, to compare the rest; tests/wasi/dirfd.c checks the
 * directory calls in full). */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

int main(int argc, char **argv) {
  (void)argv;
  MUST(mkdir("d", 0755));
  int fd = open("f", O_CREAT | O_WRONLY, 0644);
  MUST(fd);
  CHECK("open missing", open("nope", O_RDONLY));
  CHECK("open dir for writing", open("d", O_WRONLY));
  CHECK("open file as dir", open("f", O_RDONLY | O_DIRECTORY));
  CHECK("open O_CREAT|O_EXCL existing", open("f", O_CREAT | O_EXCL | O_WRONLY, 0644));
  CHECK("path through a file", open("f/x", O_RDONLY));
  CHECK("read from write-only", read(fd, (char[4]){0}, 4));
  CHECK("close", close(fd));
  CHECK("close twice", close(fd));
  CHECK("fstat bad fd", fstat(1000, &(struct stat){0}));
  CHECK("rmdir file", rmdir("f"));
  CHECK("mkdir existing", mkdir("d", 0755));
  CHECK("opendir file", opendir("f") == NULL ? -1 : 0);
  if (argc > 1) {
    int dir = open("d", O_RDONLY | O_DIRECTORY);
    MUST(dir);
    errno = 0;
    long n = (long)read(dir, (char[4]){0}, 4);
    int e = n < 0 && errno == EISDIR ? EBADF : errno; /* Linux's answer, as WASI's */
    printf("read a directory: %s\n", n < 0 ? errno_name(e) : "OK");
    close(dir);
  }
  return 0;
}
