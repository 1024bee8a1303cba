/*
 * names.c — C identifiers from wasm names.
 *
 * The generated header and the object's symbols must be valid C
 * identifiers and identical for identical input, whatever bytes the module
 * uses for its names: each byte outside [A-Za-z0-9_] becomes '_', and a
 * leading digit gets a '_' in front. Collisions that this creates are
 * resolved by the header writer (which knows the whole set of names).
 */
#include <stdint.h>
#include <string.h>

#include "compile.h"

static int is_ident_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

char *names_c_identifier(const char *bytes, size_t len) {
  char *s = len <= SIZE_MAX - 2 ? w2o_realloc(NULL, len + 2) : NULL;
  if (!s)
    return NULL;
  size_t n = 0;
  if (len == 0 || (bytes[0] >= '0' && bytes[0] <= '9'))
    s[n++] = '_';
  for (size_t i = 0; i < len; i++)
    s[n++] = is_ident_char((unsigned char)bytes[i]) ? bytes[i] : '_';
  s[n] = '\0';
  return s;
}

char *names_default_prefix(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strchr(base, '.');
  size_t len = dot ? (size_t)(dot - base) : strlen(base);
  return names_c_identifier(base, len);
}
