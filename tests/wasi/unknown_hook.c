/* unknown_hook.c — a command that imports a host hook it calls only when
 * given an argument (as a CLI tool built for one embedder does). Without a
 * run-time flag it cannot start (125, "unknown import"); with
 * --trap-unknown-imports it runs, and calling the hook traps with a message
 * naming it; with --default-values-unknown-imports the hook returns 0. */
#include <stdio.h>

__attribute__((import_module("nitrogql_helper"), import_name("execute_node"))) int execute_node(int request);

int main(int argc, char **argv) {
  (void)argv;
  printf("started\n");
  fflush(stdout);
  if (argc > 1)
    printf("hook returned %d\n", execute_node(argc));
  return 0;
}
