/*
 * test_names_exec.c — a module whose export and import names collide in
 * every way a naive mapping lets them (tests/wat/names.wat, compiled with
 * --name=names) gets a header that compiles (here as C; names_header_cxx
 * and names_header_reserved check it as C++ and with clang's reserved
 * identifier warnings), and every export and import is reached through it
 * by the identifier the README's rule gives.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "names.h"

/* Each import returns its tag, set through the field the rule names. */
typedef struct hosts {
  w2o_host_env_t env[18];
  w2o_funcref_t func[18];
  uint32_t tag[18];
} hosts;

static uint32_t host_tag(w2o_host_env_t *env) { return *(const uint32_t *)env->data; }

static void hosts_init(hosts *h) {
  static const uint8_t results[] = {W2O_I32};
  static const w2o_functype_t type = {0, 1, results};
  for (int i = 0; i < 18; i++) {
    h->tag[i] = 1000u + 7u * (uint32_t)i;
    h->env[i].data = &h->tag[i];
    w2o_host_func_init(&h->func[i], &h->env[i], (const void *)host_tag, &type, NULL);
  }
}

static names_instance_t *instantiate(hosts *h) {
  hosts_init(h);
  /* Designated by name: a field the rule names differently fails to compile,
   * one bound to the wrong import changes mix(). */
  names_imports_t imports = {
      .host_log = &h->func[0],
      .host_x_a2e_b = &h->func[1],
      .host_a_b = &h->func[2],
      .x_6_host_a_b = &h->func[3],
      .host_x_a5f_5f_b = &h->func[4],
      .x_1_x_a = &h->func[5],
      .x_22_wasi_snapshot_preview1_fd_write = &h->func[6],
      .x_6_static_assert = &h->func[7],
      .x_4_size_t = &h->func[8],
      .x_3_ENV_LOG = &h->func[9],
      .x_3_w2o_call = &h->func[10],
      .x_2_x_x_ = &h->func[11],
      .x_8_x_c3_a9_x_c3_a9_ = &h->func[12],
      .x_4r1_host_log = &h->func[13],
      .x_4r2_host_log = &h->func[14],
      .host_x_x5f_a = &h->func[15],
      .x_14_x_x5f_45f_host_log = &h->func[16],
      .host_x_ = &h->func[17],
  };
  names_instance_t *inst = NULL;
  w2o_error_t err;
  assert_int_equal(names_instantiate(&inst, &imports, &err), W2O_STATUS_OK);
  return inst;
}

static void imports_bind_by_their_fields(void **state) {
  (void)state;
  hosts h;
  names_instance_t *inst = instantiate(&h);
  uint64_t expected = 0, mix = 0;
  for (int i = 0; i < 18; i++)
    expected = expected * 31u + h.tag[i];
  assert_int_equal(names_mix(inst, &mix), W2O_OK);
  assert_int_equal(mix, expected);
  names_free(inst);
}

typedef w2o_trap_t (*export_fn)(names_instance_t *, uint32_t *);

static void every_export_is_called_by_its_identifier(void **state) {
  (void)state;
  static const struct {
    export_fn fn;
    uint32_t result;
    const char *name;
  } exports[] = {
      {names_x_a5f_5f_2, 1, "a__2"},
      {names_x_a2e_, 2, "a."},
      {names_a_, 3, "a_"},
      {names_a, 4, "a"},
      {names_x_5f_a, 5, "_a"},
      {names_x_a5f_5f_, 6, "a__"},
      {names_a_2, 7, "a_2"},
      {names_x_a2e_b, 8, "a.b"},
      {names_x_a2d_b, 9, "a-b"},
      {names_x_a20_b, 10, "a b"},
      {names_a_b, 11, "a_b"},
      {names_x_x5f_a2e5f_, 12, "x_a2e_"},
      {names_x_x5f_5f5f_a, 13, "x_5f_a"},
      {names_x_x5f_a, 14, "x_a"},
      {names_x, 15, "x"},
      {names_a2e_, 16, "a2e_"},
      {names_x_module, 17, "module"},
      {names_x_free, 18, "free"},
      {names_x_instantiate, 19, "instantiate"},
      {names_x_imports, 20, "imports"},
      {names_x_imports5f_t, 21, "imports_t"},
      {names_x_instance5f_t, 22, "instance_t"},
      {names_x_resolve5f_, 23, "resolve_"},
      {names_x_memory5f_m, 24, "memory_m"},
      {names_x_table5f_t, 25, "table_t"},
      {names_x_global5f_g, 26, "global_g"},
      {names_x_, 27, ""},
      {names_x_c3_a9_tc3_a9_, 28, "\xc3\xa9t\xc3\xa9"},
      {names_x_e5_90_8d_e5_89_8d_, 29, "\xe5\x90\x8d\xe5\x89\x8d"},
      {names_x_00_, 30, "\\0"},
      {names_x_7f_, 31, "\\x7f"},
      {names_int, 32, "int"},
      {names_ADD, 33, "ADD"},
  };
  hosts h;
  names_instance_t *inst = instantiate(&h);
  for (size_t i = 0; i < sizeof exports / sizeof *exports; i++) {
    uint32_t r = 0;
    assert_int_equal(exports[i].fn(inst, &r), W2O_OK);
    if (r != exports[i].result)
      fail_msg("export \"%s\" returned %u, expected %u", exports[i].name, r, exports[i].result);
  }
  names_free(inst);
}

static void other_kinds_keep_their_own_names(void **state) {
  (void)state;
  hosts h;
  names_instance_t *inst = instantiate(&h);
  /* One memory, table and global, each exported under colliding names. */
  w2o_memory_t *m = names_memory_m(inst);
  assert_non_null(m);
  assert_ptr_equal(names_memory_x_m2e_(inst), m);
  assert_ptr_equal(names_memory_x_5f_m(inst), m);
  w2o_table_t *t = names_table_t(inst);
  assert_non_null(t);
  assert_ptr_equal(names_table_x_t2e_(inst), t);
  w2o_global_t *g = names_global_g(inst);
  assert_non_null(g);
  assert_int_equal(g->value.i32, 42);
  assert_ptr_equal(names_global_x_g2e_(inst), g);
  /* The fixed API names are still the API. */
  assert_ptr_equal(inst->module, &names_module);
  names_free(inst);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(imports_bind_by_their_fields),
      cmocka_unit_test(every_export_is_called_by_its_identifier),
      cmocka_unit_test(other_kinds_keep_their_own_names),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
