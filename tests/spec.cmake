# The WebAssembly spec suite (core/), run by w2o-spec in four configurations:
# -O0 and -O2, each with guard-page and explicit bounds checks. Files whose
# modules wasm2obj reports as unsupported (exit 3) are skipped, not failed.
# core/ is WebAssembly 2.0: wasm2obj checks it with --disable-multi-memory,
# so a second memory is invalid there, as the suite expects.
# Proposal folders the compiler supports run the same way, converted with
# their folder's wast2json flag (../shared/spec-testsuite/README.md).
set(W2O_SPEC_SUITE "${PROJECT_SOURCE_DIR}/../shared/spec-testsuite/core"
  CACHE PATH "Folder of .wast files for the spec_* tests")

if(NOT IS_DIRECTORY "${W2O_SPEC_SUITE}")
  message(STATUS "Spec suite not found at ${W2O_SPEC_SUITE}: spec_* tests not added")
  return()
endif()

# Proposal folders beside core/: ctest name suffix, folder, wast2json flag
# and, optionally, a wasm2obj flag. The exception-handling, threads and
# memory64 scripts predate multiple memories and, like core/, expect a second
# memory to be invalid and the memory index byte of memory.size to be zero.
get_filename_component(w2o_spec_root "${W2O_SPEC_SUITE}" DIRECTORY)
set(w2o_spec_proposals
  "exception_handling|${w2o_spec_root}/proposals/exception-handling|--enable-exceptions|--disable-multi-memory"
  "extended_const|${w2o_spec_root}/proposals/extended-const|--enable-extended-const"
  "tail_call|${w2o_spec_root}/proposals/tail-call|--enable-tail-call"
  "threads|${w2o_spec_root}/proposals/threads|--enable-threads|--disable-multi-memory"
  "multi_memory|${w2o_spec_root}/proposals/multi-memory|--enable-multi-memory"
  "memory64|${w2o_spec_root}/proposals/memory64|--enable-memory64|--disable-multi-memory")

foreach(level O0 O2)
  foreach(mode guard explicit)
    set(name spec_${level}_${mode})
    string(SUBSTRING ${level} 1 -1 digit)
    add_test(NAME ${name}
      COMMAND w2o-spec --wast2json ${WAST2JSON} --wasm2obj-flag=--disable-multi-memory -O ${digit}
              --bounds-checks ${mode} --work ${CMAKE_CURRENT_BINARY_DIR}/spec-work/${name} ${W2O_SPEC_SUITE})
    set_tests_properties(${name} PROPERTIES TIMEOUT 1800)
    foreach(proposal ${w2o_spec_proposals})
      string(REPLACE "|" ";" fields "${proposal}")
      list(GET fields 0 suffix)
      list(GET fields 1 folder)
      list(GET fields 2 flag)
      set(extra)
      list(LENGTH fields nfields)
      if(nfields GREATER 3)
        list(GET fields 3 wasm2obj_flag)
        set(extra --wasm2obj-flag=${wasm2obj_flag})
      endif()
      if(IS_DIRECTORY "${folder}")
        set(pname spec_${suffix}_${level}_${mode})
        add_test(NAME ${pname}
          COMMAND w2o-spec --wast2json ${WAST2JSON} --wast2json-flag=${flag} ${extra} -O ${digit}
                  --bounds-checks ${mode} --work ${CMAKE_CURRENT_BINARY_DIR}/spec-work/${pname}
                  ${folder})
        # 0 skipped: a skipped file (an unsupported module) fails the test.
        set_tests_properties(${pname} PROPERTIES TIMEOUT 600
          FAIL_REGULAR_EXPRESSION "[1-9][0-9]* skipped")
      endif()
    endforeach()
  endforeach()
endforeach()
