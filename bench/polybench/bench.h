/*
 * bench/polybench/bench.h — the kernels here share bench/kernels' harness
 * (timer, checksum, SCALE): see ../kernels/bench.h.
 */
#include "../kernels/bench.h"
