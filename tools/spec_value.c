/*
 * spec_value.c — the value encoding of wast2json's JSON, to and from
 * w2o_value_t.
 *
 * wast2json writes a value as {"type": T, "value": S}: S is the decimal
 * unsigned bit pattern for i32/i64/f32/f64, "nan:canonical" or
 * "nan:arithmetic" for an expected NaN class, "null" or a number for
 * references, and for v128 a "lane_type" plus an array of lane strings.
 * Comparison is bit-exact except for the NaN classes. The runner's host
 * pointer for externref N is (void *)(N + 1), so externref 0 is not null;
 * an expected funcref (or externref) without a number means "any non-null".
 *
 * Names: wast2json escapes NUL as \u0000, which cJSON would turn into a
 * string terminator; the script loader replaces that escape with the byte
 * 0xFF (never valid in UTF-8), and spec_name turns it back into NUL.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec.h"

static const struct {
  const char *name;
  uint32_t type;
} value_types[] = {
    {"i32", W2O_I32},
    {"i64", W2O_I64},
    {"f32", W2O_F32},
    {"f64", W2O_F64},
    {"v128", W2O_V128},
    {"funcref", W2O_FUNCREF},
    {"externref", W2O_EXTERNREF},
};

static uint32_t type_of(const char *name) {
  for (size_t i = 0; i < sizeof value_types / sizeof value_types[0]; i++)
    if (strcmp(value_types[i].name, name) == 0)
      return value_types[i].type;
  return 0;
}

static const char *type_name(uint32_t type) {
  for (size_t i = 0; i < sizeof value_types / sizeof value_types[0]; i++)
    if (value_types[i].type == type)
      return value_types[i].name;
  return "?";
}

static const char *string_field(const cJSON *json, const char *key) {
  const cJSON *item = cJSON_GetObjectItemCaseSensitive(json, key);
  return cJSON_IsString(item) ? item->valuestring : NULL;
}

/* Lane width in bytes of a v128 lane type, 0 if unknown. */
static unsigned lane_bytes(const char *lane_type) {
  if (!lane_type)
    return 0;
  if (strcmp(lane_type, "i8") == 0)
    return 1;
  if (strcmp(lane_type, "i16") == 0)
    return 2;
  if (strcmp(lane_type, "i32") == 0 || strcmp(lane_type, "f32") == 0)
    return 4;
  if (strcmp(lane_type, "i64") == 0 || strcmp(lane_type, "f64") == 0)
    return 8;
  return 0;
}

/* Fills bytes with the lanes of a v128 JSON value (NaN patterns read as 0). */
static bool v128_parse(const cJSON *json, uint8_t bytes[16]) {
  unsigned width = lane_bytes(string_field(json, "lane_type"));
  const cJSON *lanes = cJSON_GetObjectItemCaseSensitive(json, "value");
  if (width == 0 || !cJSON_IsArray(lanes) || cJSON_GetArraySize(lanes) != (int)(16 / width))
    return false;
  unsigned i = 0;
  const cJSON *lane;
  cJSON_ArrayForEach(lane, lanes) {
    if (!cJSON_IsString(lane))
      return false;
    uint64_t bits = strtoull(lane->valuestring, NULL, 10);
    memcpy(bytes + i * width, &bits, width); /* little-endian host */
    i++;
  }
  return true;
}

static void *externref_of(const char *s) { return (void *)(uintptr_t)(strtoull(s, NULL, 10) + 1); }

/* Parses an argument value. */
bool spec_value_parse(const cJSON *json, w2o_value_t *out, char *err, size_t err_size) {
  const char *type = string_field(json, "type");
  const char *s = string_field(json, "value");
  memset(out, 0, sizeof *out);
  out->type = type ? type_of(type) : 0;
  if (out->type == W2O_V128) {
    if (v128_parse(json, out->of.v128))
      return true;
  } else if (s && out->type == W2O_I32) {
    out->of.i32 = (uint32_t)strtoul(s, NULL, 10);
    return true;
  } else if (s && (out->type == W2O_I64 || out->type == W2O_F64)) {
    out->of.i64 = strtoull(s, NULL, 10); /* f64 bits alias i64 */
    return true;
  } else if (s && out->type == W2O_F32) {
    out->of.i32 = (uint32_t)strtoul(s, NULL, 10); /* f32 bits alias i32 */
    return true;
  } else if (s && strcmp(s, "null") == 0 && out->type != 0) {
    return true; /* null reference */
  } else if (s && out->type == W2O_EXTERNREF) {
    out->of.externref = externref_of(s);
    return true;
  }
  snprintf(err, err_size, "unsupported argument value (type %s)", type ? type : "?");
  return false;
}

/* Does a float's bits match the expected string (a bit pattern or NaN class)? */
static bool float_matches(const char *s, uint64_t bits, unsigned width) {
  uint64_t quiet = width == 4 ? 0x00400000u : 0x0008000000000000u;
  uint64_t exponent = width == 4 ? 0x7f800000u : 0x7ff0000000000000u;
  uint64_t magnitude = width == 4 ? 0x7fffffffu : 0x7fffffffffffffffu;
  if (strcmp(s, "nan:canonical") == 0)
    return (bits & magnitude) == (exponent | quiet);
  if (strcmp(s, "nan:arithmetic") == 0)
    return (bits & (exponent | quiet)) == (exponent | quiet);
  return strtoull(s, NULL, 10) == bits;
}

static bool v128_matches(const cJSON *expected, const uint8_t got[16]) {
  const char *lane_type = string_field(expected, "lane_type");
  unsigned width = lane_bytes(lane_type);
  const cJSON *lanes = cJSON_GetObjectItemCaseSensitive(expected, "value");
  if (width == 0 || !cJSON_IsArray(lanes) || cJSON_GetArraySize(lanes) != (int)(16 / width))
    return false;
  unsigned i = 0;
  const cJSON *lane;
  cJSON_ArrayForEach(lane, lanes) {
    uint64_t bits = 0;
    memcpy(&bits, got + i * width, width);
    if (!cJSON_IsString(lane))
      return false;
    bool ok = lane_type[0] == 'f' ? float_matches(lane->valuestring, bits, width)
                                  : strtoull(lane->valuestring, NULL, 10) == bits;
    if (!ok)
      return false;
    i++;
  }
  return true;
}

/* Does `got` match the expected JSON value? */
bool spec_value_matches(const cJSON *expected, const w2o_value_t *got) {
  const char *type = string_field(expected, "type");
  const char *s = string_field(expected, "value");
  if (!type || type_of(type) != got->type)
    return false;
  switch (got->type) {
  case W2O_I32: return s && strtoul(s, NULL, 10) == got->of.i32;
  case W2O_I64: return s && strtoull(s, NULL, 10) == got->of.i64;
  case W2O_F32: return s && float_matches(s, got->of.i32, 4);
  case W2O_F64: return s && float_matches(s, got->of.i64, 8);
  case W2O_V128: return v128_matches(expected, got->of.v128);
  case W2O_FUNCREF: return s && strcmp(s, "null") == 0 ? got->of.funcref == NULL : got->of.funcref != NULL;
  case W2O_EXTERNREF:
    if (!s)
      return got->of.externref != NULL;
    if (strcmp(s, "null") == 0)
      return got->of.externref == NULL;
    return got->of.externref == externref_of(s);
  }
  return false;
}

static void v128_format(const uint8_t bytes[16], char *buf, size_t size) {
  size_t n = (size_t)snprintf(buf, size, "v128:i32x4");
  for (unsigned i = 0; i < 4 && n < size; i++) {
    uint32_t lane;
    memcpy(&lane, bytes + 4 * i, 4);
    n += (size_t)snprintf(buf + n, size - n, " 0x%08" PRIx32, lane);
  }
}

/* "i32:42", "f32:1065353216 (1)", "externref:3", "funcref:null", ... */
void spec_value_format(const w2o_value_t *v, char *buf, size_t size) {
  switch (v->type) {
  case W2O_I32: snprintf(buf, size, "i32:%" PRIu32, v->of.i32); return;
  case W2O_I64: snprintf(buf, size, "i64:%" PRIu64, v->of.i64); return;
  case W2O_F32: snprintf(buf, size, "f32:%" PRIu32 " (%.9g)", v->of.i32, (double)v->of.f32); return;
  case W2O_F64: snprintf(buf, size, "f64:%" PRIu64 " (%.17g)", v->of.i64, v->of.f64); return;
  case W2O_V128: v128_format(v->of.v128, buf, size); return;
  case W2O_FUNCREF: snprintf(buf, size, "funcref:%s", v->of.funcref ? "non-null" : "null"); return;
  case W2O_EXTERNREF:
    if (v->of.externref)
      snprintf(buf, size, "externref:%" PRIuPTR, (uintptr_t)v->of.externref - 1);
    else
      snprintf(buf, size, "externref:null");
    return;
  }
  snprintf(buf, size, "%s(type 0x%x)", type_name(v->type), (unsigned)v->type);
}

/* The expected value as written in the JSON: "i32:42", "f32:nan:canonical", ... */
void spec_expected_format(const cJSON *expected, char *buf, size_t size) {
  const char *type = string_field(expected, "type");
  const char *s = string_field(expected, "value");
  if (type && strcmp(type, "v128") == 0) {
    char *lanes = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(expected, "value"));
    const char *lane_type = string_field(expected, "lane_type");
    snprintf(buf, size, "v128:%s%s", lane_type ? lane_type : "?", lanes ? lanes : "?");
    free(lanes);
    return;
  }
  snprintf(buf, size, "%s:%s", type ? type : "?", s ? s : "non-null");
}

/*
 * Copies a JSON name into buf (size > strlen(json_string)), turning the
 * loader's 0xFF marker back into NUL. Returns the name's length.
 */
size_t spec_name(const char *json_string, char *buf, size_t size) {
  size_t n = 0;
  for (; json_string[n] && n + 1 < size; n++)
    buf[n] = (unsigned char)json_string[n] == 0xFF ? '\0' : json_string[n];
  buf[n] = '\0';
  return n;
}
