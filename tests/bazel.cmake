# Bazel with a shared HTTP cache (bazel/, tests/bazel/remote_cache_test.sh):
# wasm2obj_library builds the example in one workspace, and a second, fresh
# workspace must get every action from the cache (nginx WebDAV). Skipped
# (exit 77) when bazel or nginx is not installed; tools/install-deps.sh
# installs both, so the CI runs it.
add_test(NAME bazel_remote_cache
  COMMAND ${PROJECT_SOURCE_DIR}/tests/bazel/remote_cache_test.sh
          ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/bazel-remote-cache ${WAT2WASM}
          $<TARGET_FILE:wasm2obj> $<TARGET_FILE:w2o_runtime> $<TARGET_FILE:LLVM> ${W2O_SANITIZE_LDFLAGS})
set_tests_properties(bazel_remote_cache PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
