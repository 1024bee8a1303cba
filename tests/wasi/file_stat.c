/* file_stat.c — stat, fstat, lstat: file types, sizes, link counts, utimes. */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "common.h"

static const char *type_of(mode_t m) {
  return S_ISREG(m) ? "file" : S_ISDIR(m) ? "dir" : S_ISLNK(m) ? "symlink" : "other";
}

static void show(const char *path) {
  struct stat st, lst;
  if (stat(path, &st) < 0 || lstat(path, &lst) < 0) {
    printf("%s: %s\n", path, errno_name(errno));
    return;
  }
  printf("%s: stat %s, lstat %s, size %ld, nlink %ld\n", path, type_of(st.st_mode), type_of(lst.st_mode),
         S_ISDIR(st.st_mode) ? 0L : (long)st.st_size, (long)st.st_nlink);
}

int main(void) {
  int fd = open("f.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  MUST(fd);
  MUST(write(fd, "12345", 5));
  struct stat st;
  MUST(fstat(fd, &st));
  printf("fstat: %s size %ld\n", type_of(st.st_mode), (long)st.st_size);
  close(fd);
  MUST(mkdir("d", 0755));
  MUST(link("f.txt", "hard.txt"));
  MUST(symlink("f.txt", "soft"));
  show("f.txt");
  show("hard.txt");
  show("soft");
  show("d");
  show("missing");
  struct stat a, b;
  MUST(stat("f.txt", &a));
  MUST(stat("hard.txt", &b));
  printf("same inode: %s\n", a.st_ino == b.st_ino ? "yes" : "no");
  struct timeval tv[2] = {{1000000000, 0}, {1234567890, 0}};
  CHECK("utimes", utimes("f.txt", tv));
  MUST(stat("f.txt", &a));
  printf("mtime: %ld atime: %ld\n", (long)a.st_mtime, (long)a.st_atime);
  struct timespec ts[2] = {{0, UTIME_OMIT}, {2000000000, 0}};
  CHECK("utimensat", utimensat(AT_FDCWD, "f.txt", ts, 0));
  MUST(stat("f.txt", &a));
  printf("mtime: %ld atime: %ld\n", (long)a.st_mtime, (long)a.st_atime);
  return 0;
}
