/*
 * spec_action.c — actions (invoke an exported function, get an exported
 * global) and the commands that check them: action, assert_return,
 * assert_trap, assert_exhaustion, assert_exception.
 *
 * requires: the instances of the commands before this one;
 * produces: one pass or one failure per command.
 *
 * An action runs against the named instance ("module": "$M") or the current
 * one, and yields a spec_outcome_t: values returned, a trap code, or an
 * error of the runner or the runtime (no such export, bad arguments). Trap
 * texts of the suite map to trap codes by prefix ("uninitialized element 2"
 * is "uninitialized element").
 */
#include <stdio.h>
#include <string.h>

#include "spec.h"

typedef enum spec_outcome_kind { SPEC_RETURNED, SPEC_TRAPPED, SPEC_ERROR } spec_outcome_kind_t;

typedef struct spec_outcome {
  spec_outcome_kind_t kind;
  w2o_trap_t trap;
  size_t result_count;
  w2o_value_t results[SPEC_MAX_VALUES];
  char message[1024]; /**< SPEC_ERROR: what went wrong */
  char call[512];     /**< the action as text, for messages: "add(i32:1, i32:2)" */
  bool quiet;         /**< SPEC_ERROR already reported: the module did not load */
} spec_outcome_t;

static const struct {
  const char *text;
  w2o_trap_t trap;
} trap_texts[] = {
    {"unreachable", W2O_TRAP_UNREACHABLE},
    {"out of bounds memory access", W2O_TRAP_MEMORY_OUT_OF_BOUNDS},
    {"out of bounds table access", W2O_TRAP_TABLE_OUT_OF_BOUNDS},
    {"integer overflow", W2O_TRAP_INTEGER_OVERFLOW},
    {"integer divide by zero", W2O_TRAP_INTEGER_DIVIDE_BY_ZERO},
    {"invalid conversion to integer", W2O_TRAP_INVALID_CONVERSION},
    {"undefined element", W2O_TRAP_UNDEFINED_ELEMENT},
    {"uninitialized element", W2O_TRAP_UNINITIALIZED_ELEMENT},
    {"indirect call type mismatch", W2O_TRAP_INDIRECT_CALL_TYPE_MISMATCH},
    {"call stack exhausted", W2O_TRAP_STACK_EXHAUSTED},
    {"unaligned atomic", W2O_TRAP_UNALIGNED_ATOMIC},
    {"expected shared memory", W2O_TRAP_EXPECTED_SHARED},
};

/* The trap code a spec text names. False if the text is not one we know. */
bool spec_trap_of_text(const char *text, w2o_trap_t *out) {
  for (size_t i = 0; text && i < sizeof trap_texts / sizeof trap_texts[0]; i++)
    if (strncmp(text, trap_texts[i].text, strlen(trap_texts[i].text)) == 0) {
      *out = trap_texts[i].trap;
      return true;
    }
  return false;
}

/* Explains that `slot` did not load: once per module, then quietly. */
static w2o_instance_t *not_loaded(spec_instance_t *slot, spec_outcome_t *o) {
  snprintf(o->message, sizeof o->message,
           "module %s%sof line %d did not load (later commands on it fail quietly)",
           slot->name ? slot->name : "", slot->name ? " " : "", slot->line);
  o->quiet = slot->reported;
  slot->reported = true;
  return NULL;
}

/* The instance an action targets, or NULL after writing why into o->message. */
static w2o_instance_t *target(spec_file_t *f, const cJSON *action, spec_outcome_t *o) {
  const char *name = spec_string(action, "module");
  spec_instance_t *slot = NULL;
  for (size_t i = f->instance_count; name && !slot && i-- > 0;)
    if (f->instances[i].name && strcmp(f->instances[i].name, name) == 0)
      slot = &f->instances[i];
  if (!name && f->current >= 0)
    slot = &f->instances[f->current];
  if (!slot) {
    if (name)
      snprintf(o->message, sizeof o->message, "no module named %s", name);
    else
      snprintf(o->message, sizeof o->message, "no current module");
    return NULL;
  }
  return slot->instance ? slot->instance : not_loaded(slot, o);
}

/* Parses the arguments and writes "field(arg, ...)" into o->call. */
static bool parse_args(const cJSON *args, const char *field, w2o_value_t *values, size_t *count,
                       spec_outcome_t *o) {
  size_t n = (size_t)snprintf(o->call, sizeof o->call, "%s(", field);
  const cJSON *arg;
  *count = 0;
  cJSON_ArrayForEach(arg, args) {
    if (*count == SPEC_MAX_VALUES) {
      snprintf(o->message, sizeof o->message, "too many arguments");
      return false;
    }
    if (!spec_value_parse(arg, &values[*count], o->message, sizeof o->message))
      return false;
    char text[128];
    spec_value_format(&values[*count], text, sizeof text);
    if (n < sizeof o->call)
      n += (size_t)snprintf(o->call + n, sizeof o->call - n, "%s%s", *count ? ", " : "", text);
    (*count)++;
  }
  if (n < sizeof o->call)
    snprintf(o->call + n, sizeof o->call - n, ")");
  return true;
}

/* invoke: calls the export with the arguments, expecting `result_count` results. */
static void invoke(w2o_instance_t *instance, const cJSON *action, const char *field, size_t field_len,
                   spec_outcome_t *o) {
  w2o_value_t args[SPEC_MAX_VALUES];
  size_t arg_count;
  w2o_extern_t ext;
  if (!parse_args(cJSON_GetObjectItemCaseSensitive(action, "args"), field, args, &arg_count, o))
    return;
  if (!w2o_instance_export(instance, field, field_len, &ext) || ext.kind != W2O_EXTERN_FUNC) {
    snprintf(o->message, sizeof o->message, "no exported function \"%s\"", field);
    return;
  }
  w2o_status_t status = w2o_call(ext.of.func, args, arg_count, o->results, o->result_count, &o->trap);
  if (status == W2O_STATUS_OK)
    o->kind = SPEC_RETURNED;
  else if (status == W2O_STATUS_TRAP)
    o->kind = SPEC_TRAPPED;
  else
    snprintf(o->message, sizeof o->message, "w2o_call %s: %s", o->call, w2o_status_message(status));
}

/* get: reads the exported global. */
static void get(w2o_instance_t *instance, const char *field, size_t field_len, spec_outcome_t *o) {
  w2o_extern_t ext;
  snprintf(o->call, sizeof o->call, "get %s", field);
  if (!w2o_instance_export(instance, field, field_len, &ext) || ext.kind != W2O_EXTERN_GLOBAL) {
    snprintf(o->message, sizeof o->message, "no exported global \"%s\"", field);
    return;
  }
  memset(&o->results[0], 0, sizeof o->results[0]);
  o->results[0].type = ext.of.global->type;
  memcpy(&o->results[0].of, &ext.of.global->value, sizeof ext.of.global->value);
  o->result_count = 1;
  o->kind = SPEC_RETURNED;
}

/* Runs the action of `cmd`, expecting as many results as `expected` lists. */
static void perform(spec_file_t *f, const cJSON *cmd, spec_outcome_t *o) {
  const cJSON *action = cJSON_GetObjectItemCaseSensitive(cmd, "action");
  const char *type = spec_string(action, "type"), *json_field = spec_string(action, "field");
  o->kind = SPEC_ERROR;
  o->quiet = false;
  o->result_count = (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(cmd, "expected"));
  if (!type || !json_field || o->result_count > SPEC_MAX_VALUES) {
    snprintf(o->message, sizeof o->message, "malformed action");
    return;
  }
  char field[400];
  size_t field_len = spec_name(json_field, field, sizeof field);
  snprintf(o->call, sizeof o->call, "%s", json_field);
  w2o_instance_t *instance = target(f, action, o);
  if (!instance)
    return;
  if (strcmp(type, "invoke") == 0)
    invoke(instance, action, field, field_len, o);
  else if (strcmp(type, "get") == 0)
    get(instance, field, field_len, o);
  else
    snprintf(o->message, sizeof o->message, "unknown action type \"%s\"", type);
}

/* assert_return: every result must match bit-exactly (or by NaN class). */
static void check_return(spec_file_t *f, const cJSON *cmd, int line, const spec_outcome_t *o) {
  const cJSON *expected = cJSON_GetObjectItemCaseSensitive(cmd, "expected");
  size_t i = 0;
  const cJSON *e;
  cJSON_ArrayForEach(e, expected) {
    if (!spec_value_matches(e, &o->results[i])) {
      char want[256], got[256];
      spec_expected_format(e, want, sizeof want);
      spec_value_format(&o->results[i], got, sizeof got);
      spec_fail(f, line, "%s: result %zu: expected %s, got %s", o->call, i, want, got);
      return;
    }
    i++;
  }
  spec_pass(f, line, o->call);
}

/* assert_trap / assert_exhaustion: must trap with the code the text names. */
static void check_trap(spec_file_t *f, const cJSON *cmd, int line, const spec_outcome_t *o) {
  const char *text = spec_string(cmd, "text");
  w2o_trap_t wanted;
  if (!spec_trap_of_text(text, &wanted)) {
    spec_fail(f, line, "%s: unknown trap text \"%s\"", o->call, text ? text : "");
    return;
  }
  if (o->kind == SPEC_TRAPPED && o->trap == wanted)
    spec_pass(f, line, o->call);
  else if (o->kind == SPEC_TRAPPED)
    spec_fail(f, line, "%s: expected trap \"%s\", got trap \"%s\"", o->call, text, w2o_trap_message(o->trap));
  else
    spec_fail(f, line, "%s: expected trap \"%s\", but it returned", o->call, text);
}

/* assert_exception (exception handling): must end with an uncaught wasm
 * exception, whose tag the runtime reports. */
static void check_exception(spec_file_t *f, int line, const spec_outcome_t *o) {
  if (o->kind == SPEC_TRAPPED && o->trap == W2O_TRAP_EXCEPTION && w2o_trap_exception_tag() != NULL)
    spec_pass(f, line, o->call);
  else if (o->kind == SPEC_TRAPPED)
    spec_fail(f, line, "%s: expected an uncaught exception, got trap \"%s\"", o->call,
              w2o_trap_message(o->trap));
  else
    spec_fail(f, line, "%s: expected an uncaught exception, but it returned", o->call);
}

/* action / assert_return / assert_trap / assert_exhaustion / assert_exception. */
void spec_command_action(spec_file_t *f, const cJSON *cmd, int line, const char *type) {
  spec_outcome_t o;
  perform(f, cmd, &o);
  if (o.kind == SPEC_ERROR && o.quiet)
    spec_fail_quietly(f);
  else if (o.kind == SPEC_ERROR)
    spec_fail(f, line, "%s: %s", type, o.message);
  else if (strcmp(type, "assert_trap") == 0 || strcmp(type, "assert_exhaustion") == 0)
    check_trap(f, cmd, line, &o);
  else if (strcmp(type, "assert_exception") == 0)
    check_exception(f, line, &o);
  else if (o.kind == SPEC_TRAPPED)
    spec_fail(f, line, "%s: unexpected trap \"%s\"", o.call, w2o_trap_message(o.trap));
  else if (strcmp(type, "assert_return") == 0)
    check_return(f, cmd, line, &o);
  else
    spec_pass(f, line, o.call);
}
