# Runtime unit tests: hand-written module descriptors whose functions are C
# functions following the ABI, so they need neither the compiler nor LLVM.
w2o_unit_test(test_runtime SOURCES unit/test_runtime.c LIBS w2o_runtime)
# One test checks that a fault outside any linear memory is not swallowed: the
# child process must die by SIGSEGV. Under AddressSanitizer, ASan's own SEGV
# handler (which the runtime chains to) would report it and exit(1) instead,
# so ASan is told to leave SIGSEGV alone. Harmless without ASan.
set_tests_properties(test_runtime PROPERTIES ENVIRONMENT "ASAN_OPTIONS=handle_segv=0")
