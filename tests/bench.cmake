# Benchmark smoke test: bench/run.sh in --quick mode on three kernels
# (memops for memory.copy and memory.fill, overlapping both ways), two code
# layouts (the second padded by 16 bytes, assembled by llvm-mc), two timed
# rounds, in this build tree. It checks that every variant present
# (native -O2 and -O3 -march=native, wasm2obj guard/-msimd128/--cpu=native/
# explicit/none/--fuel/--epoch, and the peers wasm2c and Node when
# installed) prints the native build's checksum;
# timings are not asserted. A missing peer is skipped by run.sh with a
# message, never a failure. The run includes the debug info cost table
# (wasm2obj -O2 vs -O2 -g of the three kernels built with -g: about 15 s
# when not cached). The test never installs packages
# (BENCH_NO_INSTALL=1); timing needs only Python (os.wait4).
find_program(W2O_BENCH_PYTHON3 python3)
find_program(W2O_BENCH_CLANG19 clang-19)
if(NOT W2O_BENCH_PYTHON3 OR NOT W2O_BENCH_CLANG19)
  message(STATUS "bench_quick_smoke skipped: python3 or clang-19 not found")
  return()
endif()

add_test(NAME bench_quick_smoke
  COMMAND ${PROJECT_SOURCE_DIR}/bench/run.sh --quick --runs 2 --layouts 2 --kernels crc32,memops,sort
          --build ${PROJECT_BINARY_DIR} --out ${CMAKE_CURRENT_BINARY_DIR}/bench-smoke)
set_tests_properties(bench_quick_smoke PROPERTIES
  ENVIRONMENT BENCH_NO_INSTALL=1
  TIMEOUT 600
  # Build failures and checksum mismatches fail the test; so does a
  # wasm2obj variant skipped for lack of the tools it needs.
  FAIL_REGULAR_EXPRESSION "bench: skipping w2o-;build failed")

# The PolyBench-shaped suite (bench/polybench, --kernels-dir): three
# kernels whose loops the fast copy takes apart from the ones above
# (jacobi-1d: unrolled, counting up to zero, a value carried in a local;
# durbin: a mirrored index through an xor; trmm: column walks through
# signed addresses), built in every variant present and checked to print
# the native checksum, at -DSCALE=1; no timing.
add_test(NAME bench_polybench_check
  COMMAND ${PROJECT_SOURCE_DIR}/bench/run.sh --quick --check-only --layouts 1
          --kernels-dir ${PROJECT_SOURCE_DIR}/bench/polybench --kernels pb_jacobi_1d,pb_durbin,pb_trmm
          --build ${PROJECT_BINARY_DIR} --out ${CMAKE_CURRENT_BINARY_DIR}/bench-polybench)
set_tests_properties(bench_polybench_check PROPERTIES
  ENVIRONMENT BENCH_NO_INSTALL=1
  TIMEOUT 600
  FAIL_REGULAR_EXPRESSION "bench: skipping w2o-;build failed")
