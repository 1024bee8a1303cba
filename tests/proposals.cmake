# Fixtures of WebAssembly 3.0 proposals (tests/wat/proposals/), each
# converted with its wat2wasm --enable-* flag, for test_cli: every one
# compiles (the exception handling with exnref, which wabt 1.0.32 cannot
# write and wasm2obj does not compile, is checked on raw bytes in test_cli
# and test_decode).
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

# Tail calls: tests/wat/tail_call.wat in the four configurations, plus
# --fuel --epoch (-O2, guard), each linked into test_tail_call.
set(tail_gen ${CMAKE_CURRENT_BINARY_DIR}/gen)
foreach(config guard_O0 guard_O2 explicit_O0 explicit_O2 interrupt_O2)
  string(REGEX MATCH "O[0-9]$" opt ${config})
  string(REGEX REPLACE "_O[0-9]$" "" mode ${config})
  set(flags -${opt} --bounds-checks=${mode})
  if(mode STREQUAL "interrupt")
    set(flags -${opt} --bounds-checks=guard --fuel --epoch)
  endif()
  set(name tail_${config})
  add_custom_command(OUTPUT ${tail_gen}/${name}.o ${tail_gen}/${name}.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${tail_gen}
    COMMAND ${WAT2WASM} --enable-tail-call ${CMAKE_CURRENT_SOURCE_DIR}/wat/tail_call.wat
            -o ${tail_gen}/${name}.wasm
    COMMAND $<TARGET_FILE:wasm2obj> ${flags} --name=${name} -o ${tail_gen}/${name}.o
            ${tail_gen}/${name}.wasm
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/tail_call.wat wasm2obj VERBATIM)
  w2o_unit_test(test_tail_call_${config}
    SOURCES unit/test_tail_call.c ${tail_gen}/${name}.o LIBS w2o_runtime)
  target_include_directories(test_tail_call_${config} PRIVATE ${tail_gen})
  set(interrupt 0)
  if(mode STREQUAL "interrupt")
    set(interrupt 1)
  endif()
  target_compile_definitions(test_tail_call_${config} PRIVATE
    TAIL_HEADER="${name}.h" TAIL_PREFIX=${name} TAIL_INTERRUPT=${interrupt})
endforeach()

# Multiple memories: tests/wat/multi_memory.wat, importing the memory of
# tests/wat/multi_memory_provider.wat, in the four configurations, each
# linked into test_multi_memory.
foreach(config guard_O0 guard_O2 explicit_O0 explicit_O2)
  string(REGEX MATCH "O[0-9]$" opt ${config})
  string(REGEX REPLACE "_O[0-9]$" "" mode ${config})
  set(objects)
  foreach(base multi_memory multi_memory_provider)
    set(name ${base}_${config})
    add_custom_command(OUTPUT ${tail_gen}/${name}.o ${tail_gen}/${name}.h
      COMMAND ${CMAKE_COMMAND} -E make_directory ${tail_gen}
      COMMAND ${WAT2WASM} --enable-multi-memory ${CMAKE_CURRENT_SOURCE_DIR}/wat/${base}.wat
              -o ${tail_gen}/${name}.wasm
      COMMAND $<TARGET_FILE:wasm2obj> -${opt} --bounds-checks=${mode} --name=${name}
              -o ${tail_gen}/${name}.o ${tail_gen}/${name}.wasm
      DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/${base}.wat wasm2obj VERBATIM)
    list(APPEND objects ${tail_gen}/${name}.o)
  endforeach()
  w2o_unit_test(test_multi_memory_${config}
    SOURCES unit/test_multi_memory.c ${objects} LIBS w2o_runtime)
  target_include_directories(test_multi_memory_${config} PRIVATE ${tail_gen})
  target_compile_definitions(test_multi_memory_${config} PRIVATE
    MM_HEADER="multi_memory_${config}.h" MM_PREFIX=multi_memory_${config}
    MMP_HEADER="multi_memory_provider_${config}.h" MMP_PREFIX=multi_memory_provider_${config})
endforeach()

# Exception handling: tests/wat/exception.wat, its importer
# exception_peer.wat and exception_middle.wat in -O0 guard, -O2 explicit and
# -O2 with --fuel --epoch, each set linked into test_exception.
foreach(config guard_O0 explicit_O2 interrupt_O2)
  string(REGEX MATCH "O[0-9]$" opt ${config})
  string(REGEX REPLACE "_O[0-9]$" "" mode ${config})
  set(flags -${opt} --bounds-checks=${mode})
  if(mode STREQUAL "interrupt")
    set(flags -${opt} --bounds-checks=guard --fuel --epoch)
  endif()
  set(objects)
  foreach(module exception exception_middle exception_peer)
    set(name ${module}_${config})
    add_custom_command(OUTPUT ${tail_gen}/${name}.o ${tail_gen}/${name}.h
      COMMAND ${CMAKE_COMMAND} -E make_directory ${tail_gen}
      COMMAND ${WAT2WASM} --enable-exceptions ${CMAKE_CURRENT_SOURCE_DIR}/wat/${module}.wat
              -o ${tail_gen}/${name}.wasm
      COMMAND $<TARGET_FILE:wasm2obj> ${flags} --name=${name} -o ${tail_gen}/${name}.o ${tail_gen}/${name}.wasm
      DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/${module}.wat wasm2obj VERBATIM)
    list(APPEND objects ${tail_gen}/${name}.o)
  endforeach()
  w2o_unit_test(test_exception_${config} SOURCES unit/test_exception.c ${objects} LIBS w2o_runtime)
  target_include_directories(test_exception_${config} PRIVATE ${tail_gen})
  target_compile_definitions(test_exception_${config} PRIVATE
    EXC_HEADER="exception_${config}.h" EXC_PREFIX=exception_${config}
    PEER_HEADER="exception_peer_${config}.h" PEER_PREFIX=exception_peer_${config}
    MIDDLE_HEADER="exception_middle_${config}.h" MIDDLE_PREFIX=exception_middle_${config})
endforeach()

# Exception handling in partitions: tests/wat/exception_chain.py writes a
# module big enough to be split (-j2); the report must say so.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  set(chain ${tail_gen}/exception_chain)
  add_custom_command(OUTPUT ${chain}.o ${chain}.h ${chain}.report
    COMMAND ${CMAKE_COMMAND} -E make_directory ${tail_gen}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/wat/exception_chain.py > ${chain}.wat
    COMMAND ${WAT2WASM} --enable-exceptions ${chain}.wat -o ${chain}.wasm
    COMMAND $<TARGET_FILE:wasm2obj> -O1 -j2 --time-report --name=exception_chain -o ${chain}.o ${chain}.wasm
            2> ${chain}.report
    COMMAND grep -q "2 partitions" ${chain}.report
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/exception_chain.py wasm2obj VERBATIM)
  w2o_unit_test(test_exception_partition SOURCES unit/test_exception_partition.c ${chain}.o LIBS w2o_runtime)
  target_include_directories(test_exception_partition PRIVATE ${tail_gen})
endif()

# 64-bit memories: tests/wat/memory64.wat in the four configurations, each
# linked into test_memory64.
foreach(config guard_O0 guard_O2 explicit_O0 explicit_O2)
  string(REGEX MATCH "O[0-9]$" opt ${config})
  string(REGEX REPLACE "_O[0-9]$" "" mode ${config})
  set(name memory64_${config})
  add_custom_command(OUTPUT ${tail_gen}/${name}.o ${tail_gen}/${name}.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${tail_gen}
    COMMAND ${WAT2WASM} --enable-memory64 --enable-multi-memory --enable-threads
            ${CMAKE_CURRENT_SOURCE_DIR}/wat/memory64.wat
            -o ${tail_gen}/${name}.wasm
    COMMAND $<TARGET_FILE:wasm2obj> -${opt} --bounds-checks=${mode} --name=${name}
            -o ${tail_gen}/${name}.o ${tail_gen}/${name}.wasm
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/memory64.wat wasm2obj VERBATIM)
  w2o_unit_test(test_memory64_${config}
    SOURCES unit/test_memory64.c ${tail_gen}/${name}.o LIBS w2o_runtime)
  target_include_directories(test_memory64_${config} PRIVATE ${tail_gen})
  target_compile_definitions(test_memory64_${config} PRIVATE
    M64_HEADER="${name}.h" M64_PREFIX=${name})
endforeach()
