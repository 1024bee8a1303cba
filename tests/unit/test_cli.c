/*
 * test_cli.c — wasm2obj's command line as a build pipeline sees it:
 * options, exit statuses, the one-line diagnostic format, every --emit
 * kind, cross-compilation, symbol visibility, determinism, and a generated
 * header that compiles cleanly as C and as C++.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cmocka.h>

#define OUT WORK_DIR "/out"
#define ERR WORK_DIR "/err"

/* Runs a shell command line with stdout and stderr captured; returns the exit status. */
static int sh(const char *fmt, ...) {
  char cmd[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  char full[4400];
  snprintf(full, sizeof full, "%s >%s 2>%s", cmd, OUT, ERR);
  int status = system(full);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static char *slurp(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  size_t got = fread(data, 1, (size_t)n, f);
  fclose(f);
  data[got] = '\0';
  if (size)
    *size = got;
  return data;
}

static void assert_file_contains(const char *path, const char *needle) {
  char *text = slurp(path, NULL);
  assert_non_null(text);
  if (!strstr(text, needle))
    fail_msg("%s does not contain \"%s\": %s", path, needle, text);
  free(text);
}

static int lines(const char *path) {
  char *text = slurp(path, NULL);
  int n = 0;
  for (char *p = text; p && *p; p++)
    n += *p == '\n';
  free(text);
  return n;
}

static void help_and_version(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " --help"), 0);
  assert_file_contains(OUT, "--bounds-checks=MODE");
  assert_file_contains(OUT, "-O0 -O1 -O2 -O3 -Os -Oz");
  assert_file_contains(OUT, "--emit=obj|asm|llvm|bc");
  assert_int_equal(sh(WASM2OBJ " --version"), 0);
  assert_file_contains(OUT, "wasm2obj ");
}

static void usage_errors(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " --frobnicate x.wasm"), 2);
  assert_file_contains(ERR, "unknown option '--frobnicate'");
  assert_int_equal(sh(WASM2OBJ), 2);
  assert_file_contains(ERR, "no input file");
  assert_int_equal(sh(WASM2OBJ " " WORK_DIR "/does-not-exist.wasm"), 2);
  assert_file_contains(ERR, "cannot open");
  assert_int_equal(sh(WASM2OBJ " --name=1bad " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 2);
  assert_int_equal(sh(WASM2OBJ " --bounds-checks=maybe " FIXTURES "/exec.wasm"), 2);
  assert_int_equal(sh(WASM2OBJ " --emit=exe " FIXTURES "/exec.wasm"), 2);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/exec.wasm -o /nonexistent-dir/x.o"), 2);
  assert_int_equal(sh(WASM2OBJ " --target=nonsense-cpu-none " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 2);
  assert_int_equal(sh(WASM2OBJ " --cpu=bogus " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 2);
  assert_file_contains(ERR, "'bogus' is not a recognized processor");
  assert_int_equal(lines(ERR), 1);
  assert_int_equal(sh(WASM2OBJ " --features=+nonsense " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 2);
  assert_file_contains(ERR, "'+nonsense' is not a recognized feature");
  assert_int_equal(
      sh(WASM2OBJ " --cpu=x86-64-v3 --features=+avx2 " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 0);
  assert_int_equal(sh(WASM2OBJ " -j0 " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 2);
  assert_file_contains(ERR, "-j needs a number of threads from 1 to 256, got '0'");
  assert_int_equal(sh(WASM2OBJ " --jobs=two " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 2);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o -j"), 2);
  assert_file_contains(ERR, "-j needs a number of threads");
  assert_int_equal(sh(WASM2OBJ " -j 3 --time-report " FIXTURES "/exec.wasm -o " WORK_DIR "/x.o"), 0);
  assert_file_contains(ERR, "1 partition on 1 thread");
  assert_file_contains(ERR, "peak RSS");
}

static void malformed_module_gets_one_line(void **state) {
  (void)state;
  FILE *f = fopen(WORK_DIR "/bad.wasm", "wb");
  fwrite("\0asm\1\0\0\0\1\5\1\x60", 1, 12, f); /* type section cut short */
  fclose(f);
  assert_int_equal(sh(WASM2OBJ " " WORK_DIR "/bad.wasm -o " WORK_DIR "/bad.o"), 1);
  assert_file_contains(ERR, WORK_DIR "/bad.wasm:0x");
  assert_file_contains(ERR, ": error: ");
  assert_int_equal(lines(ERR), 1);
  struct stat st;
  assert_int_not_equal(stat(WORK_DIR "/bad.o", &st), 0); /* nothing written */
}

static void invalid_module_names_the_function(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/invalid_type.wasm -o " WORK_DIR "/inv.o"), 1);
  assert_file_contains(ERR, "type mismatch");
  assert_file_contains(ERR, "(func 1)");
  assert_int_equal(lines(ERR), 1);
}

static void simd_module_compiles(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " --name=simd " FIXTURES "/simd.wasm -o " WORK_DIR "/simd.o"), 0);
  const char *src = WORK_DIR "/use_simd.c";
  FILE *f = fopen(src, "w");
  fprintf(f, "#include \"simd.h\"\nint main(void) { return simd_module.abi_version == 0; }\n");
  fclose(f);
  assert_int_equal(
      sh("cc -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I" RUNTIME_INCLUDE " %s", src), 0);
  assert_int_equal(
      sh("c++ -std=c++17 -Wall -Wextra -Werror -fsyntax-only -x c++ -I" RUNTIME_INCLUDE " %s", src), 0);
}

/* Still unsupported: more than 1,000,000 locals in one function (decode.c's
 * MAX_LOCALS), here one group of 1,000,001 i32 locals. */
static void unsupported_feature_exits_3(void **state) {
  (void)state;
  static const char module[] = "\0asm\1\0\0\0"
                               "\1\4\1\x60\0\0"                      /* type 0: [] -> [] */
                               "\3\2\1\0"                            /* func 0: type 0 */
                               "\x0a\x08\1\6\1\xc1\x84\x3d\x7f\x0b"; /* 1000001 x i32; end */
  FILE *f = fopen(WORK_DIR "/locals.wasm", "wb");
  fwrite(module, 1, sizeof module - 1, f);
  fclose(f);
  assert_int_equal(sh(WASM2OBJ " " WORK_DIR "/locals.wasm -o " WORK_DIR "/locals.o"), 3);
  assert_file_contains(ERR, "unsupported");
}

/* The one WebAssembly 3.0 encoding not compiled yet, exception handling with
 * exnref (written as bytes: wabt 1.0.32 cannot write try_table): exit 3,
 * naming the feature and the offset of its first byte; never "malformed". */
static void proposals_exit_3(void **state) {
  (void)state;
  static const char module[] = "\0asm\1\0\0\0"
                               "\x01\x04\x01\x60\0\0"                  /* type () -> () */
                               "\x03\x02\x01\0"                        /* func 0 */
                               "\x0a\x08\x01\x06\0\x1f\x40\0\x0b\x0b"; /* try_table end end */
  FILE *f = fopen(WORK_DIR "/try_table.wasm", "wb");
  fwrite(module, 1, sizeof module - 1, f);
  fclose(f);
  assert_int_equal(sh(WASM2OBJ " " WORK_DIR "/try_table.wasm -o " WORK_DIR "/p.o"), 3);
  assert_file_contains(ERR,
                       "try_table.wasm:0x17: error: unsupported: try_table (exception handling with exnref)");
  assert_int_equal(lines(ERR), 1);
}

/* Extended constant expressions, tail calls, threads, multiple memories,
 * exception handling and 64-bit memories compile; their values are checked
 * by test_runtime, test_tail_call, the thread tests, test_multi_memory,
 * test_exception, test_memory64 and the spec folders (tests/spec.cmake). */
static void supported_proposals_compile(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/multi_memory.wasm -o " WORK_DIR "/mm.o"), 0);
  /* WebAssembly 2.0 rules: a second memory is invalid, not unsupported */
  assert_int_equal(
      sh(WASM2OBJ " --disable-multi-memory " FIXTURES "/proposals/multi_memory.wasm -o " WORK_DIR "/mm.o"),
      1);
  assert_file_contains(ERR, "multiple memories: 2, at most 1 is allowed");
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/extended_const.wasm -o " WORK_DIR "/ec.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/tail_call.wasm -o " WORK_DIR "/tc.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/threads_shared.wasm -o " WORK_DIR "/ts.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/threads_atomic.wasm -o " WORK_DIR "/ta.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/exceptions_try.wasm -o " WORK_DIR "/et.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/exceptions_tag.wasm -o " WORK_DIR "/eg.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/exceptions_tag_import.wasm -o " WORK_DIR "/ei.o"), 0);
  assert_int_equal(sh(WASM2OBJ " " FIXTURES "/proposals/memory64.wasm -o " WORK_DIR "/m64.o"), 0);
}

static void every_emit_kind(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " -O1 --emit=asm " FIXTURES "/exec.wasm -o " WORK_DIR "/e.s"), 0);
  assert_file_contains(WORK_DIR "/e.s", ".text");
  assert_int_equal(sh(WASM2OBJ " -O0 --emit=llvm " FIXTURES "/exec.wasm -o " WORK_DIR "/e.ll"), 0);
  assert_file_contains(WORK_DIR "/e.ll", "define internal");
  assert_int_equal(sh(WASM2OBJ " -Os --emit=bc " FIXTURES "/exec.wasm -o " WORK_DIR "/e.bc"), 0);
  char *bc = slurp(WORK_DIR "/e.bc", NULL);
  assert_memory_equal(bc, "BC\xC0\xDE", 4);
  free(bc);
  assert_int_equal(sh(WASM2OBJ " -Oz -c " FIXTURES "/exec.wasm -o " WORK_DIR "/e.o"), 0);
  char *obj = slurp(WORK_DIR "/e.o", NULL);
  assert_memory_equal(obj,
                      "\x7F"
                      "ELF",
                      4);
  free(obj);
}

static void cross_compiles_for_aarch64(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " --target=aarch64-linux-gnu " FIXTURES "/exec.wasm -o " WORK_DIR "/a64.o"),
                   0);
  size_t n;
  unsigned char *obj = (unsigned char *)slurp(WORK_DIR "/a64.o", &n);
  assert_true(n > 20);
  assert_int_equal(obj[18] | obj[19] << 8, 183); /* e_machine = EM_AARCH64 */
  free(obj);
}

static void only_prefixed_symbols_are_global(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " --name=mymod " FIXTURES "/exec.wasm -o " WORK_DIR "/sym.o"), 0);
  assert_int_equal(sh("nm -g --defined-only " WORK_DIR "/sym.o | grep -v ' mymod_'"), 1);
  assert_int_equal(sh("nm -g --defined-only " WORK_DIR "/sym.o | grep -c ' mymod_module$'"), 0);
  assert_file_contains(OUT, "1");
}

static void output_is_deterministic(void **state) {
  (void)state;
  for (int i = 0; i < 2; i++)
    assert_int_equal(sh(WASM2OBJ " -O2 " FIXTURES "/exec.wasm -o " WORK_DIR "/det%d.o", i), 0);
  assert_int_equal(sh("cmp " WORK_DIR "/det0.o " WORK_DIR "/det1.o"), 0);
  assert_int_equal(sh("cmp " WORK_DIR "/det0.h " WORK_DIR "/det1.h"), 0);
  assert_int_equal(sh(WASM2OBJ " -O2 -fno-PIC " FIXTURES "/exec.wasm -o " WORK_DIR "/det2.o"), 0);
}

static void header_compiles_as_c_and_cxx(void **state) {
  (void)state;
  assert_int_equal(sh(WASM2OBJ " --name=hdr " FIXTURES "/exec.wasm -o " WORK_DIR "/hdr.o"), 0);
  const char *src = WORK_DIR "/use_header.c";
  FILE *f = fopen(src, "w");
  fprintf(f, "#include \"hdr.h\"\nint main(void) { return hdr_module.abi_version == 0; }\n");
  fclose(f);
  assert_int_equal(
      sh("cc -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I" RUNTIME_INCLUDE " %s", src), 0);
  assert_int_equal(
      sh("c++ -std=c++17 -Wall -Wextra -Werror -fsyntax-only -x c++ -I" RUNTIME_INCLUDE " %s", src), 0);
}

int main(void) {
  mkdir(WORK_DIR, 0755);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(help_and_version),
      cmocka_unit_test(usage_errors),
      cmocka_unit_test(malformed_module_gets_one_line),
      cmocka_unit_test(invalid_module_names_the_function),
      cmocka_unit_test(simd_module_compiles),
      cmocka_unit_test(unsupported_feature_exits_3),
      cmocka_unit_test(proposals_exit_3),
      cmocka_unit_test(supported_proposals_compile),
      cmocka_unit_test(every_emit_kind),
      cmocka_unit_test(cross_compiles_for_aarch64),
      cmocka_unit_test(only_prefixed_symbols_are_global),
      cmocka_unit_test(output_is_deterministic),
      cmocka_unit_test(header_compiles_as_c_and_cxx),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
