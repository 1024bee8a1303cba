/*
 * main.c — the bundled example: links the object wasm2obj made from
 * demo.wat, instantiates it with a host function, calls its exports through
 * the generated header, reads its memory, and survives a trap.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo.h"

static void host_log(w2o_host_env_t *env, uint32_t value) {
  (void)env;
  printf("  host.log(%u)\n", value);
}

int main(void) {
  static const uint8_t log_types[] = {W2O_I32};
  static const w2o_functype_t log_type = {1, 0, log_types};
  w2o_host_env_t env = {0, NULL};
  w2o_funcref_t log_func;
  w2o_host_func_init(&log_func, &env, (const void *)host_log, &log_type, NULL);

  demo_imports_t imports = {&log_func};
  demo_instance_t *instance;
  w2o_error_t err;
  if (demo_instantiate(&instance, &imports, &err) != W2O_STATUS_OK) {
    fprintf(stderr, "instantiate: %s\n", err.message);
    return 1;
  }

  uint64_t fib;
  if (demo_fib(instance, 50, &fib) == W2O_OK)
    printf("fib(50) = %" PRIu64 "\n", fib);

  w2o_memory_t *memory = demo_memory_memory(instance);
  printf("memory holds \"%.16s\" (%" PRIu64 " bytes)\n", (const char *)memory->base + 16, memory->size);

  uint32_t sum;
  if (demo_checksum(instance, 16, 16, &sum) == W2O_OK)
    printf("checksum = %u\n", sum);

  uint32_t quotient;
  w2o_trap_t trap = demo_divide(instance, 7, 0, &quotient);
  printf("divide(7, 0) trapped: %s\n", w2o_trap_message(trap));
  if (demo_divide(instance, 42, 6, &quotient) == W2O_OK)
    printf("divide(42, 6) = %u (the instance still works)\n", quotient);

  printf("exports were called %u times\n", demo_global_calls(instance)->value.i32);
  demo_free(instance);
  return 0;
}
