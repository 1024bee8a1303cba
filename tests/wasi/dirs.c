/* dirs.c — mkdir (nested, existing), rmdir (empty, non-empty, missing), chdir-free paths. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

int main(void) {
  CHECK("mkdir a", mkdir("a", 0755));
  CHECK("mkdir a/b", mkdir("a/b", 0755));
  CHECK("mkdir a/b/c", mkdir("a/b/c", 0755));
  CHECK("mkdir a again", mkdir("a", 0755));
  CHECK("mkdir x/y (no parent)", mkdir("x/y", 0755));
  int fd = open("a/b/c/file", O_CREAT | O_WRONLY, 0644);
  MUST(fd);
  close(fd);
  CHECK("rmdir non-empty", rmdir("a/b/c"));
  CHECK("rmdir a file", rmdir("a/b/c/file"));
  CHECK("mkdir under a file", mkdir("a/b/c/file/d", 0755));
  CHECK("unlink file", unlink("a/b/c/file"));
  CHECK("rmdir a/b/c", rmdir("a/b/c"));
  CHECK("rmdir a/b/c again", rmdir("a/b/c"));
  CHECK("rmdir via dotdot", rmdir("a/b/../b"));
  struct stat st;
  CHECK("stat a/b", stat("a/b", &st));
  CHECK("stat a/./", stat("a/./", &st));
  CHECK("rmdir a", rmdir("a"));
  return 0;
}
