/* symlink.c — symlinks inside the sandbox: create, readlink, follow, dangling, loops.
 * With the argument "strict", also what Node's WASI does differently (so that
 * part runs natively and with wasm2obj only): Node refuses to create a symlink
 * whose target contains "..", fails readlink into a too-small buffer instead
 * of truncating, and ignores O_NOFOLLOW in path_open. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

/* The parts Node's WASI does differently. */
static void strict(void) {
  char buf[64] = {0};
  long n = (long)readlink("real/up", buf, 5);
  printf("readlink truncated = %ld \"%s\"\n", n, buf);
  FILE *f = fopen("real/up", "r");
  printf("open real/up: %s\n", f != NULL && fgets(buf, sizeof buf, f) != NULL ? buf : "failed\n");
  if (f != NULL)
    fclose(f);
  CHECK("open O_NOFOLLOW on link", open("link", O_RDONLY | O_NOFOLLOW));
}

int main(int argc, char **argv) {
  (void)argv;
  MUST(mkdir("real", 0755));
  FILE *f = fopen("real/target.txt", "w");
  if (f == NULL)
    return 1;
  fputs("through the link\n", f);
  fclose(f);
  CHECK("symlink to file", symlink("real/target.txt", "link"));
  CHECK("symlink to dir", symlink("real", "dirlink"));
  CHECK("symlink dangling", symlink("nowhere", "dangling"));
  CHECK("symlink loop a", symlink("loop_b", "loop_a"));
  CHECK("symlink loop b", symlink("loop_a", "loop_b"));
  CHECK("symlink existing name", symlink("x", "link"));
  char buf[64] = {0};
  long n = (long)readlink("link", buf, sizeof buf - 1);
  printf("readlink link = %ld \"%s\"\n", n, n > 0 ? buf : "");
  CHECK("readlink on a file", readlink("real/target.txt", buf, sizeof buf));
  const char *paths[] = {"link", "dirlink/target.txt", "dangling", "loop_a"};
  for (int i = 0; i < 4; i++) {
    memset(buf, 0, sizeof buf);
    f = fopen(paths[i], "r");
    if (f == NULL) {
      printf("open %s: %s\n", paths[i], errno_name(errno));
      continue;
    }
    if (fgets(buf, sizeof buf, f) == NULL)
      buf[0] = 0;
    fclose(f);
    printf("open %s: %s", paths[i], buf);
  }
  if (argc > 1)
    strict();
  CHECK("unlink link", unlink("link"));
  struct stat st;
  CHECK("target still there", stat("real/target.txt", &st));
  return 0;
}
