# WASI tests: C programs written for the libc shim, each built natively
# (host cc), to wasm32-wasi (clang-19 + wasi-libc) and from that wasm to a
# native executable (tools/w2o-exe); run3.sh runs them and checks that the
# ways agree on stdout and exit status, with Node's WASI as the independent
# reference. Each run gets a fresh directory under wasi-work/ in the build
# tree. Skipped (with a message) when clang-19 or node is missing.
find_program(W2O_CLANG19 clang-19)
find_program(W2O_NODE node)
if(NOT W2O_CLANG19 OR NOT W2O_NODE)
  message(STATUS "WASI tests skipped: clang-19 or node not found")
  return()
endif()

set(wasi_src ${CMAKE_CURRENT_SOURCE_DIR}/wasi)
set(wasi_bin ${CMAKE_CURRENT_BINARY_DIR}/wasi)
set(wasi_work ${CMAKE_CURRENT_BINARY_DIR}/wasi-work)
set(wasi_exe ${PROJECT_BINARY_DIR}/tools/w2o-exe)
# W2O_TEST_WASM2OBJ: another wasm2obj to compile the WASI test programs
# with, e.g. the plain build's in the sanitizer pass of tools/test.sh. The
# programs still link this tree's runtime and shim, which are what the WASI
# tests test; a sanitized compiler would only make the build minutes longer
# (the compiler is sanitizer-tested by the other tests).
set(W2O_TEST_WASM2OBJ "" CACHE FILEPATH "wasm2obj that compiles the WASI test programs (default: this build's)")
set(wasi_compiler_env)
if(W2O_TEST_WASM2OBJ)
  set(wasi_compiler_env W2O_WASM2OBJ=${W2O_TEST_WASM2OBJ})
  set(wasi_exe ${CMAKE_COMMAND} -E env ${wasi_compiler_env} ${wasi_exe})
endif()
set(wasi_run3 ${wasi_src}/run3.sh)

# The programs, all run natively, through wasm2obj and under Node.
set(wasi_programs hello args env exit_return exit_deep trap_div file_rw file_seek file_trunc
    file_stat rename_unlink dirs readdir clocks random poll symlink stdin_count errors fdops
    sandbox rights dirfd slashes unknown_hook)
# Programs with no native build: sandbox uses the raw WASI calls; trap_div
# traps in wasm but dies by SIGFPE natively (status 136), so the native way
# cannot agree by construction.
# rights, dirfd and slashes use the raw WASI calls too; unknown_hook imports
# a function no native library has.
set(wasi_wasm_only sandbox trap_div rights dirfd slashes unknown_hook)

set(wasi_targets)
foreach(p ${wasi_programs})
  set(wasm ${wasi_bin}/${p}.wasm)
  add_custom_command(OUTPUT ${wasm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}
    COMMAND ${W2O_CLANG19} --target=wasm32-wasi --sysroot=/usr -O2 -Wall -Wextra -Werror
            ${wasi_src}/${p}.c -o ${wasm}
    DEPENDS ${wasi_src}/${p}.c ${wasi_src}/common.h ${wasi_src}/raw.h VERBATIM)
  list(APPEND wasi_targets ${wasm})
  if(NOT p IN_LIST wasi_wasm_only)
    add_executable(wasi_native_${p} wasi/${p}.c)
    set_target_properties(wasi_native_${p} PROPERTIES OUTPUT_NAME ${p} RUNTIME_OUTPUT_DIRECTORY
                          ${wasi_bin}/native)
  endif()
endforeach()

# Hand-written modules: bad pointers, a wrongly typed and an unknown import.
set(wasi_wat_modules badptr wrong_type unknown_import unknown_types unknown_multi)
foreach(m ${wasi_wat_modules})
  add_custom_command(OUTPUT ${wasi_bin}/${m}.wasm
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}
    COMMAND ${WAT2WASM} ${wasi_src}/${m}.wat -o ${wasi_bin}/${m}.wasm
    DEPENDS ${wasi_src}/${m}.wat VERBATIM)
  list(APPEND wasi_targets ${wasi_bin}/${m}.wasm)
endforeach()

# Every module through w2o-exe (which, in a sanitizer build, links the
# sanitizer runtimes the libraries need).
set(wasi_w2o_targets)
foreach(p ${wasi_programs} ${wasi_wat_modules})
  add_custom_command(OUTPUT ${wasi_bin}/w2o/${p}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}/w2o
    COMMAND ${wasi_exe} -O2 ${wasi_bin}/${p}.wasm -o ${wasi_bin}/w2o/${p}
    DEPENDS ${wasi_bin}/${p}.wasm ${PROJECT_SOURCE_DIR}/tools/run/w2o-exe.in wasm2obj w2o_runtime
            w2o_wasi w2o_wasi_main w2o_symbolize VERBATIM)
  list(APPEND wasi_w2o_targets ${wasi_bin}/w2o/${p})
endforeach()
add_custom_target(wasi_test_programs ALL DEPENDS ${wasi_targets} ${wasi_w2o_targets})

# Trap backtraces: trap_backtrace.c traps three calls below main. It is
# built without DWARF (-O1, so noinline keeps the calls) and again with -g,
# and both through w2o-exe -O0 -g, so wasm2obj inlines nothing and the
# executable has line info: into the listing kept beside it for the first,
# into the listing or the C source for the second (when wasm2obj translates
# the module's own DWARF). wasm only: natively it dies by SIGFPE.
# trap_backtrace_o2: with -g, through w2o-exe -O2 -g, where LLVM inlines
# divide, average and report into main: the backtrace lists them as
# inlined calls, from the DWARF's inline information.
set(bt_targets)
foreach(v trap_backtrace trap_backtrace_g trap_backtrace_o2)
  set(bt_cflags -O1)
  set(bt_w2o_opt -O0)
  if(NOT v STREQUAL trap_backtrace)
    set(bt_cflags -O1 -g)
  endif()
  if(v STREQUAL trap_backtrace_o2)
    set(bt_w2o_opt -O2)
  endif()
  add_custom_command(OUTPUT ${wasi_bin}/${v}.wasm
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}
    COMMAND ${W2O_CLANG19} --target=wasm32-wasi --sysroot=/usr ${bt_cflags} -Wall -Wextra -Werror
            ${wasi_src}/trap_backtrace.c -o ${wasi_bin}/${v}.wasm
    DEPENDS ${wasi_src}/trap_backtrace.c VERBATIM)
  add_custom_command(OUTPUT ${wasi_bin}/w2o/${v}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}/w2o
    COMMAND ${wasi_exe} ${bt_w2o_opt} -g ${wasi_bin}/${v}.wasm -o ${wasi_bin}/w2o/${v}
    DEPENDS ${wasi_bin}/${v}.wasm ${PROJECT_SOURCE_DIR}/tools/run/w2o-exe.in wasm2obj w2o_runtime
            w2o_wasi w2o_wasi_main w2o_symbolize VERBATIM)
  list(APPEND bt_targets ${wasi_bin}/${v}.wasm ${wasi_bin}/w2o/${v})
endforeach()
add_custom_target(wasi_backtrace_programs ALL DEPENDS ${bt_targets})

# w2o_wasi_test(NAME PROGRAM [WAYS...] [run3 options...] [-- ARGS...])
function(w2o_wasi_test name program)
  cmake_parse_arguments(T "NATIVE;W2O;NODE" "" "" ${ARGN})
  set(ways)
  if(T_NATIVE)
    list(APPEND ways --native ${wasi_bin}/native/${program})
  endif()
  if(T_W2O)
    list(APPEND ways --w2o ${wasi_bin}/w2o/${program})
  endif()
  if(T_NODE)
    list(APPEND ways --node ${wasi_bin}/${program}.wasm)
  endif()
  add_test(NAME wasi_${name} COMMAND ${wasi_run3} ${name} ${wasi_work} ${ways} ${T_UNPARSED_ARGUMENTS})
endfunction()

w2o_wasi_test(hello hello NATIVE W2O NODE --expect-stdout "hello, wasi! 42 3.142 ff")
w2o_wasi_test(args args NATIVE W2O NODE -- one "two words" "" "--dir" "ünïcödé")
w2o_wasi_test(env env NATIVE W2O NODE --env W2O_GREETING=hello --env W2O_EMPTY=)
w2o_wasi_test(exit_return exit_return NATIVE W2O NODE --expect-status 42)
w2o_wasi_test(exit_deep exit_deep NATIVE W2O NODE --expect-status 7)
w2o_wasi_test(trap_div trap_div W2O NODE --expect-status 134
  --expect-stderr "^wasm trap: (integer )?divide by zero$")
w2o_wasi_test(trap_div_message trap_div W2O --expect-stderr "^wasm trap: integer divide by zero$")
# The backtrace after the message: names only without -g (trap_div, -O2),
# names and listing lines with -g; "wasm trap: MESSAGE" stays the first line.
set(bt_frame "\\(wasm function [0-9]+\\)")
w2o_wasi_test(trap_div_backtrace trap_div W2O --expect-status 134
  --expect-stderr-line "^wasm trap: integer divide by zero$"
  --expect-stderr-line "^  #0 [A-Za-z_.$0-9]+ ${bt_frame}$")
w2o_wasi_test(trap_backtrace trap_backtrace W2O --expect-status 134
  --expect-stdout "^about to divide$"
  --expect-stderr-line "^wasm trap: integer divide by zero$"
  --expect-stderr-line "^  #0 divide ${bt_frame} at /.*/trap_backtrace\\.lst:[0-9]+$"
  --expect-stderr-line "^  #1 average ${bt_frame} at /.*/trap_backtrace\\.lst:[0-9]+$"
  --expect-stderr-line "^  #2 report ${bt_frame} at /.*/trap_backtrace\\.lst:[0-9]+$"
  --expect-stderr-line "^  #3 main ${bt_frame} at /.*/trap_backtrace\\.lst:[0-9]+$")
w2o_wasi_test(trap_backtrace_g trap_backtrace_g W2O --expect-status 134
  --expect-stderr-line "^wasm trap: integer divide by zero$"
  --expect-stderr-line "^  #0 divide ${bt_frame} at .*trap_backtrace(_g)?\\.(c|lst):[0-9]+$"
  --expect-stderr-line "^  #1 average ${bt_frame} at .*trap_backtrace(_g)?\\.(c|lst):[0-9]+$"
  --expect-stderr-line "^  #2 report ${bt_frame} at .*trap_backtrace(_g)?\\.(c|lst):[0-9]+$"
  --expect-stderr-line "^  #3 main ${bt_frame} at .*trap_backtrace(_g)?\\.(c|lst):[0-9]+$")
w2o_wasi_test(trap_backtrace_o2 trap_backtrace_o2 W2O --expect-status 134
  --expect-stderr-line "^wasm trap: integer divide by zero$"
  --expect-stderr-line "^  #0 divide \\(inlined\\) at .*trap_backtrace\\.c:7$"
  --expect-stderr-line "^  #1 average \\(inlined\\) at .*trap_backtrace\\.c:10$"
  --expect-stderr-line "^  #2 report \\(inlined\\) at .*trap_backtrace\\.c:14$"
  --expect-stderr-line "^  #3 main ${bt_frame} at .*trap_backtrace\\.c:23$")
foreach(p file_rw file_seek file_trunc file_stat rename_unlink dirs readdir clocks random poll fdops
          symlink errors)
  w2o_wasi_test(${p} ${p} NATIVE W2O NODE --expect-status 0)
endforeach()
# Node's WASI fails poll_oneoff on regular-file fds (see poll.c): native and w2o only.
w2o_wasi_test(poll_file poll NATIVE W2O --expect-status 0 --expect-stdout "in: yes, out: yes" -- file)
w2o_wasi_test(stdin_count stdin_count NATIVE W2O NODE --stdin ${wasi_src}/stdin_count.c
  --expect-status 0)
w2o_wasi_test(sandbox sandbox W2O NODE --box --expect-status 0)
w2o_wasi_test(sandbox_strict sandbox W2O --box --expect-status 0 -- strict)
# Node's WASI answers EOVERFLOW (61) instead of EFAULT (21) for out-of-bounds
# pointers, so badptr (which demands 21) runs with wasm2obj only.
w2o_wasi_test(badptr badptr W2O --expect-status 0 --expect-stdout "bad pointers refused")
w2o_wasi_test(badptr_walk badptr W2O --resolve walk --expect-status 0
  --expect-stdout "bad pointers refused")
w2o_wasi_test(wrong_type wrong_type W2O --expect-status 125
  --expect-stderr "incompatible import type for wasi_snapshot_preview1.fd_write")
w2o_wasi_test(unknown_import unknown_import W2O --expect-status 125
  --expect-stderr "unknown import wasi_snapshot_preview1.fd_nonsense")
# What Node's WASI does differently (see symlink.c, errors.c): native and w2o only.
w2o_wasi_test(symlink_strict symlink NATIVE W2O --expect-status 0 -- strict)
w2o_wasi_test(errors_strict errors NATIVE W2O --expect-status 0 -- strict)
w2o_wasi_test(fdops_strict fdops NATIVE W2O --expect-status 0 -- strict)
# The same path tests with the component-by-component walk instead of openat2.
foreach(p sandbox symlink dirs file_stat rename_unlink file_rw file_seek file_trunc readdir errors
          fdops)
  if(p STREQUAL sandbox)
    w2o_wasi_test(${p}_walk ${p} W2O NODE --box --resolve walk --expect-status 0)
    w2o_wasi_test(${p}_strict_walk ${p} W2O --box --resolve walk --expect-status 0 -- strict)
  else()
    w2o_wasi_test(${p}_walk ${p} NATIVE W2O --resolve walk --expect-status 0 -- strict)
  endif()
endforeach()

# Preview1 as Wasmtime's host has it (issue 20), each errno written in the
# test: the rights model, directory descriptors and sockets, trailing
# slashes (also with the walk). Node's WASI differs in many of these.
foreach(p rights dirfd slashes)
  w2o_wasi_test(${p} ${p} W2O --expect-status 0)
  w2o_wasi_test(${p}_walk ${p} W2O --resolve walk --expect-status 0)
endforeach()

# Unknown imports: a command importing a hook it calls only when given an
# argument cannot start by default; --trap-unknown-imports lets it run and
# traps, naming the hook, when it is called; with
# --default-values-unknown-imports the call returns 0.
w2o_wasi_test(unknown_hook unknown_hook W2O --expect-status 125
  --expect-stderr "unknown import nitrogql_helper\\.execute_node")
w2o_wasi_test(unknown_hook_trap_unused unknown_hook W2O --w2o-flag --trap-unknown-imports
  --expect-status 0 --expect-stdout "^started$")
w2o_wasi_test(unknown_hook_trap_called unknown_hook W2O --w2o-flag --trap-unknown-imports
  --expect-status 134 --expect-stdout "^started$"
  --expect-stderr-line "^wasm trap: call to unknown import nitrogql_helper\\.execute_node$"
  --expect-stderr-line "^  #0 main ${bt_frame}$" -- call)
w2o_wasi_test(unknown_hook_default unknown_hook W2O --w2o-flag --default-values-unknown-imports
  --expect-status 0 --expect-stdout "^hook returned 0$" -- call)
w2o_wasi_test(unknown_types_default unknown_types W2O --w2o-flag --default-values-unknown-imports
  --expect-status 7)
w2o_wasi_test(unknown_types_trap unknown_types W2O --w2o-flag --trap-unknown-imports
  --expect-status 134 --expect-stderr "^wasm trap: call to unknown import env\\.hook_none$")
w2o_wasi_test(unknown_types unknown_types W2O --expect-status 125
  --expect-stderr "unknown import env\\.hook_none")
w2o_wasi_test(unknown_multi_trap unknown_multi W2O --w2o-flag --trap-unknown-imports
  --expect-status 134 --expect-stderr "^wasm trap: call to unknown import env\\.pair$")
w2o_wasi_test(unknown_multi_default unknown_multi W2O --w2o-flag --default-values-unknown-imports
  --expect-status 125 --expect-stderr "env\\.pair returns several values")
# A WASI function the shim lacks is an unknown import like any other.
w2o_wasi_test(unknown_import_trap unknown_import W2O --w2o-flag --trap-unknown-imports
  --expect-status 0)

# Rust (issue 20): the same areas through Rust's standard library, which
# checks every WASI error. Needs a rustc with the wasm32-wasi standard
# library: Debian 12's rustc 1.63 with libstd-rust-dev-wasm32 (a rustup
# rustc names the target wasm32-wasip1 and is used only if it has it too).
set(W2O_RUSTC_WASI "")
foreach(candidate IN ITEMS /usr/bin/rustc rustc)
  unset(rustc_path)
  find_program(rustc_path NAMES ${candidate} NO_CACHE)
  foreach(target IN ITEMS wasm32-wasi wasm32-wasip1)
    if(W2O_RUSTC_WASI OR NOT rustc_path)
      break()
    endif()
    execute_process(COMMAND ${rustc_path} --target ${target} --print target-libdir
                    OUTPUT_VARIABLE libdir OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE rc ERROR_QUIET)
    file(GLOB rust_std "${libdir}/libstd-*.rlib")
    if(rc EQUAL 0 AND rust_std)
      set(W2O_RUSTC_WASI ${rustc_path})
      set(W2O_RUST_WASI_TARGET ${target})
    endif()
  endforeach()
endforeach()
if(W2O_RUSTC_WASI)
  add_custom_command(OUTPUT ${wasi_bin}/rust_fs.wasm ${wasi_bin}/w2o/rust_fs
    COMMAND ${CMAKE_COMMAND} -E make_directory ${wasi_bin}/w2o
    COMMAND ${W2O_RUSTC_WASI} --target ${W2O_RUST_WASI_TARGET} -O -C strip=debuginfo
            ${wasi_src}/rust_fs.rs -o ${wasi_bin}/rust_fs.wasm
    COMMAND ${wasi_exe} -O1 ${wasi_bin}/rust_fs.wasm -o ${wasi_bin}/w2o/rust_fs
    DEPENDS ${wasi_src}/rust_fs.rs ${PROJECT_SOURCE_DIR}/tools/run/w2o-exe.in wasm2obj w2o_runtime
            w2o_wasi w2o_wasi_main w2o_symbolize VERBATIM)
  add_custom_target(wasi_rust_programs ALL DEPENDS ${wasi_bin}/w2o/rust_fs)
  w2o_wasi_test(rust_fs rust_fs W2O --expect-status 0 --expect-stdout "^directory now: a.txt l$")
  w2o_wasi_test(rust_fs_walk rust_fs W2O --resolve walk --expect-status 0)
else()
  message(STATUS "WASI Rust tests skipped: no rustc with the wasm32-wasi standard library "
                 "(Debian: rustc libstd-rust-dev-wasm32)")
endif()

# w2o-run: compile-and-cache, exit status, arguments and sandbox flags.
add_test(NAME wasi_w2o_run COMMAND ${wasi_src}/w2o_run_test.sh ${PROJECT_BINARY_DIR}/tools/w2o-run
  ${wasi_bin} ${wasi_work}/w2o-run)
if(wasi_compiler_env)
  set_tests_properties(wasi_w2o_run PROPERTIES ENVIRONMENT "${wasi_compiler_env}")
endif()
