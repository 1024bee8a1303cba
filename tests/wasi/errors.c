/* errors.c — errno values through the shim's mapping: each host error arrives as the
 * right WASI errno, which wasi-libc turns into the same symbolic name as natively.
 * With the argument "strict", also read() on a directory, where Node's WASI says
 * EBADF and Linux (and wasm2obj) EISDIR. */
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
    CHECK("read a directory", read(dir, (char[4]){0}, 4));
    close(dir);
  }
  return 0;
}
