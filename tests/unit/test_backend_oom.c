/*
 * test_backend_oom.c — running out of memory in the back end.
 *
 * The front end's tests make every allocation of decoding and validation
 * fail in turn; this does the same for lowering and emission: a small but
 * varied module (tests/wat/exec.wat: imports, memory, table, globals, data,
 * traps, calls, multi-value, br_table; tests/wat/fuel.wat with --fuel,
 * --epoch and explicit bounds checks) is compiled with the allocation hook
 * failing at allocation k, for every k from 0 up to the number a successful
 * compile makes. Each run must end with BACKEND_OUT_OF_MEMORY and the
 * diagnostic "out of memory", leak nothing allocated through the hook and
 * write no output; the run with enough allocations must succeed. LLVM's own
 * allocations are not hooked; ours all are.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "backend.h"
#include "failing_alloc.h"

static uint8_t *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  uint8_t *data = malloc(1 << 20);
  assert_non_null(data);
  *size = fread(data, 1, 1 << 20, f);
  assert_true(*size > 0 && *size < (1 << 20));
  fclose(f);
  return data;
}

/* create -> lower -> emit -> dispose, as main.c runs them. */
static backend_status compile(const wasm_module *m, const compile_options *o, const char *out, diag *d) {
  backend *be = NULL;
  diag_init(d, "t.wasm");
  backend_status s = backend_create(o, d, &be);
  if (s == BACKEND_OK)
    s = backend_lower(be, m);
  if (s == BACKEND_OK)
    s = backend_emit(be, out);
  backend_dispose(be);
  return s;
}

static void fail_every_allocation(const char *wasm_path, const compile_options *o) {
  size_t size;
  uint8_t *bytes = read_all(wasm_path, &size);
  wasm_module m;
  diag d;
  diag_init(&d, "t.wasm");
  assert_true(decode_module(&m, bytes, size, &d) && validate_module(&m, &d));
  char dir[] = "/tmp/w2o_oom_XXXXXX";
  assert_non_null(mkdtemp(dir));
  char out[64];
  snprintf(out, sizeof out, "%s/out", dir);

  w2o_set_allocator(failing_realloc);
  allocations_left = INT_MAX;
  live_allocations = 0;
  assert_int_equal(compile(&m, o, out, &d), BACKEND_OK);
  int needed = INT_MAX - allocations_left;
  assert_int_equal(live_allocations, 0);
  assert_int_equal(unlink(out), 0);
  assert_true(needed > 10); /* the hook does see the back end's allocations */
  print_message("%s: %d allocations\n", wasm_path, needed);

  for (int k = 0; k < needed; k++) {
    allocations_left = k;
    backend_status s = compile(&m, o, out, &d);
    if (s != BACKEND_OUT_OF_MEMORY)
      fail_msg("allocation %d of %d failing: status %d, \"%s\"", k, needed, (int)s, d.message);
    assert_string_equal(d.message, "out of memory");
    assert_int_equal(live_allocations, 0);
    assert_int_not_equal(access(out, F_OK), 0);
  }
  allocations_left = needed;
  assert_int_equal(compile(&m, o, out, &d), BACKEND_OK);
  w2o_set_allocator(NULL);
  unlink(out);
  rmdir(dir);
  module_free(&m);
  free(bytes);
}

static void test_object_o2(void **state) {
  (void)state;
  compile_options o = {.opt_level = 2, .pic = true, .emit = EMIT_OBJ, .name = "exec"};
  fail_every_allocation(WAT_DIR "/exec.wasm", &o);
}

static void test_fuel_epoch_explicit_ir(void **state) {
  (void)state;
  compile_options o = {.opt_level = 0,
                       .pic = true,
                       .emit = EMIT_LLVM,
                       .name = "fuel",
                       .bounds = BOUNDS_EXPLICIT,
                       .fuel = true,
                       .epoch = true};
  fail_every_allocation(WAT_DIR "/fuel.wasm", &o);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_object_o2),
      cmocka_unit_test(test_fuel_epoch_explicit_ir),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
