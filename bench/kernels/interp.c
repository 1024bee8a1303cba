/* interp — a small stack-machine bytecode interpreter (a switch in a loop,
 * the shape of every simple VM) running a program that computes a sieve of
 * primes and a polynomial hash, repeated. */
#include "bench.h"

enum { SIEVE = 1 << 15, REPS = 8 * SCALE };

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, AND, LT, JZ, JNZ, JMP, DUP, DROP, ALOAD, ASTORE, HALT };

typedef struct {
  uint8_t op;
  int32_t arg;
} insn_t;

static int32_t arr[SIEVE];

/* Locals: 0 = i, 1 = j, 2 = count, 3 = hash. The number before each line is
 * the index of its first instruction (jump targets). */
static const insn_t program[] = {
    /*  0 i = 2 */ {PUSH, 2},
    {STORE, 0},
    /*  2 outer: if !(i < SIEVE) goto done */ {LOAD, 0},
    {PUSH, SIEVE},
    {LT, 0},
    {JZ, 40},
    /*  6 if arr[i] goto next */ {LOAD, 0},
    {ALOAD, 0},
    {JNZ, 29},
    /*  9 count++ */ {LOAD, 2},
    {PUSH, 1},
    {ADD, 0},
    {STORE, 2},
    /* 13 j = i + i */ {LOAD, 0},
    {DUP, 0},
    {ADD, 0},
    {STORE, 1},
    /* 17 inner: if !(j < SIEVE) goto next */ {LOAD, 1},
    {PUSH, SIEVE},
    {LT, 0},
    {JZ, 29},
    /* 21 arr[j] = 1 */ {LOAD, 1},
    {PUSH, 1},
    {ASTORE, 0},
    /* 24 j += i; goto inner */ {LOAD, 1},
    {LOAD, 0},
    {ADD, 0},
    {STORE, 1},
    {JMP, 17},
    /* 29 next: hash = hash * 31 + i */ {LOAD, 3},
    {PUSH, 31},
    {MUL, 0},
    {LOAD, 0},
    {ADD, 0},
    {STORE, 3},
    /* 35 i++; goto outer */ {LOAD, 0},
    {PUSH, 1},
    {ADD, 0},
    {STORE, 0},
    {JMP, 2},
    /* 40 done */ {LOAD, 2},
    {HALT, 0},
};

static int32_t run(int32_t *locals) {
  int32_t stack[64];
  int sp = 0;
  const insn_t *pc = program;
  for (;;) {
    const insn_t in = *pc++;
    switch (in.op) {
    case PUSH: stack[sp++] = in.arg; break;
    case LOAD: stack[sp++] = locals[in.arg]; break;
    case STORE: locals[in.arg] = stack[--sp]; break;
    case ADD:
      sp--;
      stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] + (uint32_t)stack[sp]);
      break;
    case SUB:
      sp--;
      stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] - (uint32_t)stack[sp]);
      break;
    case MUL:
      sp--;
      stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] * (uint32_t)stack[sp]);
      break;
    case AND:
      sp--;
      stack[sp - 1] &= stack[sp];
      break;
    case LT:
      sp--;
      stack[sp - 1] = stack[sp - 1] < stack[sp];
      break;
    case JZ:
      if (stack[--sp] == 0)
        pc = program + in.arg;
      break;
    case JNZ:
      if (stack[--sp] != 0)
        pc = program + in.arg;
      break;
    case JMP: pc = program + in.arg; break;
    case DUP:
      stack[sp] = stack[sp - 1];
      sp++;
      break;
    case DROP: sp--; break;
    case ALOAD: stack[sp - 1] = arr[stack[sp - 1] & (SIEVE - 1)]; break;
    case ASTORE:
      sp -= 2;
      arr[stack[sp] & (SIEVE - 1)] = stack[sp + 1];
      break;
    case HALT: return sp > 0 ? stack[sp - 1] : -1;
    default: return -2;
    }
  }
}

int main(void) {
  bench_rng_init();
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    int32_t locals[4] = {0, 0, 0, (int32_t)(bench_rand() & 0xff)};
    memset(arr, 0, sizeof arr);
    int32_t primes = run(locals);
    h = bench_mix(h, (uint32_t)primes);
    h = bench_mix(h, (uint32_t)locals[3]);
  }
  bench_timer_stop();
  return bench_report("interp", h);
}
