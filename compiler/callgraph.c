/*
 * callgraph.c — the direct calls between a module's defined functions,
 * built once per compilation, and what follows from them: which functions
 * check the epoch on entry (lower_interrupt.c) and which may grow memory 0.
 *
 * requires: a validated module (bodies decode without error).
 * maintains: a call through a table (call_indirect, return_call_indirect)
 *           or to an import is "opaque": it may run anything, the host's
 *           code included. Callee lists are in body order, so every walk
 *           over them is deterministic.
 * breaks:   nothing.
 */
#include "lower.h"

#include <string.h>

bool callgraph_build(const wasm_module *m, callgraph *g, arena *a) {
  uint32_t n = m->func_count;
  size_t count = 0, cap = 0;
  *g = (callgraph){0};
  g->first = arena_array(a, (size_t)n + 1, sizeof *g->first);
  g->opaque = arena_array(a, n ? n : 1, sizeof *g->opaque);
  g->grows = arena_array(a, n ? n : 1, sizeof *g->grows);
  bool ok = g->first && g->opaque && g->grows;
  for (uint32_t i = 0; ok && i < n; i++) {
    const wasm_func *f = &m->funcs[i];
    body_scan s;
    body_scan_init(&s, (reader){m->bytes, m->bytes + f->body_offset, m->bytes + f->body_end, NULL, false});
    g->first[i] = count;
    g->opaque[i] = g->grows[i] = false;
    while (ok && body_scan_next(&s)) {
      wasm_opcode op = s.in.op;
      if (op == OP_CALL || op == OP_RETURN_CALL) {
        if (s.in.index < m->func_import_count)
          g->opaque[i] = true;
        else if ((ok = w2o_reserve(&g->callees, &cap, count + 1, sizeof *g->callees)))
          g->callees[count++] = s.in.index - m->func_import_count;
      } else if (op == OP_CALL_INDIRECT || op == OP_RETURN_CALL_INDIRECT)
        g->opaque[i] = true;
      else if (op == OP_MEMORY_GROW && s.in.index == 0)
        g->grows[i] = true;
    }
    body_scan_end(&s);
  }
  if (ok)
    g->first[n] = count;
  return ok;
}

void callgraph_free(callgraph *g) {
  w2o_free(g->callees);
  g->callees = NULL;
}

/* A function may grow memory 0 if it runs memory.grow on it, makes an
 * opaque call, or calls one that may: propagated back from those along the
 * reversed call edges (a worklist, so each function is visited once). */
static bool memory_grows_fill(const wasm_module *m, const callgraph *g, bool *grows) {
  uint32_t n = m->func_count;
  size_t edges = g->first[n];
  arena a;
  arena_init(&a);
  size_t *rfirst =
      arena_array(&a, (size_t)n + 1, sizeof *rfirst); /* callers of c: [rfirst[c], rfirst[c + 1]) */
  uint32_t *callers = arena_array(&a, edges ? edges : 1, sizeof *callers);
  uint32_t *work = arena_array(&a, n ? n : 1, sizeof *work);
  bool ok = rfirst && callers && work;
  if (ok) {
    memset(rfirst, 0, ((size_t)n + 1) * sizeof *rfirst);
    for (size_t e = 0; e < edges; e++) /* count, then the end of each range */
      rfirst[g->callees[e]]++;
    for (uint32_t c = 1; c < n; c++)
      rfirst[c] += rfirst[c - 1];
    for (uint32_t f = 0; f < n; f++) /* filled from the end: each ends at its start */
      for (size_t e = g->first[f]; e < g->first[f + 1]; e++)
        callers[--rfirst[g->callees[e]]] = f;
    rfirst[n] = edges;
    size_t top = 0;
    for (uint32_t f = 0; f < n; f++)
      if ((grows[f] = g->grows[f] || g->opaque[f]))
        work[top++] = f;
    while (top > 0) {
      uint32_t c = work[--top];
      for (size_t e = rfirst[c]; e < rfirst[c + 1]; e++)
        if (!grows[callers[e]]) {
          grows[callers[e]] = true;
          work[top++] = callers[e];
        }
    }
  }
  arena_free(&a);
  return ok;
}

bool callgraph_plans_fill(const wasm_module *m, bool *epoch, bool *grows) {
  callgraph g;
  arena a;
  arena_init(&a);
  bool ok = callgraph_build(m, &g, &a) && (!epoch || lower_epoch_plan_fill(m, &g, epoch)) &&
            (!grows || memory_grows_fill(m, &g, grows));
  callgraph_free(&g);
  arena_free(&a);
  return ok;
}

bool lower_call_plans(backend *be) {
  size_t n = be->wasm->func_count ? be->wasm->func_count : 1;
  bool need_epoch = be->opts.epoch && !be->epoch_at_entry; /* not shared by partitions */
  bool need_grows = lower_memory_size_kept(be) && !be->memory_grows;
  if (!need_epoch && !need_grows)
    return true;
  bool *epoch = need_epoch ? arena_array(&be->arena, n, sizeof(bool)) : NULL;
  bool *grows = need_grows ? arena_array(&be->arena, n, sizeof(bool)) : NULL;
  if ((need_epoch && !epoch) || (need_grows && !grows) || !callgraph_plans_fill(be->wasm, epoch, grows))
    return diag_out_of_memory(be->diag, 0);
  if (epoch)
    be->epoch_at_entry = epoch;
  if (grows)
    be->memory_grows = grows;
  return true;
}
