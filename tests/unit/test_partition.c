/*
 * test_partition.c — a module compiled in partitions (compiler/partition.c)
 * is the module compiled whole.
 *
 * big_part was compiled with -j2 and again with -j1, big_whole with -g
 * (which keeps a module whole), from the same generated module of 1,000
 * functions that call one another. Checks that the -j1 and -j2 objects are
 * the same bytes, that the module really was split, that only the
 * descriptor is visible outside the object, and that every function
 * returns (or traps with) the same as in the whole module.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "big_part.h"
#include "big_whole.h"

static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  assert_true(n > 0);
  rewind(f);
  char *data = malloc((size_t)n + 1);
  assert_non_null(data);
  assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  data[n] = '\0';
  *size = (size_t)n;
  return data;
}

static void same_object_for_every_j(void **state) {
  (void)state;
  size_t n1, n2;
  char *j1 = read_all(PART_J1, &n1), *j2 = read_all(PART_J2, &n2);
  assert_int_equal(n1, n2);
  assert_memory_equal(j1, j2, n1);
  free(j1);
  free(j2);
}

static void module_was_split(void **state) {
  (void)state;
  size_t n;
  char *report = read_all(PART_REPORT, &n);
  unsigned parts = 0, threads = 0;
  const char *p = strstr(report, "functions, ");
  assert_non_null(p);
  assert_int_equal(sscanf(p, "functions, %u partitions on %u threads", &parts, &threads), 2);
  assert_true(parts >= 2);
  assert_int_equal(threads, 2);
  free(report);
}

/* Functions are hidden globals so partitions can call one another; only
 * the descriptor is visible to the program the object is linked into. */
static void only_the_descriptor_is_visible(void **state) {
  (void)state;
  char cmd[512];
  snprintf(cmd, sizeof cmd,
           "readelf -sW %s | awk '$5 == \"GLOBAL\" && $7 != \"UND\" && $6 != \"HIDDEN\" {print $8}' "
           "| grep -vx big_part_module",
           PART_J2);
  assert_int_equal(system(cmd), 256); /* grep found nothing else: exit 1 */
  snprintf(cmd, sizeof cmd, "readelf -sW %s | grep -q ' HIDDEN .* big_part[.]'", PART_J2);
  assert_int_equal(system(cmd), 0);
}

static void same_results_as_whole(void **state) {
  (void)state;
  big_part_instance_t *part = NULL;
  big_whole_instance_t *whole = NULL;
  assert_int_equal(big_part_instantiate(&part, NULL, NULL), W2O_STATUS_OK);
  assert_int_equal(big_whole_instantiate(&whole, NULL, NULL), W2O_STATUS_OK);
  unsigned traps = 0;
  for (uint32_t round = 0; round < 3; round++) {
    for (uint32_t i = 0; i < 1000; i++) {
      uint32_t n = 3 + (i * 7 + round * 5) % 29;
      uint64_t a = 0, b = 0;
      w2o_trap_t ta = big_part_run(part, i, n, &a), tb = big_whole_run(whole, i, n, &b);
      assert_int_equal(ta, tb);
      if (ta == W2O_OK)
        assert_int_equal(a, b);
      else
        traps++;
    }
  }
  assert_true(traps < 100); /* the functions mostly run to the end */
  /* The memories (the arrays the functions update) agree too. */
  w2o_memory_t *ma = big_part_memory_memory(part), *mb = big_whole_memory_memory(whole);
  assert_int_equal(ma->size, mb->size);
  assert_memory_equal(ma->base, mb->base, ma->size);
  big_part_free(part);
  big_whole_free(whole);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(same_object_for_every_j),
      cmocka_unit_test(module_was_split),
      cmocka_unit_test(only_the_descriptor_is_visible),
      cmocka_unit_test(same_results_as_whole),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
