/*
 * proc.c — the process-level functions of wasi_snapshot_preview1:
 * arguments, environment, clocks, randomness, exit, yielding, poll_oneoff,
 * and the socket functions, which answer ENOTSOCK (EBADF for a closed fd).
 *
 * proc_exit cannot return into the guest, so it records the code in the
 * context and unwinds with w2o_host_trap(W2O_TRAP_HOST); w2o_wasi_run sees
 * the host trap together with the recorded code and turns it into the exit
 * status (run.c).
 *
 * poll_oneoff maps fd subscriptions to one ppoll(2) and clock subscriptions
 * to its timeout (the earliest one, converted from an absolute time where
 * the subscription asks for it). Events for fds come back if any fd is
 * ready; otherwise the clock subscriptions whose time has come fire.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <time.h>

#include "internal.h"
#include "wasi_funcs.h"

/* Writes n strings as a pointer array at `ptrs` and their bytes at `buf`. */
static uint32_t put_strings(w2o_wasi_t *w, char **strings, uint32_t n, uint32_t bytes, uint32_t ptrs,
                            uint32_t buf) {
  uint8_t *p = wasi_mem(w, ptrs, (uint64_t)n * 4);
  uint8_t *b = wasi_mem(w, buf, bytes);
  if (p == NULL || b == NULL)
    return WASI_EFAULT;
  uint32_t offset = 0;
  for (uint32_t i = 0; i < n; i++) {
    size_t len = strlen(strings[i]) + 1;
    memcpy(b + offset, strings[i], len);
    wasi_put32(p + 4 * i, buf + offset);
    offset += (uint32_t)len;
  }
  return WASI_ESUCCESS;
}

static uint32_t put_sizes(w2o_wasi_t *w, uint32_t count, uint32_t bytes, uint32_t count_ptr,
                          uint32_t bytes_ptr) {
  if (wasi_mem(w, count_ptr, 4) == NULL || wasi_mem(w, bytes_ptr, 4) == NULL)
    return WASI_EFAULT;
  wasi_store32(w, count_ptr, count);
  wasi_store32(w, bytes_ptr, bytes);
  return WASI_ESUCCESS;
}

uint32_t wasi_args_get(w2o_host_env_t *env, uint32_t argv, uint32_t buf) {
  w2o_wasi_t *w = wasi_of(env);
  return put_strings(w, w->argv, w->argc, w->argv_bytes, argv, buf);
}

uint32_t wasi_args_sizes_get(w2o_host_env_t *env, uint32_t argc, uint32_t size) {
  w2o_wasi_t *w = wasi_of(env);
  return put_sizes(w, w->argc, w->argv_bytes, argc, size);
}

uint32_t wasi_environ_get(w2o_host_env_t *env, uint32_t environ, uint32_t buf) {
  w2o_wasi_t *w = wasi_of(env);
  return put_strings(w, w->envp, w->envc, w->env_bytes, environ, buf);
}

uint32_t wasi_environ_sizes_get(w2o_host_env_t *env, uint32_t count, uint32_t size) {
  w2o_wasi_t *w = wasi_of(env);
  return put_sizes(w, w->envc, w->env_bytes, count, size);
}

/* The host clock of a WASI clock id, or false for an unknown id. */
static bool host_clock(uint32_t id, clockid_t *out) {
  static const clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
                                     CLOCK_THREAD_CPUTIME_ID};
  if (id > 3)
    return false;
  *out = clocks[id];
  return true;
}

static uint64_t ns_of(struct timespec t) { return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec; }

uint32_t wasi_clock_res_get(w2o_host_env_t *env, uint32_t id, uint32_t result) {
  w2o_wasi_t *w = wasi_of(env);
  clockid_t clock;
  struct timespec t;
  if (!host_clock(id, &clock))
    return WASI_EINVAL;
  if (wasi_mem(w, result, 8) == NULL)
    return WASI_EFAULT;
  if (clock_getres(clock, &t) < 0)
    return wasi_errno_now();
  wasi_store64(w, result, ns_of(t));
  return WASI_ESUCCESS;
}

uint32_t wasi_clock_time_get(w2o_host_env_t *env, uint32_t id, uint64_t precision, uint32_t result) {
  w2o_wasi_t *w = wasi_of(env);
  clockid_t clock;
  struct timespec t;
  (void)precision;
  if (!host_clock(id, &clock))
    return WASI_EINVAL;
  if (wasi_mem(w, result, 8) == NULL)
    return WASI_EFAULT;
  if (clock_gettime(clock, &t) < 0)
    return wasi_errno_now();
  wasi_store64(w, result, ns_of(t));
  return WASI_ESUCCESS;
}

uint32_t wasi_random_get(w2o_host_env_t *env, uint32_t buf, uint32_t len) {
  uint8_t *p = wasi_mem(wasi_of(env), buf, len);
  if (p == NULL)
    return WASI_EFAULT;
  for (uint32_t done = 0; done < len;) {
    ssize_t n = getrandom(p + done, len - done, 0);
    if (n < 0 && errno != EINTR)
      return wasi_errno_now();
    done += n > 0 ? (uint32_t)n : 0;
  }
  return WASI_ESUCCESS;
}

void wasi_proc_exit(w2o_host_env_t *env, uint32_t code) {
  w2o_wasi_t *w = wasi_of(env);
  if (wasi_threads_spawned(w)) /* other threads run: end them all now (threads.c) */
    wasi_threads_end((int)(code & 0xff));
  w->exited = true;
  w->exit_code = code;
  w2o_host_trap(W2O_TRAP_HOST);
}

uint32_t wasi_proc_raise(w2o_host_env_t *env, uint32_t sig) {
  (void)env;
  (void)sig;
  return WASI_ENOTSUP;
}

uint32_t wasi_sched_yield(w2o_host_env_t *env) {
  (void)env;
  sched_yield();
  return WASI_ESUCCESS;
}

/* ---- poll_oneoff ---- */

enum { SUB_CLOCK = 0, SUB_FD_READ = 1, SUB_FD_WRITE = 2 };
enum { CLOCK_ABSTIME_FLAG = 1, EVENT_HANGUP = 1 };

/** What poll_oneoff gathered from the subscriptions. */
typedef struct poll_plan {
  struct pollfd *fds; /* one per subscription; fd -1 for clocks and bad fds */
  uint64_t *deadline; /* per clock subscription: ns from now; UINT64_MAX otherwise */
  uint64_t timeout;   /* earliest deadline */
  uint32_t *errors;   /* per subscription: immediate error (bad fd, bad clock) */
} poll_plan_t;

/* Nanoseconds from now until a clock subscription fires. */
static uint32_t clock_wait(const uint8_t *sub, uint64_t *wait) {
  clockid_t clock;
  struct timespec now;
  uint64_t timeout = wasi_get64(sub + 24);
  if (!host_clock(wasi_get32(sub + 16), &clock))
    return WASI_EINVAL;
  *wait = timeout;
  if (wasi_get16(sub + 40) & CLOCK_ABSTIME_FLAG) {
    clock_gettime(clock, &now);
    *wait = timeout > ns_of(now) ? timeout - ns_of(now) : 0;
  }
  return WASI_ESUCCESS;
}

static void plan_one(w2o_wasi_t *w, const uint8_t *sub, poll_plan_t *plan, uint32_t i) {
  uint8_t tag = sub[8];
  plan->fds[i] = (struct pollfd){.fd = -1};
  plan->deadline[i] = UINT64_MAX;
  plan->errors[i] = WASI_ESUCCESS;
  if (tag == SUB_CLOCK) {
    plan->errors[i] = clock_wait(sub, &plan->deadline[i]);
    if (plan->errors[i] == WASI_ESUCCESS && plan->deadline[i] < plan->timeout)
      plan->timeout = plan->deadline[i];
    return;
  }
  if (tag > SUB_FD_WRITE) {
    plan->errors[i] = WASI_EINVAL;
    return;
  }
  wasi_fd_t *e =
      wasi_need(w, wasi_get32(sub + 16), WASI_NEED_ANY, WASI_RIGHT_POLL_FD_READWRITE, &plan->errors[i]);
  if (e == NULL)
    return;
  plan->fds[i] = (struct pollfd){.fd = e->host, .events = tag == SUB_FD_READ ? POLLIN : POLLOUT};
}

/* Bytes readable on a ready fd (0 if unknown). */
static uint64_t readable_bytes(int fd) {
  int n = 0;
  return ioctl(fd, FIONREAD, &n) == 0 && n > 0 ? (uint64_t)n : 0;
}

static void put_event(uint8_t *ev, const uint8_t *sub, uint32_t error, uint64_t nbytes, uint16_t flags) {
  memset(ev, 0, WASI_EVENT_SIZE);
  memcpy(ev, sub, 8); /* userdata */
  wasi_put16(ev + 8, (uint16_t)error);
  ev[10] = sub[8];
  wasi_put64(ev + 16, nbytes);
  wasi_put16(ev + 24, flags);
}

/* Writes the events after ppoll returned `ready`; returns their number. */
static uint32_t collect(const poll_plan_t *plan, const uint8_t *subs, uint8_t *out, uint32_t n, int ready,
                        bool any_error) {
  uint32_t events = 0;
  for (uint32_t i = 0; i < n; i++) {
    const uint8_t *sub = subs + (size_t)i * WASI_SUBSCRIPTION_SIZE;
    uint8_t *ev = out + (size_t)events * WASI_EVENT_SIZE;
    short re = plan->fds[i].revents;
    if (plan->errors[i] != WASI_ESUCCESS)
      put_event(ev, sub, plan->errors[i], 0, 0), events++;
    else if (plan->fds[i].fd >= 0 && re != 0)
      put_event(ev, sub, re & POLLNVAL ? WASI_EBADF : WASI_ESUCCESS,
                sub[8] == SUB_FD_READ ? readable_bytes(plan->fds[i].fd) : 0, re & POLLHUP ? EVENT_HANGUP : 0),
          events++;
    else if (ready == 0 && !any_error && plan->deadline[i] == plan->timeout)
      put_event(ev, sub, WASI_ESUCCESS, 0, 0), events++;
  }
  return events;
}

static uint32_t poll_run(w2o_wasi_t *w, const uint8_t *subs, uint8_t *out, uint32_t n, poll_plan_t *plan,
                         uint32_t *nevents) {
  bool any_error = false;
  plan->timeout = UINT64_MAX;
  for (uint32_t i = 0; i < n; i++) {
    plan_one(w, subs + (size_t)i * WASI_SUBSCRIPTION_SIZE, plan, i);
    any_error |= plan->errors[i] != WASI_ESUCCESS;
  }
  struct timespec ts = {.tv_sec = (time_t)(plan->timeout / 1000000000u),
                        .tv_nsec = (long)(plan->timeout % 1000000000u)};
  if (any_error)
    ts = (struct timespec){0};
  int ready;
  do
    ready = ppoll(plan->fds, n, plan->timeout == UINT64_MAX && !any_error ? NULL : &ts, NULL);
  while (ready < 0 && errno == EINTR);
  if (ready < 0)
    return wasi_errno_now();
  *nevents = collect(plan, subs, out, n, ready, any_error);
  return WASI_ESUCCESS;
}

uint32_t wasi_poll_oneoff(w2o_host_env_t *env, uint32_t in, uint32_t out, uint32_t nsubs, uint32_t nevents) {
  w2o_wasi_t *w = wasi_of(env);
  if (nsubs == 0)
    return WASI_EINVAL;
  const uint8_t *subs = wasi_mem(w, in, (uint64_t)nsubs * WASI_SUBSCRIPTION_SIZE);
  uint8_t *events = wasi_mem(w, out, (uint64_t)nsubs * WASI_EVENT_SIZE);
  if (subs == NULL || events == NULL || wasi_mem(w, nevents, 4) == NULL)
    return WASI_EFAULT;
  poll_plan_t plan = {.fds = calloc(nsubs, sizeof *plan.fds),
                      .deadline = calloc(nsubs, sizeof *plan.deadline),
                      .errors = calloc(nsubs, sizeof *plan.errors)};
  uint32_t count = 0, err = WASI_ENOMEM;
  if (plan.fds != NULL && plan.deadline != NULL && plan.errors != NULL)
    err = poll_run(w, subs, events, nsubs, &plan, &count);
  if (err == WASI_ESUCCESS)
    wasi_store32(w, nevents, count);
  free(plan.fds);
  free(plan.deadline);
  free(plan.errors);
  return err;
}

/* ---- sockets ----
 * No descriptor is ever a socket here (there is no sock_open in preview1 and
 * the shim preopens no sockets), so, as in Wasmtime, every socket call on an
 * open descriptor gives ENOTSOCK, and on a closed one EBADF. */

static uint32_t not_a_socket(w2o_host_env_t *env, uint32_t fd) {
  return wasi_fd_get(wasi_of(env), fd) == NULL ? WASI_EBADF : WASI_ENOTSOCK;
}

uint32_t wasi_sock_accept(w2o_host_env_t *env, uint32_t fd, uint32_t flags, uint32_t result) {
  (void)flags, (void)result;
  return not_a_socket(env, fd);
}

uint32_t wasi_sock_recv(w2o_host_env_t *env, uint32_t fd, uint32_t data, uint32_t data_len, uint32_t flags,
                        uint32_t len_ptr, uint32_t flags_ptr) {
  (void)data, (void)data_len, (void)flags, (void)len_ptr, (void)flags_ptr;
  return not_a_socket(env, fd);
}

uint32_t wasi_sock_send(w2o_host_env_t *env, uint32_t fd, uint32_t data, uint32_t data_len, uint32_t flags,
                        uint32_t len_ptr) {
  (void)data, (void)data_len, (void)flags, (void)len_ptr;
  return not_a_socket(env, fd);
}

uint32_t wasi_sock_shutdown(w2o_host_env_t *env, uint32_t fd, uint32_t how) {
  (void)how;
  return not_a_socket(env, fd);
}
