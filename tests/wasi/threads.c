/*
 * threads.c — wasi-threads: threads started with the `wasi` `thread-spawn`
 * import on a shared, imported memory (built with -matomics -mbulk-memory
 * -Wl,--shared-memory,--import-memory; tests/threads.cmake).
 *
 * Debian ships no threaded wasi-libc, so this program does what its thread
 * support would: wasi_thread_start (below, in assembly, since no C code may
 * run before it) points the new instance's __stack_pointer at a stack the
 * main thread allocated, then calls thread_entry. Only the main thread
 * calls into libc (malloc, write): wasi-libc here is not thread-safe. Output
 * goes through write(), never stdio's buffer: wasm-ld wraps the exported
 * wasi_thread_start of a command so that it runs __stdio_exit when the
 * thread returns, which must find that buffer empty (reading it then is
 * no race; flushing it would be one).
 *
 * Modes (argv[1]):
 *   counter    4 threads each add 1 to a shared counter 100000 times with
 *              atomic read-modify-writes, and signal "done" with a notify;
 *              main waits for each (memory.atomic.wait32) and checks the
 *              total is exactly 400000
 *   handshake  a thread waits for main's "ping", answers "pong"; both
 *              sides wait and notify, with timeouts that must not expire
 *   exit       a thread calls proc_exit(7) while main waits forever: the
 *              program must end with status 7
 *   trap       a thread executes `unreachable` while main waits forever:
 *              the program must end as a trap does (status 134)
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define THREADS     4
#define INCREMENTS  100000
#define STACK_BYTES (64 * 1024)

__attribute__((import_module("wasi"), import_name("thread-spawn"))) int32_t thread_spawn(void *start_arg);

/* What one thread starts with; `stack_top` first (wasi_thread_start reads it). */
typedef struct thread {
  uint32_t stack_top;
  int mode;
  int32_t done; /* 0 until the thread's work is finished */
} thread_t;

enum { MODE_COUNTER, MODE_HANDSHAKE, MODE_EXIT, MODE_TRAP };

static int32_t counter;
static int32_t ping, pong;
static int32_t forever; /* never notified */

/* wasi_thread_start(tid, arg): switch to the thread's own stack, then C. */
__asm__(".globaltype __stack_pointer, i32\n"
        ".functype thread_entry (i32, i32) -> ()\n"
        ".globl wasi_thread_start\n"
        ".type wasi_thread_start,@function\n"
        "wasi_thread_start:\n"
        ".functype wasi_thread_start (i32, i32) -> ()\n"
        "  local.get 1\n"
        "  i32.load 0\n"
        "  global.set __stack_pointer\n"
        "  local.get 0\n"
        "  local.get 1\n"
        "  call thread_entry\n"
        "  end_function\n");

/* Waits until *p != old (no timeout); returns how many waits returned "woken". */
static int wait_change(int32_t *p, int32_t old) {
  int woken = 0;
  while (__atomic_load_n(p, __ATOMIC_SEQ_CST) == old)
    woken += __builtin_wasm_memory_atomic_wait32(p, old, -1) == 0;
  return woken;
}

static void set_and_notify(int32_t *p, int32_t value) {
  __atomic_store_n(p, value, __ATOMIC_SEQ_CST);
  __builtin_wasm_memory_atomic_notify(p, 1);
}

__attribute__((used)) void thread_entry(int32_t tid, thread_t *t) {
  (void)tid;
  switch (t->mode) {
  case MODE_COUNTER:
    for (int i = 0; i < INCREMENTS; i++)
      __atomic_fetch_add(&counter, 1, __ATOMIC_SEQ_CST);
    break;
  case MODE_HANDSHAKE:
    /* 10 s is far more than a handshake takes: a timeout here is a lost wake-up. */
    while (__atomic_load_n(&ping, __ATOMIC_SEQ_CST) == 0)
      if (__builtin_wasm_memory_atomic_wait32(&ping, 0, 10000000000ll) == 2)
        __builtin_trap();
    set_and_notify(&pong, 1);
    break;
  case MODE_EXIT:
    __builtin_wasm_memory_atomic_wait32(&forever, 0, 1000000); /* 1 ms, then exit */
    _Exit(7);
  default: __builtin_trap();
  }
  set_and_notify(&t->done, 1);
}

/* printf without stdio's buffer (see above). */
__attribute__((format(printf, 1, 2))) static void say(const char *fmt, ...) {
  char line[128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  if (n > 0 && write(1, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1) < 0)
    abort();
}

static thread_t *start(int mode) {
  thread_t *t = calloc(1, sizeof *t);
  char *stack = malloc(STACK_BYTES);
  if (t == NULL || stack == NULL)
    abort();
  t->stack_top = (uint32_t)(uintptr_t)(stack + STACK_BYTES) & ~15u;
  t->mode = mode;
  int32_t tid = thread_spawn(t);
  if (tid <= 0) {
    say("thread-spawn failed: %d\n", tid);
    exit(1);
  }
  return t;
}

static int run_counter(void) {
  thread_t *t[THREADS];
  for (int i = 0; i < THREADS; i++)
    t[i] = start(MODE_COUNTER);
  for (int i = 0; i < THREADS; i++)
    wait_change(&t[i]->done, 0);
  int32_t total = __atomic_load_n(&counter, __ATOMIC_SEQ_CST);
  say("counter %d\n", total);
  return total == THREADS * INCREMENTS ? 0 : 1;
}

static int run_handshake(void) {
  thread_t *t = start(MODE_HANDSHAKE);
  set_and_notify(&ping, 1);
  while (__atomic_load_n(&pong, __ATOMIC_SEQ_CST) == 0)
    if (__builtin_wasm_memory_atomic_wait32(&pong, 0, 10000000000ll) == 2) {
      say("handshake timed out\n");
      return 1;
    }
  wait_change(&t->done, 0);
  say("handshake ok\n");
  return 0;
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "counter";
  if (strcmp(mode, "counter") == 0)
    return run_counter();
  if (strcmp(mode, "handshake") == 0)
    return run_handshake();
  say("main waits\n");
  start(strcmp(mode, "exit") == 0 ? MODE_EXIT : MODE_TRAP);
  wait_change(&forever, 0); /* the thread ends the program */
  return 1;
}
