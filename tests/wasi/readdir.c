/* readdir.c — opendir/readdir over many entries (sorted: order is the file system's),
 * entry types, rewinddir; "." and ".." are skipped (Node's WASI omits them). */
#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

static int compare(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int list(const char *path, int show) {
  DIR *d = opendir(path);
  if (d == NULL) {
    printf("opendir %s: %s\n", path, errno_name(errno));
    return -1;
  }
  static char names[300][260];
  static char *sorted[300];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && n < 300) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    snprintf(names[n], sizeof names[n], "%s%s", e->d_name, e->d_type == DT_DIR ? "/" : "");
    sorted[n] = names[n];
    n++;
  }
  rewinddir(d);
  int again = 0;
  while ((e = readdir(d)) != NULL)
    again++;
  closedir(d);
  qsort(sorted, (size_t)n, sizeof sorted[0], compare);
  printf("%s: %d entries (%d with dots after rewind)\n", path, n, again >= n ? n : -1);
  for (int i = 0; i < n && show; i++)
    printf("  %s\n", sorted[i]);
  return n;
}

int main(void) {
  MUST(mkdir("dir", 0755));
  list("dir", 1);
  for (int i = 0; i < 5; i++) {
    char p[32];
    snprintf(p, sizeof p, "dir/file%d", i);
    int fd = open(p, O_CREAT | O_WRONLY, 0644);
    MUST(fd);
    close(fd);
  }
  MUST(mkdir("dir/sub", 0755));
  list("dir", 1);
  MUST(mkdir("big", 0755));
  for (int i = 0; i < 200; i++) {
    char p[64];
    snprintf(p, sizeof p, "big/a-rather-long-file-name-number-%03d", i);
    int fd = open(p, O_CREAT | O_WRONLY, 0644);
    MUST(fd);
    close(fd);
  }
  list("big", 0);
  list("missing", 1);
  return 0;
}
