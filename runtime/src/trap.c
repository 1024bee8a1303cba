/*
 * trap.c — host entries, traps, and the native stack limit.
 *
 * Every call from the host into wasm goes through w2o_call_unchecked, which
 * pushes an entry frame (a jump buffer, W2O_SETJMP below) on a thread-local
 * chain and calls the function's generic entry. A trap — w2o_trap from
 * generated code or a host function, or a guard-page or stack-overflow
 * fault turned into a trap by the signal handler — jumps to the innermost
 * frame, which pops itself and returns the code. So a host function called
 * from wasm may call back into wasm, and a trap there unwinds only to that
 * inner call. The signal mask is neither saved nor restored (that would be
 * a system call per entry): the handlers are SA_NODEFER and block nothing,
 * so a jump out of one leaves the mask as it was.
 *
 * Cost: an entry is on the path of every host->wasm call, so it touches one
 * thread-local block, prepares the thread (handlers, alternate stack) only
 * on its first entry, saves three words for the jump, and clears the trap
 * backtrace only when a trap recorded one.
 *
 * Stack limit: the outermost entry on a thread takes its frame address as
 * the stack top and sets the thread's limit to top − w2o_get_max_stack();
 * each entry stores that limit in the callee's env (whose first word is
 * stack_limit), and generated code traps with W2O_TRAP_STACK_EXHAUSTED when
 * its stack pointer passes it. A single frame large enough to jump past the
 * limit into the thread's guard page faults instead; the handler recognizes
 * a fault address within [limit − 1 MiB, top] and traps the same way.
 *
 * Exceptions (exception.c): each entry frame lists the exception objects
 * made inside it and frees them when it returns; a wasm exception that no
 * frame of the entry caught ends it with W2O_TRAP_EXCEPTION through the same
 * jump (w2o_trap_exception), and the thread keeps that exception for the
 * host until another entry ends.
 *
 * Backtraces: just before it unwinds, a trap records the stack up to the
 * innermost entry (backtrace.c), which finds the entry by the frame address
 * of w2o_call_unchecked kept in its entry frame; an entry that returns
 * without a trap forgets the record.
 *
 * The thread-local state is only touched by its own thread, and by the
 * signal handler running on that thread, so it needs no locks.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

/*
 * The resume point of an entry. GCC's __builtin_setjmp (clang's on x86)
 * stores only the frame and stack pointers and the resume address, and
 * makes the function save the callee-saved registers itself; glibc's
 * sigsetjmp stores and mangles every register through a PLT call. Neither
 * saves the signal mask. Elsewhere the portable pair is used.
 */
#if defined(__GNUC__) && (!defined(__clang__) || defined(__x86_64__) || defined(__i386__))
typedef void *w2o_jump_buf[5];
#define W2O_SETJMP(buf)  __builtin_setjmp(buf)
#define W2O_LONGJMP(buf) __builtin_longjmp(buf, 1)
#else
typedef sigjmp_buf w2o_jump_buf;
#define W2O_SETJMP(buf)  sigsetjmp(buf, 0)
#define W2O_LONGJMP(buf) siglongjmp(buf, 1)
#endif

/* AddressSanitizer's hook for a jump that skips frames (its longjmp
 * interceptor calls it; the builtin jump is not intercepted). Weak: absent,
 * and not called, without ASan. */
extern void __asan_handle_no_return(void) __attribute__((weak));

/** How far below the limit a fault still counts as a stack overflow. */
#define W2O_STACK_FAULT_SLACK (1024u * 1024u)

/** One host entry: where a trap inside it unwinds to. */
typedef struct w2o_entry_frame {
  w2o_jump_buf jump;
  struct w2o_entry_frame *prev; /* the enclosing entry, or NULL */
  uintptr_t stack;              /* frame address of its w2o_call_unchecked */
  volatile w2o_trap_t trap;     /* set by the unwinder before jumping */
  bool in_interrupt_handler;    /* a fuel/epoch handler runs for the code it entered */
  void *volatile exceptions;    /* exception objects made inside it (exception.c) */
} w2o_entry_frame_t;

/** What a thread's entries share: one thread-local block, so an entry
 * computes its address once. */
typedef struct w2o_thread_state {
  w2o_entry_frame_t *innermost; /* NULL outside any entry */
  uintptr_t stack_limit;        /* valid while innermost != NULL */
  uintptr_t stack_top;          /* frame address of the outermost entry */
  bool prepared;                /* w2o_os_prepare_thread succeeded here */
  bool backtrace_recorded;      /* a trap recorded frames since the last clear */
  void *uncaught;               /* the exception object of the last W2O_TRAP_EXCEPTION */
} w2o_thread_state_t;

static _Thread_local w2o_thread_state_t thread_state;

static _Atomic size_t max_stack = W2O_DEFAULT_MAX_STACK;

static const char *const trap_messages[W2O_TRAP_COUNT] = {
    [W2O_OK] = "no trap",
    [W2O_TRAP_UNREACHABLE] = "unreachable",
    [W2O_TRAP_MEMORY_OUT_OF_BOUNDS] = "out of bounds memory access",
    [W2O_TRAP_TABLE_OUT_OF_BOUNDS] = "out of bounds table access",
    [W2O_TRAP_INTEGER_OVERFLOW] = "integer overflow",
    [W2O_TRAP_INTEGER_DIVIDE_BY_ZERO] = "integer divide by zero",
    [W2O_TRAP_INVALID_CONVERSION] = "invalid conversion to integer",
    [W2O_TRAP_UNDEFINED_ELEMENT] = "undefined element",
    [W2O_TRAP_UNINITIALIZED_ELEMENT] = "uninitialized element",
    [W2O_TRAP_INDIRECT_CALL_TYPE_MISMATCH] = "indirect call type mismatch",
    [W2O_TRAP_STACK_EXHAUSTED] = "call stack exhausted",
    [W2O_TRAP_OUT_OF_FUEL] = "all fuel consumed",
    [W2O_TRAP_INTERRUPTED] = "interrupted",
    [W2O_TRAP_HOST] = "host trap",
    [W2O_TRAP_UNALIGNED_ATOMIC] = "unaligned atomic",
    [W2O_TRAP_EXPECTED_SHARED] = "expected shared memory",
    [W2O_TRAP_EXCEPTION] = "uncaught exception",
};

static const char *const status_messages[] = {
    [W2O_STATUS_OK] = "ok",
    [W2O_STATUS_LINK_ERROR] = "unlinkable",
    [W2O_STATUS_TRAP] = "trap",
    [W2O_STATUS_NO_MEMORY] = "out of memory",
    [W2O_STATUS_BAD_MODULE] = "bad module descriptor",
    [W2O_STATUS_BAD_ARGUMENT] = "bad argument",
    [W2O_STATUS_NOT_ENABLED] = "the module was compiled without --fuel / --epoch",
};

const char *w2o_trap_message(w2o_trap_t trap) {
  return (unsigned)trap < W2O_TRAP_COUNT ? trap_messages[trap] : "unknown trap";
}

const char *w2o_status_message(w2o_status_t status) {
  size_t count = sizeof status_messages / sizeof status_messages[0];
  return (unsigned)status < count ? status_messages[status] : "unknown status";
}

void w2o_set_max_stack(size_t bytes) { atomic_store_explicit(&max_stack, bytes, memory_order_relaxed); }

size_t w2o_get_max_stack(void) { return atomic_load_explicit(&max_stack, memory_order_relaxed); }

/* ---- Unwinding ---- */

/* Jumps to `frame`'s entry, which returns `code`. Its own frame is not in
 * the backtrace: GCC does not inline a function that uses
 * __builtin_longjmp, so the callers record first (unwind). */
__attribute__((noreturn, noinline)) static void jump_to_entry(w2o_entry_frame_t *frame, w2o_trap_t code) {
  frame->trap = code;
  if (__asan_handle_no_return)
    __asan_handle_no_return();
  W2O_LONGJMP(frame->jump);
}

/* Records the backtrace up to `frame`'s entry, then unwinds to it. Inlined,
 * so the walk starts in the function that traps. */
__attribute__((always_inline, noreturn)) static inline void unwind(w2o_entry_frame_t *frame,
                                                                   w2o_trap_t code) {
  thread_state.backtrace_recorded = true;
  w2o_backtrace_capture(frame->stack);
  jump_to_entry(frame, code);
}

void w2o_trap(uint32_t code) {
  w2o_entry_frame_t *frame = thread_state.innermost;
  if (frame == NULL) {
    fprintf(stderr, "wasm2obj runtime: trap outside of w2o_call: %s\n", w2o_trap_message((w2o_trap_t)code));
    abort();
  }
  unwind(frame, (w2o_trap_t)code);
}

void w2o_host_trap(w2o_trap_t code) {
  w2o_trap(code == W2O_OK || code >= W2O_TRAP_COUNT ? W2O_TRAP_HOST : code);
}

void w2o_trap_on_fault(uintptr_t addr) {
  w2o_entry_frame_t *frame = thread_state.innermost;
  if (frame == NULL)
    return;
  if (w2o_memory_reservation_contains(addr))
    unwind(frame, W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  uintptr_t limit = thread_state.stack_limit;
  uintptr_t low = limit > W2O_STACK_FAULT_SLACK ? limit - W2O_STACK_FAULT_SLACK : 0;
  if (addr >= low && addr <= thread_state.stack_top)
    unwind(frame, W2O_TRAP_STACK_EXHAUSTED);
}

/* A thread that ends while it keeps an uncaught exception frees it: the
 * key's value only marks the thread (destructors run for non-NULL ones). */
static pthread_once_t uncaught_once = PTHREAD_ONCE_INIT;
static pthread_key_t uncaught_key;
static bool uncaught_key_made;

static void free_uncaught_at_exit(void *marker) {
  (void)marker;
  if (thread_state.uncaught)
    w2o_exception_free(thread_state.uncaught);
  thread_state.uncaught = NULL;
}

static void make_uncaught_key(void) {
  uncaught_key_made = pthread_key_create(&uncaught_key, free_uncaught_at_exit) == 0;
}

void w2o_trap_exception(void *object) {
  w2o_thread_state_t *t = &thread_state;
  if (t->uncaught)
    w2o_exception_free(t->uncaught);
  t->uncaught = object;
  pthread_once(&uncaught_once, make_uncaught_key);
  if (uncaught_key_made)
    pthread_setspecific(uncaught_key, (void *)1);
  w2o_trap(W2O_TRAP_EXCEPTION);
}

void *w2o_uncaught_exception(void) { return thread_state.uncaught; }

void **w2o_entry_exceptions(void) {
  w2o_entry_frame_t *frame = thread_state.innermost;
  return frame ? (void **)&frame->exceptions : NULL;
}

uintptr_t w2o_entry_boundary(void) {
  w2o_entry_frame_t *frame = thread_state.innermost;
  return frame ? frame->stack : 0;
}

bool w2o_interrupt_handler_mark(bool running) {
  w2o_entry_frame_t *frame = thread_state.innermost;
  if (frame == NULL)
    return false;
  bool was = frame->in_interrupt_handler;
  frame->in_interrupt_handler = running;
  return was;
}

bool w2o_interrupt_handler_running(void) {
  for (const w2o_entry_frame_t *f = thread_state.innermost; f; f = f->prev)
    if (f->in_interrupt_handler)
      return true;
  return false;
}

/* ---- Entries ---- */

/* Outermost entry on this thread: the stack window starts at its frame
 * address `top`; the thread's first entry also makes faults catchable. */
static void enter_outermost(w2o_thread_state_t *t, uintptr_t top) {
  size_t max = atomic_load_explicit(&max_stack, memory_order_relaxed);
  t->stack_top = top;
  t->stack_limit = top > max ? top - max : 1;
  /* If handlers or the alternate stack cannot be set up, calls still work;
   * guard-page hits and stack overflows then crash instead of trapping
   * (and the next outermost entry tries again). */
  if (__builtin_expect(!t->prepared, 0))
    t->prepared = w2o_os_prepare_thread();
}

/* An entry returned without a trap: forget the last trap's frames. */
static void forget_backtrace(w2o_thread_state_t *t) {
  if (t->backtrace_recorded) {
    w2o_backtrace_clear();
    t->backtrace_recorded = false;
  }
}

/* An entry returned: free the exceptions made inside it, and the last
 * uncaught one unless the entry ends with it. */
static void finish_exceptions(w2o_thread_state_t *t, w2o_entry_frame_t *frame) {
  if (frame->exceptions)
    w2o_exceptions_free(frame->exceptions);
  if (t->uncaught && frame->trap != W2O_TRAP_EXCEPTION) {
    w2o_exception_free(t->uncaught);
    t->uncaught = NULL;
  }
}

w2o_trap_t w2o_call_unchecked(const w2o_funcref_t *func, const w2o_value_t *args, w2o_value_t *results) {
  w2o_thread_state_t *t = &thread_state;
  w2o_entry_frame_t frame;
  uintptr_t *env_limit = func->env; /* every env starts with stack_limit */
  uintptr_t saved_env_limit = env_limit ? *env_limit : 0;
  /* The frame address, not &frame: under ASan's use-after-return mode
   * locals may live on a heap "fake stack" far from the real one. */
  frame.stack = (uintptr_t)__builtin_frame_address(0);
  frame.prev = t->innermost;
  if (frame.prev == NULL)
    enter_outermost(t, frame.stack);
  frame.trap = W2O_OK;
  frame.in_interrupt_handler = false;
  frame.exceptions = NULL;
  if (W2O_SETJMP(frame.jump) == 0) {
    t->innermost = &frame;
    if (env_limit)
      *env_limit = t->stack_limit;
    func->entry(func->func, func->env, args, results);
  }
  t->innermost = frame.prev;
  if (env_limit)
    *env_limit = saved_env_limit;
  if (frame.trap == W2O_OK)
    forget_backtrace(t);
  if (__builtin_expect(frame.exceptions != NULL || t->uncaught != NULL, 0))
    finish_exceptions(t, &frame);
  return frame.trap;
}

/* True if the arguments' count and types match `type`. */
static bool arguments_match(const w2o_functype_t *type, const w2o_value_t *args, size_t nargs,
                            size_t nresults) {
  if (nargs != type->param_count || nresults != type->result_count)
    return false;
  for (size_t i = 0; i < nargs; i++) {
    if (args[i].type != type->valtypes[i])
      return false;
  }
  return true;
}

w2o_status_t w2o_call(const w2o_funcref_t *func, const w2o_value_t *args, size_t nargs, w2o_value_t *results,
                      size_t nresults, w2o_trap_t *trap) {
  const w2o_functype_t *type = func ? w2o_type_lookup(func->type_id) : NULL;
  if (trap)
    *trap = W2O_OK;
  if (type == NULL || func->entry == NULL || !arguments_match(type, args, nargs, nresults))
    return W2O_STATUS_BAD_ARGUMENT;
  w2o_trap_t code = w2o_call_unchecked(func, args, results);
  if (trap)
    *trap = code;
  if (code != W2O_OK)
    return W2O_STATUS_TRAP;
  for (size_t i = 0; i < nresults; i++)
    results[i].type = type->valtypes[type->param_count + i];
  return W2O_STATUS_OK;
}

void w2o_host_func_init(w2o_funcref_t *func, w2o_host_env_t *env, const void *code,
                        const w2o_functype_t *type, w2o_entry_fn entry) {
  *func = (w2o_funcref_t){.func = code, .env = env, .type_id = w2o_type_intern(type), .entry = entry};
}
