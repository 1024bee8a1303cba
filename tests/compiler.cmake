# Tests of the compiler and of compiled code: the CLI, determinism, the
# mutation fuzz run, and cmocka programs linked with modules compiled from
# .wat fixtures at build time (both bounds-check modes).

# w2o_compile_wat(NAME WAT [FLAGS...]): wat2wasm + wasm2obj at build time.
# Produces ${NAME}.o and ${NAME}.h in ${CMAKE_CURRENT_BINARY_DIR}/gen.
function(w2o_compile_wat name wat)
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/gen)
  set(wasm ${gen}/${name}.wasm)
  add_custom_command(OUTPUT ${gen}/${name}.o ${gen}/${name}.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${gen}
    COMMAND ${WAT2WASM} ${CMAKE_CURRENT_SOURCE_DIR}/${wat} -o ${wasm}
    COMMAND $<TARGET_FILE:wasm2obj> ${ARGN} --name=${name} -o ${gen}/${name}.o ${wasm}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${wat} wasm2obj VERBATIM)
endfunction()

# Executable tests: the same program against modules compiled in guard and
# explicit mode (W2O_MODE_* selects the generated headers).
foreach(mode guard explicit)
  foreach(opt O0 O2)
    set(sfx ${mode}_${opt})
    w2o_compile_wat(exec_${sfx} wat/exec.wat -${opt} --bounds-checks=${mode})
    w2o_compile_wat(peer_${sfx} wat/peer.wat -${opt} --bounds-checks=${mode})
    w2o_unit_test(test_exec_${sfx}
      SOURCES unit/test_exec.c ${CMAKE_CURRENT_BINARY_DIR}/gen/exec_${sfx}.o
              ${CMAKE_CURRENT_BINARY_DIR}/gen/peer_${sfx}.o
      LIBS w2o_runtime)
    target_include_directories(test_exec_${sfx} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/gen)
    target_compile_definitions(test_exec_${sfx} PRIVATE
      EXEC_HEADER="exec_${sfx}.h" PEER_HEADER="peer_${sfx}.h"
      EXEC_PREFIX=exec_${sfx} PEER_PREFIX=peer_${sfx})
  endforeach()
endforeach()

# The CLI: options, diagnostics, exit statuses, determinism, every --emit.
w2o_wat(cli_fixtures wat/exec.wat wat/peer.wat wat/simd.wat)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/wat/invalid_type.wasm
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/wat
  COMMAND ${WAT2WASM} --no-check ${CMAKE_CURRENT_SOURCE_DIR}/wat/invalid_type.wat
          -o ${CMAKE_CURRENT_BINARY_DIR}/wat/invalid_type.wasm
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wat/invalid_type.wat VERBATIM)
add_custom_target(cli_fixtures ALL DEPENDS ${cli_fixtures} ${CMAKE_CURRENT_BINARY_DIR}/wat/invalid_type.wasm)
w2o_unit_test(test_cli SOURCES unit/test_cli.c)
target_compile_definitions(test_cli PRIVATE
  WASM2OBJ="$<TARGET_FILE:wasm2obj>" FIXTURES="${CMAKE_CURRENT_BINARY_DIR}/wat"
  WORK_DIR="${CMAKE_CURRENT_BINARY_DIR}/cli-work" RUNTIME_INCLUDE="${PROJECT_SOURCE_DIR}/runtime/include")
add_dependencies(test_cli wasm2obj cli_fixtures)

# At least 1,000 mutated copies of valid modules: exit 0, 1 or 3, never a
# signal (150 in a W2O_SANITIZE build, where each compile is ~6x slower and
# any memory error in the compiler aborts it).
if(W2O_SANITIZE)
  set(fuzz_count 150)
else()
  set(fuzz_count 1000)
endif()
add_executable(fuzz_mutate unit/fuzz_mutate.c)
add_test(NAME fuzz_mutate_${fuzz_count}
  COMMAND fuzz_mutate $<TARGET_FILE:wasm2obj> ${fuzz_count} ${CMAKE_CURRENT_BINARY_DIR}/fuzz-work
          ${CMAKE_CURRENT_BINARY_DIR}/wat/exec.wasm ${CMAKE_CURRENT_BINARY_DIR}/wat/peer.wasm)
set_tests_properties(fuzz_mutate_${fuzz_count} PROPERTIES TIMEOUT 900)
add_dependencies(fuzz_mutate wasm2obj)

# The README's example command.
add_test(NAME example_demo COMMAND ${PROJECT_SOURCE_DIR}/tools/example.sh ${PROJECT_BINARY_DIR}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(example_demo PROPERTIES PASS_REGULAR_EXPRESSION "divide\\(42, 6\\) = 7")
if(W2O_SANITIZE)
  # The example links with the system cc: give it the sanitizer runtime too.
  set_tests_properties(example_demo PROPERTIES ENVIRONMENT "CFLAGS=${W2O_SANITIZE_LDFLAGS}")
endif()

# Fuel and epochs: exact counts, stopping runaway guests, handlers, threads.
# The same counts at -O0 (guard_O0): they must not depend on optimization.
foreach(mode guard explicit guard_O0)
  string(REGEX REPLACE "_O0$" "" bounds ${mode})
  set(opt -O2)
  if(mode MATCHES "_O0$")
    set(opt -O0)
  endif()
  w2o_compile_wat(fuel_${mode} wat/fuel.wat ${opt} --fuel --epoch --bounds-checks=${bounds})
  w2o_unit_test(test_interrupt_${mode}
    SOURCES unit/test_interrupt.c ${CMAKE_CURRENT_BINARY_DIR}/gen/fuel_${mode}.o
            ${CMAKE_CURRENT_BINARY_DIR}/gen/plain_${mode}.o
            ${CMAKE_CURRENT_BINARY_DIR}/gen/epoch_${mode}.o
    LIBS w2o_runtime)
  w2o_compile_wat(plain_${mode} wat/fuel.wat ${opt} --bounds-checks=${bounds})
  # --epoch alone: innermost loops get the check-free copy (lower_control.c).
  w2o_compile_wat(epoch_${mode} wat/fuel.wat ${opt} --epoch --bounds-checks=${bounds})
  target_include_directories(test_interrupt_${mode} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/gen)
  target_compile_definitions(test_interrupt_${mode} PRIVATE
    FUEL_HEADER="fuel_${mode}.h" PLAIN_HEADER="plain_${mode}.h" EPOCH_HEADER="epoch_${mode}.h"
    FUEL_PREFIX=fuel_${mode} PLAIN_PREFIX=plain_${mode} EPOCH_PREFIX=epoch_${mode})
endforeach()

# An --epoch module in a shared library loaded with dlopen, as w2o-spec
# loads its modules: its checks must find the program's epoch counter by
# name (W2O_EPOCH_COUNTER_SYMBOL), as its calls find the runtime.
add_library(epoch_plugin MODULE ${CMAKE_CURRENT_BINARY_DIR}/gen/epoch_guard.o)
set_target_properties(epoch_plugin PROPERTIES LINKER_LANGUAGE C PREFIX "")
w2o_unit_test(test_epoch_dlopen SOURCES unit/test_epoch_dlopen.c
  LIBS "$<LINK_LIBRARY:WHOLE_ARCHIVE,w2o_runtime>" ${CMAKE_DL_LIBS})
set_target_properties(test_epoch_dlopen PROPERTIES ENABLE_EXPORTS ON)
add_dependencies(test_epoch_dlopen epoch_plugin)
target_include_directories(test_epoch_dlopen PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/gen)
target_compile_definitions(test_epoch_dlopen PRIVATE PLUGIN="$<TARGET_FILE:epoch_plugin>")

# Counted innermost loops (compiler/lower_nowrap.c): six builds of one
# fixture in one program; results, traps and exact fuel against the -O0
# builds, which do not version these loops.
set(loops_builds
  "guard_O2|-O2 --bounds-checks=guard" "explicit_O2|-O2 --bounds-checks=explicit"
  "guard_O0|-O0 --bounds-checks=guard" "fuel_O2|-O2 --fuel --epoch --bounds-checks=guard"
  "fuel_explicit_O2|-O2 --fuel --epoch --bounds-checks=explicit"
  "fuel_O0|-O0 --fuel --epoch --bounds-checks=guard")
set(loops_objects)
foreach(entry ${loops_builds})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 config)
  list(GET parts 1 flags)
  separate_arguments(flags)
  w2o_compile_wat(loops_${config} wat/loops.wat ${flags})
  list(APPEND loops_objects ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_${config}.o)
endforeach()
w2o_unit_test(test_loops SOURCES unit/test_loops.c ${loops_objects} LIBS w2o_runtime)
target_include_directories(test_loops PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/gen)
# ...and the fast copies are what the loops become at -O2: with compared
# accesses, fuel and epochs, the sum still vectorizes (an add of <N x i32>),
# and so does smooth (func5: an index counting up to zero, signed offsets),
# and mirror_add (func16: durbin's mirrored index through an xor, read as
# a pointer stepping down; before, LLVM left it scalar), and add_row
# (func17: nussinov's row through a base hoisted below 0, which the check
# reads as the negative i64 it is, -2^32 added; before, the check failed),
# and diff_add (func18: fdtd-2d's loop with its exit test mid-body has a
# fast copy, its offset an i64 induction variable; before, it had none).
add_test(NAME loops_vectorized
  COMMAND sh -c "\"$1\" -O2 --fuel --epoch --bounds-checks=explicit --emit=llvm -o \"$2\" \"$3\" && grep -cE 'add <[0-9]+ x i32>' \"$2\" && awk '/^define .*[.]func5[(]/,/^}/' \"$2\" | grep -cE 'add <[0-9]+ x i32>' && awk '/^define .*[.]func16[(]/,/^}/' \"$2\" | grep -cE 'load <[0-9]+ x i32>' && awk '/^define .*[.]func17[(]/,/^}/' \"$2\" > \"$2.func17\" && grep -cE 'load <[0-9]+ x i32>' \"$2.func17\" && grep -c -- '-4294967296' \"$2.func17\" && awk '/^define .*[.]func18[(]/,/^}/' \"$2\" | grep -cE 'add nsw i64 %indvars[.a-z0-9]*, 8'"
          sh $<TARGET_FILE:wasm2obj> ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_vectorized.ll
          ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_guard_O2.wasm)

# ...and axpy3 (func8), a loop clang unrolled by 3, is rolled back up in the
# fast copy and vectorizes with whole-vector loads (lower_reroll.c; before,
# LLVM left it scalar), also with compared accesses and epochs, and with
# fuel (charged after the loop); so is axpy2o (func9), unrolled by 2 with a
# byte offset stepping beside the count (before, LLVM vectorized it as an
# interleave group: loads of two elements' worth, then shuffles); so is
# smooth2 (func14, jacobi-1d's shape: unrolled by 2 counting up to zero, a
# word carried in a local; before, LLVM left it scalar); so is mirror_ptr
# (func19, durbin's z loop: the mirrored words read through a pointer in
# one statement and through an xor in the other, proved the same by a
# relation the check requires; before, LLVM left it scalar).
add_test(NAME loops_rerolled
  COMMAND sh -c "\"$1\" -O2 --epoch --bounds-checks=explicit --emit=llvm -o \"$2\" \"$3\" && for f in func8 func9 func14 func19; do awk \"/^define .*[.]\$f[(]/,/^}/\" \"$2\" > \"$2.\$f\" && grep -cE 'load <[0-9]+ x i32>' \"$2.\$f\" && ! grep -q interleaved \"$2.\$f\" || exit 1; done"
          sh $<TARGET_FILE:wasm2obj> ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_rerolled.ll
          ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_guard_O2.wasm)
add_test(NAME loops_rerolled_fuel
  COMMAND sh -c "\"$1\" -O2 --fuel --epoch --emit=llvm -o \"$2\" \"$3\" && for f in func8 func9 func14 func19; do awk \"/^define .*[.]\$f[(]/,/^}/\" \"$2\" > \"$2.\$f\" && grep -cE 'load <[0-9]+ x i32>' \"$2.\$f\" && ! grep -q interleaved \"$2.\$f\" || exit 1; done"
          sh $<TARGET_FILE:wasm2obj> ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_rerolled_fuel.ll
          ${CMAKE_CURRENT_BINARY_DIR}/gen/loops_guard_O2.wasm)

# The select that sets the pc of an interpreter's dispatch loop (exec.wat's
# interpret, func38) is a branch in the object, not a conditional move; the
# one of tree_depth (func39), whose loop has no br_table, stays a cmov
# (lower_control.c, scan_dispatch). test_exec runs both.
add_test(NAME dispatch_select_branches
  COMMAND sh -c "\"$1\" -O2 --emit=asm -o \"$2\" \"$3\" && ! awk '/[.]func38:$/,/^[.]Lfunc_end/' \"$2\" | grep cmov && awk '/[.]func39:$/,/^[.]Lfunc_end/' \"$2\" | grep cmov"
          sh $<TARGET_FILE:wasm2obj> ${CMAKE_CURRENT_BINARY_DIR}/gen/dispatch_select.s
          ${CMAKE_CURRENT_BINARY_DIR}/gen/exec_guard_O2.wasm)

# Accesses at x + c with c < 0 become base + x + c (address_fold.c):
# exec.wat's load_below, store_below and load_slot, not load_below_offset.
# test_exec checks what they do where x + c wraps.
add_test(NAME address_fold
  COMMAND sh -c "\"$1\" -O2 --emit=llvm -o \"$2\" \"$3\" && test $(grep -cE 'getelementptr i8, ptr %[0-9]+, i64 -(4|65536)$' \"$2\") -eq 3"
          sh $<TARGET_FILE:wasm2obj> ${CMAKE_CURRENT_BINARY_DIR}/gen/address_fold.ll
          ${CMAKE_CURRENT_BINARY_DIR}/gen/exec_guard_O2.wasm)

# The stack check reads the stack position without a frame pointer on
# x86-64 (lower.c, emit_stack_check): at -O2 no function sets one up; at
# -O0 every one does (as clang, for debuggers).
add_test(NAME no_frame_pointer
  COMMAND sh -c "\"$1\" -O2 --target=x86_64-linux-gnu -S -o \"$2\" \"$3\" && \"$1\" -O0 --target=x86_64-linux-gnu -S -o \"$2.O0\" \"$3\" && test $(grep -c 'movq	%rsp, %rbp' \"$2\") -eq 0 && test $(grep -c 'movq	%rsp, %rbp' \"$2.O0\") -gt 10"
          sh $<TARGET_FILE:wasm2obj> ${CMAKE_CURRENT_BINARY_DIR}/gen/no_frame_pointer.s
          ${CMAKE_CURRENT_BINARY_DIR}/gen/exec_guard_O2.wasm)

# -g: gdb on a compiled module, .text unchanged by -g, determinism, prefix map.
find_program(W2O_GDB gdb)
if(W2O_GDB)
  add_test(NAME debug_gdb
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/debug/gdb_test.sh $<TARGET_FILE:wasm2obj> ${WAT2WASM}
            $<TARGET_FILE:w2o_runtime> ${PROJECT_SOURCE_DIR}/runtime/include ${PROJECT_SOURCE_DIR}
            ${CMAKE_CURRENT_BINARY_DIR}/debug-work)
  set_tests_properties(debug_gdb PROPERTIES TIMEOUT 300 ENVIRONMENT "LDFLAGS=${W2O_SANITIZE_LDFLAGS}")
  # The same for a C program with its own DWARF (clang-19 -g to wasm).
  find_program(W2O_CLANG19 clang-19)
  if(W2O_CLANG19)
    add_test(NAME debug_gdb_c
      COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/debug/gdb_c_test.sh $<TARGET_FILE:wasm2obj>
              ${PROJECT_BINARY_DIR}/tools/w2o-exe ${W2O_CLANG19} ${PROJECT_SOURCE_DIR}
              ${CMAKE_CURRENT_BINARY_DIR}/debug-c-work)
    set_tests_properties(debug_gdb_c PROPERTIES TIMEOUT 300)
  endif()
else()
  message(STATUS "gdb not found: debug_gdb test skipped")
endif()

# -g against damaged DWARF: 150 mutants of dbg_prog.c's .debug_* sections.
find_program(W2O_CLANG19 clang-19)
find_program(W2O_PYTHON3 python3)
if(W2O_CLANG19 AND W2O_PYTHON3)
  set(dwarf_mutate_work ${CMAKE_CURRENT_BINARY_DIR}/dwarf-mutate)
  # 150 mutants; 40 in a W2O_SANITIZE build, where each -g compile is slow
  # enough that 150 took 5.5 minutes, the longest test of the sanitizer pass.
  if(W2O_SANITIZE)
    set(dwarf_mutants 40)
  else()
    set(dwarf_mutants 150)
  endif()
  add_test(NAME debug_dwarf_mutate
    COMMAND sh -c "mkdir -p '${dwarf_mutate_work}' && '${W2O_CLANG19}' --target=wasm32-wasi --sysroot=/usr -g -O1 \
'${CMAKE_CURRENT_SOURCE_DIR}/debug/dbg_prog.c' -o '${dwarf_mutate_work}/seed.wasm' && \
'${W2O_PYTHON3}' '${CMAKE_CURRENT_SOURCE_DIR}/debug/dwarf_mutate.py' '$<TARGET_FILE:wasm2obj>' \
'${dwarf_mutate_work}/seed.wasm' '${dwarf_mutate_work}' ${dwarf_mutants}")
  set_tests_properties(debug_dwarf_mutate PROPERTIES TIMEOUT 600)
endif()

# Collision-free names (issue 18): a module whose export and import names
# collide in every way a naive mapping allows; each export and import is
# reached through the header (test_names_exec), the header compiles as C++
# and without clang's reserved-identifier warnings, and a property test maps
# thousands of random names and runs the header writer out of memory
# (test_names).
w2o_compile_wat(names wat/names.wat -O1)
w2o_unit_test(test_names_exec
  SOURCES unit/test_names_exec.c ${CMAKE_CURRENT_BINARY_DIR}/gen/names.o
  LIBS w2o_runtime)
target_include_directories(test_names_exec PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/gen)
# Included from a file, as an application would (a header compiled as the
# main file warns about its unused static inline functions).
set(names_use ${CMAKE_CURRENT_BINARY_DIR}/gen/names_use.cc)
file(WRITE ${names_use} "#include \"names.h\"\nint main() { return names_module.abi_version == 0; }\n")
add_test(NAME names_header_cxx
  COMMAND ${CMAKE_CXX_COMPILER} -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only
          -I${PROJECT_SOURCE_DIR}/runtime/include -I${CMAKE_CURRENT_BINARY_DIR}/gen ${names_use})
find_program(W2O_CLANG19 clang-19)
if(W2O_CLANG19)
  # The header as the main file (clang checks reserved identifiers only
  # there), in C++ mode (its reserved identifiers include C's and any with
  # "__"); its static inline functions are unused there.
  add_test(NAME names_header_reserved
    COMMAND ${W2O_CLANG19} -x c++ -std=c++17 -Wreserved-identifier -Wno-unused-function -Werror -fsyntax-only
            -I${PROJECT_SOURCE_DIR}/runtime/include ${CMAKE_CURRENT_BINARY_DIR}/gen/names.h)
endif()
w2o_unit_test(test_names
  SOURCES unit/test_names.c ${PROJECT_SOURCE_DIR}/compiler/names.c ${PROJECT_SOURCE_DIR}/compiler/header.c
          ${CMAKE_CURRENT_BINARY_DIR}/gen/names.h
  LIBS w2o_front)
target_compile_definitions(test_names PRIVATE W2O_VERSION="test"
  NAMES_WASM="${CMAKE_CURRENT_BINARY_DIR}/gen/names.wasm" WORK_DIR="${CMAKE_CURRENT_BINARY_DIR}/names-work")
