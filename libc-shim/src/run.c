/*
 * run.c — running a WASI command: `_start`, exit codes, traps, and the
 * generic main's command line.
 *
 * Exit status: `_start` returning gives 0 (wasi-libc's crt1 calls
 * proc_exit itself when main returns non-zero); proc_exit(code) unwinds as a
 * host trap with the code recorded in the context, which becomes the status
 * (code & 0xff, as exit(3) would report it); any other trap prints
 * "wasm trap: MESSAGE" on stderr and gives W2O_WASI_TRAP_STATUS (134, the
 * status of a process killed by SIGABRT, so it cannot be confused with a
 * small exit code), and after it the trap's backtrace, one frame a line,
 * innermost first, with source positions where the context's frame_source
 * finds them. Problems before the guest runs (a bad flag, a missing
 * import) give W2O_WASI_SETUP_STATUS (125). A call of a stub made by
 * --trap-unknown-imports (stubs.c) is a host trap too; its message names
 * the import: "wasm trap: call to unknown import MODULE.NAME".
 * A program that spawned threads (threads.c) ends its process instead of
 * returning, with the same statuses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/** The `_start` type: () -> (). */
static bool is_start_type(const w2o_funcref_t *f) {
  static const w2o_functype_t start_type = {0, 0, NULL};
  return f->type_id == w2o_type_intern(&start_type);
}

/* Prints the wasm frames of the trap that just ended the guest's run; with
 * debug information, the calls inlined into each frame before it. */
static void print_backtrace(const w2o_wasi_t *w) {
  w2o_frame_t frames[W2O_TRAP_BACKTRACE_MAX];
  size_t n = w2o_trap_backtrace(frames, W2O_TRAP_BACKTRACE_MAX);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const w2o_frame_t *f = &frames[i];
    w2o_source_frame_t src[16];
    size_t m = w->frame_source != NULL ? w->frame_source(f, src, sizeof src / sizeof src[0]) : 0;
    for (size_t j = 0; j + 1 < m && src[j].inlined; j++) {
      fprintf(stderr, "  #%zu %s (inlined)", k++, src[j].function);
      if (src[j].file[0] && src[j].line)
        fprintf(stderr, " at %s:%u", src[j].file, src[j].line);
      fputc('\n', stderr);
    }
    if (f->name != NULL)
      fprintf(stderr, "  #%zu %s (wasm function %u)", k++, f->name, f->func_index);
    else
      fprintf(stderr, "  #%zu func%u (wasm function %u)", k++, f->func_index, f->func_index);
    const w2o_source_frame_t *own = m > 0 ? &src[m - 1] : NULL;
    if (own && own->file[0] && own->line)
      fprintf(stderr, " at %s:%u", own->file, own->line);
    fputc('\n', stderr);
  }
  if (n > 0 && w2o_trap_backtrace_truncated())
    fprintf(stderr, "  ... (older frames not recorded)\n");
}

/* Prints the "wasm trap: ..." line and the backtrace of a trap that ended the run. */
void wasi_report_trap(const w2o_wasi_t *w, w2o_trap_t trap) {
  fflush(stdout);
  if (trap == W2O_TRAP_HOST && w->trapped_import != NULL)
    fprintf(stderr, "wasm trap: call to unknown import %s\n", w->trapped_import);
  else
    fprintf(stderr, "wasm trap: %s\n", w2o_trap_message(trap));
  print_backtrace(w);
}

/* Exit status of a finished call of _start. */
static int status_of(const w2o_wasi_t *w, w2o_status_t status, w2o_trap_t trap) {
  if (status == W2O_STATUS_OK)
    return 0;
  if (status == W2O_STATUS_TRAP && trap == W2O_TRAP_HOST && w->exited)
    return (int)(w->exit_code & 0xff);
  if (status == W2O_STATUS_TRAP) {
    wasi_report_trap(w, trap);
    return W2O_WASI_TRAP_STATUS;
  }
  fprintf(stderr, "wasm2obj: _start: %s\n", w2o_status_message(status));
  return W2O_WASI_SETUP_STATUS;
}

int w2o_wasi_run(w2o_wasi_t *wasi, w2o_instance_t *instance) {
  w2o_extern_t start;
  if (!w2o_wasi_attach(wasi, instance)) {
    fprintf(stderr, "wasm2obj: the module has no memory\n");
    return W2O_WASI_SETUP_STATUS;
  }
  if (!w2o_instance_export(instance, "_start", 6, &start) || start.kind != W2O_EXTERN_FUNC ||
      !is_start_type(start.of.func)) {
    fprintf(stderr, "wasm2obj: the module exports no function `_start: [] -> []`\n");
    return W2O_WASI_SETUP_STATUS;
  }
  w2o_trap_t trap = W2O_OK;
  w2o_status_t status = w2o_call(start.of.func, NULL, 0, NULL, 0, &trap);
  fflush(stdout);
  return status_of(wasi, status, trap);
}

int w2o_wasi_run_module(w2o_wasi_t *wasi, const w2o_module_t *module) {
  w2o_instance_t *instance = NULL;
  w2o_error_t err;
  wasi->module = module; /* the resolver's stubs take their types from it */
  w2o_status_t status = w2o_instantiate(module, w2o_wasi_resolve, wasi, &instance, &err);
  wasi->module = NULL;
  if (status != W2O_STATUS_OK) {
    if (status == W2O_STATUS_TRAP && err.trap == W2O_TRAP_HOST && wasi->exited)
      return (int)(wasi->exit_code & 0xff);
    if (status == W2O_STATUS_TRAP && err.trap == W2O_TRAP_HOST && wasi->trapped_import != NULL) {
      wasi_report_trap(wasi, err.trap);
      return W2O_WASI_TRAP_STATUS;
    }
    fprintf(stderr, "wasm2obj: %s\n", err.message);
    if (status == W2O_STATUS_TRAP)
      print_backtrace(wasi);
    return status == W2O_STATUS_TRAP ? W2O_WASI_TRAP_STATUS : W2O_WASI_SETUP_STATUS;
  }
  int code = w2o_wasi_run(wasi, instance);
  if (wasi_threads_spawned(wasi)) /* threads may still run on the instance (threads.c) */
    wasi_threads_end(code);
  w2o_instance_free(instance);
  return code;
}

/* ---- the generic main's command line ---- */

/** Sandbox flags collected from the command line. */
typedef struct flags {
  w2o_wasi_config_t config;
  w2o_wasi_preopen_t *preopens;
  const char **env;
  size_t env_count;
  bool inherit_env;
} flags_t;

/* The value of `--NAME VALUE` or `--NAME=VALUE` at argv[*i]; NULL if not that flag. */
static const char *flag_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) != 0)
    return NULL;
  if (argv[*i][n] == '=')
    return argv[*i] + n + 1;
  if (argv[*i][n] != '\0' || *i + 1 >= argc)
    return NULL;
  return argv[++*i];
}

/* "HOST[::GUEST]" -> a preopen (the string is split in place). */
static void add_dir(flags_t *f, char *spec) {
  char *sep = strstr(spec, "::");
  w2o_wasi_preopen_t *p = &f->preopens[f->config.preopen_count++];
  p->host_path = spec;
  p->guest_path = NULL;
  if (sep != NULL) {
    *sep = '\0';
    p->guest_path = sep + 2;
  }
}

/* The unknown-imports mode a flag asks for; W2O_WASI_UNKNOWN_FAIL if it is not one (the
 * last of the two flags given wins, as for any repeated choice). */
static w2o_wasi_unknown_imports_t unknown_imports_flag(const char *arg) {
  if (strcmp(arg, "--trap-unknown-imports") == 0)
    return W2O_WASI_UNKNOWN_TRAP;
  if (strcmp(arg, "--default-values-unknown-imports") == 0)
    return W2O_WASI_UNKNOWN_DEFAULT;
  return W2O_WASI_UNKNOWN_FAIL;
}

/* Parses flags up to `--`; returns the index of the first guest argument or -1. */
static int parse_flags(flags_t *f, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *v;
    if (strcmp(argv[i], "--") == 0)
      return i + 1;
    if (strcmp(argv[i], "--inherit-env") == 0)
      f->inherit_env = true;
    else if (unknown_imports_flag(argv[i]) != W2O_WASI_UNKNOWN_FAIL)
      f->config.unknown_imports = unknown_imports_flag(argv[i]);
    else if ((v = flag_value(argc, argv, &i, "--dir")) != NULL)
      add_dir(f, (char *)v);
    else if ((v = flag_value(argc, argv, &i, "--env")) != NULL && strchr(v, '=') != NULL)
      f->env[f->env_count++] = v;
    else {
      fprintf(stderr, "%s: unknown or incomplete sandbox flag '%s' (flags end with --)\n", argv[0], argv[i]);
      return -1;
    }
  }
  fprintf(stderr, "%s: sandbox flags must end with --\n", argv[0]);
  return -1;
}

static bool is_sandbox_flag(const char *arg) {
  return strcmp(arg, "--") == 0 || strcmp(arg, "--inherit-env") == 0 || strcmp(arg, "--dir") == 0 ||
         strcmp(arg, "--env") == 0 || strncmp(arg, "--dir=", 6) == 0 || strncmp(arg, "--env=", 6) == 0 ||
         unknown_imports_flag(arg) != W2O_WASI_UNKNOWN_FAIL;
}

/* The guest environment: the host's (with --inherit-env), then the --env ones. */
static void build_env(flags_t *f) {
  extern char **environ;
  size_t n = 0;
  if (f->inherit_env)
    for (; environ[n] != NULL; n++)
      ;
  const char **all = calloc(n + f->env_count + 1, sizeof *all);
  if (all == NULL)
    return;
  memcpy(all, environ, n * sizeof *all);
  memcpy(all + n, f->env, f->env_count * sizeof *all);
  f->config.envp = all;
  f->config.envc = n + f->env_count;
}

/* Builds the guest argv: argv[0], then argv[first...]. */
static const char **guest_argv(int argc, char **argv, int first, size_t *count) {
  const char **out = calloc((size_t)argc + 1, sizeof *out);
  if (out == NULL)
    return NULL;
  out[0] = argv[0];
  *count = 1;
  for (int i = first; i < argc; i++)
    out[(*count)++] = argv[i];
  return out;
}

int w2o_wasi_main(const w2o_module_t *module, int argc, char **argv, w2o_wasi_frame_source_fn frame_source) {
  flags_t f = {.preopens = calloc((size_t)argc + 1, sizeof *f.preopens),
               .env = calloc((size_t)argc + 1, sizeof *f.env)};
  w2o_wasi_config_init(&f.config);
  f.config.frame_source = frame_source;
  int first = argc > 1 && is_sandbox_flag(argv[1]) ? parse_flags(&f, argc, argv) : 1;
  const char *mode = getenv("W2O_WASI_RESOLVE");
  f.config.resolve_mode =
      mode != NULL && strcmp(mode, "walk") == 0 ? W2O_WASI_RESOLVE_WALK : W2O_WASI_RESOLVE_AUTO;
  f.config.preopens = f.preopens;
  f.config.argv = first < 0 ? NULL : guest_argv(argc, argv, first, &f.config.argc);
  build_env(&f);
  char error[256];
  w2o_wasi_t *wasi = f.config.argv == NULL || f.config.envp == NULL || f.preopens == NULL
                         ? NULL
                         : w2o_wasi_new(&f.config, error, sizeof error);
  int code = W2O_WASI_SETUP_STATUS;
  if (wasi != NULL)
    code = w2o_wasi_run_module(wasi, module);
  else if (first >= 0)
    fprintf(stderr, "%s: %s\n", argv[0], error);
  w2o_wasi_free(wasi);
  free((void *)f.config.argv);
  free((void *)f.config.envp);
  free(f.preopens);
  free(f.env);
  return code;
}
