/*
 * table.c — tables of references.
 *
 * A table is a heap array of `void *` (a `const w2o_funcref_t *` in funcref
 * tables, the host's pointer in externref tables; NULL is the null
 * reference) with its current size and maximum. Unlike a memory's base, the
 * array may move when the table grows, so generated code reloads `elems`
 * after any call that may grow it. Besides the module's maximum, tables obey
 * a fixed runtime limit of W2O_TABLE_ELEMS_LIMIT elements, so a module
 * cannot make the host allocate gigabytes of references.
 */
#include <stdlib.h>

#include "internal.h"

/** Most elements any table may hold (80 MB of references on 64-bit hosts). */
#define W2O_TABLE_ELEMS_LIMIT 10000000u

w2o_table_t *w2o_table_new(uint32_t reftype, uint32_t min, uint32_t max, bool has_max) {
  if ((has_max && min > max) || min > W2O_TABLE_ELEMS_LIMIT)
    return NULL;
  w2o_table_t *table = calloc(1, sizeof *table);
  if (table == NULL)
    return NULL;
  *table = (w2o_table_t){.elems = NULL,
                         .size = 0,
                         .max = has_max ? max : UINT32_MAX,
                         .reftype = reftype,
                         .flags = has_max ? W2O_TABLE_HAS_MAX : 0};
  if (min > 0 && w2o_table_grow(table, min, NULL) == UINT32_MAX) {
    free(table);
    return NULL;
  }
  return table;
}

void w2o_table_free(w2o_table_t *table) {
  if (table == NULL)
    return;
  free(table->elems);
  free(table);
}

uint32_t w2o_table_grow(w2o_table_t *table, uint32_t delta, void *init) {
  uint32_t old_size = table->size;
  uint64_t new_size = (uint64_t)old_size + delta;
  if (delta == 0)
    return old_size;
  if (new_size > table->max || new_size > W2O_TABLE_ELEMS_LIMIT)
    return UINT32_MAX;
  void **elems = realloc(table->elems, (size_t)new_size * sizeof *elems);
  if (elems == NULL)
    return UINT32_MAX;
  for (uint64_t i = old_size; i < new_size; i++)
    elems[i] = init;
  table->elems = elems;
  table->size = (uint32_t)new_size;
  return old_size;
}

bool w2o_table_get(const w2o_table_t *table, uint32_t index, void **ref) {
  if (index >= table->size)
    return false;
  *ref = table->elems[index];
  return true;
}

bool w2o_table_set(w2o_table_t *table, uint32_t index, void *ref) {
  if (index >= table->size)
    return false;
  table->elems[index] = ref;
  return true;
}
