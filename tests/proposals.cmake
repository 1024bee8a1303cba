# Fixtures of WebAssembly 3.0 proposals (tests/wat/proposals/), each
# converted with its wat2wasm --enable-* flag, for test_cli: the ones not
# compiled yet must exit 3 naming the feature, never "malformed".
set(proposal_fixtures)
foreach(entry threads_shared:threads threads_atomic:threads exceptions_try:exceptions
              exceptions_tag:exceptions exceptions_tag_import:exceptions
              multi_memory:multi-memory memory64:memory64 tail_call:tail-call
              extended_const:extended-const)
  string(REPLACE ":" ";" parts ${entry})
  list(GET parts 0 base)
  list(GET parts 1 feature)
  set(wasm ${CMAKE_CURRENT_BINARY_DIR}/wat/proposals/${base}.wasm)
  add_custom_command(OUTPUT ${wasm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/wat/proposals
    COMMAND ${WAT2WASM} --enable-${feature} ${CMAKE_CURRENT_SOURCE_DIR}/wat/proposals/${base}.wat
            -o ${wasm}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/proposals/${base}.wat VERBATIM)
  list(APPEND proposal_fixtures ${wasm})
endforeach()
add_custom_target(proposal_fixtures ALL DEPENDS ${proposal_fixtures})
if(TARGET test_cli)
  add_dependencies(test_cli proposal_fixtures)
endif()
