/*
 * spec_runner.c — w2o-spec: runs WebAssembly spec-suite scripts (.wast)
 * through wasm2obj and the runtime.
 *
 *   w2o-spec [--wasm2obj PATH] [--cc PATH] [--wast2json PATH] [--wast2json-flag FLAG]
 *            [--wasm2obj-flag FLAG]... [-O LEVEL] [--bounds-checks MODE] [--work DIR] [--timeout SECS] [-j JOBS]
 *            [--keep] [-v] [--no-fork] FILE.wast|DIR...
 *
 * The pipeline: expand the arguments into a list of .wast files (a folder
 * gives its *.wast in byte order); run them, each in a child process of its
 * own (spec_jobs.c), so that a miscompiled module that crashes or hangs
 * costs one failure, never the run; print one line per file and the
 * totals. Exit status: 0 if nothing failed, 1 if something failed, 2 on
 * usage errors.
 *
 * Counting: every assertion and every module/action command is passed or
 * failed; `register` is not counted; text-format assert_malformed is not
 * applicable; a file with a module wasm2obj calls unsupported (exit 3) is
 * skipped as a whole, and the totals count skipped files.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "spec.h"

#ifndef W2O_SPEC_DEFAULT_WASM2OBJ
#define W2O_SPEC_DEFAULT_WASM2OBJ "wasm2obj"
#endif

static void usage(FILE *out) {
  fputs("usage: w2o-spec [--wasm2obj PATH] [--cc PATH] [--wast2json PATH]\n"
        "                [--wast2json-flag FLAG] [--wasm2obj-flag FLAG]...\n"
        "                [-O LEVEL] [--bounds-checks guard|explicit|none]\n"
        "                [--work DIR] [--timeout SECS]\n"
        "                [-j JOBS] [--keep] [-v] [--no-fork] FILE.wast|DIR...\n",
        out);
}

static void *xrealloc(void *p, size_t size) {
  p = realloc(p, size);
  if (!p) {
    fputs("w2o-spec: out of memory\n", stderr);
    exit(2);
  }
  return p;
}

static void add_file(spec_run_t *run, const char *path, const char *display) {
  if (run->file_count == run->file_cap) {
    run->file_cap = run->file_cap ? 2 * run->file_cap : 64;
    run->files = xrealloc(run->files, run->file_cap * sizeof run->files[0]);
    run->displays = xrealloc(run->displays, run->file_cap * sizeof run->displays[0]);
  }
  run->files[run->file_count] = strdup(path);
  run->displays[run->file_count++] = strdup(display);
}

static int wast_filter(const struct dirent *e) {
  size_t n = strlen(e->d_name);
  return n > 5 && strcmp(e->d_name + n - 5, ".wast") == 0;
}

static int byte_order(const struct dirent **a, const struct dirent **b) {
  return strcmp((*a)->d_name, (*b)->d_name);
}

/* A folder: its *.wast in byte order, shown as "folder-name/file.wast". */
static bool add_dir(spec_run_t *run, const char *dir) {
  struct dirent **names;
  int n = scandir(dir, &names, wast_filter, byte_order);
  if (n < 0) {
    fprintf(stderr, "w2o-spec: %s: %s\n", dir, strerror(errno));
    return false;
  }
  char *copy = strdup(dir);
  size_t len = strlen(copy);
  while (len > 1 && copy[len - 1] == '/')
    copy[--len] = '\0';
  const char *last = strrchr(copy, '/') ? strrchr(copy, '/') + 1 : copy;
  for (int i = 0; i < n; i++) {
    char *path = spec_path(copy, names[i]->d_name), *display = spec_path(last, names[i]->d_name);
    add_file(run, path, display);
    free(path), free(display), free(names[i]);
  }
  free(names);
  free(copy);
  return true;
}

static bool add_argument(spec_run_t *run, const char *arg) {
  struct stat st;
  if (stat(arg, &st) != 0) {
    fprintf(stderr, "w2o-spec: %s: %s\n", arg, strerror(errno));
    return false;
  }
  if (S_ISDIR(st.st_mode))
    return add_dir(run, arg);
  add_file(run, arg, arg);
  return true;
}

/* Options taking a value, as "--opt VALUE" or "--opt=VALUE" ("-O2" for -O). */
static const char **option_slot(spec_options_t *opt, const char *name) {
  static const struct {
    const char *name;
    size_t offset;
  } options[] = {
      {"--wasm2obj", offsetof(spec_options_t, wasm2obj)},
      {"--cc", offsetof(spec_options_t, cc)},
      {"--wast2json", offsetof(spec_options_t, wast2json)},
      {"--wast2json-flag", offsetof(spec_options_t, wast2json_flag)}, /* e.g. --enable-tail-call */
      {"-O", offsetof(spec_options_t, opt_level)},
      {"--bounds-checks", offsetof(spec_options_t, bounds)},
      {"--work", offsetof(spec_options_t, work)},
  };
  for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
    if (strcmp(options[i].name, name) == 0)
      return (const char **)((char *)opt + options[i].offset);
  return NULL;
}

/* Splits "--opt=value" / "-Ovalue"; returns the value or NULL. */
static const char *inline_value(const char *arg, char *name, size_t size) {
  const char *eq = strchr(arg, '=');
  if (arg[0] == '-' && (arg[1] == 'O' || arg[1] == 'j') && arg[2]) {
    snprintf(name, size, "-%c", arg[1]);
    return arg + 2;
  }
  if (eq && arg[1] == '-') {
    snprintf(name, size, "%.*s", (int)(eq - arg), arg);
    return eq + 1;
  }
  snprintf(name, size, "%s", arg);
  return NULL;
}

static bool parse_flag(spec_run_t *run, const char *arg) {
  if (strcmp(arg, "--keep") == 0)
    run->opt.keep = true;
  else if (strcmp(arg, "-v") == 0 || strcmp(arg, "--verbose") == 0)
    run->opt.verbose = true;
  else if (strcmp(arg, "--no-fork") == 0)
    run->opt.no_fork = true;
  else
    return false;
  return true;
}

/* Parses argv; returns false (after a message) on a usage error. */
static bool parse_args(spec_run_t *run, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    char name[64];
    if (arg[0] != '-' || strcmp(arg, "-") == 0) {
      if (!add_argument(run, arg))
        return false;
      continue;
    }
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      usage(stdout);
      exit(0);
    }
    if (parse_flag(run, arg))
      continue;
    const char *value = inline_value(arg, name, sizeof name);
    if (!value && i + 1 < argc)
      value = argv[++i];
    const char **slot = option_slot(&run->opt, name);
    if (strcmp(name, "--wasm2obj-flag") == 0 && value) { /* e.g. --disable-multi-memory; repeatable */
      if (run->opt.wasm2obj_flag_count == SPEC_MAX_WASM2OBJ_FLAGS) {
        fprintf(stderr, "w2o-spec: more than %d --wasm2obj-flag options\n", SPEC_MAX_WASM2OBJ_FLAGS);
        return false;
      }
      run->opt.wasm2obj_flags[run->opt.wasm2obj_flag_count++] = value;
    } else if (strcmp(name, "--timeout") == 0 && value && atoi(value) > 0)
      run->opt.timeout = (unsigned)atoi(value);
    else if ((strcmp(name, "-j") == 0 || strcmp(name, "--jobs") == 0) && value && atoi(value) > 0)
      run->opt.jobs = (unsigned)atoi(value);
    else if (slot && value)
      *slot = value;
    else {
      fprintf(stderr, "w2o-spec: bad option %s\n", arg);
      return false;
    }
  }
  return true;
}

/* Without --work: a fresh folder under $TMPDIR, removed at the end (unless --keep). */
static bool prepare_work(spec_run_t *run) {
  if (run->opt.work)
    return spec_make_dirs(run->opt.work);
  const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  char *templ = spec_path(tmp, "w2o-spec-XXXXXX");
  if (!mkdtemp(templ)) {
    fprintf(stderr, "w2o-spec: mkdtemp: %s\n", strerror(errno));
    return false;
  }
  run->opt.work = templ;
  run->own_work = true;
  return true;
}

static void print_totals(const spec_run_t *run) {
  if (run->skipped_count)
    printf("skipped files: %s\n", run->skipped);
  printf("not applicable (text-format assert_malformed): %u\n", run->not_applicable);
  if (run->lifted)
    printf("lifted (assert_invalid of a rule WebAssembly 2.0 lifted, the module is valid): %u\n",
           run->lifted);
  printf("%u passed, %u failed, %zu skipped\n", run->passed, run->failed, run->skipped_count);
}

/* Releases what the run allocated (so leak checkers see a clean exit). */
static void free_run(spec_run_t *run) {
  for (size_t i = 0; i < run->file_count; i++) {
    free(run->files[i]);
    free(run->displays[i]);
  }
  free(run->files);
  free(run->displays);
  free(run->skipped);
  free(run->pids);
  free(run->wait_status);
  free(run->done);
  if (run->own_work)
    free((char *)run->opt.work);
}

int main(int argc, char **argv) {
  spec_run_t run = {.opt = {.wasm2obj = W2O_SPEC_DEFAULT_WASM2OBJ,
                            .cc = "cc",
                            .wast2json = "wast2json",
                            .timeout = 60,
                            .jobs = 1}};
  if (!parse_args(&run, argc, argv) || run.file_count == 0) {
    usage(stderr);
    return 2;
  }
  if (!prepare_work(&run))
    return 2;
  run.counts = mmap(NULL, run.file_count * sizeof run.counts[0], PROT_READ | PROT_WRITE,
                    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (run.counts == MAP_FAILED || !spec_run_files(&run)) {
    fprintf(stderr, "w2o-spec: out of memory\n");
    return 2;
  }
  print_totals(&run);
  if (run.own_work && !run.opt.keep)
    spec_remove_tree(run.opt.work);
  int status = run.failed ? 1 : 0;
  free_run(&run);
  return status;
}
