/* file_rw.c — create, write, close, reopen, read back; stdio and raw fds; O_EXCL; append. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

int main(void) {
  FILE *f = fopen("data.txt", "w");
  if (f == NULL)
    return 1;
  for (int i = 0; i < 100; i++)
    fprintf(f, "line %03d\n", i);
  fclose(f);
  f = fopen("data.txt", "r");
  char line[64];
  int lines = 0;
  while (fgets(line, sizeof line, f) != NULL)
    lines++;
  fclose(f);
  printf("lines read: %d, last: %s", lines, line);
  int fd = open("raw.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  MUST(fd);
  unsigned char buf[4096];
  for (size_t i = 0; i < sizeof buf; i++)
    buf[i] = (unsigned char)(i * 7);
  printf("wrote %ld\n", (long)write(fd, buf, sizeof buf));
  close(fd);
  CHECK("open O_EXCL existing", open("raw.bin", O_CREAT | O_EXCL | O_WRONLY, 0644));
  fd = open("raw.bin", O_WRONLY | O_APPEND);
  MUST(fd);
  printf("appended %ld\n", (long)write(fd, "tail", 4));
  close(fd);
  fd = open("raw.bin", O_RDONLY);
  unsigned char back[5000];
  long n = (long)read(fd, back, sizeof back);
  printf("read %ld, same: %s, tail: %.4s\n", n, memcmp(buf, back, sizeof buf) == 0 ? "yes" : "no",
         (char *)back + 4096);
  CHECK("write to read-only fd", write(fd, "x", 1));
  close(fd);
  CHECK("open missing", open("missing.txt", O_RDONLY));
  CHECK("read closed fd", read(fd, back, 1));
  return 0;
}
