/* fdops.c — descriptor operations: status flags (append, nonblock), sync and
 * datasync, advise, allocate, times through an fd and through a path (also on
 * a symlink itself), and renumbering (fd_renumber in wasm; dup2 + close
 * natively, which is what it means). The flags that fcntl(F_GETFL) reports
 * after F_SETFL are printed only with the argument "strict": Node's WASI
 * applies fd_fdstat_set_flags but its fd_fdstat_get keeps reporting the
 * flags the fd was opened with. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

#ifdef __wasi__
#include <wasi/api.h>
static int renumber(int from, int to) { return __wasi_fd_renumber(from, to) == 0 ? 0 : -1; }
#else
static int renumber(int from, int to) {
  int r = dup2(from, to);
  close(from);
  return r < 0 ? -1 : 0;
}
#endif

static long size_of(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 ? (long)st.st_size : -1;
}

int main(int argc, char **argv) {
  (void)argv;
  int strict = argc > 1;
  int fd = open("f.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
  MUST(fd);
  int fl = fcntl(fd, F_GETFL);
  printf("append initially: %s\n", fl & O_APPEND ? "yes" : "no");
  CHECK("set O_APPEND", fcntl(fd, F_SETFL, fl | O_APPEND));
  if (strict)
    printf("append now: %s\n", fcntl(fd, F_GETFL) & O_APPEND ? "yes" : "no");
  MUST(write(fd, "abc", 3));
  MUST(lseek(fd, 0, SEEK_SET));
  MUST(write(fd, "def", 3));
  char buf[8] = {0};
  MUST(pread(fd, buf, 6, 0));
  printf("appended despite seek: %s\n", buf);
  CHECK("clear O_APPEND, set O_NONBLOCK", fcntl(fd, F_SETFL, O_NONBLOCK));
  if (strict)
    printf("append: %s, nonblock: %s\n", fcntl(fd, F_GETFL) & O_APPEND ? "yes" : "no",
           fcntl(fd, F_GETFL) & O_NONBLOCK ? "yes" : "no");
  CHECK("fsync", fsync(fd));
  CHECK("fdatasync", fdatasync(fd));
  printf("posix_fadvise: %s\n", errno_name(posix_fadvise(fd, 0, 6, POSIX_FADV_SEQUENTIAL)));
  printf("posix_fallocate: %s\n", errno_name(posix_fallocate(fd, 0, 8192)));
  printf("size after fallocate: %ld\n", size_of(fd));
  struct timespec ts[2] = {{1500000000, 0}, {1600000000, 500}};
  CHECK("futimens", futimens(fd, ts));
  struct stat st;
  MUST(fstat(fd, &st));
  printf("atime %ld mtime %ld\n", (long)st.st_atime, (long)st.st_mtime);
  MUST(symlink("f.bin", "ln"));
  struct timespec lts[2] = {{1000000000, 0}, {1100000000, 0}};
  CHECK("utimensat nofollow on link", utimensat(AT_FDCWD, "ln", lts, AT_SYMLINK_NOFOLLOW));
  MUST(lstat("ln", &st));
  printf("link mtime %ld\n", (long)st.st_mtime);
  MUST(stat("ln", &st));
  printf("target mtime %ld\n", (long)st.st_mtime);
  int other = open("g.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  MUST(other);
  CHECK("renumber", renumber(fd, other));
  printf("size via renumbered fd: %ld\n", size_of(other));
  CHECK("old fd closed", fstat(fd, &st));
  close(other);
  return 0;
}
