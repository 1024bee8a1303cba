/*
 * spec_jobs.c — running the files of a run, each in a child process of its
 * own, up to `-j` at a time, and reporting them in the order given.
 *
 * requires: the list of files and a work folder;
 * produces: per file, its failure lines and its PASS/FAIL/SKIP line on
 *           stdout, in file order; the run's totals.
 *
 * Why a process per file: generated code runs inside the runner, so a
 * miscompiled module can crash it or loop forever. A child that dies costs
 * its file one failure (at the line it was on: spec_counts_t lives in
 * shared memory and survives the child), and the run goes on. The child
 * writes its output to `NNN-name.out` in the work folder; the parent copies
 * it to stdout when the file's turn comes, so parallel runs read exactly
 * like serial ones. With --no-fork the file runs in the runner itself
 * (for debuggers), writing straight to stdout.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "spec.h"

/* WORK/NNN-name.wast plus `suffix`: the file's work folder or output file. */
static char *work_name(const spec_run_t *run, size_t i, const char *suffix) {
  char base[320];
  const char *slash = strrchr(run->files[i], '/');
  snprintf(base, sizeof base, "%03zu-%s%s", i, slash ? slash + 1 : run->files[i], suffix);
  return spec_path(run->opt.work, base);
}

/* The child: stdout and stderr to the .out file, run the file, exit. */
static void child(spec_run_t *run, size_t i, const char *dir, const char *out) {
  int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    dup2(fd, 1);
    dup2(fd, 2);
    close(fd);
  }
  spec_run_file(&run->opt, run->files[i], run->displays[i], dir, &run->counts[i]);
  fflush(stdout);
  _exit(0);
}

/* Starts file i in a child; on failure marks it done (a failure). True if started. */
static bool start_file(spec_run_t *run, size_t i) {
  char *dir = work_name(run, i, ""), *out = work_name(run, i, ".out");
  memset(&run->counts[i], 0, sizeof run->counts[i]);
  fflush(stdout);
  fflush(stderr);
  int pid = spec_make_dirs(dir) ? fork() : -1;
  if (pid == 0)
    child(run, i, dir, out);
  run->pids[i] = pid;
  if (pid < 0) {
    printf("%s: FAIL: cannot start (%s)\n", run->displays[i], strerror(errno));
    run->counts[i].failed = 1;
    run->counts[i].finished = true;
    run->done[i] = true;
  }
  free(dir), free(out);
  return pid > 0;
}

/* Copies the child's output to stdout and removes it. */
static void copy_output(const char *path) {
  FILE *in = fopen(path, "r");
  if (!in)
    return;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0)
    fwrite(buf, 1, n, stdout);
  fclose(in);
  unlink(path);
}

/* A child that did not reach the end: one failure at the line it was on. */
static void report_death(spec_run_t *run, size_t i) {
  spec_counts_t *c = &run->counts[i];
  int status = run->wait_status[i];
  const char *how = !WIFSIGNALED(status)          ? "exited early"
                    : WTERMSIG(status) == SIGALRM ? "timed out (a command ran too long)"
                                                  : strsignal(WTERMSIG(status));
  printf("%s:%d: FAIL: the runner's process for this file died: %s\n", run->displays[i], c->line, how);
  c->failed++;
  if (!run->opt.keep) {
    char *dir = work_name(run, i, "");
    spec_remove_tree(dir);
    free(dir);
  }
}

/* The file's line, and its counts added to the totals. */
static void report_file(spec_run_t *run, size_t i) {
  const spec_counts_t *c = &run->counts[i];
  const char *name = run->displays[i];
  if (c->skipped) {
    printf("SKIP %s  (%s)\n", name, c->skip_reason);
    size_t old = run->skipped ? strlen(run->skipped) : 0;
    run->skipped = realloc(run->skipped, old + strlen(name) + 2);
    if (run->skipped)
      snprintf(run->skipped + old, strlen(name) + 2, "%s%s", old ? " " : "", name);
    run->skipped_count++;
    return;
  }
  printf("%s %s  %u passed", c->failed ? "FAIL" : "PASS", name, c->passed);
  if (c->failed)
    printf(", %u failed", c->failed);
  if (c->not_applicable)
    printf(", %u n/a", c->not_applicable);
  if (c->lifted)
    printf(", %u lifted", c->lifted);
  printf("\n");
  run->passed += c->passed;
  run->failed += c->failed;
  run->not_applicable += c->not_applicable;
  run->lifted += c->lifted;
}

static void finish_file(spec_run_t *run, size_t i) {
  char *out = work_name(run, i, ".out");
  copy_output(out);
  free(out);
  if (!run->counts[i].finished)
    report_death(run, i);
  report_file(run, i);
  fflush(stdout);
}

/* Waits for a child and marks its file done. Returns how many children ended. */
static size_t reap_one(spec_run_t *run) {
  int status;
  int pid = wait(&status);
  size_t ended = 0;
  for (size_t i = 0; i < run->file_count; i++) {
    bool running = run->pids[i] > 0 && !run->done[i];
    if (running && (pid == run->pids[i] || (pid < 0 && errno == ECHILD))) {
      run->wait_status[i] = pid < 0 ? 0 : status; /* ECHILD: cannot happen; do not hang */
      run->done[i] = true;
      ended++;
    }
  }
  return ended;
}

static void run_in_process(spec_run_t *run) {
  for (size_t i = 0; i < run->file_count; i++) {
    char *dir = work_name(run, i, "");
    memset(&run->counts[i], 0, sizeof run->counts[i]);
    if (spec_make_dirs(dir))
      spec_run_file(&run->opt, run->files[i], run->displays[i], dir, &run->counts[i]);
    else
      run->counts[i].failed = 1, run->counts[i].finished = true;
    report_file(run, i);
    free(dir);
  }
}

/* Runs every file, at most opt.jobs at a time, reporting in file order. */
bool spec_run_files(spec_run_t *run) {
  size_t n = run->file_count;
  run->pids = calloc(n, sizeof run->pids[0]);
  run->wait_status = calloc(n, sizeof run->wait_status[0]);
  run->done = calloc(n, sizeof run->done[0]);
  if (!run->pids || !run->wait_status || !run->done)
    return false;
  if (run->opt.no_fork) {
    run_in_process(run);
    return true;
  }
  size_t next_start = 0, next_report = 0, live = 0;
  while (next_report < n) {
    while (live < run->opt.jobs && next_start < n)
      live += start_file(run, next_start++);
    if (run->done[next_report])
      finish_file(run, next_report++);
    else
      live -= reap_one(run);
  }
  return true;
}
