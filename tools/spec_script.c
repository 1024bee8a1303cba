/*
 * spec_script.c — running one .wast file.
 *
 * requires: a .wast path and an empty work folder for it;
 * produces: its counts (passed, failed, not applicable, or skipped) and one
 *           `FILE:LINE: FAIL: ...` line per failure on stdout.
 *
 * Three steps. (1) wast2json converts the script into JSON plus one .wasm
 * per module. (2) A pre-pass runs wasm2obj on every binary module of the
 * script, in order, and links each one that is to be instantiated into a
 * .so with `cc -shared`; if wasm2obj says a module is unsupported (exit 3)
 * the pre-pass stops and the whole file is skipped, so no failure of a
 * skipped file is ever printed. (3) The commands run in order against the
 * compiled modules (spec_module.c for module commands, spec_action.c for
 * invoke/get and their assertions).
 *
 * When the file runs in its own process, each command runs under
 * alarm(--timeout): a hang in generated code ends the process, and the
 * parent reports the line it was on (spec_counts_t.line). Compilation is
 * not a command: it ran in the pre-pass, under its own time limits.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spec.h"

/* Records a failure and prints its line (up to a limit per file, unless -v). */
void spec_fail(spec_file_t *f, int line, const char *fmt, ...) {
  spec_counts_t *c = f->counts;
  c->failed++;
  if (c->printed < SPEC_MAX_PRINTED_FAILURES || f->opt->verbose) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("%s:%d: FAIL: %s\n", f->display, line, msg);
  } else if (c->printed == SPEC_MAX_PRINTED_FAILURES) {
    printf("%s: (further failures of this file are counted, not shown; -v shows all)\n", f->display);
  }
  c->printed++;
  fflush(stdout);
}

/* Records a failure already explained by an earlier line (its module did not load). */
void spec_fail_quietly(spec_file_t *f) {
  f->counts->failed++;
  if (f->opt->verbose)
    printf("%s:%d: FAIL: (its module did not load)\n", f->display, f->counts->line);
}

void spec_pass(spec_file_t *f, int line, const char *what) {
  f->counts->passed++;
  if (f->opt->verbose)
    printf("%s:%d: ok: %s\n", f->display, line, what);
}

/* Step 1: wast2json [FLAG] FILE -o DIR/s.json. */
static bool convert(spec_file_t *f, char **json_path) {
  *json_path = spec_path(f->dir, "s.json");
  char *log = spec_path(f->dir, "wast2json.log");
  const char *flag = f->opt->wast2json_flag;
  const char *with_flag[] = {f->opt->wast2json, flag, f->path, "-o", *json_path, NULL};
  const char *without[] = {f->opt->wast2json, f->path, "-o", *json_path, NULL};
  const char *const *argv = flag && *flag ? with_flag : without;
  spec_exit_t e = spec_run(argv, log, f->opt->timeout);
  bool ok = e.kind == SPEC_EXITED && e.code == 0;
  if (!ok) {
    char how[128], diag[256] = "";
    spec_exit_describe(e, how, sizeof how);
    spec_first_line(log, diag, sizeof diag);
    spec_fail(f, 0, "wast2json: %s: %s", how, diag);
  }
  if (!f->opt->keep)
    unlink(log);
  free(log);
  return ok;
}

/* Reads a whole file into a NUL-terminated buffer. */
static char *read_file(const char *path) {
  FILE *in = fopen(path, "rb");
  if (!in)
    return NULL;
  fseek(in, 0, SEEK_END);
  long size = ftell(in);
  fseek(in, 0, SEEK_SET);
  char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)size, in) != (size_t)size) {
    free(buf);
    buf = NULL;
  }
  if (buf)
    buf[size] = '\0';
  fclose(in);
  return buf;
}

/* Replaces each JSON escape \u0000 by the byte 0xFF (see spec_value.c). */
static void mark_nul_escapes(char *text) {
  char *out = text;
  for (char *p = text; *p;) {
    if (p[0] == '\\' && strncmp(p + 1, "u0000", 5) == 0) {
      *out++ = (char)0xFF;
      p += 6;
    } else if (p[0] == '\\' && p[1]) {
      *out++ = *p++;
      *out++ = *p++;
    } else {
      *out++ = *p++;
    }
  }
  *out = '\0';
}

static bool load_json(spec_file_t *f, const char *json_path) {
  char *text = read_file(json_path);
  if (text) {
    mark_nul_escapes(text);
    f->json = cJSON_Parse(text);
    free(text);
  }
  f->commands = f->json ? cJSON_GetObjectItemCaseSensitive(f->json, "commands") : NULL;
  if (!cJSON_IsArray(f->commands)) {
    spec_fail(f, 0, "cannot read the JSON of wast2json (%s)", json_path);
    return false;
  }
  f->command_count = cJSON_GetArraySize(f->commands);
  f->compiled = calloc((size_t)f->command_count + 1, sizeof f->compiled[0]);
  for (int i = 0; i < f->command_count && f->compiled; i++)
    f->compiled[i].exit.kind = SPEC_NOT_STARTED;
  return f->compiled != NULL;
}

/* Runs one command under the per-command alarm (when in a child process). */
static void run_command(spec_file_t *f, int index, const cJSON *cmd) {
  const cJSON *line_item = cJSON_GetObjectItemCaseSensitive(cmd, "line");
  const cJSON *type_item = cJSON_GetObjectItemCaseSensitive(cmd, "type");
  int line = cJSON_IsNumber(line_item) ? line_item->valueint : 0;
  const char *type = cJSON_IsString(type_item) ? type_item->valuestring : "";
  f->counts->line = line;
  if (!f->opt->no_fork)
    alarm(f->opt->timeout);
  if (strcmp(type, "action") == 0 || strcmp(type, "assert_return") == 0 ||
      strcmp(type, "assert_exhaustion") == 0 || strcmp(type, "assert_exception") == 0 ||
      (strcmp(type, "assert_trap") == 0 && cJSON_HasObjectItem(cmd, "action")))
    spec_command_action(f, cmd, line, type);
  else
    spec_command_module(f, index, cmd, line, type);
  if (!f->opt->no_fork)
    alarm(0);
}

static void run_commands(spec_file_t *f) {
  int index = 0;
  const cJSON *cmd;
  cJSON_ArrayForEach(cmd, f->commands) {
    run_command(f, index, cmd);
    index++;
  }
}

/* Frees instances (newest first), then unloads their code, then spectest. */
static void release(spec_file_t *f) {
  for (size_t i = f->instance_count; i-- > 0;)
    if (f->instances[i].instance)
      w2o_instance_free(f->instances[i].instance);
  for (size_t i = f->instance_count; i-- > 0;)
    spec_unload(f->instances[i].handle);
  spec_host_free(&f->host);
  free(f->instances);
  free(f->registered);
  free(f->compiled);
  cJSON_Delete(f->json);
}

/* Runs the .wast file `path` in work folder `dir` and fills `counts`. */
void spec_run_file(const spec_options_t *opt, const char *path, const char *display, const char *dir,
                   spec_counts_t *counts) {
  spec_file_t f = {.opt = opt, .path = path, .display = display, .dir = dir, .counts = counts, .current = -1};
  char *json_path = NULL;
  if (convert(&f, &json_path) && load_json(&f, json_path) && spec_compile_all(&f) && !counts->skipped) {
    if (spec_host_init(&f.host, opt->verbose))
      run_commands(&f);
    else
      spec_fail(&f, 0, "cannot create the spectest module (out of memory?)");
  }
  release(&f);
  free(json_path);
  if (!opt->keep)
    spec_remove_tree(dir);
  counts->finished = true;
}
