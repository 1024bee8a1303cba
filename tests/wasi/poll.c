/* poll.c — poll_oneoff: a pure timeout (poll with no fds, nanosleep) and, with
 * the argument "file", fd subscriptions on a regular file, which are always
 * ready. Node's WASI fails poll_oneoff with fd subscriptions on regular files
 * (poll returns -1), so "file" is compared natively and with wasm2obj only. */
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static int64_t now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
  int64_t t0 = now_ms();
  int r = poll(NULL, 0, 50);
  int64_t waited = now_ms() - t0;
  printf("poll(no fds, 50ms) = %d, waited >= 50ms: %s\n", r, waited >= 50 ? "yes" : "no");
  struct timespec d = {0, 30000000};
  t0 = now_ms();
  nanosleep(&d, NULL);
  printf("nanosleep 30ms waited >= 30ms: %s\n", now_ms() - t0 >= 30 ? "yes" : "no");
  if (argc < 2 || argv[1][0] != 'f')
    return 0;
  int fd = open("p.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
  MUST(fd);
  MUST(write(fd, "data", 4));
  MUST(lseek(fd, 0, SEEK_SET));
  struct pollfd p[2] = {{.fd = fd, .events = POLLIN}, {.fd = fd, .events = POLLOUT}};
  r = poll(p, 2, 1000);
  printf("poll(file in+out) = %d, in: %s, out: %s\n", r, p[0].revents & POLLIN ? "yes" : "no",
         p[1].revents & POLLOUT ? "yes" : "no");
  close(fd);
  return 0;
}
