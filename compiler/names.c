/*
 * names.c — C identifiers from wasm names, and small string helpers.
 *
 * The generated header and the object's symbols must be valid C
 * identifiers and identical for identical input, whatever bytes the module
 * uses for its names: each byte outside [A-Za-z0-9_] becomes '_', and a
 * leading digit gets a '_' in front. Collisions that this creates are
 * resolved by the header writer (which knows the whole set of names).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"

static int is_ident_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

char *names_c_identifier(const char *bytes, size_t len) {
  char *s = malloc(len + 2);
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

char *names_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    return NULL;
  char *s = malloc((size_t)n + 1);
  if (!s)
    return NULL;
  va_start(ap, fmt);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return s;
}
