/* file_seek.c — lseek (SET, CUR, END, past the end), pread/pwrite, ftell/fseek. */
#include <fcntl.h>
#include <unistd.h>

#include "common.h"

int main(void) {
  int fd = open("seek.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
  MUST(fd);
  MUST(write(fd, "0123456789abcdef", 16));
  printf("SEEK_SET 4 -> %ld\n", (long)lseek(fd, 4, SEEK_SET));
  char c[4] = {0};
  MUST(read(fd, c, 3));
  printf("read at 4: %s\n", c);
  printf("SEEK_CUR -2 -> %ld\n", (long)lseek(fd, -2, SEEK_CUR));
  printf("SEEK_END -3 -> %ld\n", (long)lseek(fd, -3, SEEK_END));
  MUST(read(fd, c, 3));
  printf("read at end-3: %s\n", c);
  printf("SEEK_END +8 -> %ld\n", (long)lseek(fd, 8, SEEK_END));
  MUST(write(fd, "Z", 1));
  struct {
    char b[32];
  } all = {{0}};
  printf("pread 25 at 0 -> %ld\n", (long)pread(fd, all.b, 25, 0));
  printf("hole byte: %d, last: %c\n", all.b[20], all.b[24]);
  printf("pwrite 2 at 1 -> %ld\n", (long)pwrite(fd, "XY", 2, 1));
  printf("position after pwrite: %ld\n", (long)lseek(fd, 0, SEEK_CUR));
  MUST(pread(fd, all.b, 4, 0));
  all.b[4] = 0;
  printf("start now: %s\n", all.b);
  CHECK("seek before start", lseek(fd, -100, SEEK_SET));
  close(fd);
  FILE *f = fopen("seek.bin", "r");
  fseek(f, 10, SEEK_SET);
  long pos = ftell(f);
  printf("ftell: %ld, getc: %c\n", pos, getc(f));
  fseek(f, 0, SEEK_END);
  printf("size via ftell: %ld\n", ftell(f));
  fclose(f);
  return 0;
}
