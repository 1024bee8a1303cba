/*
 * names.c — C identifiers from wasm names.
 *
 * requires:  nothing (names are arbitrary bytes, not necessarily UTF-8).
 * produces:  the identifiers of the generated header: one per export, one
 *            struct field per import, the default --name; each a function of
 *            its own name, the prefix and its kind only, so it is the same in
 *            every run and does not depend on the module's other names.
 * maintains: the mapping is injective across everything one header defines
 *            (exports of every kind and the fixed API names), and no result
 *            is a keyword or a reserved identifier (names_is_reserved).
 *
 * The rule, written out with examples in the README ("How names become C
 * identifiers"):
 *   plain(s)  s is 1+ bytes of [A-Za-z0-9_], does not start with '_' or
 *             "x_" and has no "__";
 *   enc(s)    each byte of [A-Za-z0-9] as itself, any other byte as two
 *             lowercase hex digits and '_' ("a.b" -> "a2e_b");
 *   T(s)      s if plain(s), else "x_" + enc(s).
 * An export is P_K + s if s is plain and the result is allowed (not
 * reserved; for a function, s does not start with "memory_", "table_",
 * "global_" or "tag_" and is not a fixed API name), else P_K + "x_" + enc(s),
 * where P is the prefix and K is "", "table_", "memory_", "global_" or
 * "tag_" (exception handling) by kind. An
 * import's field is m + "_" + T(f) when m is plain without '_', does not
 * start with a digit, is not "x", and the result is allowed; otherwise (and
 * for the 2nd, 3rd... import of the same pair) it is "x_" + the length of
 * T(m) + ("_" or "r" + repeat + "_") + T(m) + "_" + T(f), the '_' before T(f)
 * left out when T(m) already ends in '_'.
 *
 * Why it is injective: enc is decodable (every '_' it writes ends a hex
 * pair, and "x_" never occurs in its output, since 'x' is no hex digit);
 * plain names never start with "x_" and escaped ones always do after their
 * kind; a plain field's module is the part before its first '_', an escaped
 * one carries the length of T(m). Why nothing is reserved: no form writes
 * "__" or a leading '_', an escaped form contains a lowercase 'x', and
 * "_x_" or a leading "x_" appears in no keyword or standard type name.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "compile.h"

const char *const names_fixed[NAMES_FIXED_COUNT] = {"module",   "instance_t",  "imports", "imports_t",
                                                    "resolve_", "instantiate", "free"};

/* C17, C23 and C++23 keywords and C++'s alternative tokens, and the lowercase
 * macros of the headers the generated header includes (<stdbool.h>,
 * <stddef.h>, <stdint.h>). The ones starting with '_' are left out: a
 * leading '_' is refused anyway. */
static const char *const keywords[] = {
    "alignas",     "alignof",
    "and",         "and_eq",
    "asm",         "auto",
    "bitand",      "bitor",
    "bool",        "break",
    "case",        "catch",
    "char",        "char16_t",
    "char32_t",    "char8_t",
    "class",       "co_await",
    "co_return",   "co_yield",
    "compl",       "concept",
    "const",       "const_cast",
    "consteval",   "constexpr",
    "constinit",   "continue",
    "decltype",    "default",
    "delete",      "do",
    "double",      "dynamic_cast",
    "else",        "enum",
    "explicit",    "export",
    "extern",      "false",
    "float",       "for",
    "friend",      "goto",
    "if",          "inline",
    "int",         "long",
    "mutable",     "namespace",
    "new",         "noexcept",
    "not",         "not_eq",
    "nullptr",     "offsetof",
    "operator",    "or",
    "or_eq",       "private",
    "protected",   "public",
    "register",    "reinterpret_cast",
    "requires",    "restrict",
    "return",      "short",
    "signed",      "sizeof",
    "static",      "static_assert",
    "static_cast", "struct",
    "switch",      "template",
    "this",        "thread_local",
    "throw",       "true",
    "try",         "typedef",
    "typeid",      "typename",
    "typeof",      "typeof_unqual",
    "union",       "unreachable",
    "unsigned",    "using",
    "virtual",     "void",
    "volatile",    "wchar_t",
    "while",       "xor",
    "xor_eq",
};

/* Type names <stddef.h> and <stdint.h> declare besides (u)int..._t. */
static const char *const std_types[] = {"size_t", "ptrdiff_t", "max_align_t", "nullptr_t", "wchar_t"};

static bool is_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool starts_with(const char *s, size_t len, const char *prefix) {
  size_t n = strlen(prefix);
  return len >= n && memcmp(s, prefix, n) == 0;
}

static bool in_list(const char *id, const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(id, list[i]) == 0)
      return true;
  return false;
}

/* (u)int<N>_t, (u)int_least<N>_t, (u)int_fast<N>_t, (u)intptr_t, (u)intmax_t. */
static bool is_stdint_type(const char *id) {
  const char *s = id + (id[0] == 'u');
  if (strncmp(s, "int", 3) != 0)
    return false;
  s += 3;
  if (strcmp(s, "ptr_t") == 0 || strcmp(s, "max_t") == 0)
    return true;
  if (strncmp(s, "_least", 6) == 0)
    s += 6;
  else if (strncmp(s, "_fast", 5) == 0)
    s += 5;
  if (!is_digit((unsigned char)*s))
    return false;
  while (is_digit((unsigned char)*s))
    s++;
  return strcmp(s, "_t") == 0;
}

static bool has_lowercase(const char *id) {
  for (; *id; id++)
    if (*id >= 'a' && *id <= 'z')
      return true;
  return false;
}

/* names_is_reserved without the runtime's prefixes: for exports, whose
 * identifiers start with the prefix (only the runtime's own tools use a
 * prefix starting with w2o_, as w2o-exe's w2o_wasi_command). */
static bool is_reserved_in_c(const char *id) {
  return id[0] == '_' || strstr(id, "__") || !has_lowercase(id) ||
         in_list(id, keywords, sizeof keywords / sizeof keywords[0]) ||
         in_list(id, std_types, sizeof std_types / sizeof std_types[0]) || is_stdint_type(id);
}

bool names_is_reserved(const char *id) {
  return is_reserved_in_c(id) || strncmp(id, "w2o_", 4) == 0 || strncmp(id, "W2O_", 4) == 0;
}

bool names_valid_prefix(const char *prefix) {
  size_t len = strlen(prefix);
  if (len == 0 || is_digit((unsigned char)prefix[0]) || prefix[0] == '_' || prefix[len - 1] == '_' ||
      strstr(prefix, "__") || strcmp(prefix, "w2o") == 0 || strcmp(prefix, "W2O") == 0)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!is_alnum((unsigned char)prefix[i]) && prefix[i] != '_')
      return false;
  return true;
}

static bool is_plain(const char *s, size_t len) {
  if (len == 0 || s[0] == '_' || starts_with(s, len, "x_"))
    return false;
  for (size_t i = 0; i < len; i++)
    if (!is_alnum((unsigned char)s[i]) && !(s[i] == '_' && (i + 1 == len || s[i + 1] != '_')))
      return false;
  return true;
}

/* A growing string from the allocation hook; `failed` once out of memory. */
typedef struct buf {
  char *s;
  size_t len, cap;
  bool failed;
} buf;

static void put(buf *b, const char *s, size_t len) {
  if (len == 0)
    return;
  if (b->failed || len >= SIZE_MAX - b->len || !w2o_reserve(&b->s, &b->cap, b->len + len + 1, 1)) {
    b->failed = true;
    return;
  }
  memcpy(b->s + b->len, s, len);
  b->len += len;
  b->s[b->len] = '\0';
}

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

static void put_enc(buf *b, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    char hex[4];
    if (is_alnum(c))
      put(b, (const char *)&c, 1);
    else {
      snprintf(hex, sizeof hex, "%02x_", c);
      put(b, hex, 3);
    }
  }
}

/* T(s): the name itself if plain, else "x_" + enc(s). */
static void put_component(buf *b, const char *s, size_t len) {
  if (is_plain(s, len))
    put(b, s, len);
  else {
    puts_(b, "x_");
    put_enc(b, s, len);
  }
}

/* The string, or NULL (freed) if out of memory or empty. */
static char *finish(buf *b) {
  if (b->failed || !b->s) {
    w2o_free(b->s);
    return NULL;
  }
  return b->s;
}

static const char *const kind_infix[5] = {"", "table_", "memory_", "global_", "tag_"};

/* A plain function name that would read as another kind's or a fixed name. */
static bool func_name_taken(const char *s, size_t len) {
  for (int k = 1; k < 5; k++)
    if (starts_with(s, len, kind_infix[k]))
      return true;
  for (size_t i = 0; i < NAMES_FIXED_COUNT; i++)
    if (len == strlen(names_fixed[i]) && memcmp(s, names_fixed[i], len) == 0)
      return true;
  return false;
}

char *names_export(const char *prefix, uint8_t kind, const char *name, size_t len) {
  buf b = {0};
  puts_(&b, prefix);
  puts_(&b, "_");
  kind = kind <= EXTERN_TAG ? kind : EXTERN_FUNC; /* the decoder allows no other */
  puts_(&b, kind_infix[kind]);
  size_t head = b.len;
  if (is_plain(name, len) && !(kind == EXTERN_FUNC && func_name_taken(name, len))) {
    put(&b, name, len);
    if (b.failed || !is_reserved_in_c(b.s))
      return finish(&b);
    b.len = head; /* reserved as a whole: escape it */
  }
  puts_(&b, "x_");
  put_enc(&b, name, len);
  return finish(&b);
}

/* Whether a first import of (module, field) gets the short form m + "_" + T(f). */
static bool short_field_applies(const char *module, size_t module_len) {
  return is_plain(module, module_len) && !memchr(module, '_', module_len) &&
         !is_digit((unsigned char)module[0]) && !(module_len == 1 && module[0] == 'x');
}

/* The long form: "x_" + |T(m)| + ("_" or "r" + repeat + "_") + T(m) + "_" + T(f). */
static void put_long_field(buf *b, const char *module, size_t module_len, const char *field, size_t field_len,
                           uint32_t repeat) {
  buf t = {0}; /* T(m), to know its length */
  put_component(&t, module, module_len);
  char head[48];
  if (repeat == 0)
    snprintf(head, sizeof head, "x_%zu_", t.len);
  else
    snprintf(head, sizeof head, "x_%zur%u_", t.len, repeat);
  puts_(b, head);
  if (t.failed)
    b->failed = true;
  else {
    put(b, t.s, t.len);
    if (t.s[t.len - 1] != '_') /* T(m) is never empty */
      puts_(b, "_");
  }
  w2o_free(t.s);
  put_component(b, field, field_len);
}

char *names_import_field(const char *module, size_t module_len, const char *field, size_t field_len,
                         uint32_t repeat) {
  buf b = {0};
  if (repeat == 0 && short_field_applies(module, module_len)) {
    put(&b, module, module_len);
    puts_(&b, "_");
    put_component(&b, field, field_len);
    if (b.failed || !names_is_reserved(b.s))
      return finish(&b);
    b.len = 0; /* reserved as a whole: the long form */
  }
  put_long_field(&b, module, module_len, field, field_len, repeat);
  return finish(&b);
}

char *names_c_identifier(const char *bytes, size_t len) {
  char *s = len <= SIZE_MAX - 2 ? w2o_realloc(NULL, len + 2) : NULL;
  if (!s)
    return NULL;
  size_t n = 0;
  if (len == 0 || is_digit((unsigned char)bytes[0]))
    s[n++] = '_';
  for (size_t i = 0; i < len; i++)
    s[n++] = is_alnum((unsigned char)bytes[i]) || bytes[i] == '_' ? bytes[i] : '_';
  s[n] = '\0';
  return s;
}

char *names_default_prefix(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strchr(base, '.');
  size_t len = dot ? (size_t)(dot - base) : strlen(base);
  buf b = {0};
  puts_(&b, "m_"); /* kept only if the file name alone is no valid prefix */
  for (size_t i = 0; i < len; i++) {
    if (is_alnum((unsigned char)base[i]))
      put(&b, base + i, 1);
    else if (b.len > 2 && b.s[b.len - 1] != '_')
      puts_(&b, "_"); /* a run of other bytes becomes one '_' */
  }
  if (b.failed)
    return finish(&b);
  if (b.len > 2 && b.s[b.len - 1] == '_')
    b.s[--b.len] = '\0';
  if (b.len == 2)
    b.s[--b.len] = '\0'; /* no letter or digit at all: "m" */
  else if (names_valid_prefix(b.s + 2))
    memmove(b.s, b.s + 2, b.len - 1); /* drop "m_" */
  return finish(&b);
}
