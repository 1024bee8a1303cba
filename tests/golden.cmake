# Golden tests of the back end: each fixture in golden/ is compiled at -O0 for
# x86_64-pc-linux-gnu with the generic CPU to LLVM IR and a C header, and both
# must match the committed golden/NAME.ll and golden/NAME.h byte for byte
# (golden/golden.sh). They show, in review, what a change to lowering or to
# the header writer does to the output. Regenerate with tools/update-golden.sh.
set(golden_names
  arith control memory memgrow tables globals imports simd bulk traps fuel epoch explicit atomics
  exceptions)
set(golden_wasm_dir ${CMAKE_CURRENT_BINARY_DIR}/golden/wasm)
set(golden_wasm)
foreach(name ${golden_names})
  set(wasm ${golden_wasm_dir}/${name}.wasm)
  add_custom_command(OUTPUT ${wasm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${golden_wasm_dir}
    COMMAND ${WAT2WASM} --enable-threads --enable-exceptions ${CMAKE_CURRENT_SOURCE_DIR}/golden/${name}.wat -o ${wasm}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/${name}.wat VERBATIM)
  list(APPEND golden_wasm ${wasm})
  add_test(NAME golden_${name}
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/golden/golden.sh $<TARGET_FILE:wasm2obj> ${golden_wasm_dir}
            ${CMAKE_CURRENT_SOURCE_DIR}/golden ${CMAKE_CURRENT_BINARY_DIR}/golden/work ${name})
endforeach()
add_custom_target(golden_fixtures ALL DEPENDS ${golden_wasm})
