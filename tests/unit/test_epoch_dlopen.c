/*
 * test_epoch_dlopen.c — a module built with --epoch, linked into a shared
 * library and loaded with dlopen into a program that has the runtime
 * (linked whole, its symbols exported, as w2o-spec does). Generated code
 * reads the epoch counter by its symbol (W2O_EPOCH_COUNTER_SYMBOL): the
 * library must find the program's counter as it finds the runtime's
 * functions, so that the host's w2o_epoch_increment and deadlines reach
 * code it did not link. PLUGIN is the library (tests/wat/fuel.wat
 * compiled -O2 --epoch: epoch_guard.o); the generated header's wrappers
 * name the module's descriptor, which comes from dlsym here.
 */
#include <dlfcn.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <unistd.h>

#include <cmocka.h>

#include "w2o.h"

/* The header's `extern const w2o_module_t epoch_guard_module` becomes a
 * declaration of this pointer, read through by every wrapper. */
const w2o_module_t *plugin_module;
#define epoch_guard_module (*plugin_module)
#include "epoch_guard.h"

static void *plugin;

static int load(void **state) {
  (void)state;
  plugin = dlopen(PLUGIN, RTLD_NOW | RTLD_LOCAL);
  if (!plugin) {
    print_error("dlopen %s: %s\n", PLUGIN, dlerror());
    return -1;
  }
  plugin_module = dlsym(plugin, "epoch_guard_module");
  return plugin_module ? 0 : -1;
}

static int unload(void **state) {
  (void)state;
  return plugin ? dlclose(plugin) : 0;
}

static void checks_read_the_programs_counter(void **state) {
  (void)state;
  epoch_guard_instance_t *inst;
  w2o_error_t err;
  assert_int_equal(epoch_guard_instantiate(&inst, NULL, &err), W2O_STATUS_OK);
  alarm(60); /* a check that read another counter would spin forever */
  uint32_t r;
  /* Deadline now: recursion stops at its first entry. */
  assert_int_equal(w2o_epoch_set_deadline(inst, 0), 0);
  assert_int_equal(epoch_guard_recurse(inst), W2O_TRAP_INTERRUPTED);
  /* One epoch ahead: the loop runs until the program moves the counter. */
  assert_int_equal(w2o_epoch_set_deadline(inst, 1), 0);
  assert_int_equal(epoch_guard_count(inst, 1000, &r), W2O_OK);
  w2o_epoch_increment();
  assert_int_equal(epoch_guard_spin(inst), W2O_TRAP_INTERRUPTED);
  alarm(0);
  assert_int_equal(w2o_epoch_set_deadline(inst, UINT64_MAX), 0);
  assert_int_equal(epoch_guard_straight(inst, &r), W2O_OK);
  epoch_guard_free(inst);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(checks_read_the_programs_counter),
  };
  return cmocka_run_group_tests(tests, load, unload);
}
