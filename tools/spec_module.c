/*
 * spec_module.c — compiling, loading and instantiating the modules of a
 * script, and the commands about modules.
 *
 * requires: the script's JSON loaded into spec_file_t;
 * produces: per command, wasm2obj's outcome (pre-pass) and, when run, an
 *           instance recorded in spec_file_t.instances.
 *
 * Every binary module gets its own object and library, named after its
 * command's index (`m<index>.o`, `m<index>.so`, symbol `m<index>_module`),
 * so libraries of one file never share a path or a name. A library stays
 * loaded until the end of the file, even when instantiation failed: a
 * failed instantiation may already have stored references to its functions
 * in imported tables, and later commands may call them.
 *
 * Expected outcomes: `module` must compile and instantiate; binary
 * `assert_invalid` / `assert_malformed` must make wasm2obj exit 1; text
 * `assert_malformed` is not applicable (wasm2obj reads binaries only);
 * `assert_unlinkable` must fail with W2O_STATUS_LINK_ERROR;
 * `assert_uninstantiable` and a module-typed `assert_trap` must fail with
 * W2O_STATUS_TRAP and the trap the text names.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spec.h"

/* A string member of a JSON object, or NULL. */
const char *spec_string(const cJSON *json, const char *key) {
  const cJSON *item = cJSON_GetObjectItemCaseSensitive(json, key);
  return cJSON_IsString(item) ? item->valuestring : NULL;
}

static bool is(const char *s, const char *wanted) { return s && strcmp(s, wanted) == 0; }

/* Does the command name a binary module? *link: is it to be instantiated? */
static bool names_binary_module(const cJSON *cmd, bool *link) {
  const char *type = spec_string(cmd, "type");
  const char *module_type = spec_string(cmd, "module_type");
  *link = is(type, "module") || is(type, "assert_unlinkable") || is(type, "assert_uninstantiable") ||
          is(type, "assert_trap");
  return spec_string(cmd, "filename") && (!module_type || is(module_type, "binary"));
}

/*
 * cc -shared -o m<index>.so m<index>.o -lm; on failure, the reason goes to
 * c->diag. Generated code may call libm (truncf, ... where the target CPU
 * has no instruction for it), as any C object may; the runtime's own
 * symbols come from the runner executable.
 */
static void link_object(spec_file_t *f, spec_compiled_t *c, const char *obj, const char *so) {
  char *log = spec_path(f->dir, "cc.log");
  const char *argv[] = {f->opt->cc, "-shared", "-o", so, obj, "-lm", NULL};
  spec_exit_t e = spec_run(argv, log, f->opt->timeout);
  c->linked = e.kind == SPEC_EXITED && e.code == 0;
  if (!c->linked) {
    char how[64], diag[128] = "";
    spec_exit_describe(e, how, sizeof how);
    spec_first_line(log, diag, sizeof diag);
    snprintf(c->diag, sizeof c->diag, "cc -shared: %s: %s", how, diag);
  }
  if (!f->opt->keep)
    unlink(log);
  free(log);
}

/* wasm2obj [-O..] [--bounds-checks=..] [FLAG] --name=m<index> -o OBJ WASM */
static spec_exit_t run_compiler(spec_file_t *f, int index, const char *wasm, const char *obj,
                                const char *log) {
  char opt_level[16], bounds[64], name[32];
  const char *argv[9 + SPEC_MAX_WASM2OBJ_FLAGS];
  int n = 0;
  argv[n++] = f->opt->wasm2obj;
  if (f->opt->opt_level) { /* "2", "O2" and "-O2" all mean -O2 */
    const char *level = f->opt->opt_level;
    level += level[0] == '-';
    level += level[0] == 'O';
    snprintf(opt_level, sizeof opt_level, "-O%s", level);
    argv[n++] = opt_level;
  }
  if (f->opt->bounds) {
    snprintf(bounds, sizeof bounds, "--bounds-checks=%s", f->opt->bounds);
    argv[n++] = bounds;
  }
  for (unsigned i = 0; i < f->opt->wasm2obj_flag_count; i++)
    argv[n++] = f->opt->wasm2obj_flags[i];
  snprintf(name, sizeof name, "--name=m%d", index);
  argv[n++] = name;
  argv[n++] = "-o";
  argv[n++] = obj;
  argv[n++] = wasm;
  argv[n] = NULL;
  return spec_run(argv, log, f->opt->timeout);
}

/*
 * assert_invalid texts of rules that WebAssembly 2.0 lifted, in proposal
 * scripts written before it: the threads folder still says a module may
 * have one table, which reference types (2.0) made untrue. wasm2obj
 * compiles such a module, as 2.0 requires; the assertion is counted as
 * "lifted", neither passed nor failed, and printed with -v.
 */
static const char *const lifted[] = {"multiple tables"};

static bool lifted_rule(const cJSON *cmd, const spec_compiled_t *c) {
  const char *type = spec_string(cmd, "type"), *text = spec_string(cmd, "text");
  if (!is(type, "assert_invalid") || !text || c->exit.kind != SPEC_EXITED || c->exit.code != 0)
    return false;
  for (size_t i = 0; i < sizeof lifted / sizeof lifted[0]; i++)
    if (is(text, lifted[i]))
      return true;
  return false;
}

/* Compiles (and links) the module of command `index`. False if unsupported. */
static bool compile_one(spec_file_t *f, int index, const cJSON *cmd, bool link) {
  const char *filename = spec_string(cmd, "filename");
  spec_compiled_t *c = &f->compiled[index];
  char base[32];
  snprintf(base, sizeof base, "m%d.o", index);
  char *wasm = spec_path(f->dir, filename), *obj = spec_path(f->dir, base);
  snprintf(base, sizeof base, "m%d.so", index);
  char *so = spec_path(f->dir, base), *log = spec_path(f->dir, "wasm2obj.log");
  c->exit = run_compiler(f, index, wasm, obj, log);
  spec_first_line(log, c->diag, sizeof c->diag);
  bool unsupported = c->exit.kind == SPEC_EXITED && c->exit.code == 3;
  if (unsupported) {
    const char *reason = strstr(c->diag, "unsupported");
    f->counts->skipped = true;
    snprintf(f->counts->skip_reason, sizeof f->counts->skip_reason, "%s", reason ? reason : c->diag);
  } else if (link && c->exit.kind == SPEC_EXITED && c->exit.code == 0) {
    link_object(f, c, obj, so);
  }
  if (!f->opt->keep) {
    unlink(obj);
    unlink(log);
  }
  free(wasm), free(obj), free(so), free(log);
  return !unsupported;
}

/* The pre-pass: compiles every binary module, stopping at the first unsupported one. */
bool spec_compile_all(spec_file_t *f) {
  int index = 0;
  const cJSON *cmd;
  cJSON_ArrayForEach(cmd, f->commands) {
    bool link;
    if (names_binary_module(cmd, &link) && !compile_one(f, index, cmd, link))
      return true;
    index++;
  }
  return true;
}

void spec_unload(void *handle) {
  if (handle)
    dlclose(handle);
}

/* Reports (as a failure) why command `index` has no library. */
static bool check_compiled(spec_file_t *f, int index, int line) {
  const spec_compiled_t *c = &f->compiled[index];
  bool compiled = c->exit.kind == SPEC_EXITED && c->exit.code == 0;
  if (compiled && c->linked)
    return true;
  if (compiled) {
    spec_fail(f, line, "%s", c->diag);
    return false;
  }
  char how[128];
  spec_exit_describe(c->exit, how, sizeof how);
  spec_fail(f, line, "wasm2obj: %s: %s", how, c->diag[0] ? c->diag : "(no diagnostic)");
  return false;
}

/* A new instance slot (grows the array; slots are addressed by index). */
static spec_instance_t *add_instance(spec_file_t *f, const char *name, int line) {
  if (f->instance_count == f->instance_cap) {
    size_t cap = f->instance_cap ? 2 * f->instance_cap : 16;
    spec_instance_t *grown = realloc(f->instances, cap * sizeof grown[0]);
    if (!grown) {
      fputs("w2o-spec: out of memory\n", stderr);
      exit(2);
    }
    f->instances = grown;
    f->instance_cap = cap;
  }
  spec_instance_t *slot = &f->instances[f->instance_count++];
  *slot = (spec_instance_t){.name = name, .line = line};
  return slot;
}

/* dlopen m<index>.so and find m<index>_module. NULL (after a failure line) if not. */
static const w2o_module_t *open_module(spec_file_t *f, int index, int line, spec_instance_t *slot) {
  char base[48];
  snprintf(base, sizeof base, "m%d.so", index);
  char *so = spec_path(f->dir, base);
  slot->handle = dlopen(so, RTLD_NOW | RTLD_LOCAL);
  if (!f->opt->keep)
    unlink(so);
  free(so);
  if (!slot->handle) {
    spec_fail(f, line, "dlopen: %s", dlerror());
    return NULL;
  }
  snprintf(base, sizeof base, "m%d_module", index);
  const w2o_module_t *module = dlsym(slot->handle, base);
  if (!module)
    spec_fail(f, line, "dlsym %s: %s", base, dlerror());
  return module;
}

/* Compiles-and-loads check, then w2o_instantiate. False if there was nothing to instantiate. */
static bool instantiate(spec_file_t *f, int index, int line, spec_instance_t *slot, w2o_status_t *status,
                        w2o_error_t *err) {
  if (!check_compiled(f, index, line))
    return false;
  const w2o_module_t *module = open_module(f, index, line, slot);
  if (!module)
    return false;
  memset(err, 0, sizeof *err);
  *status = w2o_instantiate(module, spec_resolve, f, &slot->instance, err);
  if (*status != W2O_STATUS_OK)
    slot->instance = NULL;
  return true;
}

static void describe_error(w2o_status_t status, const w2o_error_t *err, char *buf, size_t size) {
  if (status == W2O_STATUS_OK)
    snprintf(buf, size, "instantiation succeeded");
  else if (status == W2O_STATUS_TRAP)
    snprintf(buf, size, "trap \"%s\" (%s)", w2o_trap_message(err->trap), err->message);
  else
    snprintf(buf, size, "%s (%s)", w2o_status_message(status), err->message);
}

/* `module`: compile, load, instantiate; the instance becomes the current one. */
static void command_module(spec_file_t *f, int index, const cJSON *cmd, int line) {
  spec_instance_t *slot = add_instance(f, spec_string(cmd, "name"), line);
  f->current = (long)(slot - f->instances);
  w2o_status_t status;
  w2o_error_t err;
  if (!instantiate(f, index, line, slot, &status, &err))
    return;
  if (status == W2O_STATUS_OK) {
    spec_pass(f, line, "module");
    return;
  }
  char why[400];
  describe_error(status, &err, why, sizeof why);
  spec_fail(f, line, "module instantiation failed: %s", why);
}

/* assert_unlinkable / assert_uninstantiable / module assert_trap. */
static void command_fails_to_instantiate(spec_file_t *f, int index, const cJSON *cmd, int line,
                                         w2o_status_t wanted) {
  const char *text = spec_string(cmd, "text");
  spec_instance_t *slot = add_instance(f, NULL, line);
  w2o_status_t status;
  w2o_error_t err;
  if (!instantiate(f, index, line, slot, &status, &err))
    return;
  w2o_trap_t trap = W2O_OK;
  bool trap_known = wanted == W2O_STATUS_TRAP && spec_trap_of_text(text, &trap);
  if (status == wanted && (!trap_known || err.trap == trap)) {
    spec_pass(f, line, spec_string(cmd, "type"));
    return;
  }
  char why[400];
  describe_error(status, &err, why, sizeof why);
  spec_fail(f, line, "expected %s \"%s\", got %s", w2o_status_message(wanted), text ? text : "", why);
}

/* Binary assert_invalid / assert_malformed: wasm2obj must exit 1. */
static void command_rejected(spec_file_t *f, int index, const cJSON *cmd, int line) {
  const spec_compiled_t *c = &f->compiled[index];
  const char *type = spec_string(cmd, "type"), *text = spec_string(cmd, "text");
  if (c->exit.kind == SPEC_EXITED && c->exit.code == 1) {
    spec_pass(f, line, type);
    return;
  }
  if (lifted_rule(cmd, c)) {
    f->counts->lifted++;
    if (f->opt->verbose)
      printf("%s:%d: lifted: assert_invalid \"%s\", valid since WebAssembly 2.0\n", f->display, line, text);
    return;
  }
  char how[128];
  spec_exit_describe(c->exit, how, sizeof how);
  if (c->exit.kind == SPEC_EXITED && c->exit.code == 0)
    spec_fail(f, line, "%s \"%s\": wasm2obj accepted the module (%s)", type, text ? text : "",
              spec_string(cmd, "filename"));
  else
    spec_fail(f, line, "%s \"%s\": wasm2obj %s, expected exit status 1: %s", type, text ? text : "", how,
              c->diag);
}

static w2o_instance_t *find_named(spec_file_t *f, const char *name) {
  for (size_t i = f->instance_count; i-- > 0;)
    if (is(f->instances[i].name, name))
      return f->instances[i].instance;
  return NULL;
}

/* `register`: the named (or current) instance becomes importable as "as". */
static void command_register(spec_file_t *f, const cJSON *cmd, int line) {
  const char *name = spec_string(cmd, "name"), *as = spec_string(cmd, "as");
  w2o_instance_t *instance = name              ? find_named(f, name)
                             : f->current >= 0 ? f->instances[f->current].instance
                                               : NULL;
  if (!instance || !as) {
    if (f->opt->verbose)
      printf("%s:%d: register skipped: no instance to register\n", f->display, line);
    return;
  }
  if (f->registered_count == f->registered_cap) {
    size_t cap = f->registered_cap ? 2 * f->registered_cap : 8;
    spec_registered_t *grown = realloc(f->registered, cap * sizeof grown[0]);
    if (!grown) {
      fputs("w2o-spec: out of memory\n", stderr);
      exit(2);
    }
    f->registered = grown;
    f->registered_cap = cap;
  }
  f->registered[f->registered_count++] = (spec_registered_t){.as = as, .instance = instance};
}

/* Every command that is not an action: dispatch on its type. */
void spec_command_module(spec_file_t *f, int index, const cJSON *cmd, int line, const char *type) {
  bool text_module = is(spec_string(cmd, "module_type"), "text");
  if (is(type, "module"))
    command_module(f, index, cmd, line);
  else if (is(type, "register"))
    command_register(f, cmd, line);
  else if ((is(type, "assert_malformed") || is(type, "assert_invalid")) && text_module)
    f->counts->not_applicable++;
  else if (is(type, "assert_malformed") || is(type, "assert_invalid"))
    command_rejected(f, index, cmd, line);
  else if (is(type, "assert_unlinkable"))
    command_fails_to_instantiate(f, index, cmd, line, W2O_STATUS_LINK_ERROR);
  else if (is(type, "assert_uninstantiable") || is(type, "assert_trap"))
    command_fails_to_instantiate(f, index, cmd, line, W2O_STATUS_TRAP);
  else
    spec_fail(f, line, "unknown command type \"%s\"", type);
}
