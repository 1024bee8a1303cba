/*
 * common.h — helpers shared by the WASI test programs. Each program is
 * built three ways (natively with the host cc, to wasm32-wasi with clang-19
 * and then with wasm2obj, and run under Node's WASI), and all three must
 * print the same thing, so output never includes what legitimately differs:
 * errno numbers (wasi-libc's differ from Linux's: names are printed),
 * strerror texts, inode numbers, times, "." and ".." entries.
 */
#ifndef WASI_TEST_COMMON_H
#define WASI_TEST_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* The name of an errno value, the same on every libc. */
static inline const char *errno_name(int e) {
  switch (e) {
  case 0: return "OK";
  case ENOENT: return "ENOENT";
  case EEXIST: return "EEXIST";
  case ENOTDIR: return "ENOTDIR";
  case EISDIR: return "EISDIR";
  case ENOTEMPTY: return "ENOTEMPTY";
  case EBADF: return "EBADF";
  case EINVAL: return "EINVAL";
  case EACCES: return "EACCES";
  case EPERM: return "EPERM";
  case ELOOP: return "ELOOP";
  case ESPIPE: return "ESPIPE";
  case EFAULT: return "EFAULT";
  default: return "other";
  }
}

/* Prints "what: OK" or "what: ENAME" for a call's result (negative = failed). */
#define CHECK(what, call) \
  do { \
    errno = 0; \
    long check_result_ = (long)(call); \
    printf("%s: %s\n", what, check_result_ < 0 ? errno_name(errno) : "OK"); \
  } while (0)

/* Stops the program if a setup step fails (the test then fails visibly). */
#define MUST(call) \
  do { \
    if ((long)(call) < 0) { \
      printf("setup failed at line %d: %s\n", __LINE__, errno_name(errno)); \
      exit(99); \
    } \
  } while (0)

#endif /* WASI_TEST_COMMON_H */
