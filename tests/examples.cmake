# The worked examples (examples/, README "Installing and using from CMake /
# pkg-config"): each program checks its own results and exits non-zero on a
# mismatch.
add_test(NAME example_linking COMMAND example_linking)
add_test(NAME example_threads COMMAND example_threads)
add_test(NAME example_cxx COMMAND example_cxx)
set_tests_properties(example_linking example_cxx PROPERTIES PASS_REGULAR_EXPRESSION "all checks passed")
set_tests_properties(example_threads PROPERTIES PASS_REGULAR_EXPRESSION "all threads passed")
# Example 3: `cmake --install` of this build into a temporary prefix, moved,
# then consumer projects (find_package and pkg-config) and the installed
# w2o-exe/w2o-run, with this build and source tree hidden. Needs the whole
# build (it installs everything), as ctest after a full build has.
add_test(NAME example_consumer COMMAND ${PROJECT_SOURCE_DIR}/examples/consumer/run.sh
  ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${CMAKE_C_COMPILER} ${CMAKE_INSTALL_LIBDIR})
set_tests_properties(example_consumer PROPERTIES PASS_REGULAR_EXPRESSION "consumer projects: all checks passed"
  TIMEOUT 300)
