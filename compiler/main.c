/*
 * main.c — the wasm2obj command line, and the whole pipeline in one place:
 *
 *   read file -> decode -> validate -> lower -> optimize + emit -> header
 *
 * Options are spelled as `cc` users expect (-o, -O2, -c, -S, --target=...).
 * Exit statuses: 0 success, 1 malformed or invalid module, 2 usage or I/O
 * error, 3 valid module using a feature this version does not compile yet,
 * 4 internal error (a bug: please report it); running out of memory in the
 * back end is 2, like an I/O error. A bad module gets exactly one
 * diagnostic line: `file.wasm:0xOFFSET: error: what (func N)`. The back end
 * reports a status (backend.h); only this file maps it to an exit status
 * and ends the process.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "backend.h"
#include "compile.h"
#include "module.h"

#ifndef W2O_VERSION
#define W2O_VERSION "0.0.0"
#endif

/* Exit statuses of wasm2obj (documented in --help). */
enum {
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,   /* malformed or invalid module */
  EXIT_USAGE = 2,       /* bad command line, or a file could not be read/written */
  EXIT_UNSUPPORTED = 3, /* valid module using a feature not implemented yet */
  EXIT_INTERNAL = 4,    /* a bug in wasm2obj: LLVM rejected what we built */
};

/* Files larger than this are refused before reading (wasm32 modules are
 * far smaller in practice; the limit keeps a stray huge input harmless). */
#define MAX_INPUT_BYTES (1u << 30)

typedef struct cli {
  compile_options opts;
  const char *input;
  const char *output;
  const char *header;
  bool no_header;
  char *owned_name;
  char *owned_output;
  char *owned_header;
  char *owned_listing;
  char *owned_comp_dir;
  const char **owned_prefix_maps; /* the -fdebug-prefix-map values, in order */
  bool time_report;
  uint32_t disabled; /* FEATURE_* of module.h turned off with --disable-* */
} cli;

static const char usage_text[] =
    "usage: wasm2obj [options] input.wasm\n"
    "\n"
    "Compiles a WebAssembly module to a native relocatable object and a C header.\n"
    "\n"
    "Output:\n"
    "  -o FILE                 output file (default: input name with .o/.s/.ll/.bc)\n"
    "  --emit=obj|asm|llvm|bc  what to write (default obj); -c = obj, -S = asm\n"
    "  --header=FILE           C header path (default: output with .h; obj only)\n"
    "  --no-header             do not write the C header\n"
    "  --name=NAME             symbol prefix, a C identifier without a leading\n"
    "                          digit or '_', a trailing '_' or '__' (default:\n"
    "                          from the input file name); the object defines\n"
    "                          NAME_module\n"
    "Code generation:\n"
    "  -O0 -O1 -O2 -O3 -Os -Oz optimization level (default -O2)\n"
    "  --target=TRIPLE         target triple (default: the host's)\n"
    "  --cpu=NAME              target CPU (default: generic; 'native' = this machine)\n"
    "  --features=+a,-b        target features to add or remove\n"
    "  -fPIC, -fno-PIC         position independent code (default: on)\n"
    "  --bounds-checks=MODE    linear memory checks: guard (default; guard pages,\n"
    "                          no compare), explicit (compare with the size), or\n"
    "                          none (UNSAFE: no checks, only to measure their cost)\n"
    "  --fuel                  count executed operators; the host sets a budget per\n"
    "                          instance (w2o_fuel_set) and the guest stops when it runs out\n"
    "  --epoch                 check the process's epoch counter against a per-instance\n"
    "                          deadline (w2o_epoch_set_deadline) to interrupt the guest\n"
    "Features (WebAssembly 3.0; all on by default):\n"
    "  --disable-multi-memory  WebAssembly 2.0 rules: at most one memory, and\n"
    "                          memory instructions take a zero byte, not a\n"
    "                          memory index (a module needing more is invalid)\n"
    "Debug info:\n"
    "  -g, -gdwarf-5, -gdwarf-4  emit DWARF (version 5 by default). A module's own\n"
    "                          DWARF (clang --target=wasm32-wasi -g) is translated: C\n"
    "                          files, lines, inlined calls, and at -O0 C variables.\n"
    "                          Other functions refer to a listing of the module\n"
    "                          written beside the output (OUTPUT with .lst), one\n"
    "                          instruction and code offset per line. .text is the\n"
    "                          same with and without -g.\n"
    "  -fdebug-prefix-map=OLD=NEW  record NEW instead of the directory prefix OLD\n"
    "                          (repeatable; the last matching one applies)\n"
    "Compilation:\n"
    "  -j N, --jobs=N          threads for a large module (default: one per core).\n"
    "                          An object of a module with 256 KiB of code or more\n"
    "                          (without -g) is compiled in partitions of about\n"
    "                          128 KiB, joined with ld.lld -r; the output is the\n"
    "                          same for every N\n"
    "  --time-report           print the time of each stage, the speed and the\n"
    "                          peak memory to stderr\n"
    "Other:\n"
    "  --help                  show this help\n"
    "  --version               show the version\n"
    "\n"
    "Exit status: 0 ok, 1 malformed or invalid module, 2 usage or I/O error,\n"
    "3 unsupported feature, 4 internal error.\n";

static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "wasm2obj: error: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry 'wasm2obj --help'.\n");
  return EXIT_USAGE;
}

/* Returns the value of "--opt=VALUE" or "--opt VALUE"; NULL if not this option. */
static const char *option_value(const char *opt, int argc, char **argv, int *i) {
  size_t n = strlen(opt);
  if (strncmp(argv[*i], opt, n) != 0)
    return NULL;
  if (argv[*i][n] == '=')
    return argv[*i] + n + 1;
  if (argv[*i][n] == '\0' && *i + 1 < argc)
    return argv[++*i];
  return NULL;
}

static bool parse_level(cli *c, const char *arg) {
  static const char *const levels[] = {"-O0", "-O1", "-O2", "-O3", "-Os", "-Oz", "-O"};
  static const int opt[] = {0, 1, 2, 3, 2, 2, 1}, size[] = {0, 0, 0, 0, 1, 2, 0};
  for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
    if (strcmp(arg, levels[i]) == 0) {
      c->opts.opt_level = opt[i];
      c->opts.size_level = size[i];
      return true;
    }
  return false;
}

static bool parse_emit(cli *c, const char *v) {
  static const char *const kinds[] = {"obj", "asm", "llvm", "bc"};
  for (int i = 0; i < 4; i++)
    if (strcmp(v, kinds[i]) == 0) {
      c->opts.emit = (emit_kind)i;
      return true;
    }
  return false;
}

static bool parse_bounds(cli *c, const char *v) {
  static const char *const modes[] = {"guard", "explicit", "none"};
  for (int i = 0; i < 3; i++)
    if (strcmp(v, modes[i]) == 0) {
      c->opts.bounds = (bounds_mode)i;
      return true;
    }
  return false;
}

/* -j N: a count of threads, 1 to 256. */
static int parse_jobs(cli *c, const char *v) {
  char *end;
  errno = 0;
  long n = strtol(v, &end, 10);
  if (errno || end == v || *end || n < 1 || n > 256)
    return usage_error("-j needs a number of threads from 1 to 256, got '%s'", v);
  c->opts.jobs = (unsigned)n;
  return 0;
}

/* Options with a value; returns -1 if argv[*i] is none of them, else an exit status (0 = ok). */
static int parse_valued(cli *c, int argc, char **argv, int *i) {
  const char *v;
  if ((v = option_value("--emit", argc, argv, i)))
    return parse_emit(c, v) ? 0 : usage_error("unknown --emit kind '%s' (expected obj, asm, llvm or bc)", v);
  if ((v = option_value("--bounds-checks", argc, argv, i)))
    return parse_bounds(c, v)
               ? 0
               : usage_error("unknown --bounds-checks mode '%s' (expected guard, explicit or none)", v);
  if ((v = option_value("--name", argc, argv, i))) {
    c->opts.name = v;
    return names_valid_prefix(v)
               ? 0
               : usage_error("--name must be a C identifier that does not start with a digit or '_', "
                             "end with '_', contain '__' or equal w2o, got '%s'",
                             v);
  }
  if ((v = option_value("--target", argc, argv, i)))
    return c->opts.triple = v, 0;
  if ((v = option_value("--cpu", argc, argv, i)))
    return c->opts.cpu = v, 0;
  if ((v = option_value("--features", argc, argv, i)))
    return c->opts.features = v, 0;
  if ((v = option_value("--header", argc, argv, i)))
    return c->header = v, 0;
  if ((v = option_value("--jobs", argc, argv, i)))
    return parse_jobs(c, v);
  return -1;
}

/* Keeps each OLD=NEW (pointing into argv); the last one that matches applies. */
static int parse_prefix_map(cli *c, const char *map) {
  const char *eq = strchr(map, '=');
  if (!eq || eq == map)
    return usage_error("-fdebug-prefix-map needs OLD=NEW, got '%s'", map);
  const char **grown =
      w2o_realloc(c->owned_prefix_maps, (c->opts.debug_prefix_map_count + 1) * sizeof *grown);
  if (!grown)
    return usage_error("%s", "out of memory");
  grown[c->opts.debug_prefix_map_count++] = map;
  c->owned_prefix_maps = grown;
  c->opts.debug_prefix_maps = grown;
  return 0;
}

static int parse_flag(cli *c, const char *a) {
  if (parse_level(c, a))
    return 0;
  if (strcmp(a, "-c") == 0)
    return c->opts.emit = EMIT_OBJ, 0;
  if (strcmp(a, "-S") == 0)
    return c->opts.emit = EMIT_ASM, 0;
  if (strcmp(a, "-fPIC") == 0 || strcmp(a, "-fpic") == 0)
    return c->opts.pic = true, 0;
  if (strcmp(a, "-fno-PIC") == 0 || strcmp(a, "-fno-pic") == 0)
    return c->opts.pic = false, 0;
  if (strcmp(a, "--no-header") == 0)
    return c->no_header = true, 0;
  if (strcmp(a, "-g") == 0 || strcmp(a, "-gdwarf-5") == 0 || strcmp(a, "-gdwarf") == 0)
    return c->opts.debug = 5, 0;
  if (strcmp(a, "-gdwarf-4") == 0)
    return c->opts.debug = 4, 0;
  if (strcmp(a, "-g0") == 0)
    return c->opts.debug = 0, 0;
  if (strncmp(a, "-fdebug-prefix-map=", 19) == 0)
    return parse_prefix_map(c, a + 19);
  if (strcmp(a, "--fuel") == 0)
    return c->opts.fuel = true, 0;
  if (strcmp(a, "--epoch") == 0)
    return c->opts.epoch = true, 0;
  if (strcmp(a, "--time-report") == 0 || strcmp(a, "-ftime-report") == 0)
    return c->time_report = true, 0;
  if (strcmp(a, "--disable-multi-memory") == 0)
    return c->disabled |= FEATURE_MULTI_MEMORY, 0;
  return -1;
}

static int parse_args(cli *c, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int status;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(usage_text, stdout);
      exit(EXIT_OK);
    }
    if (strcmp(a, "--version") == 0) {
      printf("wasm2obj %s (LLVM 19)\n", W2O_VERSION);
      exit(EXIT_OK);
    }
    if (strcmp(a, "-o") == 0 || strncmp(a, "-o", 2) == 0) {
      if (a[2] == '\0' && i + 1 >= argc)
        return usage_error("%s needs a file name", a);
      c->output = a[2] ? a + 2 : argv[++i];
      continue;
    }
    if (strncmp(a, "-j", 2) == 0) {
      if (a[2] == '\0' && i + 1 >= argc)
        return usage_error("%s needs a number of threads", a);
      if ((status = parse_jobs(c, a[2] ? a + 2 : argv[++i])) != 0)
        return status;
      continue;
    }
    if ((status = parse_valued(c, argc, argv, &i)) >= 0 || (status = parse_flag(c, a)) >= 0) {
      if (status != 0)
        return status;
      continue;
    }
    if (a[0] == '-' && a[1] != '\0')
      return usage_error("unknown option '%s'", a);
    if (c->input)
      return usage_error("more than one input file ('%s')", a);
    c->input = a;
  }
  return c->input ? EXIT_OK : usage_error("%s", "no input file");
}

/* Length of `path` without its extension (a '.' after the last '/'). */
static int stem_length(const char *path) {
  const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
  return (dot && (!slash || dot > slash)) ? (int)(dot - path) : (int)strlen(path);
}

/* Derived names: symbol prefix, output, header and listing paths. */
static int derive_paths(cli *c) {
  static const char *const ext[] = {".o", ".s", ".ll", ".bc"};
  if (!c->opts.name)
    c->opts.name = c->owned_name = names_default_prefix(c->input);
  if (!c->output) {
    const char *base = strrchr(c->input, '/') ? strrchr(c->input, '/') + 1 : c->input;
    c->output = c->owned_output = text_printf("%.*s%s", stem_length(base), base, ext[c->opts.emit]);
  }
  int stem = c->output ? stem_length(c->output) : 0; /* the header and listing sit beside the output */
  if (!c->header && !c->no_header && c->opts.emit == EMIT_OBJ && c->output)
    c->header = c->owned_header = text_printf("%.*s.h", stem, c->output);
  if (c->opts.debug && c->output) {
    const char *slash = strrchr(c->output, '/');
    c->opts.debug_listing = c->owned_listing = text_printf("%.*s.lst", stem, c->output);
    c->opts.debug_comp_dir = c->owned_comp_dir =
        slash ? text_printf("%.*s", (int)(slash - c->output), c->output) : text_printf(".");
  }
  if (!c->opts.name || !c->output || (c->opts.debug && !c->opts.debug_listing))
    return usage_error("%s", "out of memory");
  return EXIT_OK;
}

static uint8_t *read_file(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "wasm2obj: error: cannot open %s: %s\n", path, strerror(errno));
    return NULL;
  }
  uint8_t *data = NULL;
  size_t cap = 0, n = 0;
  for (;;) {
    if (n == cap) {
      cap = cap ? cap * 2 : 65536;
      uint8_t *p = cap <= MAX_INPUT_BYTES ? w2o_realloc(data, cap) : NULL;
      if (!p) {
        fprintf(stderr, "wasm2obj: error: %s is too large\n", path);
        w2o_free(data);
        fclose(f);
        return NULL;
      }
      data = p;
    }
    size_t got = fread(data + n, 1, cap - n, f);
    n += got;
    if (got == 0)
      break;
  }
  bool failed = ferror(f);
  fclose(f);
  if (failed) {
    fprintf(stderr, "wasm2obj: error: cannot read %s\n", path);
    w2o_free(data);
    return NULL;
  }
  *size = n;
  return data;
}

static int report(const diag *d) {
  char line[600];
  diag_format(d, line, sizeof line);
  fprintf(stderr, "%s\n", line);
  return d->unsupported ? EXIT_UNSUPPORTED : EXIT_BAD_INPUT;
}

static int fail_with(char *message, int status) {
  fprintf(stderr, "wasm2obj: error: %s\n", message ? message : "out of memory");
  w2o_free(message);
  return status;
}

/* The exit status of a back-end failure. The module was validated, so
 * invalid input there means options LLVM does not know (a usage error);
 * running out of memory is the environment's limit, like an I/O error. */
static int backend_exit_status(backend_status s) {
  switch (s) {
  case BACKEND_OK: return EXIT_OK;
  case BACKEND_UNSUPPORTED: return EXIT_UNSUPPORTED;
  case BACKEND_INVALID_INPUT:
  case BACKEND_OUT_OF_MEMORY:
  case BACKEND_IO: return EXIT_USAGE;
  case BACKEND_INTERNAL: break;
  }
  return EXIT_INTERNAL;
}

/* LLVM's fatal errors reach here through the back end; LLVM must not get
 * control back, so this is the one place a compilation ends the process. */
static void fatal_backend_error(backend_status s, const char *message) {
  fprintf(stderr, "wasm2obj: %s%s\n", s == BACKEND_INTERNAL ? "internal error: " : "error: ", message);
  fflush(stderr);
  _exit(backend_exit_status(s));
}

/* Stage times of one run, for --time-report. */
typedef struct timing {
  double start, decode, validate, header;
  backend_times back;
} timing;

/* The back half of the pipeline: lower, optimize and emit, write the header.
 * Lowering errors point into the module (file:offset); the others do not. */
static int compile(cli *c, const wasm_module *m, diag *d, timing *t) {
  backend_report r;
  backend_status s = backend_compile(&c->opts, m, d, c->output, &r);
  t->back = r.times;
  if (s != BACKEND_OK) {
    if (r.located)
      report(d);
    else
      fprintf(stderr, "wasm2obj: error: %s\n", d->message);
    return backend_exit_status(s);
  }
  char *error = NULL;
  double start = backend_clock();
  bool ok = !c->header || write_header(m, &c->opts, c->header, c->input, &error);
  t->header = backend_clock() - start;
  return ok ? EXIT_OK : fail_with(error, EXIT_USAGE);
}

static double cpu_seconds(const struct rusage *u) {
  return (double)(u->ru_utime.tv_sec + u->ru_stime.tv_sec) +
         (double)(u->ru_utime.tv_usec + u->ru_stime.tv_usec) * 1e-6;
}

/* --time-report: per stage wall time, then speed and peak memory. */
static void print_time_report(const cli *c, const timing *t, size_t bytes, uint32_t functions) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  double wall = backend_clock() - t->start, cpu = cpu_seconds(&u);
  const backend_times *b = &t->back;
  fprintf(stderr, "wasm2obj: time report for %s: %zu bytes, %u functions, %u partition%s on %u thread%s\n",
          c->input, bytes, functions, b->partitions, b->partitions == 1 ? "" : "s", b->threads,
          b->threads == 1 ? "" : "s");
  const char *sum = b->threads > 1 ? "  (summed over threads)" : "";
  fprintf(stderr, "  decode     %8.3f s\n  validate   %8.3f s\n", t->decode, t->validate);
  fprintf(stderr, "  lower      %8.3f s%s\n  optimize   %8.3f s%s\n", b->lower, sum, b->optimize, sum);
  fprintf(stderr, "  codegen    %8.3f s%s\n  link       %8.3f s\n", b->codegen, sum, b->link);
  fprintf(stderr, "  header     %8.3f s\n", t->header);
  fprintf(stderr, "  total      %8.3f s wall, %.3f s CPU; %.0f functions/s, %.3f MB/s; peak RSS %.1f MB\n",
          wall, cpu, wall > 0 ? functions / wall : 0.0, wall > 0 ? bytes / wall / 1e6 : 0.0,
          (double)u.ru_maxrss / 1024.0);
}

int main(int argc, char **argv) {
  cli c = {.opts = {.opt_level = 2, .pic = true, .emit = EMIT_OBJ, .bounds = BOUNDS_GUARD}};
  backend_set_fatal_handler(fatal_backend_error);
  int status = parse_args(&c, argc, argv);
  if (status == EXIT_OK)
    status = derive_paths(&c);
  size_t size = 0;
  uint8_t *bytes = status == EXIT_OK ? read_file(c.input, &size) : NULL;
  if (status == EXIT_OK && !bytes)
    status = EXIT_USAGE;
  if (status == EXIT_OK) {
    wasm_module m;
    diag d;
    diag_init(&d, c.input);
    timing t = {.start = backend_clock()};
    bool decoded = decode_module_with(&m, bytes, size, c.disabled, &d);
    t.decode = backend_clock() - t.start;
    if (!decoded || !validate_module(&m, &d)) {
      status = report(&d);
    } else {
      t.validate = backend_clock() - t.start - t.decode;
      status = compile(&c, &m, &d, &t);
      if (status == EXIT_OK && c.time_report)
        print_time_report(&c, &t, size, m.func_count);
    }
    module_free(&m);
  }
  w2o_free(bytes);
  w2o_free(c.owned_name);
  w2o_free(c.owned_output);
  w2o_free(c.owned_header);
  w2o_free(c.owned_listing);
  w2o_free(c.owned_comp_dir);
  w2o_free(c.owned_prefix_maps);
  return status;
}
