/*
 * Example 2: one compiled module, four threads, one instance each, all
 * running at once. The module's code is shared; every instance has its own
 * memory, so the threads' data never mix. Threads 1 and 3 also make their
 * instance trap (an out-of-bounds load, a runaway recursion) between calls:
 * a trap unwinds only the thread that raised it, and its instance stays
 * usable, while threads 0 and 2 never see anything of it.
 * Exits 0 when every thread's every check passed.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#include "worker.h"

enum { THREADS = 4, ROUNDS = 3000, WORDS = 4000 };

typedef struct job {
  int id;
  pthread_barrier_t *start;
  int traps;    /* traps this thread raised and got back, as expected */
  int failures; /* results that were not what this thread expected */
} job_t;

/* What worker.fill returns, computed natively. */
static uint32_t expected_sum(uint32_t tag, uint32_t n) {
  uint32_t x = tag, sum = 0;
  for (uint32_t i = 1; i <= n; i++) {
    x = x * 1103515245u + 12345u;
    sum += x;
  }
  return sum;
}

/* One round: fill with this round's tag, maybe trap, then check the memory
 * still holds this thread's data. */
static void round_of(job_t *job, worker_instance_t *instance, int round) {
  uint32_t tag = (uint32_t)(job->id * 100000 + round), sum = 0, value = 0;
  if (worker_fill(instance, tag, WORDS, &sum) != W2O_OK || sum != expected_sum(tag, WORDS))
    job->failures++;
  if (job->id % 2 == 1 && round % 10 == 0) {
    w2o_trap_t expect = job->id == 1 ? W2O_TRAP_MEMORY_OUT_OF_BOUNDS : W2O_TRAP_STACK_EXHAUSTED;
    w2o_trap_t trap =
        job->id == 1 ? worker_word(instance, 1u << 24, &value) : worker_deep(instance, 0, &value);
    if (trap == expect)
      job->traps++;
    else
      job->failures++;
  }
  if (worker_tag(instance, &value) != W2O_OK || value != tag)
    job->failures++;
}

static void *thread_main(void *arg) {
  job_t *job = arg;
  worker_instance_t *instance;
  w2o_error_t err;
  if (worker_instantiate(&instance, NULL, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "thread %d: %s\n", job->id, err.message);
    job->failures++;
    pthread_barrier_wait(job->start);
    return NULL;
  }
  pthread_barrier_wait(job->start); /* all four instances exist: run together */
  for (int round = 0; round < ROUNDS; round++)
    round_of(job, instance, round);
  worker_free(instance);
  return NULL;
}

int main(void) {
  pthread_barrier_t start;
  pthread_barrier_init(&start, NULL, THREADS);
  job_t jobs[THREADS];
  pthread_t threads[THREADS];
  for (int i = 0; i < THREADS; i++) {
    jobs[i] = (job_t){.id = i, .start = &start};
    if (pthread_create(&threads[i], NULL, thread_main, &jobs[i]) != 0) {
      fprintf(stderr, "pthread_create failed\n");
      return 1;
    }
  }
  int failures = 0;
  for (int i = 0; i < THREADS; i++) {
    pthread_join(threads[i], NULL);
    int expected_traps = i % 2 == 1 ? ROUNDS / 10 : 0;
    printf("thread %d: %d rounds, %d traps (expected %d), %d failures\n", i, ROUNDS, jobs[i].traps,
           expected_traps, jobs[i].failures);
    failures += jobs[i].failures + (jobs[i].traps != expected_traps);
  }
  pthread_barrier_destroy(&start);
  printf("%s\n", failures == 0 ? "all threads passed" : "FAILED");
  return failures == 0 ? 0 : 1;
}
