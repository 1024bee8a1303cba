/*
 * diag.c — the diagnostic context every stage reports user errors through.
 *
 * requires:  nothing.
 * maintains: a diag records the first error (message, byte offset, function
 *            index); later errors are ignored, so the user sees the cause,
 *            not its consequences. No global state: each compilation has
 *            its own diag.
 * breaks:    nothing.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "module.h"

void diag_init(diag *d, const char *filename) {
  memset(d, 0, sizeof *d);
  d->filename = filename;
  d->func = -1;
}

static void diag_record(diag *d, size_t offset, const char *fmt, va_list ap) {
  if (d->failed)
    return; /* the first error wins */
  d->failed = true;
  d->offset = offset;
  vsnprintf(d->message, sizeof d->message, fmt, ap);
}

bool diag_error(diag *d, size_t offset, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_record(d, offset, fmt, ap);
  va_end(ap);
  return false;
}

bool diag_unsupported(diag *d, size_t offset, const char *fmt, ...) {
  va_list ap;
  if (!d->failed)
    d->unsupported = true;
  va_start(ap, fmt);
  diag_record(d, offset, fmt, ap);
  va_end(ap);
  return false;
}

bool diag_out_of_memory(diag *d, size_t offset) {
  if (!d->failed)
    d->out_of_memory = true;
  return diag_error(d, offset, "out of memory");
}

void diag_format(const diag *d, char *buf, size_t size) {
  const char *file = d->filename ? d->filename : "<input>";
  if (d->func >= 0)
    snprintf(buf, size, "%s:0x%zx: error: %s (func %lld)", file, d->offset, d->message, (long long)d->func);
  else
    snprintf(buf, size, "%s:0x%zx: error: %s", file, d->offset, d->message);
}
