/*
 * test_wait.c — the runtime's thread support on its own (runtime/src/wait.c
 * and the shared-memory growth of memory.c), called the way generated code
 * calls it, from several host threads. Built twice (tests/threads.cmake):
 * against the runtime, and against a copy of the runtime compiled with
 * -fsanitize=thread, whose test fails on any ThreadSanitizer report.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "w2o.h"

#define WAITERS 4

typedef struct shared {
  w2o_memory_t *memory;
  uint64_t address; /* byte offset of the word the threads wait on */
  uint32_t result;
} shared_t;

/* Checks made on other threads (cmocka's asserts belong to the main one). */
static int thread_failures;
#define THREAD_CHECK(cond) \
  ((cond) ? (void)0 : (void)__atomic_add_fetch(&thread_failures, 1, __ATOMIC_SEQ_CST))

static uint32_t *word(w2o_memory_t *m, uint64_t address) { return (uint32_t *)(m->base + address); }

/* Waits (no timeout) while the word is 0. */
static void *waiter(void *arg) {
  shared_t *s = arg;
  s->result = w2o_memory_atomic_wait32(s->memory, s->address, 0, -1);
  return NULL;
}

/* A notify wakes exactly the waiters it counts, each once, and they report 0. */
static void notify_wakes_waiters(void **state) {
  (void)state;
  w2o_memory_t *m = w2o_memory_new_shared(1, 1);
  assert_non_null(m);
  shared_t s[WAITERS];
  pthread_t t[WAITERS];
  for (int i = 0; i < WAITERS; i++) {
    s[i] = (shared_t){.memory = m, .address = 64, .result = 99};
    assert_int_equal(pthread_create(&t[i], NULL, waiter, &s[i]), 0);
  }
  uint32_t woken = 0;
  while (woken < WAITERS) /* waiters not yet queued are woken by a later notify */
    woken += w2o_memory_atomic_notify(m, 64, 1);
  for (int i = 0; i < WAITERS; i++) {
    pthread_join(t[i], NULL);
    assert_int_equal(s[i].result, 0);
  }
  assert_int_equal(w2o_memory_atomic_notify(m, 64, 10), 0); /* nobody left */
  w2o_memory_free(m);
}

/* A store, then a notify, never leaves the waiter asleep: it sees the new
 * value (1, "not-equal") or is woken (0). */
static void *store_then_notify(void *arg) {
  shared_t *s = arg;
  __atomic_store_n(word(s->memory, s->address), 1, __ATOMIC_SEQ_CST);
  w2o_memory_atomic_notify(s->memory, s->address, 1);
  return NULL;
}

static void no_lost_wakeup(void **state) {
  (void)state;
  w2o_memory_t *m = w2o_memory_new_shared(1, 1);
  for (int round = 0; round < 200; round++) {
    __atomic_store_n(word(m, 128), 0, __ATOMIC_SEQ_CST);
    shared_t s = {.memory = m, .address = 128};
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, store_then_notify, &s), 0);
    uint32_t r = w2o_memory_atomic_wait32(m, 128, 0, 5000000000ll);
    assert_true(r == 0 || r == 1);
    pthread_join(t, NULL);
  }
  w2o_memory_free(m);
}

/* Results without another thread: not-equal, and timeouts of both widths. */
static void results_and_timeouts(void **state) {
  (void)state;
  w2o_memory_t *m = w2o_memory_new_shared(1, 1);
  *word(m, 8) = 7;
  assert_int_equal(w2o_memory_atomic_wait32(m, 8, 6, -1), 1);
  assert_int_equal(w2o_memory_atomic_wait64(m, 8, 8, -1), 1);
  assert_int_equal(w2o_memory_atomic_wait32(m, 8, 7, 0), 2);
  assert_int_equal(w2o_memory_atomic_wait32(m, 8, 7, 1000000), 2);
  assert_int_equal(w2o_memory_atomic_wait64(m, 8, 7, 1000000), 2);
  w2o_memory_free(m);
}

/* Growth from several threads at once: each gets its own old size, the
 * sizes add up, and readers see the size only increase. */
static void *grow_one_page_a_time(void *arg) {
  w2o_memory_t *m = arg;
  for (int i = 0; i < 16; i++) {
    uint64_t old = w2o_memory_grow(m, 1);
    THREAD_CHECK(old != UINT64_MAX);
    if (old == UINT64_MAX)
      return NULL;
    m->base[old * W2O_PAGE_SIZE] = 1; /* the page this thread got is committed */
  }
  return NULL;
}

static void *read_sizes(void *arg) {
  w2o_memory_t *m = arg;
  uint64_t last = 0;
  while (last < 65 * (uint64_t)W2O_PAGE_SIZE) {
    uint64_t now = w2o_memory_size(m);
    THREAD_CHECK(now >= last);
    last = now;
  }
  return NULL;
}

static void concurrent_growth(void **state) {
  (void)state;
  w2o_memory_t *m = w2o_memory_new_shared(1, 100);
  pthread_t growers[4], reader;
  assert_int_equal(pthread_create(&reader, NULL, read_sizes, m), 0);
  for (int i = 0; i < 4; i++)
    assert_int_equal(pthread_create(&growers[i], NULL, grow_one_page_a_time, m), 0);
  for (int i = 0; i < 4; i++)
    pthread_join(growers[i], NULL);
  pthread_join(reader, NULL);
  assert_int_equal(thread_failures, 0);
  assert_int_equal(w2o_memory_size(m), 65 * (uint64_t)W2O_PAGE_SIZE);
  for (uint64_t page = 1; page < 65; page++)
    assert_int_equal(m->base[page * W2O_PAGE_SIZE], 1);
  w2o_memory_free(m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(notify_wakes_waiters),
      cmocka_unit_test(no_lost_wakeup),
      cmocka_unit_test(results_and_timeouts),
      cmocka_unit_test(concurrent_growth),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
