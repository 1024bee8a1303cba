/* hello.c — stdout, stderr and formatted output through fd_write. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  printf("hello, %s! %d %.3f %x\n", "wasi", 42, 3.14159, 255u);
  fputs("to stderr\n", stderr);
  fflush(stdout); /* natively stdout to a file is fully buffered: keep the order */
  const char raw[] = "raw write\n";
  if (write(1, raw, strlen(raw)) != (long)strlen(raw))
    return 1;
  for (int i = 0; i < 3; i++)
    printf("line %d\n", i);
  return 0;
}
