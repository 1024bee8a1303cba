/*
 * exception.c — wasm exceptions: throw and rethrow, the personality routine
 * that generated code names, and what the host reads of an uncaught one.
 *
 * Zero-cost unwinding with the system unwinder (libgcc's _Unwind_*, the
 * same that trap backtraces use): code compiled by wasm2obj from a module
 * with tags carries unwind tables, the personality w2o_eh_personality and,
 * per function, an LSDA (the call-site table LLVM writes for invokes). A
 * throw allocates the exception object (the unwinder's header, then the
 * public w2o_exception_t: tag and payload) and starts a forced unwind
 * (_Unwind_ForcedUnwind, one pass instead of search + cleanup) whose stop
 * function guards the host boundary: the walk goes frame by frame from the
 * throw outwards; the personality of each wasm frame looks up the call site
 * in its LSDA and, if the site has a landing pad, installs it with the
 * exception in the first data register. The landing pad (generated code)
 * compares the tag with its catches and handles the exception, or passes it
 * on with w2o_exception_propagate, which starts a new walk from there. When
 * the walk reaches a frame whose canonical frame address lies above the
 * innermost host entry (w2o_call_unchecked), or the end of the stack, no
 * wasm frame of this entry handles the exception: the stop function ends the
 * entry with W2O_TRAP_EXCEPTION through the trap path (trap.c), so frames
 * older than the entry (host code, C++ handlers of the host, outer wasm
 * entries) never see it. Nothing runs per call that does not throw.
 *
 * Why not the two-phase _Unwind_RaiseException: its search phase would ask
 * the personalities of frames beyond the host entry too (a C++ host's
 * catch (...) claims any foreign exception there); an exception that is
 * not caught becomes a jump to the entry anyway, so a search that can fail
 * buys nothing; and walking twice costs: with it, a throw caught one frame
 * up took 1.06 us instead of 0.75, eleven frames up 2.8 us instead of 1.7
 * (bench/micro, README).
 *
 * Lifetime: an object counts its references: the one in flight, plus one
 * per handler (catch or catch_all body) holding it for rethrow. Generated
 * code drops a handler's reference when the same handler catches again or
 * the function returns (w2o_exception_release); the entry frees whatever
 * is left on its list when it returns (internal.h), so references of frames
 * that a later throw or trap unwound are not leaked past the entry.
 *
 * Threads: nothing here is shared; objects and lists belong to the thread
 * whose entry made them.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unwind.h>

#include "internal.h"

/* AddressSanitizer: the frames an unwind skips leave their redzones
 * poisoned unless it is told (as __cxa_throw does). Weak: absent without ASan. */
extern void __asan_handle_no_return(void) __attribute__((weak));

/** "W2O\0WASM": the unwinder's exception class of wasm exceptions. */
#define W2O_EXCEPTION_CLASS 0x5732304f5741534dull

typedef struct w2o_exception_object {
  struct _Unwind_Exception unwind; /* the unwinder's header */
  struct w2o_exception_object *next, *prev;
  void **list; /* head of the owning entry's list; NULL once off it */
  uint64_t refs;
  w2o_exception_t pub __attribute__((aligned(16)));
  uint8_t payload[] __attribute__((aligned(16)));
} w2o_exception_object_t;

_Static_assert(offsetof(w2o_exception_object_t, payload) - offsetof(w2o_exception_object_t, pub) ==
                   W2O_EXCEPTION_PAYLOAD,
               "the payload where w2o_abi.h says");

static w2o_exception_object_t *object_of(w2o_exception_t *exception) {
  return (w2o_exception_object_t *)((char *)exception - offsetof(w2o_exception_object_t, pub));
}

const w2o_exception_t *w2o_exception_of(const void *object) {
  return &((const w2o_exception_object_t *)object)->pub;
}

/* ---- Lists and freeing ---- */

static void link_object(w2o_exception_object_t *o, void **list) {
  o->list = list;
  o->prev = NULL;
  o->next = *list;
  if (o->next)
    o->next->prev = o;
  *list = o;
}

static void unlink_object(w2o_exception_object_t *o) {
  if (o->list == NULL)
    return;
  if (o->prev)
    o->prev->next = o->next;
  else
    *o->list = o->next;
  if (o->next)
    o->next->prev = o->prev;
  o->list = NULL;
}

void w2o_exception_free(void *object) {
  unlink_object(object);
  free(object);
}

void w2o_exceptions_free(void *list) {
  for (w2o_exception_object_t *o = list, *next; o; o = next) {
    next = o->next;
    free(o);
  }
}

/* The unwinder's cleanup hook: only reached if foreign code deletes it. */
static void delete_object(_Unwind_Reason_Code reason, struct _Unwind_Exception *unwind) {
  (void)reason;
  w2o_exception_free(unwind);
}

void w2o_exception_release(w2o_exception_t *exception) {
  w2o_exception_object_t *o = object_of(exception);
  if (--o->refs == 0)
    w2o_exception_free(o);
}

/* ---- Raising ---- */

/* The uncaught exception ends the entry (never returns). */
__attribute__((noreturn)) static void uncaught(w2o_exception_object_t *o) {
  unlink_object(o);
  w2o_trap_exception(o);
}

/* Stops the walk at the host boundary: beyond the innermost entry, or at
 * the end of the stack, the exception is uncaught. */
static _Unwind_Reason_Code stop_at_entry(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                         struct _Unwind_Exception *unwind, struct _Unwind_Context *context,
                                         void *parameter) {
  (void)version, (void)cls, (void)unwind;
  if ((actions & _UA_END_OF_STACK) || _Unwind_GetCFA(context) > w2o_entry_boundary())
    uncaught(parameter);
  return _URC_NO_REASON;
}

__attribute__((noreturn)) static void raise(w2o_exception_object_t *o) {
  if (__asan_handle_no_return)
    __asan_handle_no_return();
  _Unwind_ForcedUnwind(&o->unwind, stop_at_entry, o);
  uncaught(o); /* the unwinder failed: no unwind information */
}

void w2o_throw(const w2o_tag_t *tag, const void *payload, uint32_t count) {
  void **list = w2o_entry_exceptions();
  if (list == NULL) {
    fprintf(stderr, "wasm2obj runtime: exception thrown outside of w2o_call\n");
    abort();
  }
  size_t bytes = sizeof(w2o_exception_object_t) + (size_t)count * W2O_EXCEPTION_SLOT;
  w2o_exception_object_t *o = aligned_alloc(16, (bytes + 15) & ~(size_t)15);
  if (o == NULL)
    w2o_trap_exception(NULL); /* the host sees W2O_TRAP_EXCEPTION without a tag */
  memset(&o->unwind, 0, sizeof o->unwind);
  o->unwind.exception_class = W2O_EXCEPTION_CLASS;
  o->unwind.exception_cleanup = delete_object;
  o->refs = 1;
  o->pub = (w2o_exception_t){.tag = tag, .payload_count = count};
  if (count)
    memcpy(o->payload, payload, (size_t)count * W2O_EXCEPTION_SLOT);
  link_object(o, list);
  raise(o);
}

void w2o_rethrow(w2o_exception_t *exception) {
  w2o_exception_object_t *o = object_of(exception);
  o->refs++;
  raise(o);
}

void w2o_exception_propagate(w2o_exception_t *exception) { raise(object_of(exception)); }

/* ---- The personality and the LSDA ----
 *
 * LSDA (the GCC exception table format LLVM emits for any personality it
 * does not know, as for C++):
 *   lpstart_enc:u8  [lpstart:encoded]        landing pads' base (default: function start)
 *   ttype_enc:u8    [ttype_offset:uleb128]   type table (unused here: every pad catches)
 *   cs_enc:u8       cs_length:uleb128
 *   call sites, sorted by start, each:
 *     start:cs_enc  length:cs_enc  landing_pad:cs_enc  action:uleb128
 * start and length are offsets from the function start; a landing pad of
 * 0 means none. Values use the DW_EH_PE encodings: format in the low four
 * bits (absptr, uleb128, udata2/4/8, sleb128, sdata2/4/8), application in
 * the next three (absolute, or pcrel: relative to the value's address).
 */

enum {
  DW_EH_PE_absptr = 0x00,
  DW_EH_PE_uleb128 = 0x01,
  DW_EH_PE_udata2 = 0x02,
  DW_EH_PE_udata4 = 0x03,
  DW_EH_PE_udata8 = 0x04,
  DW_EH_PE_sleb128 = 0x09,
  DW_EH_PE_sdata2 = 0x0A,
  DW_EH_PE_sdata4 = 0x0B,
  DW_EH_PE_sdata8 = 0x0C,
  DW_EH_PE_pcrel = 0x10,
  DW_EH_PE_omit = 0xFF,
};

/* A bounded reader over the LSDA. */
typedef struct lsda_reader {
  const uint8_t *p, *end;
  bool failed;
} lsda_reader;

static uint8_t read_byte(lsda_reader *r) {
  if (r->p >= r->end) {
    r->failed = true;
    return 0;
  }
  return *r->p++;
}

static uint64_t read_leb(lsda_reader *r, bool is_signed) {
  uint64_t value = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = read_byte(r);
    if (shift < 64)
      value |= (uint64_t)(byte & 0x7F) << shift;
    shift += 7;
  } while ((byte & 0x80) && !r->failed);
  if (is_signed && shift < 64 && (byte & 0x40))
    value |= ~(uint64_t)0 << shift;
  return value;
}

/* n little-endian bytes (the unwinder runs on the target: host order). */
static uint64_t read_fixed(lsda_reader *r, unsigned n, bool is_signed) {
  if ((size_t)(r->end - r->p) < n) {
    r->failed = true;
    return 0;
  }
  uint64_t value = 0;
  memcpy(&value, r->p, n); /* little-endian hosts: the low bytes */
  r->p += n;
  if (is_signed && n < 8 && (value >> (8 * n - 1)) & 1)
    value |= ~(uint64_t)0 << (8 * n);
  return value;
}

static uintptr_t read_encoded(lsda_reader *r, uint8_t encoding) {
  const uint8_t *at = r->p;
  uint64_t value;
  switch (encoding & 0x0F) {
  case DW_EH_PE_absptr: value = read_fixed(r, sizeof(uintptr_t), false); break;
  case DW_EH_PE_uleb128: value = read_leb(r, false); break;
  case DW_EH_PE_udata2: value = read_fixed(r, 2, false); break;
  case DW_EH_PE_udata4: value = read_fixed(r, 4, false); break;
  case DW_EH_PE_udata8: value = read_fixed(r, 8, false); break;
  case DW_EH_PE_sleb128: value = read_leb(r, true); break;
  case DW_EH_PE_sdata2: value = read_fixed(r, 2, true); break;
  case DW_EH_PE_sdata4: value = read_fixed(r, 4, true); break;
  case DW_EH_PE_sdata8: value = read_fixed(r, 8, true); break;
  default: r->failed = true; return 0;
  }
  if ((encoding & 0x70) == DW_EH_PE_pcrel)
    value += (uintptr_t)at;
  else if ((encoding & 0x70) != 0)
    r->failed = true; /* textrel, datarel, funcrel: not emitted for ELF LSDAs */
  return (uintptr_t)value;
}

/* The landing pad of the call site containing `ip` (an offset into the
 * function from its start), or 0: none, or an LSDA this parser refuses. */
static uintptr_t find_landing_pad(const uint8_t *lsda, uintptr_t function, uintptr_t ip) {
  /* The LSDA's length is not recorded; its header takes at most 31 bytes
   * and then the call-site table's length bounds the reader. */
  lsda_reader r = {lsda, lsda + 32, false};
  uintptr_t lpstart = function;
  uint8_t lpstart_encoding = read_byte(&r);
  if (lpstart_encoding != DW_EH_PE_omit)
    lpstart = read_encoded(&r, lpstart_encoding);
  if (read_byte(&r) != DW_EH_PE_omit)
    read_leb(&r, false);
  uint8_t site_encoding = read_byte(&r);
  uint64_t table_length = read_leb(&r, false);
  if (r.failed)
    return 0;
  r.end = r.p + table_length;
  while (r.p < r.end) {
    uintptr_t start = read_encoded(&r, site_encoding), length = read_encoded(&r, site_encoding);
    uintptr_t pad = read_encoded(&r, site_encoding);
    read_leb(&r, false);
    if (r.failed || ip < start)
      return 0; /* sorted: no later site contains ip */
    if (ip - start < length)
      return pad ? lpstart + pad : 0;
  }
  return 0;
}

/* Named by generated code as its functions' personality. */
_Unwind_Reason_Code w2o_eh_personality(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                       struct _Unwind_Exception *unwind, struct _Unwind_Context *context);

_Unwind_Reason_Code w2o_eh_personality(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                       struct _Unwind_Exception *unwind, struct _Unwind_Context *context) {
  if (version != 1 || cls != W2O_EXCEPTION_CLASS)
    return _URC_CONTINUE_UNWIND; /* a foreign exception passes wasm frames by */
  const uint8_t *lsda = _Unwind_GetLanguageSpecificData(context);
  if (lsda == NULL)
    return _URC_CONTINUE_UNWIND;
  int before = 0;
  uintptr_t ip = _Unwind_GetIPInfo(context, &before), function = _Unwind_GetRegionStart(context);
  if (!before)
    ip--; /* a return address: the call is the byte before */
  uintptr_t pad = find_landing_pad(lsda, function, ip - function);
  if (pad == 0)
    return _URC_CONTINUE_UNWIND;
  if (actions & _UA_SEARCH_PHASE)
    return _URC_HANDLER_FOUND;
  w2o_exception_object_t *o = (w2o_exception_object_t *)unwind;
  _Unwind_SetGR(context, __builtin_eh_return_data_regno(0), (uintptr_t)&o->pub);
  _Unwind_SetGR(context, __builtin_eh_return_data_regno(1), 0);
  _Unwind_SetIP(context, pad);
  return _URC_INSTALL_CONTEXT;
}

/* ---- The host's view ---- */

const w2o_tag_t *w2o_trap_exception_tag(void) {
  const void *o = w2o_uncaught_exception();
  return o ? w2o_exception_of(o)->tag : NULL;
}

/* One payload slot as a typed value. */
static void slot_value(const uint8_t *slot, uint8_t type, w2o_value_t *out) {
  *out = (w2o_value_t){.type = type};
  switch (type) {
  case W2O_I32:
  case W2O_F32: memcpy(&out->of.i32, slot, 4); break;
  case W2O_V128: memcpy(out->of.v128, slot, 16); break;
  default: memcpy(&out->of.i64, slot, 8); break; /* i64, f64, references */
  }
}

size_t w2o_trap_exception_payload(w2o_value_t *values, size_t max) {
  const void *o = w2o_uncaught_exception();
  if (o == NULL)
    return 0;
  const w2o_exception_object_t *e = o;
  const w2o_functype_t *type = w2o_type_lookup(e->pub.tag->type_id);
  size_t count = type ? type->param_count : 0;
  for (size_t i = 0; values && i < count && i < max; i++)
    slot_value(e->payload + i * W2O_EXCEPTION_SLOT, type->valtypes[i], &values[i]);
  return count;
}

w2o_tag_t *w2o_tag_new(const w2o_functype_t *type) {
  if (type == NULL || type->result_count != 0)
    return NULL;
  uint32_t id = w2o_type_intern(type);
  w2o_tag_t *tag = id == UINT32_MAX ? NULL : calloc(1, sizeof *tag);
  if (tag)
    tag->type_id = id;
  return tag;
}

void w2o_tag_free(w2o_tag_t *tag) { free(tag); }
