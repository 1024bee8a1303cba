/*
 * wait.c — memory.atomic.wait32/wait64 and memory.atomic.notify (threads).
 *
 * requires: generated code has checked the address's alignment and bounds
 *           (compiler/lower_atomic.c); `address` is a byte offset into the
 *           memory, and base + address names one location for the whole
 *           process (reservations never overlap), so it is the wait key.
 * produces: futex semantics across threads. A waiter and a notifier agree
 *   through a bucket of a fixed hash table: a mutex and a doubly linked
 *   queue of waiters, oldest first. A wait compares the value (an atomic,
 *   sequentially consistent load) and enqueues itself under the bucket's
 *   lock, so a notify that follows a store the waiter did not see cannot
 *   miss it: the notifier takes the same lock before scanning the queue.
 *   Each waiter sleeps on its own condition variable (CLOCK_MONOTONIC, so a
 *   change of the wall clock does not shorten or stretch a timeout); a
 *   notify dequeues the waiters it wakes and marks them woken, so a wake-up
 *   is never counted twice and a waiter that times out at the same moment
 *   still reports 0 once it was dequeued. A 64-bit key works for wait32 and
 *   wait64 alike (no 32-bit futex word is needed).
 * breaks:   nothing. A blocked wait is not interrupted by epochs or fuel:
 *   it ends on a notify or its timeout only.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <time.h>

#include "internal.h"

/** Buckets of the wait table (a power of two). */
#define W2O_WAIT_BUCKETS 256u

typedef struct w2o_waiter {
  uintptr_t key; /* base + address */
  pthread_cond_t wake;
  bool woken; /* set (under the bucket's lock) by the notify that dequeued it */
  struct w2o_waiter *prev, *next;
} w2o_waiter_t;

typedef struct w2o_wait_bucket {
  pthread_mutex_t lock;
  w2o_waiter_t *head, *tail; /* guarded by lock */
} w2o_wait_bucket_t;

static w2o_wait_bucket_t buckets[W2O_WAIT_BUCKETS];
static pthread_once_t buckets_once = PTHREAD_ONCE_INIT;

static void init_buckets(void) {
  for (unsigned i = 0; i < W2O_WAIT_BUCKETS; i++)
    pthread_mutex_init(&buckets[i].lock, NULL);
}

/* The bucket of `key`: Fibonacci hashing of the address without its low
 * bits, so neighbouring words spread over the table. */
static w2o_wait_bucket_t *bucket_of(uintptr_t key) {
  pthread_once(&buckets_once, init_buckets);
  uint64_t h = ((uint64_t)key >> 2) * 0x9E3779B97F4A7C15ull;
  return &buckets[h >> 56 & (W2O_WAIT_BUCKETS - 1)];
}

static void enqueue(w2o_wait_bucket_t *b, w2o_waiter_t *w) {
  w->prev = b->tail;
  w->next = NULL;
  if (b->tail)
    b->tail->next = w;
  else
    b->head = w;
  b->tail = w;
}

static void dequeue(w2o_wait_bucket_t *b, w2o_waiter_t *w) {
  if (w->prev)
    w->prev->next = w->next;
  else
    b->head = w->next;
  if (w->next)
    w->next->prev = w->prev;
  else
    b->tail = w->prev;
}

/* Now + `ns` on CLOCK_MONOTONIC, saturating far in the future. */
static struct timespec deadline_after(int64_t ns) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  int64_t seconds = ns / 1000000000, rest = ns % 1000000000;
  if (seconds > INT32_MAX) /* beyond any real wait: sleep ~68 years at most */
    seconds = INT32_MAX, rest = 0;
  t.tv_sec += (time_t)seconds;
  t.tv_nsec += (long)rest;
  if (t.tv_nsec >= 1000000000) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000;
  }
  return t;
}

/* Sleeps in bucket `b` (locked) until woken or past `timeout` ns (negative:
 * none). Returns 0 woken, 2 timed out. */
static uint32_t sleep_in(w2o_wait_bucket_t *b, w2o_waiter_t *w, int64_t timeout) {
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(&w->wake, &attr);
  pthread_condattr_destroy(&attr);
  struct timespec until = timeout >= 0 ? deadline_after(timeout) : (struct timespec){0};
  enqueue(b, w);
  int rc = 0;
  while (!w->woken && rc != ETIMEDOUT)
    rc = timeout < 0 ? pthread_cond_wait(&w->wake, &b->lock)
                     : pthread_cond_timedwait(&w->wake, &b->lock, &until);
  if (!w->woken)
    dequeue(b, w);
  pthread_cond_destroy(&w->wake);
  return w->woken ? 0 : 2;
}

/* The wait of both widths: `value` reads the current value atomically. */
static uint32_t wait_on(w2o_memory_t *memory, uint64_t address, uint64_t expected, int64_t timeout,
                        unsigned bytes) {
  if (!(memory->flags & W2O_MEMORY_SHARED))
    w2o_trap(W2O_TRAP_EXPECTED_SHARED);
  uint8_t *at = memory->base + address;
  w2o_waiter_t w = {.key = (uintptr_t)at};
  w2o_wait_bucket_t *b = bucket_of(w.key);
  pthread_mutex_lock(&b->lock);
  uint64_t value = bytes == 4 ? __atomic_load_n((uint32_t *)at, __ATOMIC_SEQ_CST)
                              : __atomic_load_n((uint64_t *)at, __ATOMIC_SEQ_CST);
  uint32_t result = value != expected ? 1 : timeout == 0 ? 2 : sleep_in(b, &w, timeout);
  pthread_mutex_unlock(&b->lock);
  return result;
}

uint32_t w2o_memory_atomic_wait32(w2o_memory_t *memory, uint64_t address, uint32_t expected,
                                  int64_t timeout) {
  return wait_on(memory, address, expected, timeout, 4);
}

uint32_t w2o_memory_atomic_wait64(w2o_memory_t *memory, uint64_t address, uint64_t expected,
                                  int64_t timeout) {
  return wait_on(memory, address, expected, timeout, 8);
}

uint32_t w2o_memory_atomic_notify(w2o_memory_t *memory, uint64_t address, uint32_t count) {
  if (!(memory->flags & W2O_MEMORY_SHARED) || count == 0)
    return 0; /* an unshared memory has no waiters */
  uintptr_t key = (uintptr_t)(memory->base + address);
  w2o_wait_bucket_t *b = bucket_of(key);
  uint32_t woken = 0;
  pthread_mutex_lock(&b->lock);
  for (w2o_waiter_t *w = b->head, *next; w != NULL && woken < count; w = next) {
    next = w->next;
    if (w->key != key)
      continue;
    dequeue(b, w);
    w->woken = true;
    pthread_cond_signal(&w->wake);
    woken++;
  }
  pthread_mutex_unlock(&b->lock);
  return woken;
}
