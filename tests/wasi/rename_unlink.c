/* rename_unlink.c — rename (over an existing file, into a directory), unlink, access. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

static void touch(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (f == NULL)
    exit(98);
  fputs(text, f);
  fclose(f);
}

static void cat(const char *path) {
  char buf[64] = {0};
  FILE *f = fopen(path, "r");
  if (f == NULL) {
    printf("%s: %s\n", path, errno_name(errno));
    return;
  }
  if (fgets(buf, sizeof buf, f) == NULL)
    buf[0] = 0;
  fclose(f);
  printf("%s: %s\n", path, buf);
}

int main(void) {
  touch("a.txt", "first");
  touch("b.txt", "second");
  CHECK("rename a->c", rename("a.txt", "c.txt"));
  cat("a.txt");
  cat("c.txt");
  CHECK("rename c over b", rename("c.txt", "b.txt"));
  cat("b.txt");
  MUST(mkdir("sub", 0755));
  CHECK("rename into dir", rename("b.txt", "sub/b.txt"));
  cat("sub/b.txt");
  CHECK("rename dir", rename("sub", "sub2"));
  cat("sub2/b.txt");
  CHECK("rename missing", rename("nothing", "x"));
  CHECK("access existing", access("sub2/b.txt", F_OK));
  CHECK("unlink", unlink("sub2/b.txt"));
  CHECK("unlink again", unlink("sub2/b.txt"));
  CHECK("access removed", access("sub2/b.txt", F_OK));
  CHECK("unlink a directory", unlink("sub2"));
  return 0;
}
