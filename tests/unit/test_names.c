/*
 * test_names.c — export and import names become distinct, valid,
 * unreserved C identifiers (compiler/names.c).
 *
 * The README's examples, checked literally; then a property test over
 * thousands of names (random bytes, a small alphabet that makes naive
 * mappings collide, mutations of plain names and of the mapping's own
 * outputs) under several prefixes. Every result must be a C identifier, not
 * reserved by this file's own reading of the rules (keywords, leading '_',
 * "__", no lowercase letter, <stdint.h>/<stddef.h> names), and must decode
 * back to exactly its input with a decoder written from the README's
 * description, which proves the mapping injective; all results of one
 * header, with the fixed API names, are also checked distinct directly.
 * Last, the header writer (compiler/header.c) runs out of memory at every
 * allocation on tests/wat/names.wat: an error, nothing leaked, no file
 * left, and once it succeeds the same header as without the limit.
 */
#include <regex.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "compile.h"
#include "failing_alloc.h"

static const char *const fixed_tails[] = {"module",   "instance_t",  "imports", "imports_t",
                                          "resolve_", "instantiate", "free"};
static const char *const infixes[4] = {"", "table_", "memory_", "global_"};

/* ---- the README's examples ---- */

static void check_export(const char *prefix, uint8_t kind, const char *name, size_t len,
                         const char *expected) {
  char *id = names_export(prefix, kind, name, len);
  assert_non_null(id);
  assert_string_equal(id, expected);
  w2o_free(id);
}

#define EXPORT(kind, name, expected) check_export("demo", kind, name, sizeof name - 1, expected)

static void export_examples(void **state) {
  (void)state;
  EXPORT(EXTERN_FUNC, "fib", "demo_fib");
  EXPORT(EXTERN_FUNC, "sum_to", "demo_sum_to");
  EXPORT(EXTERN_MEMORY, "memory", "demo_memory_memory");
  EXPORT(EXTERN_GLOBAL, "limit", "demo_global_limit");
  EXPORT(EXTERN_TABLE, "t", "demo_table_t");
  EXPORT(EXTERN_FUNC, "a.b", "demo_x_a2e_b");
  EXPORT(EXTERN_FUNC, "a-b", "demo_x_a2d_b");
  EXPORT(EXTERN_FUNC, "a_b", "demo_a_b");
  EXPORT(EXTERN_FUNC, "a__2", "demo_x_a5f_5f_2");
  EXPORT(EXTERN_FUNC, "a.", "demo_x_a2e_");
  EXPORT(EXTERN_FUNC, "a_", "demo_a_");
  EXPORT(EXTERN_FUNC, "a_2", "demo_a_2");
  EXPORT(EXTERN_FUNC, "_start", "demo_x_5f_start");
  EXPORT(EXTERN_GLOBAL, "__heap_base", "demo_global_x_5f_5f_heap5f_base");
  EXPORT(EXTERN_FUNC, "x_a2e_b", "demo_x_x5f_a2e5f_b");
  EXPORT(EXTERN_FUNC, "\xc3\xa9t\xc3\xa9", "demo_x_c3_a9_tc3_a9_");
  EXPORT(EXTERN_FUNC, "", "demo_x_");
  EXPORT(EXTERN_FUNC, "free", "demo_x_free");
  EXPORT(EXTERN_FUNC, "memory_grow", "demo_x_memory5f_grow");
  EXPORT(EXTERN_MEMORY, "grow", "demo_memory_grow");
  EXPORT(EXTERN_FUNC, "int", "demo_int");
  check_export("uint8", EXTERN_FUNC, "t", 1, "uint8_x_t");
  check_export("static", EXTERN_FUNC, "assert", 6, "static_x_assert");
  check_export("DEMO", EXTERN_FUNC, "ADD", 3, "DEMO_x_ADD");
  check_export("DEMO", EXTERN_FUNC, "add", 3, "DEMO_add");
}

static void check_field(const char *module, const char *field, uint32_t repeat, const char *expected) {
  char *id = names_import_field(module, strlen(module), field, strlen(field), repeat);
  assert_non_null(id);
  assert_string_equal(id, expected);
  w2o_free(id);
}

static void import_examples(void **state) {
  (void)state;
  check_field("host", "log", 0, "host_log");
  check_field("env", "fd_write", 0, "env_fd_write");
  check_field("host", "a.b", 0, "host_x_a2e_b");
  check_field("host", "a_b", 0, "host_a_b");
  check_field("host_a", "b", 0, "x_6_host_a_b");
  check_field("wasi_snapshot_preview1", "fd_write", 0, "x_22_wasi_snapshot_preview1_fd_write");
  check_field("host", "log", 1, "x_4r1_host_log");
  check_field("x", "a", 0, "x_1_x_a");
  check_field("static", "assert", 0, "x_6_static_assert");
  check_field("size", "t", 0, "x_4_size_t");
  check_field("ENV", "LOG", 0, "x_3_ENV_LOG");
  check_field("w2o", "call", 0, "x_3_w2o_call");
  check_field("a.", "b", 0, "x_6_x_a2e_b");
  check_field("", "", 0, "x_2_x_x_");
  check_field("1st", "f", 0, "x_3_1st_f");
}

static void reserved_and_prefixes(void **state) {
  (void)state;
  static const char *const reserved[] = {"int",    "static_assert", "char8_t", "xor_eq",        "_a",
                                         "a__b",   "ABC_1",         "uint8_t", "int_least16_t", "uintptr_t",
                                         "size_t", "w2o_call",      "W2O_OK",  "offsetof"};
  for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
    assert_true(names_is_reserved(reserved[i]));
  static const char *const fine[] = {"a", "host_log", "uint8_x", "int8_tx", "Ab", "intx_t", "x_a"};
  for (size_t i = 0; i < sizeof fine / sizeof *fine; i++)
    assert_false(names_is_reserved(fine[i]));
  static const char *const bad_prefixes[] = {"", "1a", "_a", "a_", "a__b", "a.b", "w2o", "W2O"};
  for (size_t i = 0; i < sizeof bad_prefixes / sizeof *bad_prefixes; i++)
    assert_false(names_valid_prefix(bad_prefixes[i]));
  static const char *const good_prefixes[] = {"demo", "a_b", "DEMO", "m1", "w2o_wasi_command"};
  for (size_t i = 0; i < sizeof good_prefixes / sizeof *good_prefixes; i++)
    assert_true(names_valid_prefix(good_prefixes[i]));
}

static void default_prefixes(void **state) {
  (void)state;
  static const char *const cases[][2] = {
      {"dir/demo.wasm", "demo"},
      {"my-mod.wasm", "my_mod"},
      {"a__b.wasm", "a_b"},
      {"_start.x.wasm", "start"},
      {"1bad.wasm", "m_1bad"},
      {"w2o.wasm", "m_w2o"},
      {".wasm", "m"},
      {"--.wasm", "m"},
      {"/x/\xc3\xa9t\xc3\xa9", "t"},
      {"trail_.wasm", "trail"},
      {"w2o_x.wasm", "w2o_x"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *p = names_default_prefix(cases[i][0]);
    assert_non_null(p);
    assert_string_equal(p, cases[i][1]);
    assert_true(names_valid_prefix(p));
    w2o_free(p);
  }
}

/* ---- this file's own reading of the rules ---- */

static bool is_c_identifier(const char *s) {
  if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
    return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return false;
  return true;
}

/* C17, C23 and C++23 keywords, alternative tokens, and names of the
 * generated header's standard includes that are not upper case. */
static const char *const keywords[] = {"_Alignas",
                                       "_Alignof",
                                       "_Atomic",
                                       "_BitInt",
                                       "_Bool",
                                       "_Complex",
                                       "_Decimal128",
                                       "_Decimal32",
                                       "_Decimal64",
                                       "_Generic",
                                       "_Imaginary",
                                       "_Noreturn",
                                       "_Static_assert",
                                       "_Thread_local",
                                       "alignas",
                                       "alignof",
                                       "and",
                                       "and_eq",
                                       "asm",
                                       "auto",
                                       "bitand",
                                       "bitor",
                                       "bool",
                                       "break",
                                       "case",
                                       "catch",
                                       "char",
                                       "char8_t",
                                       "char16_t",
                                       "char32_t",
                                       "class",
                                       "co_await",
                                       "co_return",
                                       "co_yield",
                                       "compl",
                                       "concept",
                                       "const",
                                       "consteval",
                                       "constexpr",
                                       "constinit",
                                       "const_cast",
                                       "continue",
                                       "decltype",
                                       "default",
                                       "delete",
                                       "do",
                                       "double",
                                       "dynamic_cast",
                                       "else",
                                       "enum",
                                       "explicit",
                                       "export",
                                       "extern",
                                       "false",
                                       "float",
                                       "for",
                                       "friend",
                                       "goto",
                                       "if",
                                       "inline",
                                       "int",
                                       "long",
                                       "mutable",
                                       "namespace",
                                       "new",
                                       "noexcept",
                                       "not",
                                       "not_eq",
                                       "nullptr",
                                       "operator",
                                       "or",
                                       "or_eq",
                                       "private",
                                       "protected",
                                       "public",
                                       "register",
                                       "reinterpret_cast",
                                       "requires",
                                       "restrict",
                                       "return",
                                       "short",
                                       "signed",
                                       "sizeof",
                                       "static",
                                       "static_assert",
                                       "static_cast",
                                       "struct",
                                       "switch",
                                       "template",
                                       "this",
                                       "thread_local",
                                       "throw",
                                       "true",
                                       "try",
                                       "typedef",
                                       "typeid",
                                       "typename",
                                       "typeof",
                                       "typeof_unqual",
                                       "union",
                                       "unsigned",
                                       "using",
                                       "virtual",
                                       "void",
                                       "volatile",
                                       "wchar_t",
                                       "while",
                                       "xor",
                                       "xor_eq",
                                       "size_t",
                                       "ptrdiff_t",
                                       "max_align_t",
                                       "nullptr_t",
                                       "offsetof",
                                       "unreachable"};

static regex_t stdint_type;

static bool reserved(const char *id, bool runtime_prefix_ok) {
  for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
    if (strcmp(id, keywords[i]) == 0)
      return true;
  bool lower = false;
  for (const char *p = id; *p; p++)
    lower |= *p >= 'a' && *p <= 'z';
  if (!runtime_prefix_ok && (strncmp(id, "w2o_", 4) == 0 || strncmp(id, "W2O_", 4) == 0))
    return true;
  return id[0] == '_' || strstr(id, "__") || !lower || regexec(&stdint_type, id, 0, NULL, 0) == 0;
}

/* ---- a decoder written from the README ---- */

typedef struct bytes {
  char data[256];
  size_t len;
} bytes;

static int hex_value(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* enc^-1 of s[0..n): false if s is no output of enc. */
static bool decode_enc(const char *s, size_t n, bytes *out) {
  out->len = 0;
  for (size_t i = 0; i < n;) {
    if (i + 2 < n && s[i + 2] == '_') {
      int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
      if (hi < 0 || lo < 0)
        return false;
      out->data[out->len++] = (char)(hi * 16 + lo);
      i += 3;
    } else if (is_alnum(s[i])) {
      out->data[out->len++] = s[i++];
    } else {
      return false;
    }
  }
  return true;
}

/* T^-1: "x_" + enc(s), or s itself. */
static bool decode_component(const char *s, size_t n, bytes *out) {
  if (n >= 2 && s[0] == 'x' && s[1] == '_')
    return decode_enc(s + 2, n - 2, out);
  memcpy(out->data, s, n);
  out->len = n;
  return true;
}

/* An export's (kind, name), or kind -1 for a fixed name; false if the
 * identifier is no output of the mapping for `prefix`. */
static bool decode_export(const char *prefix, const char *id, int *kind, bytes *name) {
  size_t pl = strlen(prefix);
  if (strncmp(id, prefix, pl) != 0 || id[pl] != '_')
    return false;
  const char *rest = id + pl + 1;
  for (size_t i = 0; i < sizeof fixed_tails / sizeof *fixed_tails; i++)
    if (strcmp(rest, fixed_tails[i]) == 0) {
      *kind = -1;
      return true;
    }
  *kind = EXTERN_FUNC;
  for (int k = 1; k < 4; k++)
    if (strncmp(rest, infixes[k], strlen(infixes[k])) == 0) {
      *kind = k;
      rest += strlen(infixes[k]);
      break;
    }
  return decode_component(rest, strlen(rest), name);
}

static bool decode_field(const char *id, bytes *module, bytes *field, uint32_t *repeat) {
  *repeat = 0;
  if (strncmp(id, "x_", 2) != 0) {
    const char *sep = strchr(id, '_');
    if (!sep)
      return false;
    memcpy(module->data, id, (size_t)(sep - id));
    module->len = (size_t)(sep - id);
    return decode_component(sep + 1, strlen(sep + 1), field);
  }
  char *end;
  size_t len = strtoul(id + 2, &end, 10);
  if (*end == 'r')
    *repeat = (uint32_t)strtoul(end + 1, &end, 10);
  if (*end != '_' || strlen(end + 1) < len)
    return false;
  const char *tm = end + 1, *rest = tm + len;
  if (len == 0 || !decode_component(tm, len, module))
    return false;
  if (tm[len - 1] != '_' && *rest++ != '_')
    return false;
  return decode_component(rest, strlen(rest), field);
}

/* ---- names to try ---- */

static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint32_t rnd(uint32_t n) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (uint32_t)(rng_state % n);
}

static const char *const words[] = {
    "a",      "b",    "x",       "log",       "fd_write",   "memory",   "table",       "global",
    "module", "free", "imports", "imports_t", "instance_t", "resolve_", "instantiate", "static",
    "assert", "t",    "int8",    "size",      "MAX",        "w2o",      "call",        "int",
    "5f",     "2e",   "x_a",     "env",       "host",       "start",    "uint8_t",     "char8"};

static void append(bytes *b, const char *s, size_t n) {
  if (b->len + n < sizeof b->data - 1) {
    memcpy(b->data + b->len, s, n);
    b->len += n;
  }
}

static void random_bytes(bytes *b, const char *alphabet) {
  b->len = 0;
  uint32_t n = rnd(10);
  for (uint32_t i = 0; i < n; i++) {
    char c = alphabet ? alphabet[rnd((uint32_t)strlen(alphabet))] : (char)rnd(256);
    append(b, &c, 1);
  }
}

/* A plain-looking name, then bent toward a collision. */
static void near_plain(bytes *b) {
  b->len = 0;
  const char *w = words[rnd(sizeof words / sizeof *words)];
  append(b, w, strlen(w));
  if (rnd(2)) {
    append(b, "_", 1);
    w = words[rnd(sizeof words / sizeof *words)];
    append(b, w, strlen(w));
  }
  static const char *const affixes[] = {"_", "__", ".", "x_", "memory_", "table_", "global_", "-", "0", "A"};
  const char *a = affixes[rnd(sizeof affixes / sizeof *affixes)];
  switch (rnd(4)) {
  case 0: { /* prefix */
    bytes t = *b;
    b->len = 0;
    append(b, a, strlen(a));
    append(b, t.data, t.len);
    break;
  }
  case 1: append(b, a, strlen(a)); break; /* suffix */
  case 2: {                               /* insert in the middle */
    bytes t = *b;
    size_t at = rnd((uint32_t)t.len + 1);
    b->len = 0;
    append(b, t.data, at);
    append(b, a, strlen(a));
    append(b, t.data + at, t.len - at);
    break;
  }
  default: break;
  }
}

/* Something the mapping wrote, or a piece of it, fed back as a name. */
static void near_output(bytes *b, char **outputs, size_t count) {
  b->len = 0;
  if (count == 0)
    return;
  const char *o = outputs[rnd((uint32_t)count)];
  size_t skip = rnd((uint32_t)strlen(o) + 1);
  append(b, o + skip, strlen(o + skip));
  if (rnd(2) && b->len)
    b->len--;
  if (rnd(3) == 0)
    append(b, "_", 1);
}

static void make_name(bytes *b, char **outputs, size_t count) {
  switch (rnd(5)) {
  case 0: random_bytes(b, NULL); break;
  case 1: random_bytes(b, "ax_.5f2e"); break;
  case 2: random_bytes(b, "a_x."); break;
  case 3: near_plain(b); break;
  default: near_output(b, outputs, count); break;
  }
}

/* ---- the property tests ---- */

typedef struct entry {
  char *id;
  int kind; /* -1: fixed */
  bytes name;
} entry;

static int compare_ids(const void *a, const void *b) {
  return strcmp(((const entry *)a)->id, ((const entry *)b)->id);
}

static bool same_name(const bytes *a, const bytes *b) {
  return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
}

/* Every (kind, name) pair once per prefix: the sorted identifiers may
 * repeat only for the same input. */
static void assert_distinct(entry *e, size_t n) {
  qsort(e, n, sizeof *e, compare_ids);
  for (size_t i = 1; i < n; i++)
    if (strcmp(e[i - 1].id, e[i].id) == 0) {
      if (e[i - 1].kind != e[i].kind || !same_name(&e[i - 1].name, &e[i].name))
        fail_msg("two inputs map to %s", e[i].id);
    }
}

enum { NAMES_PER_PREFIX = 4000 };

static void exports_are_distinct_valid_and_decodable(void **state) {
  (void)state;
  static const char *const prefixes[] = {"demo", "DEMO", "uint8", "static", "x", "co", "w2o_wasi_command"};
  size_t total = 0;
  for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
    const char *prefix = prefixes[p];
    size_t cap = NAMES_PER_PREFIX + 8;
    entry *e = calloc(cap, sizeof *e);
    char **outputs = calloc(cap, sizeof *outputs);
    size_t n = 0;
    for (size_t i = 0; i < sizeof fixed_tails / sizeof *fixed_tails; i++) {
      e[n].id = malloc(strlen(prefix) + strlen(fixed_tails[i]) + 2);
      sprintf(e[n].id, "%s_%s", prefix, fixed_tails[i]);
      e[n++].kind = -1;
    }
    for (size_t i = 0; i < NAMES_PER_PREFIX; i++) {
      entry *x = &e[n];
      make_name(&x->name, outputs, i);
      x->kind = (int)rnd(4);
      x->id = names_export(prefix, (uint8_t)x->kind, x->name.data, x->name.len);
      assert_non_null(x->id);
      if (!is_c_identifier(x->id) || reserved(x->id, strncmp(prefix, "w2o_", 4) == 0))
        fail_msg("export '%.*s' of kind %d under %s gives %s", (int)x->name.len, x->name.data, x->kind,
                 prefix, x->id);
      int kind;
      bytes back;
      if (!decode_export(prefix, x->id, &kind, &back) || kind != x->kind || !same_name(&back, &x->name))
        fail_msg("%s does not decode to export '%.*s' of kind %d", x->id, (int)x->name.len, x->name.data,
                 x->kind);
      char *again = names_export(prefix, (uint8_t)x->kind, x->name.data, x->name.len);
      assert_string_equal(again, x->id); /* the same every time */
      w2o_free(again);
      outputs[i] = x->id + strlen(prefix) + 1;
      n++;
    }
    assert_distinct(e, n);
    for (size_t i = 0; i < n; i++)
      if (e[i].kind < 0)
        free(e[i].id);
      else
        w2o_free(e[i].id);
    total += n;
    free(e);
    free(outputs);
  }
  print_message("%zu export identifiers checked\n", total);
}

static void import_fields_are_distinct_valid_and_decodable(void **state) {
  (void)state;
  enum { COUNT = 6000 };
  entry *e = calloc(COUNT, sizeof *e);
  bytes *fields = calloc(COUNT, sizeof *fields);
  uint32_t *repeats = calloc(COUNT, sizeof *repeats);
  char **outputs = calloc(COUNT, sizeof *outputs);
  for (size_t i = 0; i < COUNT; i++) {
    make_name(&e[i].name, outputs, i); /* the module */
    make_name(&fields[i], outputs, i);
    repeats[i] = rnd(8) == 0 ? rnd(3) + 1 : 0;
    e[i].kind = (int)repeats[i];
    e[i].id = names_import_field(e[i].name.data, e[i].name.len, fields[i].data, fields[i].len, repeats[i]);
    assert_non_null(e[i].id);
    if (!is_c_identifier(e[i].id) || reserved(e[i].id, false))
      fail_msg("import '%.*s' '%.*s' gives %s", (int)e[i].name.len, e[i].name.data, (int)fields[i].len,
               fields[i].data, e[i].id);
    bytes module, field;
    uint32_t repeat;
    if (!decode_field(e[i].id, &module, &field, &repeat) || repeat != repeats[i] ||
        !same_name(&module, &e[i].name) || !same_name(&field, &fields[i]))
      fail_msg("%s does not decode to import '%.*s' '%.*s' #%u", e[i].id, (int)e[i].name.len, e[i].name.data,
               (int)fields[i].len, fields[i].data, repeats[i]);
    outputs[i] = e[i].id;
    /* distinctness of (module, field, repeat): fold the field into the name */
    append(&e[i].name, "\n", 1);
    append(&e[i].name, fields[i].data, fields[i].len);
  }
  assert_distinct(e, COUNT);
  for (size_t i = 0; i < COUNT; i++)
    w2o_free(e[i].id);
  free(e);
  free(fields);
  free(repeats);
  free(outputs);
  print_message("%d import fields checked\n", COUNT);
}

/* Out of memory at every allocation: NULL, nothing leaked. */
static void out_of_memory_gives_null(void **state) {
  (void)state;
  w2o_set_allocator(failing_realloc);
  for (int budget = 0; budget < 40; budget++) {
    allocations_left = budget;
    live_allocations = 0;
    char *a = names_export("demo", EXTERN_FUNC, "a.b", 3);
    char *b = names_import_field("wasi_snapshot_preview1", 22, "fd.write", 8, 1);
    char *c = names_default_prefix("dir/1-bad.wasm");
    assert_int_equal(live_allocations, (a != NULL) + (b != NULL) + (c != NULL));
    if (a)
      assert_string_equal(a, "demo_x_a2e_b");
    if (b)
      assert_string_equal(b, "x_22r1_wasi_snapshot_preview1_x_fd2e_write");
    if (c)
      assert_string_equal(c, "m_1_bad");
    w2o_free(a);
    w2o_free(b);
    w2o_free(c);
  }
  w2o_set_allocator(NULL);
}

static char *slurp(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *data = NULL;
  size_t n = 0, cap = 0;
  int c;
  while ((c = fgetc(f)) != EOF) {
    if (n == cap)
      data = realloc(data, cap = cap ? 2 * cap : 4096);
    data[n++] = (char)c;
  }
  fclose(f);
  *size = n;
  return data;
}

static void header_writer_out_of_memory(void **state) {
  (void)state;
  size_t size, full_size, got_size;
  uint8_t *wasm = (uint8_t *)slurp(NAMES_WASM, &size);
  assert_non_null(wasm);
  wasm_module m;
  diag d;
  diag_init(&d, "names.wasm");
  assert_true(decode_module(&m, wasm, size, &d));
  mkdir(WORK_DIR, 0777);
  compile_options opts = {0};
  opts.name = "names";
  char *error = NULL;
  assert_true(write_header(&m, &opts, WORK_DIR "/full.h", "names.wasm", &error));
  char *full = slurp(WORK_DIR "/full.h", &full_size);
  assert_non_null(full);
  w2o_set_allocator(failing_realloc);
  bool ok = false;
  int budget;
  for (budget = 0; !ok && budget < 10000; budget++) {
    allocations_left = budget;
    live_allocations = 0;
    error = NULL;
    remove(WORK_DIR "/oom.h");
    ok = write_header(&m, &opts, WORK_DIR "/oom.h", "names.wasm", &error);
    w2o_free(error);
    assert_int_equal(live_allocations, 0);
    FILE *tmp = fopen(WORK_DIR "/oom.h.tmp", "r");
    assert_null(tmp);
    if (!ok)
      assert_null(fopen(WORK_DIR "/oom.h", "r"));
  }
  w2o_set_allocator(NULL);
  assert_true(ok);
  print_message("the header writer succeeded with %d allocations\n", budget - 1);
  char *got = slurp(WORK_DIR "/oom.h", &got_size);
  assert_non_null(got);
  assert_int_equal(got_size, full_size);
  assert_memory_equal(got, full, full_size);
  free(got);
  free(full);
  module_free(&m);
  free(wasm);
}

int main(void) {
  if (regcomp(&stdint_type, "^u?int(_least|_fast)?[0-9]+_t$|^u?int(ptr|max)_t$", REG_EXTENDED | REG_NOSUB))
    return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(export_examples),
      cmocka_unit_test(import_examples),
      cmocka_unit_test(reserved_and_prefixes),
      cmocka_unit_test(default_prefixes),
      cmocka_unit_test(exports_are_distinct_valid_and_decodable),
      cmocka_unit_test(import_fields_are_distinct_valid_and_decodable),
      cmocka_unit_test(out_of_memory_gives_null),
      cmocka_unit_test(header_writer_out_of_memory),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  regfree(&stdint_type);
  return failed;
}
