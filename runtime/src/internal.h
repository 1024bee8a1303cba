/*
 * internal.h — what the runtime's source files share and nobody else sees.
 *
 * The groups: the platform layer (os_posix.c: address space, fault signal
 * handlers, alternate signal stacks), the linear-memory reservation registry
 * that the fault handler consults (memory.c), the hook by which the fault
 * handler turns a fault into a trap (trap.c), trap backtraces and the
 * registry of modules with live instances (backtrace.c), and the private
 * instance record (instance.c, and the bulk-memory operations that need the
 * dropped state of segments).
 */
#ifndef W2O_INTERNAL_H
#define W2O_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "w2o.h"

/* ---- Platform layer (os_posix.c) ---- */

/** Reserves `bytes` of inaccessible address space, starting on a 2 MiB
 * boundary, and W2O_MEMORY_PRE_GUARD inaccessible bytes below that start
 * (which w2o_os_release releases with it); with `huge_pages`, asks for
 * transparent huge pages to back what gets committed. NULL on failure. */
void *w2o_os_reserve(size_t bytes, bool huge_pages);

/** Makes `bytes` at `addr` (inside a reservation) readable, writable, zero. */
bool w2o_os_commit(void *addr, size_t bytes);

/** Makes `bytes` at `addr` (inside a reservation) inaccessible again. */
bool w2o_os_decommit(void *addr, size_t bytes);

/**
 * Discards the contents of `bytes` at `addr` (committed, inside a
 * reservation): they read as zero again, and their physical pages go back
 * to the system. Protection does not change.
 */
bool w2o_os_discard(void *addr, size_t bytes);

/** Returns a reservation made by w2o_os_reserve to the system. */
void w2o_os_release(void *addr, size_t bytes);

/**
 * Prepares the calling thread to run wasm code: installs the process's
 * SIGSEGV/SIGBUS handlers (once) and gives the thread an alternate signal
 * stack of at least 64 KiB (once per thread). Returns false if either
 * failed; faults then crash instead of trapping.
 */
bool w2o_os_prepare_thread(void);

/* ---- Linear-memory reservations (memory.c) ---- */

/**
 * True if `addr` lies inside the address-space reservation of a live linear
 * memory. Async-signal-safe: reads only atomics.
 */
bool w2o_memory_reservation_contains(uintptr_t addr);

/* ---- Fault-to-trap hook (trap.c) ---- */

/**
 * Called by the fault handler with the faulting address. If the calling
 * thread is inside w2o_call and the fault is a guard-page hit of a linear
 * memory or a native stack overflow, unwinds to the innermost entry with the
 * matching trap code and does not return; otherwise returns, and the handler
 * passes the fault on. Async-signal-safe.
 */
void w2o_trap_on_fault(uintptr_t addr);

/*
 * Interrupt handlers (interrupt.c) run with a mark on the innermost entry
 * frame, so that it goes when a trap unwinds that frame. While any frame of
 * this thread has it, memories do not grow (memory.c): the code the handler
 * interrupted compares accesses with the size it read before the check
 * (compiler/lower_memory.c). Set returns the previous mark.
 */
bool w2o_interrupt_handler_mark(bool running);
bool w2o_interrupt_handler_running(void);

/* ---- Exceptions (exception.c, and the entries of trap.c) ----
 *
 * Every exception object belongs to the host entry that was innermost
 * when it was made: it is on that entry's list, and the entry frees what
 * is left of its list when it returns (a handler's reference can only live
 * in frames inside it). The object of an exception that reached the entry
 * uncaught moves off the list to the thread's record for
 * w2o_trap_exception_tag, until another entry ends.
 */

/** The innermost entry's list head, or NULL outside any entry. */
void **w2o_entry_exceptions(void);

/** The frame address of the innermost entry's w2o_call_unchecked: a wasm
 * frame whose canonical frame address lies above it is outside the entry. 0
 * outside any entry. */
uintptr_t w2o_entry_boundary(void);

/** Frees every object on an entry's list (exception.c). */
void w2o_exceptions_free(void *list);

/** Frees one object (the uncaught one the thread kept). */
void w2o_exception_free(void *object);

/**
 * Ends the innermost entry with W2O_TRAP_EXCEPTION (trap.c): `object`, off
 * its list (or NULL if the runtime had no memory to make one), becomes the
 * thread's uncaught exception. Never returns.
 */
void w2o_trap_exception(void *object) __attribute__((noreturn));

/** The thread's uncaught exception object, or NULL. */
void *w2o_uncaught_exception(void);

/** Its public part. */
const w2o_exception_t *w2o_exception_of(const void *object);

/* ---- Trap backtraces (backtrace.c) ---- */

/**
 * Records the calling thread's stack for w2o_trap_backtrace, if recording
 * is on (else forgets the previous record): the native frames from the
 * caller outwards, up to the frame whose canonical frame address lies above
 * `entry_frame`, the frame address of the innermost w2o_call_unchecked.
 * Called by trap.c just before it unwinds, also from the fault handler on
 * the alternate signal stack: async-signal-safe, no locks, no allocation.
 */
void w2o_backtrace_capture(uintptr_t entry_frame);

/** Forgets the recorded backtrace (a host entry returned without a trap). */
void w2o_backtrace_clear(void);

/**
 * Maps the recorded frames to wasm functions now, while their modules are
 * still registered, and keeps the result for w2o_trap_backtrace (used by a
 * failed instantiation before it frees the instance).
 */
void w2o_backtrace_resolve(void);

/**
 * Counts one more live instance of `module`, so backtraces can name its
 * functions. False if out of memory.
 */
bool w2o_backtrace_register(const w2o_module_t *module);

/** Counts one instance of `module` less (after w2o_backtrace_register). */
void w2o_backtrace_unregister(const w2o_module_t *module);

/* ---- Instances (instance.c) ---- */

/**
 * The runtime's record of an instance. The public w2o_instance_t comes
 * first, so a w2o_instance_t pointer and its record have the same address.
 * Everything lives in one allocation with the index-space arrays.
 */
typedef struct w2o_instance_private {
  w2o_instance_t base;
  w2o_funcref_t *own_funcs;        /**< records of the defined functions */
  w2o_global_t *own_globals;       /**< cells of the defined globals */
  w2o_tag_t *own_tags;             /**< the defined tags (exception handling) */
  uint8_t *elem_dropped;           /**< per element segment: 1 once dropped */
  uint8_t *data_dropped;           /**< per data segment: 1 once dropped */
  uint32_t memories_made;          /**< defined memories created so far */
  uint32_t tables_made;            /**< defined tables created so far */
  bool escaped;                    /**< its functions may be referenced from outside */
  w2o_fuel_handler_t fuel_handler; /**< called when fuel runs out, or NULL */
  void *fuel_user;
  w2o_epoch_handler_t epoch_handler; /**< called at the epoch deadline, or NULL */
  void *epoch_user;
  struct w2o_instance_private *next_orphan; /**< failed but still referenced */
} w2o_instance_private_t;

/**
 * Evaluates a constant expression of instance `p` into `out` (value and
 * type). global.get may read only globals with index < globals_ready.
 * Returns false for an expression the descriptor should not contain.
 */
bool w2o_eval_const(const w2o_instance_private_t *p, const w2o_const_expr_t *e, uint32_t globals_ready,
                    w2o_global_t *out);

/** Sets the fuel and epoch fields of a new instance (interrupt.c). */
void w2o_interrupt_init(w2o_instance_private_t *p);

#endif /* W2O_INTERNAL_H */
