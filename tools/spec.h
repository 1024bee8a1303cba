/*
 * spec.h — private interface between the parts of w2o-spec, the spec-suite
 * runner.
 *
 * The runner is split by concern: spec_runner.c (options, the list of files,
 * the summary), spec_jobs.c (one child process per file, several at once,
 * reports in order), spec_process.c (running programs
 * with a time limit, work folders), spec_script.c (one .wast file: wast2json,
 * running its commands), spec_module.c (compiling, loading and instantiating
 * modules; the commands about modules), spec_action.c (invoke/get and
 * the assertions on their outcome), spec_value.c (the JSON value encoding)
 * and spec_host.c (the `spectest` host module and import resolution).
 *
 * All state of one file lives in spec_file_t; all state of one run in
 * spec_options_t and the per-file spec_counts_t. There is no other mutable
 * global state.
 */
#ifndef W2O_SPEC_H
#define W2O_SPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "w2o.h"

/** Most arguments or results one action may have. */
#define SPEC_MAX_VALUES 64

/** --wasm2obj-flag given at most this many times. */
#define SPEC_MAX_WASM2OBJ_FLAGS 8

/** Failure lines printed per file before the rest are only counted (unless -v). */
#define SPEC_MAX_PRINTED_FAILURES 40

/** What the user asked for on the command line. */
typedef struct spec_options {
  const char *wasm2obj;       /**< the compiler */
  const char *cc;             /**< the C compiler driver that links .o into .so */
  const char *wast2json;      /**< wabt's converter */
  const char *wast2json_flag; /**< one flag for it (a proposal folder's --enable-*), or NULL */
  const char *wasm2obj_flags[SPEC_MAX_WASM2OBJ_FLAGS]; /**< more flags for wasm2obj, in order
                                                          (core/: --disable-multi-memory) */
  unsigned wasm2obj_flag_count;
  const char *opt_level; /**< "0".."3", "s", "z", or NULL for the compiler's default */
  const char *bounds;    /**< guard|explicit|none, or NULL for the default */
  const char *work;      /**< work folder; per-file folders go below it */
  unsigned timeout;      /**< seconds per program run and per command */
  unsigned jobs;         /**< files run at the same time */
  bool keep;             /**< keep generated files */
  bool verbose;          /**< print every command */
  bool no_fork;          /**< run files in the runner's own process (debugging) */
} spec_options_t;

/**
 * Outcome of one file. Lives in memory shared with the child process that
 * runs the file, so the parent still knows how far a crashed child got.
 */
typedef struct spec_counts {
  unsigned passed;
  unsigned failed;
  unsigned not_applicable; /**< text-format assert_malformed */
  unsigned lifted;         /**< assert_invalid of a rule a later standard lifted (spec_module.c) */
  unsigned printed;        /**< failure lines printed so far */
  int line;                /**< line of the command being run */
  bool skipped;            /**< some module is "unsupported" by wasm2obj */
  bool finished;           /**< the child ran to the end */
  char skip_reason[256];
} spec_counts_t;

/** How a program run ended. */
typedef enum spec_exit_kind {
  SPEC_EXITED,     /**< `code` is the exit status */
  SPEC_SIGNALED,   /**< `code` is the signal */
  SPEC_TIMED_OUT,  /**< killed after the time limit */
  SPEC_NOT_STARTED /**< could not be started; `code` is errno */
} spec_exit_kind_t;

typedef struct spec_exit {
  spec_exit_kind_t kind;
  int code;
} spec_exit_t;

/** wasm2obj's outcome for one command that names a .wasm file. */
typedef struct spec_compiled {
  spec_exit_t exit; /**< of wasm2obj */
  bool linked;      /**< the .so exists */
  char diag[256];   /**< first diagnostic line (or what went wrong) */
} spec_compiled_t;

/** An instance made by a `module` command; name NULL if unnamed. */
typedef struct spec_instance {
  const char *name;
  int line;                 /**< of its module command */
  w2o_instance_t *instance; /**< NULL if the module did not load */
  void *handle;             /**< dlopen handle */
  bool reported;            /**< a command failed because this did not load */
} spec_instance_t;

/** A `register`ed instance: importable as module `as`. */
typedef struct spec_registered {
  const char *as;
  w2o_instance_t *instance;
} spec_registered_t;

/** The `spectest` module: host functions, globals, a table and a memory. */
#define SPEC_HOST_FUNCS   7
#define SPEC_HOST_GLOBALS 4
typedef struct spec_host {
  w2o_host_env_t env;
  w2o_funcref_t funcs[SPEC_HOST_FUNCS];
  w2o_global_t globals[SPEC_HOST_GLOBALS];
  w2o_table_t *table;
  w2o_memory_t *memory;
  w2o_memory_t *shared_memory; /**< threads: shared, 1 page, at most 1 */
} spec_host_t;

/** Everything about the .wast file being run. */
typedef struct spec_file {
  const spec_options_t *opt;
  const char *display; /**< name in messages, e.g. "core/i32.wast" */
  const char *path;    /**< the .wast file */
  const char *dir;     /**< its work folder */
  spec_counts_t *counts;

  cJSON *json;
  const cJSON *commands;
  int command_count;
  spec_compiled_t *compiled; /**< per command; exit.kind NOT_STARTED if none */

  spec_host_t host;
  spec_instance_t *instances;
  size_t instance_count, instance_cap;
  long current; /**< index of the target of unnamed actions, or -1 */
  spec_registered_t *registered;
  size_t registered_count, registered_cap;
} spec_file_t;

/** The whole run: options, the files, per-file state, totals. */
typedef struct spec_run {
  spec_options_t opt;
  char **files;    /**< paths of the .wast files, in order */
  char **displays; /**< their names in messages */
  size_t file_count, file_cap;
  spec_counts_t *counts; /**< one per file, in memory shared with the children */
  int *pids;             /**< child of each running file */
  int *wait_status;      /**< waitpid status of each finished child */
  bool *done;            /**< the child of the file has ended */
  unsigned passed, failed, not_applicable, lifted;
  char *skipped; /**< names of skipped files, space-separated */
  size_t skipped_count;
  bool own_work; /**< the work folder is a mkdtemp the runner removes */
} spec_run_t;

/* spec_jobs.c */
bool spec_run_files(spec_run_t *run);

/* spec_script.c */
void spec_run_file(const spec_options_t *opt, const char *path, const char *display, const char *dir,
                   spec_counts_t *counts);
void spec_fail(spec_file_t *f, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void spec_fail_quietly(spec_file_t *f);
void spec_pass(spec_file_t *f, int line, const char *what);

/* spec_process.c */
spec_exit_t spec_run(const char *const argv[], const char *log_path, unsigned timeout);
void spec_exit_describe(spec_exit_t e, char *buf, size_t size);
bool spec_first_line(const char *path, char *buf, size_t size);
bool spec_make_dirs(const char *path);
void spec_remove_tree(const char *path);
char *spec_path(const char *dir, const char *name);

/* spec_module.c */
bool spec_compile_all(spec_file_t *f);
void spec_command_module(spec_file_t *f, int index, const cJSON *cmd, int line, const char *type);
void spec_unload(void *handle);
const char *spec_string(const cJSON *json, const char *key);

/* spec_action.c */
void spec_command_action(spec_file_t *f, const cJSON *cmd, int line, const char *type);
bool spec_trap_of_text(const char *text, w2o_trap_t *out);

/* spec_value.c */
bool spec_value_parse(const cJSON *json, w2o_value_t *out, char *err, size_t err_size);
bool spec_value_matches(const cJSON *expected, const w2o_value_t *got);
void spec_value_format(const w2o_value_t *v, char *buf, size_t size);
void spec_expected_format(const cJSON *expected, char *buf, size_t size);
size_t spec_name(const char *json_string, char *buf, size_t size);

/* spec_host.c */
bool spec_host_init(spec_host_t *host, bool verbose);
void spec_host_free(spec_host_t *host);
bool spec_resolve(void *user, const w2o_import_desc_t *import, w2o_extern_t *out);

#endif /* W2O_SPEC_H */
