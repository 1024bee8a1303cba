# Back-end unit tests: they link w2o_back and call backend.h directly.

# Out-of-memory injection through lowering and emission: every allocation
# of a compile of exec.wat and of fuel.wat fails in turn.
w2o_wat(backend_oom_fixtures wat/fuel.wat)
add_custom_target(backend_oom_fixtures ALL DEPENDS ${backend_oom_fixtures})
w2o_unit_test(test_backend_oom SOURCES unit/test_backend_oom.c LIBS w2o_back)
target_compile_definitions(test_backend_oom PRIVATE WAT_DIR="${CMAKE_CURRENT_BINARY_DIR}/wat")
add_dependencies(test_backend_oom backend_oom_fixtures cli_fixtures)
