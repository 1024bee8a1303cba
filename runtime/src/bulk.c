/*
 * bulk.c — bulk memory and table instructions that need segment state:
 * memory.init, data.drop, table.init, elem.drop, table.copy, table.fill.
 *
 * Generated code calls these with its instance context; each checks every
 * bound before writing anything and traps (W2O_TRAP_*_OUT_OF_BOUNDS) as the
 * WebAssembly 2.0 specification says. A dropped segment behaves as empty.
 * memory.copy and memory.fill need no state and are lowered inline to
 * llvm.memmove / llvm.memset.
 */
#include <string.h>

#include "internal.h"

static w2o_instance_private_t *private_of(w2o_instance_t *instance) {
  return (w2o_instance_private_t *)instance;
}

/* True if [start, start + n) lies within [0, size). */
static bool in_range(uint64_t start, uint64_t n, uint64_t size) { return start <= size && n <= size - start; }

void w2o_memory_init(w2o_instance_t *instance, uint32_t memory, uint32_t segment, uint32_t dst, uint32_t src,
                     uint32_t n) {
  w2o_memory_init64(instance, memory, segment, dst, src, n);
}

void w2o_memory_init64(w2o_instance_t *instance, uint32_t memory, uint32_t segment, uint64_t dst,
                       uint32_t src, uint32_t n) {
  w2o_instance_private_t *p = private_of(instance);
  const w2o_data_desc_t *seg = &instance->module->datas[segment];
  uint32_t size = p->data_dropped[segment] ? 0 : seg->size;
  w2o_memory_t *mem = instance->memories[memory];
  if (!in_range(src, n, size) || !in_range(dst, n, w2o_memory_size(mem)))
    w2o_trap(W2O_TRAP_MEMORY_OUT_OF_BOUNDS);
  if (n > 0)
    memcpy(mem->base + dst, seg->bytes + src, n);
}

void w2o_data_drop(w2o_instance_t *instance, uint32_t segment) {
  private_of(instance)->data_dropped[segment] = 1;
}

void w2o_table_init(w2o_instance_t *instance, uint32_t table, uint32_t segment, uint32_t dst, uint32_t src,
                    uint32_t n) {
  w2o_instance_private_t *p = private_of(instance);
  const w2o_elem_desc_t *seg = &instance->module->elems[segment];
  uint32_t size = p->elem_dropped[segment] ? 0 : seg->count;
  w2o_table_t *t = instance->tables[table];
  if (!in_range(src, n, size) || !in_range(dst, n, t->size))
    w2o_trap(W2O_TRAP_TABLE_OUT_OF_BOUNDS);
  uint32_t globals = instance->module->global_import_count + instance->module->global_count;
  for (uint32_t i = 0; i < n; i++) {
    w2o_global_t item;
    if (!w2o_eval_const(p, &seg->items[src + i], globals, &item))
      w2o_trap(W2O_TRAP_TABLE_OUT_OF_BOUNDS); /* not reachable for a validated module */
    t->elems[dst + i] = item.value.externref;
  }
  if (n > 0)
    p->escaped = true; /* the table may be shared: keep our functions alive */
}

void w2o_elem_drop(w2o_instance_t *instance, uint32_t segment) {
  private_of(instance)->elem_dropped[segment] = 1;
}

void w2o_table_copy(w2o_instance_t *instance, uint32_t dst_table, uint32_t src_table, uint32_t dst,
                    uint32_t src, uint32_t n) {
  w2o_table_t *d = instance->tables[dst_table], *s = instance->tables[src_table];
  if (!in_range(src, n, s->size) || !in_range(dst, n, d->size))
    w2o_trap(W2O_TRAP_TABLE_OUT_OF_BOUNDS);
  if (n > 0)
    memmove(d->elems + dst, s->elems + src, (size_t)n * sizeof(void *));
}

void w2o_table_fill(w2o_instance_t *instance, uint32_t table, uint32_t dst, void *ref, uint32_t n) {
  w2o_table_t *t = instance->tables[table];
  if (!in_range(dst, n, t->size))
    w2o_trap(W2O_TRAP_TABLE_OUT_OF_BOUNDS);
  for (uint32_t i = 0; i < n; i++)
    t->elems[dst + i] = ref;
}
