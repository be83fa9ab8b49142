# FindLibreOfficeSDK.cmake — locate LibreOffice (program/) and its SDK.
# Locates a LibreOffice installation (program/ dir) and its SDK
# (Debian: packages libreoffice-dev + libreoffice-dev-common, SDK at
# /usr/lib/libreoffice/sdk; TDF tarballs: /opt/libreofficeX.Y[/sdk]).
#
# Hints (cache or environment):  LibreOffice_PROGRAM_DIR, LibreOfficeSDK_DIR,
#                                 $OO_SDK_HOME, $OFFICE_PROGRAM_PATH
#
# Provides
#   LibreOfficeSDK_FOUND
#   LibreOffice_PROGRAM_DIR  LibreOfficeSDK_DIR  LibreOfficeSDK_INCLUDE_DIR
#   LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_UNOIDL_WRITE
#   LibreOffice_SOFFICE      LibreOffice_UNOPKG
#   LibreOffice_TYPES_RDB    LibreOffice_OFFAPI_RDB
#   LibreOfficeSDK_CPPU_ENV  LibreOfficeSDK_UNOPKG_PLATFORM  LibreOfficeSDK_OXT_PLATFORM
#   imported target LibreOffice::SDK (headers + defines + uno_sal/cppu/cppuhelper/salhelper)
#
# Functions
#   libreoffice_generate_base_headers(<target> <outdir>)
#       cppumaker for types.rdb + offapi.rdb (com/sun/star/**.hpp)
#   libreoffice_compile_idl(<target> RDB <out.rdb> HEADER_DIR <outdir> IDL <file.idl|idl-dir> [COMPREHENSIVE])
#       unoidl-write + cppumaker (own types only, -X for the office types)

include(FindPackageHandleStandardArgs)

set(_lo_prog_hints $ENV{OFFICE_PROGRAM_PATH})
set(_lo_sdk_hints $ENV{OO_SDK_HOME})
file(GLOB _lo_opt_prog LIST_DIRECTORIES true /opt/libreoffice*/program)
file(GLOB _lo_opt_sdk LIST_DIRECTORIES true /opt/libreoffice*/sdk)

find_path(LibreOffice_PROGRAM_DIR
  NAMES fundamentalrc types.rdb
  HINTS ${_lo_prog_hints}
  PATHS /usr/lib/libreoffice/program /usr/lib64/libreoffice/program ${_lo_opt_prog}
  NO_DEFAULT_PATH)

find_path(LibreOfficeSDK_DIR
  NAMES bin/cppumaker settings/settings.mk
  HINTS ${_lo_sdk_hints} "${LibreOffice_PROGRAM_DIR}/../sdk"
  PATHS /usr/lib/libreoffice/sdk /usr/lib64/libreoffice/sdk ${_lo_opt_sdk}
  NO_DEFAULT_PATH)

# On Debian <sdk>/include is a symlink to /usr/include/libreoffice
find_path(LibreOfficeSDK_INCLUDE_DIR
  NAMES sal/config.h cppuhelper/weak.hxx
  HINTS "${LibreOfficeSDK_DIR}/include"
  PATHS /usr/include/libreoffice
  NO_DEFAULT_PATH)

find_program(LibreOfficeSDK_CPPUMAKER    NAMES cppumaker    HINTS "${LibreOfficeSDK_DIR}/bin" NO_DEFAULT_PATH)
find_program(LibreOfficeSDK_UNOIDL_WRITE NAMES unoidl-write HINTS "${LibreOfficeSDK_DIR}/bin" NO_DEFAULT_PATH)
# use the real program-dir scripts, not /usr/bin wrappers: same thing, but explicit
find_program(LibreOffice_SOFFICE NAMES soffice HINTS "${LibreOffice_PROGRAM_DIR}" NO_DEFAULT_PATH)
find_program(LibreOffice_UNOPKG  NAMES unopkg  HINTS "${LibreOffice_PROGRAM_DIR}" NO_DEFAULT_PATH)

find_file(LibreOffice_TYPES_RDB  NAMES types.rdb  HINTS "${LibreOffice_PROGRAM_DIR}" NO_DEFAULT_PATH)
find_file(LibreOffice_OFFAPI_RDB NAMES offapi.rdb HINTS "${LibreOffice_PROGRAM_DIR}/types" NO_DEFAULT_PATH)

# link-time libs: <sdk>/lib has the unversioned .so symlinks (-> program/*.so.3)
foreach(_lib uno_sal uno_cppu uno_cppuhelpergcc3 uno_salhelpergcc3)
  string(TOUPPER ${_lib} _LIB)
  find_library(LibreOfficeSDK_${_LIB}_LIBRARY NAMES ${_lib}
    HINTS "${LibreOfficeSDK_DIR}/lib" "${LibreOffice_PROGRAM_DIR}"
    NO_DEFAULT_PATH)
  list(APPEND _lo_lib_vars LibreOfficeSDK_${_LIB}_LIBRARY)
endforeach()

find_package_handle_standard_args(LibreOfficeSDK
  REQUIRED_VARS LibreOffice_PROGRAM_DIR LibreOfficeSDK_DIR LibreOfficeSDK_INCLUDE_DIR
                LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_UNOIDL_WRITE
                LibreOffice_TYPES_RDB LibreOffice_OFFAPI_RDB ${_lo_lib_vars})

# --- platform bits (mirrors sdk/settings/settings.mk) ----------------------
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
  set(_lo_arch x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
  set(_lo_arch aarch64)
else()
  set(_lo_arch ${CMAKE_SYSTEM_PROCESSOR})
endif()
set(LibreOfficeSDK_CPPU_ENV gcc3)                       # g++ and clang++ on Linux
set(LibreOfficeSDK_UNOPKG_PLATFORM "Linux_${_lo_arch}") # manifest.xml platform=
set(LibreOfficeSDK_OXT_PLATFORM "linux_${_lo_arch}")    # description.xml <platform>

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOffice::SDK)
  add_library(LibreOffice::SDK INTERFACE IMPORTED)
  set_target_properties(LibreOffice::SDK PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LibreOfficeSDK_INCLUDE_DIR}"
    # LINUX/UNX: sal/osl headers pick the platform; CPPU_ENV: mandatory, uno/lbnames.h #errors without it
    INTERFACE_COMPILE_DEFINITIONS "LINUX;UNX;GCC;CPPU_ENV=${LibreOfficeSDK_CPPU_ENV}"
    INTERFACE_LINK_LIBRARIES
      "${LibreOfficeSDK_UNO_CPPUHELPERGCC3_LIBRARY};${LibreOfficeSDK_UNO_CPPU_LIBRARY};${LibreOfficeSDK_UNO_SALHELPERGCC3_LIBRARY};${LibreOfficeSDK_UNO_SAL_LIBRARY}"
    # executables: libuno_cppuhelpergcc3 NEEDs private libs (libreglo.so,
    # libunoidllo.so, libxmlreaderlo.so) that only live in program/ -> let ld
    # find them at link time (the SDK makefiles use --allow-shlib-undefined)
    INTERFACE_LINK_OPTIONS "LINKER:-rpath-link,${LibreOffice_PROGRAM_DIR}")
endif()

# cppumaker for all office types (com/sun/star/...). ~6300 headers, <1 s.
# NOTE: cppumaker -O needs an ABSOLUTE path ("ERROR: cannot open  for writing" otherwise).
function(libreoffice_generate_base_headers target outdir)
  get_filename_component(outdir "${outdir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  set(stamp "${outdir}/.base_headers.stamp")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${outdir}"
    COMMAND "${LibreOfficeSDK_CPPUMAKER}" -Gc "-O${outdir}"
            "${LibreOffice_TYPES_RDB}" "${LibreOffice_OFFAPI_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS "${LibreOffice_TYPES_RDB}" "${LibreOffice_OFFAPI_RDB}"
    COMMENT "cppumaker: office UNO headers -> ${outdir}"
    VERBATIM)
  add_custom_target(${target} DEPENDS "${stamp}")
endfunction()

function(libreoffice_compile_idl target)
  # COMPREHENSIVE: cppumaker -C, full type info compiled into the headers, so a
  # client can marshal these types over a bridge without the .rdb in UNO_TYPES
  cmake_parse_arguments(A "COMPREHENSIVE" "RDB;HEADER_DIR" "IDL" ${ARGN})
  set(mode_flag)
  if(A_COMPREHENSIVE)
    set(mode_flag -C)
  endif()
  get_filename_component(hdir "${A_HEADER_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  get_filename_component(rdb "${A_RDB}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  set(stamp "${rdb}.headers.stamp")
  # unoidl-write <reference rdbs...> <idl file|idl tree> <out.rdb>
  # (the reference rdbs resolve com.sun.star.* but are not copied into out.rdb)
  add_custom_command(
    OUTPUT "${rdb}"
    COMMAND "${LibreOfficeSDK_UNOIDL_WRITE}" "${LibreOffice_TYPES_RDB}" "${LibreOffice_OFFAPI_RDB}"
            ${A_IDL} "${rdb}"
    DEPENDS ${A_IDL}
    COMMENT "unoidl-write: ${A_IDL} -> ${rdb}"
    VERBATIM)
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${hdir}"
    COMMAND "${LibreOfficeSDK_CPPUMAKER}" -Gc ${mode_flag} "-O${hdir}"
            "-X${LibreOffice_TYPES_RDB}" "-X${LibreOffice_OFFAPI_RDB}" "${rdb}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS "${rdb}"
    COMMENT "cppumaker: own UNO headers -> ${hdir}"
    VERBATIM)
  add_custom_target(${target} DEPENDS "${rdb}" "${stamp}")
endfunction()
