/*
 * interrupt.c — fuel and epochs: stopping guests after an amount of work or
 * when time is up (modules built with `wasm2obj --fuel` / `--epoch`).
 *
 * Generated code keeps the instance's fuel in a register, writes it back to
 * ctx->fuel around calls, returns and traps, and calls w2o_fuel_exhausted
 * when a check at a function entry or loop header finds it below zero.
 * Epoch checks at the same places compare the process-wide counter, read
 * by its symbol (W2O_EPOCH_COUNTER_SYMBOL), with ctx->epoch_deadline and
 * call w2o_epoch_reached.
 * Both slow paths run the instance's handler, which may let the guest go
 * on, or trap. No memory grows while a handler runs (w2o_memory_grow and
 * memory.grow fail, as they may at any time): the interrupted code goes on
 * with the memory size it read before the check. The counter is one atomic word: incrementing it is safe from
 * any thread and from signal handlers.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "internal.h"

/* Named by W2O_EPOCH_COUNTER_SYMBOL: generated code reads it by that name. */
_Atomic uint64_t w2o_epoch_counter;

static w2o_instance_private_t *private_of(const w2o_instance_t *instance) {
  return (w2o_instance_private_t *)instance;
}

static bool has_flag(const w2o_instance_t *instance, uint32_t flag) {
  return (instance->module->flags & flag) != 0;
}

void w2o_interrupt_init(w2o_instance_private_t *p) {
  p->base.fuel = INT64_MAX;
  p->base.epoch_deadline = UINT64_MAX;
}

/* ---- fuel ---- */

w2o_status_t w2o_fuel_set(w2o_instance_t *instance, int64_t fuel) {
  if (!has_flag(instance, W2O_MODULE_FUEL))
    return W2O_STATUS_NOT_ENABLED;
  instance->fuel = fuel;
  return W2O_STATUS_OK;
}

w2o_status_t w2o_fuel_add(w2o_instance_t *instance, int64_t fuel) {
  if (!has_flag(instance, W2O_MODULE_FUEL))
    return W2O_STATUS_NOT_ENABLED;
  if (fuel > 0 && instance->fuel > INT64_MAX - fuel)
    instance->fuel = INT64_MAX;
  else
    instance->fuel += fuel;
  return W2O_STATUS_OK;
}

w2o_status_t w2o_fuel_get(const w2o_instance_t *instance, int64_t *fuel) {
  if (!has_flag(instance, W2O_MODULE_FUEL))
    return W2O_STATUS_NOT_ENABLED;
  *fuel = instance->fuel;
  return W2O_STATUS_OK;
}

w2o_status_t w2o_fuel_set_handler(w2o_instance_t *instance, w2o_fuel_handler_t handler, void *user) {
  if (!has_flag(instance, W2O_MODULE_FUEL))
    return W2O_STATUS_NOT_ENABLED;
  private_of(instance)->fuel_handler = handler;
  private_of(instance)->fuel_user = user;
  return W2O_STATUS_OK;
}

void w2o_fuel_exhausted(w2o_instance_t *instance) {
  w2o_instance_private_t *p = private_of(instance);
  while (instance->fuel < 0) {
    bool was = w2o_interrupt_handler_mark(true);
    bool go_on = p->fuel_handler && p->fuel_handler(instance, p->fuel_user);
    w2o_interrupt_handler_mark(was);
    if (!go_on)
      w2o_trap(W2O_TRAP_OUT_OF_FUEL);
  }
}

/* ---- epochs ---- */

void w2o_epoch_increment(void) { atomic_fetch_add_explicit(&w2o_epoch_counter, 1, memory_order_relaxed); }

uint64_t w2o_epoch_now(void) { return atomic_load_explicit(&w2o_epoch_counter, memory_order_relaxed); }

w2o_status_t w2o_epoch_set_deadline(w2o_instance_t *instance, uint64_t delta) {
  if (!has_flag(instance, W2O_MODULE_EPOCH))
    return W2O_STATUS_NOT_ENABLED;
  uint64_t now = w2o_epoch_now();
  instance->epoch_deadline = delta > UINT64_MAX - now ? UINT64_MAX : now + delta;
  return W2O_STATUS_OK;
}

w2o_status_t w2o_epoch_set_handler(w2o_instance_t *instance, w2o_epoch_handler_t handler, void *user) {
  if (!has_flag(instance, W2O_MODULE_EPOCH))
    return W2O_STATUS_NOT_ENABLED;
  private_of(instance)->epoch_handler = handler;
  private_of(instance)->epoch_user = user;
  return W2O_STATUS_OK;
}

void w2o_epoch_reached(w2o_instance_t *instance) {
  w2o_instance_private_t *p = private_of(instance);
  uint64_t delta = 0;
  bool was = w2o_interrupt_handler_mark(true);
  bool go_on = p->epoch_handler && p->epoch_handler(instance, p->epoch_user, &delta) && delta != 0;
  w2o_interrupt_handler_mark(was);
  if (!go_on)
    w2o_trap(W2O_TRAP_INTERRUPTED);
  w2o_epoch_set_deadline(instance, delta);
}

/* ---- ticker ---- */

struct w2o_ticker {
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t wake;
  unsigned period_ms;
  bool stop;
};

static void *tick(void *arg) {
  w2o_ticker_t *t = arg;
  pthread_mutex_lock(&t->lock);
  while (!t->stop) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += t->period_ms / 1000;
    until.tv_nsec += (long)(t->period_ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
      until.tv_sec++;
      until.tv_nsec -= 1000000000L;
    }
    if (pthread_cond_timedwait(&t->wake, &t->lock, &until) != 0 && !t->stop)
      w2o_epoch_increment();
  }
  pthread_mutex_unlock(&t->lock);
  return NULL;
}

w2o_ticker_t *w2o_ticker_start(unsigned period_ms) {
  w2o_ticker_t *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  t->period_ms = period_ms ? period_ms : 1;
  pthread_mutex_init(&t->lock, NULL);
  pthread_cond_init(&t->wake, NULL);
  if (pthread_create(&t->thread, NULL, tick, t) != 0) {
    free(t);
    return NULL;
  }
  return t;
}

void w2o_ticker_stop(w2o_ticker_t *ticker) {
  if (!ticker)
    return;
  pthread_mutex_lock(&ticker->lock);
  ticker->stop = true;
  pthread_cond_signal(&ticker->wake);
  pthread_mutex_unlock(&ticker->lock);
  pthread_join(ticker->thread, NULL);
  pthread_mutex_destroy(&ticker->lock);
  pthread_cond_destroy(&ticker->wake);
  free(ticker);
}
