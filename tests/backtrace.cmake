# Trap backtraces and their source lines: test_backtrace against
# wat/backtrace.wat and wat/backtrace_start.wat, compiled with -g and a name
# section, in guard and explicit mode at -O0 (nothing inlined) and in guard
# mode at -O2. The WASI side (the run tool printing them) is in wasi.cmake.

# w2o_compile_named(NAME WAT FLAGS...): like w2o_compile_wat, with the
# function names of the .wat kept (wat2wasm --debug-names).
function(w2o_compile_named name wat)
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/gen)
  set(wasm ${gen}/${name}.wasm)
  add_custom_command(OUTPUT ${gen}/${name}.o ${gen}/${name}.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${gen}
    COMMAND ${WAT2WASM} --debug-names ${CMAKE_CURRENT_SOURCE_DIR}/${wat} -o ${wasm}
    COMMAND $<TARGET_FILE:wasm2obj> ${ARGN} --name=${name} -o ${gen}/${name}.o ${wasm}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${wat} wasm2obj VERBATIM)
endfunction()

foreach(config guard_O0 explicit_O0 guard_O2)
  string(REPLACE "_" ";" parts ${config})
  list(GET parts 0 mode)
  list(GET parts 1 opt)
  w2o_compile_named(bt_${config} wat/backtrace.wat -${opt} -g --bounds-checks=${mode})
  w2o_compile_named(bt_start_${config} wat/backtrace_start.wat -${opt} -g --bounds-checks=${mode})
  w2o_unit_test(test_backtrace_${config}
    SOURCES unit/test_backtrace.c ${CMAKE_CURRENT_BINARY_DIR}/gen/bt_${config}.o
            ${CMAKE_CURRENT_BINARY_DIR}/gen/bt_start_${config}.o
    LIBS w2o_symbolize w2o_runtime)
  target_include_directories(test_backtrace_${config} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/gen)
  # -g whatever the build type: one test looks up the line of its own code.
  target_compile_options(test_backtrace_${config} PRIVATE -g)
  string(COMPARE EQUAL ${mode} guard guard)
  string(COMPARE EQUAL ${opt} O2 inlined)
  target_compile_definitions(test_backtrace_${config} PRIVATE
    BT_HEADER="bt_${config}.h" START_HEADER="bt_start_${config}.h"
    BT_PREFIX=bt_${config} START_PREFIX=bt_start_${config}
    BT_GUARD=$<BOOL:${guard}> BT_INLINED=$<BOOL:${inlined}>)
endforeach()
