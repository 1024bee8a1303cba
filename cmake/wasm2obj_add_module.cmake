# wasm2obj_add_module(<target> <module.wasm> [NAME <name>] [OPTIONS <flag>...])
#
# Compiles <module.wasm> with wasm2obj into a static library <target> that an
# application links to call the module: linking it brings the object (always,
# whatever the order of the link line), the directory of the generated header
# (#include "<name>.h") and the runtime (wasm2obj::runtime). Shared by the build tree (the examples) and the
# installed package (wasm2objConfig.cmake).
#
#   NAME     the module's symbol prefix and header name (wasm2obj --name);
#            default: the file name of <module.wasm> without its extension.
#            Must be a C identifier.
#   OPTIONS  further wasm2obj flags (-O3, --bounds-checks=explicit, --fuel,
#            -g, ...); not -o, --name, --header, --no-header or --emit,
#            which this function chooses.
#
# <module.wasm> is relative to the current source directory unless absolute;
# it may be the OUTPUT of a custom command (e.g. wat2wasm) of the same
# directory. The object and header are the outputs of one custom command that
# depends on the module and on the compiler, so touching either rebuilds them.
# They are written to ${CMAKE_CURRENT_BINARY_DIR}/wasm2obj/<target>/.
include_guard(GLOBAL)

function(wasm2obj_add_module target wasm)
  cmake_parse_arguments(PARSE_ARGV 2 W2O_ARG "" "NAME" "OPTIONS")
  if(W2O_ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "wasm2obj_add_module(${target}): unknown arguments: "
                        "${W2O_ARG_UNPARSED_ARGUMENTS} (expected NAME <name> and OPTIONS <flags...>)")
  endif()
  if(NOT TARGET wasm2obj::wasm2obj OR NOT TARGET wasm2obj::runtime)
    message(FATAL_ERROR "wasm2obj_add_module(${target}): the targets wasm2obj::wasm2obj and "
                        "wasm2obj::runtime are not defined (find_package(wasm2obj CONFIG) defines them)")
  endif()
  cmake_path(ABSOLUTE_PATH wasm BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
  set(name "${W2O_ARG_NAME}")
  if(name STREQUAL "")
    cmake_path(GET wasm STEM name)
  endif()
  if(NOT name MATCHES "^[A-Za-z_][A-Za-z0-9_]*$")
    message(FATAL_ERROR "wasm2obj_add_module(${target}): module name \"${name}\" is not a C "
                        "identifier; give one with NAME")
  endif()
  foreach(flag IN LISTS W2O_ARG_OPTIONS)
    if(flag MATCHES "^(-o|--name|--header|--no-header|--emit|-c$|-S$)")
      message(FATAL_ERROR "wasm2obj_add_module(${target}): OPTIONS may not contain ${flag}: "
                          "the function chooses the output, name and header")
    endif()
  endforeach()

  set(dir "${CMAKE_CURRENT_BINARY_DIR}/wasm2obj/${target}")
  set(object "${dir}/${name}.o")
  set(header "${dir}/${name}.h")
  # Depend on the compiler's file, and in the build tree on its target too,
  # so that a rebuilt wasm2obj recompiles every module.
  set(compiler_deps "$<TARGET_FILE:wasm2obj::wasm2obj>")
  get_target_property(compiler_target wasm2obj::wasm2obj ALIASED_TARGET)
  if(compiler_target)
    list(APPEND compiler_deps ${compiler_target})
  endif()
  add_custom_command(OUTPUT "${object}" "${header}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
    COMMAND wasm2obj::wasm2obj ${W2O_ARG_OPTIONS} "--name=${name}" "--header=${header}"
            "${wasm}" -o "${object}"
    DEPENDS "${wasm}" ${compiler_deps}
    COMMENT "wasm2obj: compiling ${wasm} (${name})"
    VERBATIM COMMAND_EXPAND_LISTS)
  set_source_files_properties("${object}" PROPERTIES EXTERNAL_OBJECT TRUE GENERATED TRUE)
  set_source_files_properties("${header}" PROPERTIES HEADER_FILE_ONLY TRUE GENERATED TRUE)

  add_library(${target} STATIC "${object}" "${header}")
  # Nothing to compile: archive the object; link as whichever of C and C++
  # the project enabled.
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if("C" IN_LIST languages)
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C)
  else()
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE CXX)
  endif()
  target_include_directories(${target} INTERFACE "${dir}")
  # Whatever links the target gets the module, wherever the archive falls on
  # the link line (e.g. after a library whose code refers to it, as the
  # generic WASI main does): the linker is told the descriptor is needed.
  target_link_options(${target} INTERFACE "LINKER:--undefined=${name}_module")
  target_link_libraries(${target} INTERFACE wasm2obj::runtime)
endfunction()
