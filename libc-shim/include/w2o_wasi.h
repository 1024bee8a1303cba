/*
 * w2o_wasi.h — the WASI preview1 host ("libc shim") for modules compiled by
 * wasm2obj.
 *
 * A WASI command module (wasi-libc's crt1-command: it exports `memory` and
 * `_start`, and imports functions from `wasi_snapshot_preview1`) runs
 * natively when it is linked with the wasm2obj runtime and this library.
 * The embedder:
 *
 *   1. fills a w2o_wasi_config_t (arguments, environment, preopened
 *      directories, the host fds behind guest fds 0-2) and makes a context
 *      with w2o_wasi_new;
 *   2. instantiates the module with w2o_wasi_resolve as the import resolver
 *      and the context as its `user` pointer: every wasi_snapshot_preview1
 *      function is supplied with its exact type, so the runtime's type check
 *      passes (or fails, for a module that declares a wrong type);
 *   3. calls w2o_wasi_run(ctx, instance), which attaches the instance's
 *      exported memory, runs `_start` and returns the exit status.
 *
 * w2o_wasi_run_module and w2o_wasi_main do all of it in one call; the
 * generic `main` (libc-shim/src/main.c, library w2o_wasi_main) is a single
 * call of w2o_wasi_main, which is how `tools/w2o-exe` makes an executable.
 *
 * Sandbox: the guest has a file descriptor table of its own (numbers it was
 * given: 0-2, the preopens from 3 on, and what path_open returned); it never
 * names a host fd. Paths are resolved only beneath a preopened directory:
 * with openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) where the kernel has
 * it, otherwise by a component-by-component walk that opens each directory
 * with O_NOFOLLOW and expands symlinks itself. Absolute paths, `..` past the
 * preopen and symlinks leading out of it fail with ENOTCAPABLE (76). Every
 * guest pointer and length is checked against the instance's memory 0 before
 * use; a bad one gives EFAULT (21). Rights are those of preview1, enforced
 * as in Wasmtime: every descriptor has base and inheriting rights, every
 * call needs its right (ENOTCAPABLE, 76, without it), path_open narrows to
 * the directory's inheriting rights (the README lists the sets).
 *
 * Threads: a context serves one instance on one thread.
 */
#ifndef W2O_WASI_H
#define W2O_WASI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "w2o.h"
#include "w2o_symbolize.h" /* w2o_source_frame_t (declarations only) */

#ifdef __cplusplus
extern "C" {
#endif

/** Process exit status when the guest traps (as for an abort: 128 + SIGABRT). */
#define W2O_WASI_TRAP_STATUS 134

/** Process exit status when the module cannot be set up (bad flag, link error). */
#define W2O_WASI_SETUP_STATUS 125

/** One preopened directory: the host path and the name the guest sees. */
typedef struct w2o_wasi_preopen {
  const char *host_path;  /**< opened with O_DIRECTORY when the context is made */
  const char *guest_path; /**< what fd_prestat_dir_name reports; NULL = host_path */
} w2o_wasi_preopen_t;

/** How the resolver walks paths (see the file comment). */
typedef enum w2o_wasi_resolve_mode {
  W2O_WASI_RESOLVE_AUTO = 0, /**< openat2 if the kernel has it, else the walk (default) */
  W2O_WASI_RESOLVE_WALK = 1  /**< always the component-by-component walk (for tests) */
} w2o_wasi_resolve_mode_t;

/** What becomes of a function import nobody provides (see w2o_wasi_resolve). */
typedef enum w2o_wasi_unknown_imports {
  W2O_WASI_UNKNOWN_FAIL = 0,   /**< instantiation fails: "unknown import" (default) */
  W2O_WASI_UNKNOWN_TRAP = 1,   /**< a function that traps when called, naming the import
                                    (Wasmtime's --trap-unknown-imports) */
  W2O_WASI_UNKNOWN_DEFAULT = 2 /**< a function that returns 0, 0.0 or null and does nothing
                                    (--default-values-unknown-imports); not for functions
                                    with several results or a v128 result */
} w2o_wasi_unknown_imports_t;

/**
 * Finds the source-level frames of a trap backtrace frame: the type of
 * w2o_frame_sources (w2o_symbolize.h; only its declarations are used here,
 * so the libc shim does not need libdw), which fills out[0..max) innermost
 * first — inlined calls, then the frame's own function — and returns how
 * many, 0 without debug information.
 */
typedef size_t (*w2o_wasi_frame_source_fn)(const w2o_frame_t *frame, w2o_source_frame_t *out, size_t max);

/** Everything a context is made from. Strings are copied by w2o_wasi_new. */
typedef struct w2o_wasi_config {
  size_t argc; /**< guest arguments, argv[0] included */
  const char *const *argv;
  size_t envc; /**< guest environment, "NAME=VALUE" each */
  const char *const *envp;
  size_t preopen_count; /**< preopens become guest fds 3, 4, ... */
  const w2o_wasi_preopen_t *preopens;
  int stdio[3];                               /**< host fds for guest 0, 1, 2 (dup'ed); -1, or a
                                            host fd that is not open, = none.
                                            Default 0, 1, 2 */
  w2o_wasi_resolve_mode_t resolve_mode;       /**< default W2O_WASI_RESOLVE_AUTO */
  w2o_wasi_frame_source_fn frame_source;      /**< adds inlined calls and "at FILE:LINE" to the
                                            frames a trap prints; default NULL: names only */
  w2o_wasi_unknown_imports_t unknown_imports; /**< default W2O_WASI_UNKNOWN_FAIL; stubs
                                            are made only while w2o_wasi_run_module
                                            instantiates (it knows the import types) */
} w2o_wasi_config_t;

/** An opaque WASI context: fd table, arguments, environment, exit state. */
typedef struct w2o_wasi w2o_wasi_t;

/**
 * Sets `config` to the defaults: no arguments, no environment, no preopens,
 * stdio 0-2, no source lookup.
 */
void w2o_wasi_config_init(w2o_wasi_config_t *config);

/**
 * Makes a context from `config`. Returns NULL on failure, with a one-line
 * reason in `error` (size `error_size`): a preopen that is not a directory,
 * a stdio fd that cannot be duplicated, no memory.
 */
w2o_wasi_t *w2o_wasi_new(const w2o_wasi_config_t *config, char *error, size_t error_size);

/** Frees a context and closes every host fd it holds. NULL is ignored. */
void w2o_wasi_free(w2o_wasi_t *wasi);

/**
 * An import resolver (w2o_resolve_fn) for the context `user` (a
 * w2o_wasi_t *): supplies every function of module `wasi_snapshot_preview1`
 * by name. Returns false for anything else (another module, an unknown
 * name, a non-function import), which makes instantiation unlinkable —
 * except that, inside w2o_wasi_run_module and with the config's
 * unknown_imports set, an unknown function import gets a stub instead.
 */
bool w2o_wasi_resolve(void *user, const w2o_import_desc_t *import, w2o_extern_t *out);

/** Number of wasi_snapshot_preview1 functions the resolver knows. */
size_t w2o_wasi_function_count(void);

/** Name of resolver function `index` (< w2o_wasi_function_count()), e.g. "fd_write". */
const char *w2o_wasi_function_name(size_t index);

/**
 * Gives the context the guest's linear memory. Every host function checks
 * guest pointers against it; before it is set they all return EFAULT.
 */
void w2o_wasi_set_memory(w2o_wasi_t *wasi, w2o_memory_t *memory);

/**
 * Attaches the instance's exported "memory" (or, if it exports none, its
 * memory 0). Returns false if the instance has no memory.
 */
bool w2o_wasi_attach(w2o_wasi_t *wasi, const w2o_instance_t *instance);

/**
 * Attaches the instance's memory, calls its `_start` export and returns the
 * exit status: 0 if `_start` returns, the proc_exit code (as the host's
 * exit() would see it: code & 0xff) if the guest exits, or
 * W2O_WASI_TRAP_STATUS if it traps, after printing to stderr the line
 * "wasm trap: MESSAGE" and then the trap's backtrace (w2o_trap_backtrace),
 * innermost frame first, one line each:
 *     "  #0 NAME (inlined) at FILE:LINE"            a call inlined there
 *     "  #1 NAME (wasm function INDEX) at FILE:LINE"
 * with inlined calls and " at FILE:LINE" only where the config's
 * frame_source finds them, and a
 * last line "  ... (older frames not recorded)" if the stack was deeper
 * than the runtime records. A module without `_start`, memory, or with a
 * wrongly typed `_start` gives W2O_WASI_SETUP_STATUS and a message on
 * stderr.
 */
int w2o_wasi_run(w2o_wasi_t *wasi, w2o_instance_t *instance);

/**
 * Instantiates `module` with w2o_wasi_resolve, runs it with w2o_wasi_run
 * and frees the instance. An instantiation failure prints
 * "wasm2obj: MESSAGE" and gives W2O_WASI_SETUP_STATUS (or
 * W2O_WASI_TRAP_STATUS, followed by the backtrace as w2o_wasi_run prints
 * it, if the start function trapped).
 */
int w2o_wasi_run_module(w2o_wasi_t *wasi, const w2o_module_t *module);

/** True once the guest called proc_exit; its code is then in *code. */
bool w2o_wasi_exited(const w2o_wasi_t *wasi, uint32_t *code);

/**
 * The whole of a generic WASI `main`: parses the sandbox flags, makes a
 * context, runs `module` and returns the exit status.
 *
 * Command line: `PROGRAM [FLAGS... --] ARGS...`. If argv[1] is exactly one
 * of the flags below (`--dir`, `--dir=...`, `--env`, `--env=...`,
 * `--inherit-env`, `--trap-unknown-imports`, `--default-values-unknown-imports`)
 * or `--`, the flags up to the first `--` set up the
 * sandbox and everything after it goes to the guest; otherwise every
 * argument goes to the guest (so a program whose own first argument is one
 * of these words is run as `PROGRAM -- ARGS...`). The guest's argv[0] is the
 * executable's argv[0].
 *   --dir HOST[::GUEST]   preopen directory HOST as GUEST (default: HOST)
 *   --env NAME=VALUE      add a variable to the guest's environment (which
 *                         is otherwise empty)
 *   --inherit-env         give the guest the host's whole environment
 *   --trap-unknown-imports            an unknown function import becomes a
 *                         function that traps ("wasm trap: call to unknown
 *                         import MODULE.NAME") when called
 *   --default-values-unknown-imports  ... one that returns 0 (or 0.0, null)
 * `--dir=...` and `--env=...` are accepted too. Environment variable
 * W2O_WASI_RESOLVE=walk selects W2O_WASI_RESOLVE_WALK. `frame_source`
 * (may be NULL) becomes the config's frame_source: the generic main passes
 * w2o_frame_sources, so a trap's backtrace shows inlined calls and source lines.
 */
int w2o_wasi_main(const w2o_module_t *module, int argc, char **argv, w2o_wasi_frame_source_fn frame_source);

#ifdef __cplusplus
}
#endif

#endif /* W2O_WASI_H */
