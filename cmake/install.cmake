# What `cmake --install` puts under the prefix, and how applications find it.
#
#   bin/            wasm2obj, w2o-exe, w2o-run (the scripts find the compiler
#                   and libraries relative to their own directory)
#   lib/            libw2o_runtime, libw2o_wasi, libw2o_symbolize (static and
#                   shared), libw2o_wasi_main.a (static only: it holds main()
#                   and calls the module linked beside it)
#   include/wasm2obj/  w2o.h, w2o_abi.h, w2o_symbolize.h, w2o_wasi.h (generated
#                   headers #include "w2o.h", so this directory goes on -I)
#   lib/cmake/wasm2obj/  the CMake package: imported targets wasm2obj::wasm2obj,
#                   ::runtime, ::wasi, ::wasi_main, ::symbolize, ::runtime_shared,
#                   ::wasi_shared, ::symbolize_shared, and wasm2obj_add_module()
#   lib/pkgconfig/wasm2obj.pc
#
# Every installed path is relative to the prefix (the package and the .pc file
# locate it from their own directory), so an installed tree can be moved.
# The same wasm2obj:: names exist in the build tree (ALIAS targets) and
# wasm2obj_add_module() is defined there too, for the examples.
include(CMakePackageConfigHelpers)

set(W2O_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/wasm2obj)

# w2o_add_shared_library(STATIC_TARGET): STATIC_TARGET_shared, a shared library
# built from the same sources with the same settings, linking the shared
# versions of the w2o libraries STATIC_TARGET links. Reads the static target
# rather than repeating its source list, so sources added there are built here.
function(w2o_add_shared_library static)
  get_target_property(dir ${static} SOURCE_DIR)
  get_target_property(sources ${static} SOURCES)
  set(absolute)
  foreach(source IN LISTS sources)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${dir}")
    list(APPEND absolute "${source}")
  endforeach()
  add_library(${static}_shared SHARED ${absolute})
  foreach(property INCLUDE_DIRECTORIES INTERFACE_INCLUDE_DIRECTORIES COMPILE_DEFINITIONS
                   COMPILE_OPTIONS INTERFACE_LINK_OPTIONS)
    get_target_property(value ${static} ${property})
    if(value)
      set_property(TARGET ${static}_shared PROPERTY ${property} "${value}")
    endif()
  endforeach()
  get_target_property(links ${static} LINK_LIBRARIES)
  list(TRANSFORM links REPLACE "^(w2o_[a-z_]+)$" "\\1_shared")
  target_link_libraries(${static}_shared PUBLIC ${links})
  set_target_properties(${static}_shared PROPERTIES OUTPUT_NAME ${static}
    VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
endfunction()

# name in the package (wasm2obj::NAME) -> target
set(W2O_EXPORTED runtime:w2o_runtime wasi:w2o_wasi wasi_main:w2o_wasi_main symbolize:w2o_symbolize)
foreach(library w2o_runtime w2o_wasi w2o_symbolize)
  w2o_add_shared_library(${library})
  list(APPEND W2O_EXPORTED "${library}_shared:${library}_shared")
endforeach()
list(TRANSFORM W2O_EXPORTED REPLACE "^w2o_([a-z]+_shared):" "\\1:")
set(W2O_INSTALLED_TARGETS wasm2obj)
foreach(pair IN LISTS W2O_EXPORTED)
  string(REPLACE ":" ";" pair "${pair}")
  list(GET pair 0 name)
  list(GET pair 1 target)
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${name})
  add_library(wasm2obj::${name} ALIAS ${target})
  list(APPEND W2O_INSTALLED_TARGETS ${target})
endforeach()
add_executable(wasm2obj::wasm2obj ALIAS wasm2obj)

# A sanitizer build's libraries need the sanitizer runtimes in every program
# that links them (in the build tree add_link_options gives them).
if(W2O_SANITIZE)
  foreach(target w2o_runtime w2o_runtime_shared)
    set_property(TARGET ${target} APPEND PROPERTY INTERFACE_LINK_OPTIONS
      "$<INSTALL_INTERFACE:${W2O_SANITIZE_LDFLAGS}>")
  endforeach()
endif()
# The installed compiler finds libLLVM where it was linked from (outside the
# build tree); the shared libraries find each other beside them.
set_target_properties(wasm2obj PROPERTIES INSTALL_RPATH_USE_LINK_PATH TRUE)
foreach(target w2o_wasi_shared w2o_symbolize_shared)
  set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN")
endforeach()

install(TARGETS ${W2O_INSTALLED_TARGETS} EXPORT wasm2objTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES
  ${PROJECT_SOURCE_DIR}/runtime/include/w2o.h
  ${PROJECT_SOURCE_DIR}/runtime/include/w2o_abi.h
  ${PROJECT_SOURCE_DIR}/runtime/include/w2o_symbolize.h
  ${PROJECT_SOURCE_DIR}/libc-shim/include/w2o_wasi.h
  DESTINATION ${W2O_INSTALL_INCLUDEDIR})

install(EXPORT wasm2objTargets NAMESPACE wasm2obj:: DESTINATION ${W2O_PACKAGE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/wasm2objConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/wasm2objConfig.cmake INSTALL_DESTINATION ${W2O_PACKAGE_DIR})
# 0.x: a new minor version may change the ABI (w2o_abi.h), so only the same
# major.minor is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/wasm2objConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/wasm2objConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/wasm2objConfigVersion.cmake
  ${CMAKE_CURRENT_LIST_DIR}/wasm2obj_add_module.cmake
  DESTINATION ${W2O_PACKAGE_DIR})

# pkg-config: the prefix relative to the .pc file's directory (${pcfiledir}).
set(W2O_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH W2O_PC_PREFIX ${CMAKE_INSTALL_PREFIX}/${W2O_PC_DIR} ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" W2O_PC_PREFIX "${W2O_PC_PREFIX}")
# Generated code may call libm, and a sanitizer build's runtime needs the
# sanitizer runtimes: both on the application's link line.
string(JOIN " " W2O_PC_LIBS "-L\${libdir}" -lw2o_runtime -lpthread -lm ${W2O_SANITIZE_LDFLAGS})
configure_file(${CMAKE_CURRENT_LIST_DIR}/wasm2obj.pc.in ${PROJECT_BINARY_DIR}/cmake/wasm2obj.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cmake/wasm2obj.pc DESTINATION ${W2O_PC_DIR})
