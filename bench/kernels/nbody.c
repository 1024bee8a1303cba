/* nbody — the classic planetary simulation (symplectic Euler), 5 bodies and
 * STEPS steps, plus a 64-body all-pairs system: sqrt-bound FP code. */
#include <math.h>

#include "bench.h"

enum { BODIES = 64, STEPS = 1600 * SCALE };

typedef struct {
  double x, y, z, vx, vy, vz, mass;
} body_t;

static body_t bodies[BODIES];

static void advance(double dt) {
  for (int i = 0; i < BODIES; i++) {
    body_t *bi = &bodies[i];
    for (int j = i + 1; j < BODIES; j++) {
      body_t *bj = &bodies[j];
      double dx = bi->x - bj->x, dy = bi->y - bj->y, dz = bi->z - bj->z;
      double d2 = dx * dx + dy * dy + dz * dz + 0.01;
      double mag = dt / (d2 * sqrt(d2));
      bi->vx -= dx * bj->mass * mag;
      bi->vy -= dy * bj->mass * mag;
      bi->vz -= dz * bj->mass * mag;
      bj->vx += dx * bi->mass * mag;
      bj->vy += dy * bi->mass * mag;
      bj->vz += dz * bi->mass * mag;
    }
  }
  for (int i = 0; i < BODIES; i++) {
    bodies[i].x += dt * bodies[i].vx;
    bodies[i].y += dt * bodies[i].vy;
    bodies[i].z += dt * bodies[i].vz;
  }
}

static double energy(void) {
  double e = 0.0;
  for (int i = 0; i < BODIES; i++) {
    body_t *b = &bodies[i];
    e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
    for (int j = i + 1; j < BODIES; j++) {
      double dx = b->x - bodies[j].x, dy = b->y - bodies[j].y, dz = b->z - bodies[j].z;
      e -= b->mass * bodies[j].mass / sqrt(dx * dx + dy * dy + dz * dz + 0.01);
    }
  }
  return e;
}

int main(void) {
  bench_rng_init();
  for (int i = 0; i < BODIES; i++) {
    body_t *b = &bodies[i];
    b->x = bench_rand_double() * 10 - 5;
    b->y = bench_rand_double() * 10 - 5;
    b->z = bench_rand_double() * 10 - 5;
    b->vx = bench_rand_double() - 0.5;
    b->vy = bench_rand_double() - 0.5;
    b->vz = bench_rand_double() - 0.5;
    b->mass = 0.5 + bench_rand_double();
  }
  uint64_t h = bench_mix_double(BENCH_CHECKSUM_INIT, energy());
  bench_timer_start();
  for (int s = 0; s < STEPS; s++)
    advance(0.001);
  bench_timer_stop();
  h = bench_mix_double(h, energy());
  for (int i = 0; i < BODIES; i++)
    h = bench_mix_double(h, bodies[i].x);
  return bench_report("nbody", h);
}
