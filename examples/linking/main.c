/*
 * Example 1: two modules linked into one C program. store.wat owns a memory
 * and exports put/get; app.wat imports that memory and those functions from
 * the store instance, and a function from the host. The program calls both
 * through their generated headers (store.h, app.h) and recovers from traps:
 * one raised in app itself, one raised in store while app called it.
 * Exits 0 when every result is as expected.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "store.h"

static int failures;

static void check(int ok, const char *what) {
  printf("%s: %s\n", ok ? "ok" : "FAILED", what);
  failures += !ok;
}

/* The host import "host" "report": (i32 n, i32 sum) -> (). */
static void host_report(w2o_host_env_t *env, uint32_t n, uint32_t sum) {
  uint32_t *reports = env->data;
  ++*reports;
  printf("  host.report: the first %u slots sum to %u\n", n, sum);
}

/* An export of `instance` as a function, for another module's import. */
static const w2o_funcref_t *export_func(const w2o_instance_t *instance, const char *name) {
  w2o_extern_t ext;
  if (!w2o_instance_export(instance, name, strlen(name), &ext) || ext.kind != W2O_EXTERN_FUNC)
    return NULL;
  return ext.of.func;
}

static int run(store_instance_t *store, app_instance_t *app, const uint32_t *reports) {
  check(app_fill(app, 100) == W2O_OK, "app.fill(100) calls store.put 100 times");
  uint32_t value = 0;
  check(store_get(store, 7, &value) == W2O_OK && value == 49, "store.get(7) = 49, written by app");
  uint32_t sum = 0;
  check(app_sum(app, 100, &sum) == W2O_OK && sum == 328350, "app.sum(100) = 328350 from the shared memory");
  check(*reports == 1, "the host import was called once");

  /* A trap in app itself: the call returns the trap code, nothing else happens. */
  w2o_trap_t trap = app_mean(app, 0, &value);
  printf("  app.mean(0): %s\n", w2o_trap_message(trap));
  check(trap == W2O_TRAP_INTEGER_DIVIDE_BY_ZERO, "app.mean(0) traps with integer divide by zero");
  /* A trap in store, two wasm modules deep (app.slot -> store.get). */
  trap = app_slot(app, 1 << 20, &value);
  printf("  app.slot(1<<20): %s\n", w2o_trap_message(trap));
  check(trap == W2O_TRAP_MEMORY_OUT_OF_BOUNDS, "app.slot past the memory traps out of bounds in store");

  /* Both instances still work, and the memory write survived the traps. */
  check(app_mean(app, 100, &value) == W2O_OK && value == 3283, "app.mean(100) = 3283 after the traps");
  check(app_slot(app, 99, &value) == W2O_OK && value == 9801, "app.slot(99) = 9801 after the traps");
  w2o_memory_t *memory = store_memory_memory(store);
  uint32_t slot3;
  memcpy(&slot3, memory->base + 12, sizeof slot3); /* wasm memory is little-endian, as x86-64 and aarch64 */
  check(slot3 == 9, "the host reads slot 3 = 9 in the store's memory");
  return failures == 0 ? 0 : 1;
}

int main(void) {
  w2o_error_t err;
  store_instance_t *store;
  if (store_instantiate(&store, NULL, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "store: %s\n", err.message);
    return 1;
  }

  uint32_t reports = 0;
  static const uint8_t report_params[] = {W2O_I32, W2O_I32};
  static const w2o_functype_t report_type = {2, 0, report_params};
  w2o_host_env_t env = {0, &reports};
  w2o_funcref_t report;
  w2o_host_func_init(&report, &env, (const void *)host_report, &report_type, NULL);

  app_imports_t imports = {
      .store_memory = store_memory_memory(store),
      .store_put = export_func(store, "put"),
      .store_get = export_func(store, "get"),
      .host_report = &report,
  };
  app_instance_t *app;
  if (app_instantiate(&app, &imports, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "app: %s\n", err.message);
    store_free(store);
    return 1;
  }
  int status = run(store, app, &reports);
  app_free(app); /* before the store: app uses its memory */
  store_free(store);
  printf("%s\n", status == 0 ? "all checks passed" : "some checks FAILED");
  return status;
}
