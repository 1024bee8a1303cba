/*
 * text.c — formatted strings allocated through the allocation hook.
 *
 * requires:  nothing.
 * maintains: every string is allocated with w2o_realloc (so out-of-memory
 *            tests reach it) and freed with w2o_free.
 * breaks:    nothing; NULL when out of memory.
 */
#include <stdarg.h>
#include <stdio.h>

#include "module.h"

char *text_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    return NULL;
  char *s = w2o_realloc(NULL, (size_t)n + 1);
  if (!s)
    return NULL;
  va_start(ap, fmt);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return s;
}
