/*
 * spec_process.c — running programs (wast2json, wasm2obj, cc) and handling
 * the work folders of w2o-spec.
 *
 * A program runs with posix_spawnp, its stdout and stderr going to a log
 * file, under a time limit: the runner waits on a pidfd with poll() (or, if
 * the kernel has no pidfds, polls waitpid), and kills the program's process
 * group with SIGKILL when the limit passes. Death by a signal is
 * reported as such, never propagated: a crashing compiler is one failed
 * command, not a crashed runner.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "spec.h"

extern char **environ;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void sleep_ns(long ns) {
  struct timespec ts = {0, ns};
  nanosleep(&ts, NULL);
}

/* Waits for `pid` and decodes its status. */
static spec_exit_t reap(pid_t pid) {
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      return (spec_exit_t){SPEC_NOT_STARTED, errno};
  if (WIFSIGNALED(status))
    return (spec_exit_t){SPEC_SIGNALED, WTERMSIG(status)};
  return (spec_exit_t){SPEC_EXITED, WEXITSTATUS(status)};
}

/* The program runs in a process group of its own: kill the whole group. */
static spec_exit_t kill_and_reap(pid_t pid, unsigned timeout) {
  kill(-pid, SIGKILL);
  reap(pid);
  return (spec_exit_t){SPEC_TIMED_OUT, (int)timeout};
}

/* Without pidfds: poll waitpid with a growing sleep (1 ms up to 20 ms). */
static spec_exit_t wait_polling(pid_t pid, unsigned timeout) {
  double deadline = now_seconds() + timeout;
  long pause_ns = 1000000;
  int status;
  for (;;) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid)
      break;
    if (r < 0 && errno != EINTR)
      return (spec_exit_t){SPEC_NOT_STARTED, errno};
    if (now_seconds() > deadline)
      return kill_and_reap(pid, timeout);
    sleep_ns(pause_ns);
    if (pause_ns < 20000000)
      pause_ns *= 2;
  }
  if (WIFSIGNALED(status))
    return (spec_exit_t){SPEC_SIGNALED, WTERMSIG(status)};
  return (spec_exit_t){SPEC_EXITED, WEXITSTATUS(status)};
}

/*
 * Waits for `pid`, killing it after `timeout` seconds. A pidfd (Linux 5.3+)
 * wakes us the moment the program ends; thousands of short compiler runs
 * make that latency matter. Older kernels fall back to polling.
 */
static spec_exit_t wait_with_timeout(pid_t pid, unsigned timeout) {
  int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
  if (pidfd < 0)
    return wait_polling(pid, timeout);
  struct pollfd p = {.fd = pidfd, .events = POLLIN};
  double deadline = now_seconds() + timeout;
  int ready;
  do {
    double left = deadline - now_seconds();
    ready = left > 0 ? poll(&p, 1, (int)(left * 1000) + 1) : 0;
  } while (ready < 0 && errno == EINTR);
  close(pidfd);
  return ready == 0 ? kill_and_reap(pid, timeout) : reap(pid);
}

/*
 * Runs argv (argv[0] looked up in PATH if it has no slash) with stdin from
 * /dev/null and stdout+stderr appended to `log_path` (truncated first).
 */
spec_exit_t spec_run(const char *const argv[], const char *log_path, unsigned timeout) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid;
  int err = posix_spawnp(&pid, argv[0], &actions, &attr, (char *const *)argv, environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  if (err != 0)
    return (spec_exit_t){SPEC_NOT_STARTED, err};
  return wait_with_timeout(pid, timeout);
}

/* "exit status 1", "killed by signal 11 (Segmentation fault)", ... */
void spec_exit_describe(spec_exit_t e, char *buf, size_t size) {
  switch (e.kind) {
  case SPEC_EXITED: snprintf(buf, size, "exit status %d", e.code); break;
  case SPEC_SIGNALED: snprintf(buf, size, "killed by signal %d (%s)", e.code, strsignal(e.code)); break;
  case SPEC_TIMED_OUT: snprintf(buf, size, "timed out after %d s", e.code); break;
  case SPEC_NOT_STARTED: snprintf(buf, size, "could not be started: %s", strerror(e.code)); break;
  }
}

/*
 * Copies the first line of `path` that contains "unsupported" or "error"
 * (else its first line) into buf. Returns false if the file is empty or
 * unreadable.
 */
bool spec_first_line(const char *path, char *buf, size_t size) {
  FILE *in = fopen(path, "r");
  if (!in)
    return false;
  char line[1024];
  bool found = false;
  buf[0] = '\0';
  while (fgets(line, sizeof line, in)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (!found && buf[0] == '\0')
      snprintf(buf, size, "%s", line);
    if (strstr(line, "unsupported") || strstr(line, "error")) {
      snprintf(buf, size, "%s", line);
      found = true;
      break;
    }
  }
  fclose(in);
  return buf[0] != '\0';
}

/* mkdir -p */
bool spec_make_dirs(const char *path) {
  char *copy = strdup(path);
  if (!copy)
    return false;
  for (char *p = copy + 1; *p; p++) {
    if (*p != '/')
      continue;
    *p = '\0';
    if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
      free(copy);
      return false;
    }
    *p = '/';
  }
  bool ok = mkdir(copy, 0755) == 0 || errno == EEXIST;
  free(copy);
  return ok;
}

/* Removes the files of folder `path`, then the folder (one level: all the runner makes). */
void spec_remove_tree(const char *path) {
  DIR *d = opendir(path);
  if (!d)
    return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    char *p = spec_path(path, e->d_name);
    if (unlink(p) != 0 && errno == EISDIR)
      spec_remove_tree(p);
    free(p);
  }
  closedir(d);
  rmdir(path);
}

/* dir + "/" + name, malloc'd; exits on out of memory. */
char *spec_path(const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  if (!p) {
    fputs("w2o-spec: out of memory\n", stderr);
    exit(2);
  }
  snprintf(p, n, "%s/%s", dir, name);
  return p;
}
