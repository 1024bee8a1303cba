# Partitioned compilation (compiler/partition.c): a module with more than
# 256 KiB of code, generated reproducibly by bench/compile/gen.py and built
# with clang-19, compiles in partitions to the same bytes with -j1 and -j2,
# and its functions compute what the same module compiled whole (-g keeps a
# module whole) computes.
find_program(W2O_CLANG19_PART clang-19)
find_package(Python3 COMPONENTS Interpreter)
if(NOT W2O_CLANG19_PART OR NOT Python3_FOUND)
  message(STATUS "partition tests skipped: clang-19 or python3 not found")
  return()
endif()
set(part ${CMAKE_CURRENT_BINARY_DIR}/partition)
set(part_gen ${PROJECT_SOURCE_DIR}/bench/compile/gen.py)
add_custom_command(OUTPUT ${part}/big.wasm
  COMMAND ${CMAKE_COMMAND} -E make_directory ${part}
  COMMAND ${Python3_EXECUTABLE} ${part_gen} 1000 7 > ${part}/big.c
  COMMAND ${W2O_CLANG19_PART} --target=wasm32-wasi --sysroot=/usr -O1 -nostdlib -Wl,--no-entry
          ${part}/big.c -o ${part}/big.wasm
  DEPENDS ${part_gen} VERBATIM)
# -j1 and -j2 with the same name: the objects must be identical; the -j2
# report must say the module was split.
add_custom_command(OUTPUT ${part}/big_part.o ${part}/big_part.h ${part}/big_j1.o ${part}/report.txt
  COMMAND $<TARGET_FILE:wasm2obj> -O1 -j1 --name=big_part ${part}/big.wasm -o ${part}/big_j1.o --no-header
  COMMAND $<TARGET_FILE:wasm2obj> -O1 -j2 --time-report --name=big_part ${part}/big.wasm
          -o ${part}/big_part.o 2> ${part}/report.txt
  DEPENDS ${part}/big.wasm wasm2obj VERBATIM)
add_custom_command(OUTPUT ${part}/big_whole.o ${part}/big_whole.h
  COMMAND $<TARGET_FILE:wasm2obj> -O1 -g --name=big_whole ${part}/big.wasm -o ${part}/big_whole.o
  DEPENDS ${part}/big.wasm wasm2obj VERBATIM)
w2o_unit_test(test_partition
  SOURCES unit/test_partition.c ${part}/big_part.o ${part}/big_whole.o
  LIBS w2o_runtime)
target_include_directories(test_partition PRIVATE ${part})
target_compile_definitions(test_partition PRIVATE
  PART_J1="${part}/big_j1.o" PART_J2="${part}/big_part.o" PART_REPORT="${part}/report.txt")
