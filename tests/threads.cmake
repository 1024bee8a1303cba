# Threads at run time: wasi-threads programs in C (tests/wasi/threads.c, one
# mode per test) and hand-written .wat modules of wait/notify, each built
# with w2o-exe and run by tests/wasi/run3.sh (the w2o way only: natively
# the program has no thread-spawn, and Node's WASI has no wasi-threads).
# The C program is built as a wasi-threads module: atomics, bulk memory, a
# shared imported memory, its wasi_thread_start exported; and with wasm-ld's
# --no-check-features, since Debian's wasi-libc was compiled without the
# atomics feature (the program keeps libc calls on its main thread).
# Every test has a name starting wasi_threads_, so
#   ctest -R wasi_threads_ --repeat until-fail:100
# runs them all. The counter and handshake also run built with -O0 and
# explicit bounds checks.
if(NOT COMMAND w2o_wasi_test)
  return() # tests/wasi.cmake found no clang-19 or node
endif()

set(thread_link_flags
  -Wl,--shared-memory,--import-memory,--max-memory=4194304,--no-check-features,--export=wasi_thread_start)
set(thread_targets)
add_custom_command(OUTPUT ${wasi_bin}/threads.wasm
  COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}
  COMMAND ${W2O_CLANG19} --target=wasm32-wasi --sysroot=/usr -O2 -Wall -Wextra -Werror -matomics
          -mbulk-memory ${thread_link_flags} ${wasi_src}/threads.c -o ${wasi_bin}/threads.wasm
  DEPENDS ${wasi_src}/threads.c VERBATIM)
foreach(m wait_timeout wait_unshared wait_unaligned)
  add_custom_command(OUTPUT ${wasi_bin}/${m}.wasm
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}
    COMMAND ${WAT2WASM} --enable-threads ${wasi_src}/${m}.wat -o ${wasi_bin}/${m}.wasm
    DEPENDS ${wasi_src}/${m}.wat VERBATIM)
endforeach()
# program:source module:wasm2obj flags (commas for spaces)
foreach(build threads:threads:-O2 threads_O0_explicit:threads:-O0,--bounds-checks=explicit
              wait_timeout:wait_timeout:-O2 wait_unshared:wait_unshared:-O2
              wait_unaligned:wait_unaligned:-O2)
  string(REPLACE ":" ";" parts ${build})
  list(GET parts 0 program)
  list(GET parts 1 module)
  list(GET parts 2 flags)
  string(REPLACE "," ";" flags ${flags})
  add_custom_command(OUTPUT ${wasi_bin}/w2o/${program}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}/w2o
    COMMAND ${wasi_exe} ${flags} ${wasi_bin}/${module}.wasm -o ${wasi_bin}/w2o/${program}
    DEPENDS ${wasi_bin}/${module}.wasm ${PROJECT_SOURCE_DIR}/tools/run/w2o-exe.in wasm2obj w2o_runtime
            w2o_wasi w2o_wasi_main w2o_symbolize VERBATIM)
  list(APPEND thread_targets ${wasi_bin}/w2o/${program})
endforeach()
add_custom_target(thread_test_programs ALL DEPENDS ${thread_targets})

foreach(program threads threads_O0_explicit)
  w2o_wasi_test(threads_counter_${program} ${program} W2O --expect-status 0
    --expect-stdout "^counter 400000$" -- counter)
  w2o_wasi_test(threads_handshake_${program} ${program} W2O --expect-status 0
    --expect-stdout "^handshake ok$" -- handshake)
endforeach()
w2o_wasi_test(threads_exit threads W2O --expect-status 7 --expect-stdout "^main waits$" -- exit)
w2o_wasi_test(threads_trap threads W2O --expect-status 134 --expect-stdout "^main waits$"
  --expect-stderr-line "^wasm trap: unreachable$"
  --expect-stderr-line "^  #0 thread_entry \\(wasm function [0-9]+\\)$" -- trap)
w2o_wasi_test(threads_wait_timeout wait_timeout W2O --expect-status 0)
w2o_wasi_test(threads_wait_unshared wait_unshared W2O --expect-status 134
  --expect-stderr-line "^wasm trap: expected shared memory$")
w2o_wasi_test(threads_wait_unaligned wait_unaligned W2O --expect-status 134
  --expect-stderr-line "^wasm trap: unaligned atomic$")

# The runtime's thread support called directly from host threads.
w2o_unit_test(test_wait SOURCES unit/test_wait.c LIBS w2o_runtime)

# ThreadSanitizer for the runtime's own code (W2O_TSAN, on by default
# where the toolchain has TSan, off in the ASan build, which cannot be
# combined with it): a copy of the runtime and of the libc shim compiled
# with -fsanitize=thread; test_wait_tsan links the first, and
# wasi_threads_tsan_* run the C program above linked with both (its
# generated code is not instrumented; every call into the runtime and the
# shim is). halt_on_error makes any report fail the test.
include(CheckCSourceCompiles)
set(CMAKE_REQUIRED_FLAGS -fsanitize=thread)
set(CMAKE_REQUIRED_LINK_OPTIONS -fsanitize=thread)
check_c_source_compiles("int main(void) { return 0; }" W2O_HAVE_TSAN)
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_LINK_OPTIONS)
set(w2o_tsan_default OFF)
if(W2O_HAVE_TSAN AND NOT W2O_SANITIZE)
  set(w2o_tsan_default ON)
endif()
option(W2O_TSAN "Test the runtime's thread support under ThreadSanitizer" ${w2o_tsan_default})
if(W2O_TSAN AND W2O_SANITIZE)
  message(FATAL_ERROR "W2O_TSAN cannot be combined with W2O_SANITIZE (ASan)")
endif()
if(NOT W2O_TSAN)
  return()
endif()
set(tsan_env "TSAN_OPTIONS=halt_on_error=1 exitcode=66")
foreach(lib w2o_runtime w2o_wasi)
  get_target_property(srcs ${lib} SOURCES)
  get_target_property(dir ${lib} SOURCE_DIR)
  list(TRANSFORM srcs PREPEND ${dir}/)
  add_library(${lib}_tsan STATIC ${srcs})
  target_include_directories(${lib}_tsan PRIVATE ${dir}/src PUBLIC ${dir}/include)
  target_compile_options(${lib}_tsan PRIVATE -fsanitize=thread -g)
  target_link_options(${lib}_tsan PUBLIC -fsanitize=thread)
  set_target_properties(${lib}_tsan PROPERTIES POSITION_INDEPENDENT_CODE ON)
endforeach()
target_link_libraries(w2o_runtime_tsan PUBLIC pthread m)
target_link_libraries(w2o_wasi_tsan PUBLIC w2o_runtime_tsan)
w2o_unit_test(test_wait_tsan SOURCES unit/test_wait.c LIBS w2o_runtime_tsan)
set_tests_properties(test_wait_tsan PROPERTIES ENVIRONMENT "${tsan_env}")

add_custom_command(OUTPUT ${wasi_bin}/w2o/threads_tsan
  COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}/w2o
  COMMAND ${CMAKE_COMMAND} -E env W2O_RUNTIME_LIB=$<TARGET_FILE:w2o_runtime_tsan>
          W2O_WASI_LIB=$<TARGET_FILE:w2o_wasi_tsan> LDFLAGS=-fsanitize=thread
          ${wasi_exe} -O2 ${wasi_bin}/threads.wasm -o ${wasi_bin}/w2o/threads_tsan
  DEPENDS ${wasi_bin}/threads.wasm ${PROJECT_SOURCE_DIR}/tools/run/w2o-exe.in wasm2obj w2o_runtime_tsan
          w2o_wasi_tsan w2o_wasi_main w2o_symbolize VERBATIM)
add_custom_target(thread_tsan_programs ALL DEPENDS ${wasi_bin}/w2o/threads_tsan)
foreach(mode counter handshake)
  w2o_wasi_test(threads_tsan_${mode} threads_tsan W2O --expect-status 0 -- ${mode})
  set_tests_properties(wasi_threads_tsan_${mode} PROPERTIES ENVIRONMENT "${tsan_env}")
endforeach()
