/* env.c — the environment: only what the runner gives (native runs use env -i). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(void) {
  int count = 0;
  for (char **e = environ; *e != NULL; e++)
    if (strncmp(*e, "W2O_", 4) == 0)
      count++;
  printf("W2O_ variables: %d\n", count);
  const char *names[] = {"W2O_GREETING", "W2O_EMPTY", "W2O_MISSING"};
  for (int i = 0; i < 3; i++) {
    const char *v = getenv(names[i]);
    printf("%s=%s\n", names[i], v != NULL ? v : "(unset)");
  }
  setenv("W2O_NEW", "set by the program", 1);
  printf("W2O_NEW=%s\n", getenv("W2O_NEW"));
  return 0;
}
