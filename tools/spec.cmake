# w2o-spec: runs WebAssembly spec-suite scripts (.wast) through wasm2obj and
# the runtime. It dlopen()s the modules it compiles, and they call back into
# the runtime, so the whole runtime is linked in (--whole-archive: nothing is
# dropped for being unused by the runner itself) and its symbols are exported
# from the executable (ENABLE_EXPORTS, i.e. -rdynamic).
find_library(CJSON_LIBRARY cjson REQUIRED)
find_path(CJSON_INCLUDE_DIR cjson/cJSON.h REQUIRED)

add_executable(w2o-spec
  spec_runner.c
  spec_jobs.c
  spec_process.c
  spec_script.c
  spec_module.c
  spec_action.c
  spec_value.c
  spec_host.c
)
set_target_properties(w2o-spec PROPERTIES ENABLE_EXPORTS ON)
target_include_directories(w2o-spec PRIVATE ${CJSON_INCLUDE_DIR})
target_link_libraries(w2o-spec PRIVATE
  "$<LINK_LIBRARY:WHOLE_ARCHIVE,w2o_runtime>" ${CJSON_LIBRARY} ${CMAKE_DL_LIBS})

# The compiler built alongside is the default, so `ctest` needs no flags.
# (No build dependency on it: the runner also serves other compiler builds.)
if(TARGET wasm2obj)
  target_compile_definitions(w2o-spec PRIVATE
    W2O_SPEC_DEFAULT_WASM2OBJ="$<TARGET_FILE:wasm2obj>")
endif()
