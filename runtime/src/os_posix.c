/*
 * os_posix.c — the runtime's platform layer for POSIX hosts.
 *
 * Everything that talks to the kernel about address space and signals lives
 * here, in a few small functions, so the rest of the runtime is plain C:
 *  - address space: linear memories are reserved PROT_NONE with
 *    MAP_NORESERVE (no commit charge for the reservation) and committed by
 *    mprotect as they grow; anonymous pages read as zero. A reservation
 *    starts on a 2 MiB boundary, W2O_MEMORY_PRE_GUARD inaccessible bytes
 *    below it are mapped with it, and, when asked, it is marked MADV_HUGEPAGE:
 *    Linux's default transparent-huge-page mode ("madvise") then backs each
 *    whole 2 MiB of committed memory with one huge page, so touching a large
 *    memory takes 1/512 of the page faults and far fewer TLB misses. The
 *    advice only sets a flag on the mapping: the guard region stays
 *    PROT_NONE, and a kernel without THP ignores it. A reservation kept for
 *    reuse (memory.c) is emptied with MADV_DONTNEED, after which Linux
 *    gives zero-filled pages again, as after the first mmap.
 *  - fault handlers: SIGSEGV and SIGBUS are installed once per process with
 *    SA_SIGINFO | SA_ONSTACK | SA_NODEFER. NODEFER because a trap leaves the
 *    handler with a jump (trap.c) that does not restore the signal mask
 *    (saving it at every entry would cost a system call per host call). The handler asks
 *    trap.c whether the fault is a trap; if not, it passes the fault on to
 *    the action that was installed before ours, so foreign faults are never
 *    swallowed.
 *  - alternate signal stacks: a native stack overflow leaves no stack for
 *    the handler, so each thread that calls wasm gets a 64 KiB sigaltstack
 *    (kept if the thread already has one at least that large), released by
 *    a thread-specific-data destructor when the thread exits.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "internal.h"

#ifndef MAP_NORESERVE
#define MAP_NORESERVE 0 /* hosts without it never commit PROT_NONE pages anyway */
#endif
#ifndef MADV_HUGEPAGE
#define MADV_HUGEPAGE MADV_NORMAL /* hosts without transparent huge pages */
#endif

/** Size of the alternate signal stack given to each thread. */
#define W2O_ALTSTACK_SIZE (64u * 1024u)

/** Alignment of reservations: the size of an x86-64 / AArch64 huge page. */
#define W2O_HUGE_PAGE_SIZE ((size_t)2 << 20)

void *w2o_os_reserve(size_t bytes, bool huge_pages) {
  if (bytes > SIZE_MAX - W2O_HUGE_PAGE_SIZE - W2O_MEMORY_PRE_GUARD)
    return NULL;
  size_t padded = W2O_MEMORY_PRE_GUARD + bytes + W2O_HUGE_PAGE_SIZE;
  uint8_t *p = mmap(NULL, padded, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    return NULL;
  uintptr_t lowest = (uintptr_t)p + W2O_MEMORY_PRE_GUARD;
  uint8_t *start = (uint8_t *)((lowest + W2O_HUGE_PAGE_SIZE - 1) & ~(uintptr_t)(W2O_HUGE_PAGE_SIZE - 1));
  uint8_t *first = start - W2O_MEMORY_PRE_GUARD;
  if (first > p)
    munmap(p, (size_t)(first - p));
  if (p + padded > start + bytes)
    munmap(start + bytes, (size_t)(p + padded - (start + bytes)));
  if (huge_pages)
    madvise(start, bytes, MADV_HUGEPAGE); /* advice: failure (no THP) changes nothing */
  return start;
}

bool w2o_os_commit(void *addr, size_t bytes) {
  return bytes == 0 || mprotect(addr, bytes, PROT_READ | PROT_WRITE) == 0;
}

bool w2o_os_decommit(void *addr, size_t bytes) { return bytes == 0 || mprotect(addr, bytes, PROT_NONE) == 0; }

/* Private anonymous pages read as zero after MADV_DONTNEED (Linux; BSDs
 * and macOS keep the contents, so there this would need mmap(MAP_FIXED)). */
bool w2o_os_discard(void *addr, size_t bytes) {
  return bytes == 0 || madvise(addr, bytes, MADV_DONTNEED) == 0;
}

void w2o_os_release(void *addr, size_t bytes) {
  munmap((uint8_t *)addr - W2O_MEMORY_PRE_GUARD, bytes + W2O_MEMORY_PRE_GUARD);
}

/* ---- Fault handlers ---- */

static pthread_once_t handlers_once = PTHREAD_ONCE_INIT;
static bool handlers_installed; /* written once inside pthread_once */
static struct sigaction previous_segv;
static struct sigaction previous_bus;
static pthread_key_t altstack_key;

static struct sigaction *previous_action(int sig) { return sig == SIGBUS ? &previous_bus : &previous_segv; }

/* Passes a fault that is not a trap to whoever handled it before us. */
static void chain_fault(int sig, siginfo_t *info, void *context) {
  struct sigaction *prev = previous_action(sig);
  if (prev->sa_flags & SA_SIGINFO) {
    prev->sa_sigaction(sig, info, context);
    return;
  }
  if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) {
    prev->sa_handler(sig);
    return;
  }
  /* Default action: restore it; a real fault re-executes the faulting
   * instruction on return and now terminates; a sent signal is re-sent. */
  sigaction(sig, prev, NULL);
  if (info->si_code <= 0)
    raise(sig);
}

static void on_fault(int sig, siginfo_t *info, void *context) {
  if (info->si_code > 0) /* raised by the kernel, not sent by kill() */
    w2o_trap_on_fault((uintptr_t)info->si_addr);
  chain_fault(sig, info, context);
}

static void free_altstack(void *mem) {
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && current.ss_sp == mem) {
    stack_t off = {.ss_flags = SS_DISABLE};
    sigaltstack(&off, NULL);
  }
  munmap(mem, W2O_ALTSTACK_SIZE);
}

static void install_handlers(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  /* Read the previous actions first so they are complete before a fault can
   * reach our handler. */
  if (sigaction(SIGSEGV, NULL, &previous_segv) != 0 || sigaction(SIGBUS, NULL, &previous_bus) != 0)
    return;
  if (pthread_key_create(&altstack_key, free_altstack) != 0)
    return;
  handlers_installed = sigaction(SIGSEGV, &sa, NULL) == 0 && sigaction(SIGBUS, &sa, NULL) == 0;
}

/* ---- Alternate signal stacks ---- */

static _Thread_local bool altstack_ready;

static bool ensure_altstack(void) {
  stack_t current;
  if (altstack_ready)
    return true;
  if (sigaltstack(NULL, &current) != 0)
    return false;
  bool usable = !(current.ss_flags & SS_DISABLE) && current.ss_size >= W2O_ALTSTACK_SIZE;
  if (usable || (current.ss_flags & SS_ONSTACK))
    return altstack_ready = true;
  void *mem = mmap(NULL, W2O_ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    return false;
  stack_t ours = {.ss_sp = mem, .ss_size = W2O_ALTSTACK_SIZE, .ss_flags = 0};
  if (sigaltstack(&ours, NULL) != 0 || pthread_setspecific(altstack_key, mem) != 0) {
    free_altstack(mem);
    return false;
  }
  return altstack_ready = true;
}

bool w2o_os_prepare_thread(void) {
  pthread_once(&handlers_once, install_handlers);
  return handlers_installed && ensure_altstack();
}
