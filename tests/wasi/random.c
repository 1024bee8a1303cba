/* random.c — getentropy (random_get): buffers are filled, differ, and look random. */
#include <string.h>
#include <unistd.h>

#include "common.h"

int main(void) {
  unsigned char a[512], b[256];
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  CHECK("getentropy 256", getentropy(a, 256));
  CHECK("getentropy 256 again", getentropy(b, sizeof b));
  CHECK("getentropy 257 (too big)", getentropy(a, 257));
  printf("two buffers differ: %s\n", memcmp(a, b, sizeof b) != 0 ? "yes" : "no");
  int counts[256] = {0}, distinct = 0, ones = 0;
  for (int round = 0; round < 64; round++) {
    MUST(getentropy(a, 256));
    for (size_t i = 0; i < 256; i++) {
      counts[a[i]]++;
      ones += __builtin_popcount(a[i]);
    }
  }
  for (int i = 0; i < 256; i++)
    distinct += counts[i] > 0;
  printf("all 256 byte values seen: %s\n", distinct == 256 ? "yes" : "no");
  printf("bit balance within 2%%: %s\n", ones > 128000 && ones < 134000 ? "yes" : "no");
  return 0;
}
