# The WebAssembly spec suite (core/), run by w2o-spec in four configurations:
# -O0 and -O2, each with guard-page and explicit bounds checks. Files whose
# modules wasm2obj reports as unsupported (exit 3) are skipped, not failed.
set(W2O_SPEC_SUITE "${PROJECT_SOURCE_DIR}/../shared/spec-testsuite/core"
  CACHE PATH "Folder of .wast files for the spec_* tests")

if(NOT IS_DIRECTORY "${W2O_SPEC_SUITE}")
  message(STATUS "Spec suite not found at ${W2O_SPEC_SUITE}: spec_* tests not added")
  return()
endif()

foreach(level O0 O2)
  foreach(mode guard explicit)
    set(name spec_${level}_${mode})
    string(SUBSTRING ${level} 1 -1 digit)
    add_test(NAME ${name}
      COMMAND w2o-spec --wast2json ${WAST2JSON} -O ${digit} --bounds-checks ${mode}
              --work ${CMAKE_CURRENT_BINARY_DIR}/spec-work/${name} ${W2O_SPEC_SUITE})
    set_tests_properties(${name} PROPERTIES TIMEOUT 1800)
  endforeach()
endforeach()
