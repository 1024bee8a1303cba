/* file_trunc.c — ftruncate and truncate: shrink, grow with zeros, O_TRUNC. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

static long size_of(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

int main(void) {
  int fd = open("t.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
  MUST(fd);
  MUST(write(fd, "abcdefghij", 10));
  printf("size: %ld\n", size_of("t.bin"));
  CHECK("ftruncate 4", ftruncate(fd, 4));
  printf("size: %ld\n", size_of("t.bin"));
  CHECK("ftruncate 4096", ftruncate(fd, 4096));
  char buf[8] = {1, 1, 1, 1, 1, 1, 1, 1};
  MUST(pread(fd, buf, 8, 2));
  printf("bytes 2..9: %c %c %d %d %d\n", buf[0], buf[1], buf[2], buf[3], buf[7]);
  close(fd);
  CHECK("truncate 100", truncate("t.bin", 100));
  printf("size: %ld\n", size_of("t.bin"));
  fd = open("t.bin", O_WRONLY | O_TRUNC);
  MUST(fd);
  close(fd);
  printf("size after O_TRUNC: %ld\n", size_of("t.bin"));
  CHECK("truncate missing", truncate("nope.bin", 1));
  return 0;
}
