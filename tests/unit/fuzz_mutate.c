/*
 * fuzz_mutate.c — feeds wasm2obj mutated copies of valid modules.
 *
 *   fuzz_mutate WASM2OBJ COUNT WORK_DIR SEED.wasm...
 *
 * Each copy gets a few random byte flips, insertions, deletions or a
 * truncation (a fixed-seed generator, so a failure can be replayed). Every
 * run must exit with 0, 1 or 3 — never by a signal, never 4 (internal
 * error) or anything else — within 60 seconds. Prints the first offending
 * input's path and a closing summary line.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t next_random(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

typedef struct buffer {
  uint8_t *data;
  size_t size;
} buffer;

static buffer read_seed(const char *path) {
  buffer b = {NULL, 0};
  FILE *f = fopen(path, "rb");
  if (!f)
    return b;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  b.data = malloc((size_t)n + 64);
  if (b.data && fread(b.data, 1, (size_t)n, f) == (size_t)n)
    b.size = (size_t)n;
  fclose(f);
  return b;
}

/* Applies 1-4 random edits to a copy of `seed` in `out` (capacity seed + 64). */
static size_t mutate(const buffer *seed, uint8_t *out) {
  memcpy(out, seed->data, seed->size);
  size_t n = seed->size;
  int edits = 1 + (int)(next_random() % 4);
  for (int e = 0; e < edits && n > 0; e++) {
    size_t at = next_random() % n;
    switch (next_random() % 5) {
    case 0: out[at] ^= (uint8_t)(1u << (next_random() % 8)); break;
    case 1: out[at] = (uint8_t)next_random(); break;
    case 2:
      if (n < seed->size + 60) {
        memmove(out + at + 1, out + at, n - at);
        out[at] = (uint8_t)next_random();
        n++;
      }
      break;
    case 3:
      memmove(out + at, out + at + 1, n - at - 1);
      n--;
      break;
    default: n = at + 1; break; /* truncate */
    }
  }
  return n;
}

/* Runs wasm2obj on `input`; returns the wait status, or -1 on spawn failure. */
static int run(const char *wasm2obj, const char *input, const char *output) {
  char *argv[] = {(char *)wasm2obj, "-O0", "--no-header", "-o", (char *)output, (char *)input, NULL};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int rc = posix_spawn(&pid, wasm2obj, &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0)
    return -1;
  time_t start = time(NULL);
  int status;
  for (;;) {
    pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid)
      return status;
    if (time(NULL) - start > 60) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -2;
    }
    usleep(2000);
  }
}

static int verdict_ok(int status) {
  return status >= 0 && WIFEXITED(status) &&
         (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 1 || WEXITSTATUS(status) == 3);
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: fuzz_mutate WASM2OBJ COUNT WORK_DIR SEED.wasm...\n");
    return 2;
  }
  const char *wasm2obj = argv[1], *work = argv[3];
  long count = strtol(argv[2], NULL, 10);
  mkdir(work, 0755);
  int nseeds = argc - 4;
  buffer seeds[nseeds];
  for (int i = 0; i < nseeds; i++) {
    seeds[i] = read_seed(argv[4 + i]);
    if (!seeds[i].size) {
      fprintf(stderr, "fuzz_mutate: cannot read %s\n", argv[4 + i]);
      return 2;
    }
  }
  char input[4096], output[4096];
  snprintf(input, sizeof input, "%s/mutant.wasm", work);
  snprintf(output, sizeof output, "%s/mutant.o", work);
  long passed = 0, failed = 0, by_status[5] = {0};
  for (long i = 0; i < count; i++) {
    const buffer *seed = &seeds[i % nseeds];
    uint8_t data[seed->size + 64];
    size_t n = mutate(seed, data);
    FILE *f = fopen(input, "wb");
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
      fprintf(stderr, "fuzz_mutate: cannot write %s: %s\n", input, strerror(errno));
      return 2;
    }
    int status = run(wasm2obj, input, output);
    if (verdict_ok(status)) {
      passed++;
      by_status[WEXITSTATUS(status)]++;
      continue;
    }
    failed++;
    char keep[4200];
    snprintf(keep, sizeof keep, "%s/failure-%ld.wasm", work, i);
    rename(input, keep);
    fprintf(stderr, "FAIL: %s: %s %d\n", keep,
            status == -2          ? "timeout"
            : WIFSIGNALED(status) ? "signal"
                                  : "exit status",
            status < 0            ? 0
            : WIFSIGNALED(status) ? WTERMSIG(status)
                                  : WEXITSTATUS(status));
  }
  printf("mutants: %ld compiled, %ld rejected as malformed/invalid, %ld unsupported\n", by_status[0],
         by_status[1], by_status[3]);
  printf("%ld passed, %ld failed\n", passed, failed);
  for (int i = 0; i < nseeds; i++)
    free(seeds[i].data);
  return failed ? 1 : 0;
}
