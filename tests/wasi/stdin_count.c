/* stdin_count.c — fd_read on stdin: counts lines, words and bytes, echoes a checksum. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
  long lines = 0, words = 0, bytes = 0;
  unsigned sum = 0;
  int c, in_word = 0;
  while ((c = getchar()) != EOF) {
    bytes++;
    sum = sum * 31u + (unsigned)c;
    lines += c == '\n';
    if (isspace(c))
      in_word = 0;
    else if (!in_word) {
      in_word = 1;
      words++;
    }
  }
  printf("%ld lines, %ld words, %ld bytes, checksum %08x\n", lines, words, bytes, sum);
  return lines > 0 ? 0 : 3;
}
