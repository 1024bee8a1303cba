/*
 * w2o.h — the public API of the wasm2obj runtime.
 *
 * An application links objects made by wasm2obj with this runtime and uses
 * this API (or the typed functions of the generated header, which are thin
 * wrappers over it) to instantiate modules, call their exports, and read or
 * write their memories, tables and globals.
 *
 * Threads: the runtime may be used from several threads at once. One
 * instance runs on one thread at a time (calls into it from two threads at
 * once are not allowed; one thread may call it, then another); different
 * instances, of the same module or not, run on different threads at once,
 * each with its own memories, except that a shared memory (threads,
 * w2o_memory_new_shared) may be imported by instances running on several
 * threads at once; a trap unwinds only the thread it happened on. Compiled code and module descriptors are shared and never
 * written. Process-wide state (types, the epoch counter, the pool of memory
 * reservations, the fault handlers, configuration setters) is thread-safe.
 *
 * Traps: a trap inside wasm code unwinds to the innermost w2o_call on the
 * same thread, which returns the trap code. The instance stays usable.
 * Out-of-bounds accesses in modules built with `--bounds-checks=guard` are
 * caught as SIGSEGV/SIGBUS on an alternate signal stack; faults outside any
 * linear memory reservation are passed on to the previous handler. The
 * handlers are installed by the first w2o_call in the process; a host that
 * installs its own SIGSEGV/SIGBUS handler afterwards must chain to the
 * runtime's, or guard-page traps become crashes. Each thread that calls
 * into wasm gets a 64 KiB alternate signal stack (unless it has one at least
 * that large), released when the thread exits. After a trap,
 * w2o_trap_backtrace names the wasm functions it passed through.
 */
#ifndef W2O_H
#define W2O_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "w2o_abi.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Result of runtime operations other than calls. */
typedef enum w2o_status {
  W2O_STATUS_OK = 0,
  W2O_STATUS_LINK_ERROR,   /**< an import is missing or has the wrong type ("unlinkable") */
  W2O_STATUS_TRAP,         /**< a segment was out of bounds or the start function trapped */
  W2O_STATUS_NO_MEMORY,    /**< the system refused memory or address space */
  W2O_STATUS_BAD_MODULE,   /**< the descriptor is for another ABI version */
  W2O_STATUS_BAD_ARGUMENT, /**< wrong argument count or types, or a bad index */
  W2O_STATUS_NOT_ENABLED   /**< fuel or epoch call on a module built without --fuel / --epoch */
} w2o_status_t;

/** Details of a failed operation. */
typedef struct w2o_error {
  w2o_status_t status;
  w2o_trap_t trap;   /**< for W2O_STATUS_TRAP */
  char message[256]; /**< one line, no trailing newline */
} w2o_error_t;

/** An external value: what an export is and what an import is resolved to. */
typedef struct w2o_extern {
  uint32_t kind; /**< w2o_extern_kind_t */
  union {
    const w2o_funcref_t *func;
    w2o_table_t *table;
    w2o_memory_t *memory;
    w2o_global_t *global;
    const w2o_tag_t *tag;
  } of;
} w2o_extern_t;

/**
 * Resolves one import. Returns false if the import is unknown (the
 * instantiation then fails with W2O_STATUS_LINK_ERROR). The runtime checks
 * the type of what is returned against the import's declared type.
 */
typedef bool (*w2o_resolve_fn)(void *user, const w2o_import_desc_t *import, w2o_extern_t *out);

/** Message of a trap code, as the WebAssembly spec tests spell it ("unreachable", ...). */
const char *w2o_trap_message(w2o_trap_t trap);

/** Message of a status code. */
const char *w2o_status_message(w2o_status_t status);

/* ---- Configuration (process-wide) ---- */

/** Default maximum native stack that wasm code may use per host call: 512 KiB. */
#define W2O_DEFAULT_MAX_STACK (512u * 1024u)

/** Sets the maximum native stack wasm code may use below the outermost
 * w2o_call. Guest code compares its stack position with it before each call
 * it makes (a call at the limit traps W2O_TRAP_STACK_EXHAUSTED), so the
 * last function may still run past it by its own frame and the runtime
 * functions it calls (a few KiB): the thread's stack should extend that far
 * beyond the limit. A frame that reaches the thread's guard page traps the
 * same way. */
void w2o_set_max_stack(size_t bytes);

/** Returns the current maximum stack setting. */
size_t w2o_get_max_stack(void);

/** Sets the page limit given to memories created from now on (default 65536;
 * a 32-bit memory never has more than W2O_MEMORY32_LIMIT_PAGES, 65535). */
void w2o_set_default_memory_limit(uint64_t pages);

/**
 * Whether memories created from now on ask the system for transparent huge
 * pages (madvise(MADV_HUGEPAGE) on Linux; default: true). With them, touching
 * a large memory takes about 1/512 of the page faults and fewer TLB misses;
 * the cost is that memory is committed in 2 MiB steps where it is touched
 * (resident size can grow by up to 2 MiB per touched region). Semantics do
 * not change: guard regions, memory.grow and traps behave the same.
 */
void w2o_set_memory_huge_pages(bool on);

/** Released memory reservations the runtime keeps for reuse by default. */
#define W2O_DEFAULT_MEMORY_POOL 16u

/**
 * Sets how many released linear-memory reservations the runtime keeps for
 * reuse (default W2O_DEFAULT_MEMORY_POOL, at most 256; 0 turns reuse off and
 * releases the kept ones). Freeing a memory (or an instance that owns one)
 * then empties its reservation instead of returning it to the system, and
 * the next memory created takes it: instantiating a small module costs a
 * few microseconds instead of tens. A kept reservation holds address space
 * (8 GiB on 64-bit hosts) and no memory: its contents are discarded, it
 * reads as zero when reused, and its guard pages are as for a new one. The
 * pool is process-wide and thread-safe.
 */
void w2o_set_memory_pool_size(size_t count);

/* ---- Instances ---- */

/**
 * Instantiates `module`: resolves its imports with `resolve`, creates its
 * memories, tables and globals, applies its segments and runs its start
 * function. On failure returns non-OK, fills `err` (if not NULL) and leaves
 * *out NULL; segments applied before a failing one stay applied to imported
 * memories and tables, as the specification requires.
 */
w2o_status_t w2o_instantiate(const w2o_module_t *module, w2o_resolve_fn resolve, void *user,
                             w2o_instance_t **out, w2o_error_t *err);

/** Frees an instance and everything it owns. Exports taken from it become invalid. */
void w2o_instance_free(w2o_instance_t *instance);

/** Finds an export by name. Returns false if there is none. */
bool w2o_instance_export(const w2o_instance_t *instance, const char *name, size_t name_len,
                         w2o_extern_t *out);

/** Memory `index` of an instance (imported or defined), or NULL. */
w2o_memory_t *w2o_instance_memory(const w2o_instance_t *instance, uint32_t index);

/* ---- Calls ---- */

/**
 * Calls `func` with `nargs` arguments and room for `nresults` results,
 * catching traps. Returns W2O_STATUS_OK, W2O_STATUS_TRAP (the code in
 * *trap), or W2O_STATUS_BAD_ARGUMENT if the counts or types do not match the
 * function's type or the function has no generic entry.
 */
w2o_status_t w2o_call(const w2o_funcref_t *func, const w2o_value_t *args, size_t nargs, w2o_value_t *results,
                      size_t nresults, w2o_trap_t *trap);

/**
 * Calls `func` without checking argument types: `args` and `results` must
 * match its type. Returns W2O_OK or the trap code. Used by generated headers.
 */
w2o_trap_t w2o_call_unchecked(const w2o_funcref_t *func, const w2o_value_t *args, w2o_value_t *results);

/* ---- Trap backtraces ----
 *
 * When a trap unwinds — w2o_trap from generated code, w2o_host_trap, or a
 * guard-page or stack-overflow fault — the runtime records the native
 * return addresses of the trapping thread's stack, from the trap up to the
 * innermost w2o_call, in thread-local storage (no allocation, safe in the
 * fault handler). w2o_trap_backtrace, called afterwards on the same thread,
 * maps them to wasm functions: the frames of functions compiled by wasm2obj
 * whose module has a live instance; frames of the runtime, of the entry
 * thunks and of host functions are left out. A function that LLVM inlined
 * into its caller has no frame of its own (at -O0 nothing is inlined).
 *
 * Which trap it describes: every host entry (w2o_call, w2o_call_unchecked,
 * the typed export functions of generated headers, and w2o_instantiate,
 * which runs the start function) that returns a trap leaves that trap's
 * frames; one that returns without a trap leaves none; w2o_instantiate
 * starts with none. A nested entry (host function -> w2o_call) that traps
 * records only the frames inside it. Call w2o_trap_backtrace before freeing
 * the instances involved: frames of modules without a live instance are
 * left out (a failed w2o_instantiate keeps its start function's frames).
 *
 * Recording costs one stack walk per trap (libgcc's _Unwind_Backtrace over
 * the .eh_frame that wasm2obj emits for every function); a host that traps
 * very often and never looks can turn it off with w2o_set_trap_backtrace.
 * Source file and line of a frame: w2o_frame_source in w2o_symbolize.h
 * (library w2o_symbolize, which needs libdw).
 */

/** Most native frames recorded per trap; deeper stacks keep the innermost ones. */
#define W2O_TRAP_BACKTRACE_MAX 64u

/** One wasm frame of a trap backtrace. */
typedef struct w2o_frame {
  const w2o_module_t *module; /**< the descriptor of the function's module */
  uint32_t func_index;        /**< in the module's function index space (imports first) */
  uint32_t reserved_;
  const char *name;    /**< module->func_names entry; NULL if the descriptor has none */
  uintptr_t pc;        /**< native code address in the function (see return_address) */
  bool return_address; /**< pc is a return address, just past the call instruction
                                   (every frame but a faulting innermost one): look up
                                   pc - 1 for its source line */
} w2o_frame_t;

/**
 * Copies the wasm frames of the calling thread's most recent trap (see
 * above) into `frames`, innermost first, at most `max` of them. Returns the
 * number written: 0 if there was no trap, recording was off, no frame
 * belongs to a live module, or `frames` is NULL.
 */
size_t w2o_trap_backtrace(w2o_frame_t *frames, size_t max);

/**
 * True if the stack of that trap was deeper than W2O_TRAP_BACKTRACE_MAX
 * native frames, so its outermost frames are missing from the backtrace.
 */
bool w2o_trap_backtrace_truncated(void);

/**
 * Turns recording of trap backtraces on or off for the whole process
 * (default on). Off, a trap costs no stack walk and w2o_trap_backtrace
 * returns 0.
 */
void w2o_set_trap_backtrace(bool enabled);

/** Whether trap backtraces are recorded. */
bool w2o_get_trap_backtrace(void);

/* ---- Types ---- */

/**
 * Returns the canonical id of a function type: structurally equal types get
 * the same id in the whole process. Returns UINT32_MAX if out of memory.
 */
uint32_t w2o_type_intern(const w2o_functype_t *type);

/** The type with a canonical id, or NULL. */
const w2o_functype_t *w2o_type_lookup(uint32_t type_id);

/* ---- Host objects ---- */

/**
 * Fills `func` as a host function: `code` has the native signature of the
 * layout rules in w2o_abi.h for `type`, and receives `env` first. `entry`
 * may be NULL (the function then cannot be called through w2o_call).
 */
void w2o_host_func_init(w2o_funcref_t *func, w2o_host_env_t *env, const void *code,
                        const w2o_functype_t *type, w2o_entry_fn entry);

/** Creates a memory of `min` pages (maximum `max` if has_max). NULL on failure. */
w2o_memory_t *w2o_memory_new(uint64_t min, uint64_t max, bool has_max);

/**
 * Creates a shared memory (threads) of `min` pages, at most `max`: it may
 * be imported by instances on several threads at once, and grows under a
 * lock. Only imports declared `shared` accept it. NULL on failure.
 */
w2o_memory_t *w2o_memory_new_shared(uint64_t min, uint64_t max);

/**
 * Creates a 64-bit memory (memory64) of `min` pages, at most `max` if
 * has_max (at most 2^48 pages), shared if `shared` (then has_max must be
 * set). Growth past the address space the runtime reserved for it (8 GiB on
 * 64-bit hosts) fails like growth past the maximum. NULL on failure.
 */
w2o_memory_t *w2o_memory_new64(uint64_t min, uint64_t max, bool has_max, bool shared);

/** The current size in bytes, read atomically (another thread may grow a shared memory). */
uint64_t w2o_memory_size(const w2o_memory_t *memory);

/** Frees a memory made by w2o_memory_new, w2o_memory_new_shared or w2o_memory_new64. */
void w2o_memory_free(w2o_memory_t *memory);

/** Sets the host's page limit for one memory; growth past it fails (a
 * 32-bit memory's limit is at most W2O_MEMORY32_LIMIT_PAGES). */
void w2o_memory_set_limit(w2o_memory_t *memory, uint64_t pages);

/** Creates a table of `min` null references. NULL on failure. */
w2o_table_t *w2o_table_new(uint32_t reftype, uint32_t min, uint32_t max, bool has_max);

/** Frees a table made by w2o_table_new. */
void w2o_table_free(w2o_table_t *table);

/**
 * Reference values as the host sees them: a funcref is a `const
 * w2o_funcref_t *` (from an export, a table or w2o_host_func_init), an
 * externref is any host pointer the host chooses; NULL is the null reference
 * of either type. Tables store both as `void *`.
 */

/** Reads element `index` of a table into *ref. Returns false if out of bounds. */
bool w2o_table_get(const w2o_table_t *table, uint32_t index, void **ref);

/** Writes `ref` to element `index`. Returns false if out of bounds. */
bool w2o_table_set(w2o_table_t *table, uint32_t index, void *ref);

/* w2o_table_grow (w2o_abi.h) grows a table from the host as table.grow does. */

/** Asks the innermost w2o_call to return W2O_TRAP_HOST (or `code`). For host functions. */
void w2o_host_trap(w2o_trap_t code) __attribute__((noreturn));

/* ---- Exceptions (exception handling) ----
 *
 * A wasm exception that no wasm frame catches ends the innermost host
 * entry on its thread, like a trap, with W2O_TRAP_EXCEPTION ("uncaught
 * exception"): the frames it passed are in w2o_trap_backtrace, and its tag
 * and payload stay readable on that thread until another entry on it ends
 * (w2o_call, the typed export functions, w2o_instantiate's start
 * function). Exceptions never cross a host entry: a host function that
 * wasm called and that calls wasm again gets the status of its own call.
 * A host function called by wasm may throw into its caller with w2o_throw
 * (w2o_abi.h), payload in slots of W2O_EXCEPTION_SLOT bytes.
 */

/**
 * The tag of the exception that ended this thread's last entry with
 * W2O_TRAP_EXCEPTION; NULL if the last entry ended otherwise, or if the
 * runtime was out of memory making the exception.
 */
const w2o_tag_t *w2o_trap_exception_tag(void);

/**
 * Copies the payload of that exception, as typed values (the tag's
 * parameter types), into `values`, at most `max` of them. Returns the
 * payload's length (which may be more than `max`), 0 if there is none.
 */
size_t w2o_trap_exception_payload(w2o_value_t *values, size_t max);

/**
 * Creates a tag of the host for modules to import: `type` has parameters
 * only (the payload). NULL if it has results or memory runs out. Its
 * identity is its address: the instances importing it share it.
 */
w2o_tag_t *w2o_tag_new(const w2o_functype_t *type);

/** Frees a tag made by w2o_tag_new (after the instances importing it). */
void w2o_tag_free(w2o_tag_t *tag);

/* ---- Fuel (modules built with `wasm2obj --fuel`) ----
 *
 * Every executed operator costs 1 unit of fuel, except nop, drop, block,
 * loop, unreachable, return, else and end, which cost 0 (Wasmtime's
 * convention); an operator that traps counts as executed. Fuel is checked
 * at function entry and at loop headers: if it is below zero there, the
 * handler runs (or, without one, the guest traps with "all fuel consumed").
 * Between checks the guest may overdraw by the operators of one straight
 * path, so the remaining fuel can be negative; in every case, after a call
 * returns (normally or by trap), fuel set - fuel remaining = operators
 * executed, exactly. A new instance starts with INT64_MAX fuel.
 * Calls on an instance built without --fuel return W2O_STATUS_NOT_ENABLED.
 */

/** Called when fuel runs out; return true to continue (after w2o_fuel_add), false to trap. */
typedef bool (*w2o_fuel_handler_t)(w2o_instance_t *instance, void *user);

/** Sets the remaining fuel. */
w2o_status_t w2o_fuel_set(w2o_instance_t *instance, int64_t fuel);
/** Adds fuel (saturating at INT64_MAX). */
w2o_status_t w2o_fuel_add(w2o_instance_t *instance, int64_t fuel);
/** Reads the remaining fuel (negative: overdrawn before a check stopped the guest). */
w2o_status_t w2o_fuel_get(const w2o_instance_t *instance, int64_t *fuel);
/** Sets the out-of-fuel handler (NULL: trap). */
w2o_status_t w2o_fuel_set_handler(w2o_instance_t *instance, w2o_fuel_handler_t handler, void *user);

/* ---- Epochs (modules built with `wasm2obj --epoch`) ----
 *
 * One epoch counter per process, incremented by w2o_epoch_increment from any
 * thread or signal handler (or by a ticker thread). Each instance has a
 * deadline; at function entry and loop headers guest code compares the
 * counter with it, and once the counter reaches the deadline the handler
 * decides: continue with a new deadline, or trap with "interrupted"
 * (the default without a handler). A new instance's deadline is never.
 */

/** Called at the deadline; return true and set *delta to continue until now + *delta. */
typedef bool (*w2o_epoch_handler_t)(w2o_instance_t *instance, void *user, uint64_t *delta);

/** Increments the process's epoch counter. Async-signal-safe and thread-safe. */
void w2o_epoch_increment(void);
/** The current epoch. */
uint64_t w2o_epoch_now(void);
/** Sets the instance's deadline to the current epoch + delta. Like every
 * call on an instance, from the thread that runs it: between calls, or in a
 * host function or the handler while it runs (guest code reads the
 * deadline on function entry and after calls; other threads interrupt it
 * through the counter, w2o_epoch_increment). */
w2o_status_t w2o_epoch_set_deadline(w2o_instance_t *instance, uint64_t delta);
/** Sets the deadline handler (NULL: trap "interrupted"). */
w2o_status_t w2o_epoch_set_handler(w2o_instance_t *instance, w2o_epoch_handler_t handler, void *user);

/** A thread that increments the epoch every `period_ms` milliseconds. */
typedef struct w2o_ticker w2o_ticker_t;
/** Starts a ticker; NULL if the thread cannot be created. */
w2o_ticker_t *w2o_ticker_start(unsigned period_ms);
/** Stops a ticker and waits for its thread. */
void w2o_ticker_stop(w2o_ticker_t *ticker);

#ifdef __cplusplus
}
#endif

#endif /* W2O_H */
