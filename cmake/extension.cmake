# The LibreOffice side: IDL -> type library and headers, the UNO component,
# the .oxt, the `ita` command and the integration tests.
find_package(LibreOfficeSDK REQUIRED)

set(ITA_EXTENSION_ID "org.itatools.libreoffice" CACHE INTERNAL "stable extension identifier")
set(ITA_GEN_DIR "${CMAKE_BINARY_DIR}/generated")
set(ITA_RDB "${CMAKE_BINARY_DIR}/ita.rdb")
set(ITA_OXT "${CMAKE_BINARY_DIR}/ita-tools.oxt")
set(ITA_STAGE "${CMAKE_BINARY_DIR}/oxt")

# ---- 1. IDL -> ita.rdb -> C++ headers --------------------------------------
libreoffice_generate_base_headers(ita_office_headers "${ITA_GEN_DIR}")
libreoffice_compile_idl(ita_idl RDB "${ITA_RDB}" HEADER_DIR "${ITA_GEN_DIR}"
  IDL "${CMAKE_SOURCE_DIR}/idl/org/itatools/ItaTools.idl")

configure_file(src/uno/common/version.hxx.in "${ITA_GEN_DIR}/version.hxx" @ONLY)

# ---- 2. the component loaded by soffice ------------------------------------
set(ITA_UNO_SERVICES
  src/uno/services/component.cxx
  src/uno/services/document_tools.cxx
  src/uno/services/menu_commands.cxx
  src/uno/services/menu_dispatcher.cxx)
set(ITA_UNO_CALC
  src/uno/calc/calc_analysis_sheet.cxx
  src/uno/calc/calc_functions.cxx
  src/uno/calc/calc_marks.cxx
  src/uno/calc/calc_reader.cxx
  src/uno/calc/copy_cleaning.cxx
  src/uno/calc/score_sheet.cxx
  src/uno/calc/sheet_writer.cxx)
set(ITA_UNO_WRITER src/uno/writer/writer_cursor.cxx src/uno/writer/writer_marks.cxx src/uno/writer/writer_reader.cxx)
set(ITA_UNO_DIALOGS src/uno/dialogs/dialog_builder.cxx src/uno/dialogs/fill_dialog.cxx
  src/uno/dialogs/insert_field_dialog.cxx)
set(ITA_UNO_COMMON
  src/uno/common/document_flows.cxx
  src/uno/common/extension_package.cxx
  src/uno/common/fill_open.cxx
  src/uno/common/fill_service.cxx
  src/uno/common/ui_feedback.cxx)
# How a file is opened, the same inside the office (XFileTools) as in `ita` (ita_office).
set(ITA_UNO_LOADING src/office/document_loading.cxx src/office/document_names.cxx)
add_library(itatools MODULE ${ITA_UNO_SERVICES} ${ITA_UNO_CALC} ${ITA_UNO_WRITER} ${ITA_UNO_DIALOGS}
  ${ITA_UNO_COMMON} ${ITA_UNO_LOADING})
add_dependencies(itatools ita_office_headers ita_idl)
target_include_directories(itatools PRIVATE "${ITA_GEN_DIR}" src)
target_link_libraries(itatools PRIVATE ita_fill ita_core LibreOffice::SDK)
set_target_properties(itatools PROPERTIES
  PREFIX "lib"
  CXX_VISIBILITY_PRESET hidden
  VISIBILITY_INLINES_HIDDEN ON
  BUILD_WITH_INSTALL_RPATH ON
  INSTALL_RPATH "$ORIGIN")
# XDrawPageSupplier::getDrawPage is marked deprecated in the IDL, yet it is still
# how a Calc sheet hands out its shapes (the marks, the chart): no replacement in 7.4.
target_compile_options(itatools PRIVATE -Wall -Wextra -Wno-unused-parameter -Wno-deprecated-declarations)
# unresolved symbols fail the link, not the load inside a running office
target_link_options(itatools PRIVATE "LINKER:--no-undefined")

# ---- 3. templates (flat ODF in the repository -> packaged documents) ---------
# Converted with the office itself, in a private profile, at build time: one work
# directory (profile, log, output) per template, since a second office started on
# the same profile hands its conversion to the first one and parallel jobs mix up.
file(GLOB ITA_TEMPLATE_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/templates/*.fods" "${CMAKE_SOURCE_DIR}/templates/*.fodt")
set(ITA_TEMPLATE_OUTPUTS)
foreach(_src ${ITA_TEMPLATE_SOURCES})
  get_filename_component(_name "${_src}" NAME_WE)
  get_filename_component(_ext "${_src}" EXT)
  if(_ext STREQUAL ".fods")
    set(_out "${ITA_STAGE}/templates/ITA/${_name}.ots")
    set(_filter "ots:calc8_template")
  else()
    set(_out "${ITA_STAGE}/templates/ITA/${_name}.ott")
    set(_filter "ott:writer8_template")
  endif()
  add_custom_command(OUTPUT "${_out}"
    COMMAND "${CMAKE_SOURCE_DIR}/scripts/convert-document.sh" "${LibreOffice_SOFFICE}"
            "${CMAKE_BINARY_DIR}/convert-templates/${_name}" "${_filter}" "${_src}" "${_out}"
    DEPENDS "${_src}" "${CMAKE_SOURCE_DIR}/scripts/convert-document.sh"
    COMMENT "template ${_name}"
    VERBATIM)
  list(APPEND ITA_TEMPLATE_OUTPUTS "${_out}")
endforeach()

# ---- 4. the .oxt -----------------------------------------------------------
set(ITA_OXT_PLATFORM_TOKEN "${LibreOfficeSDK_OXT_PLATFORM}")
set(ITA_UNOPKG_PLATFORM "${LibreOfficeSDK_UNOPKG_PLATFORM}")
set(ITA_COMPONENT_FILE "libitatools.so")
configure_file(extension/description.xml.in "${ITA_STAGE}/description.xml" @ONLY)
configure_file(extension/META-INF/manifest.xml.in "${ITA_STAGE}/META-INF/manifest.xml" @ONLY)
configure_file(extension/ita.components.in "${ITA_STAGE}/ita.components" @ONLY)

file(GLOB ITA_FRAMEWORK_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/frameworks/fy*.json")
file(GLOB_RECURSE ITA_EXTENSION_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/extension/*")
add_custom_command(
  OUTPUT "${ITA_OXT}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory registry description icons frameworks templates/ITA
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/registry" registry
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/description" description
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/icons" icons
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/extension/Paths.xcu" Paths.xcu
  COMMAND "${CMAKE_COMMAND}" -E copy ${ITA_FRAMEWORK_FILES} frameworks/
  COMMAND "${CMAKE_COMMAND}" -E copy "${ITA_RDB}" ita.rdb
  COMMAND "${CMAKE_COMMAND}" -E copy "$<TARGET_FILE:itatools>" libitatools.so
  COMMAND "${CMAKE_COMMAND}" -E rm -f "${ITA_OXT}"
  COMMAND "${CMAKE_COMMAND}" -E tar cf "${ITA_OXT}" --format=zip
          description.xml META-INF ita.components ita.rdb libitatools.so Paths.xcu
          registry description icons frameworks templates
  WORKING_DIRECTORY "${ITA_STAGE}"
  DEPENDS itatools ita_idl "${ITA_RDB}" ${ITA_FRAMEWORK_FILES} ${ITA_EXTENSION_FILES} ${ITA_TEMPLATE_OUTPUTS}
          "${ITA_STAGE}/description.xml" "${ITA_STAGE}/META-INF/manifest.xml" "${ITA_STAGE}/ita.components"
  COMMENT "Packaging ${ITA_OXT}"
  VERBATIM)
add_custom_target(oxt ALL DEPENDS "${ITA_OXT}")

# ---- 5. office sessions (shared by `ita` and the tests) and the `ita` command ----
configure_file(src/office/client.ini.in "${CMAKE_BINARY_DIR}/ita-client.ini" @ONLY)
add_library(ita_office STATIC
  src/office/office_process.cxx src/office/office_session.cxx src/office/spawn.cxx
  src/office/extension_install.cxx src/office/print_areas.cxx src/office/safe_output.cxx
  src/office/document_names.cxx src/office/document_loading.cxx)
add_dependencies(ita_office ita_office_headers ita_idl)
target_include_directories(ita_office PUBLIC "${ITA_GEN_DIR}" src)
# ita_fill: the zip reader that refuses a zip bomb before an office sees it
target_link_libraries(ita_office PUBLIC LibreOffice::SDK ita_fill)
target_compile_definitions(ita_office PRIVATE
  ITA_SOFFICE_PATH="${LibreOffice_SOFFICE}"
  ITA_OXT_PATH="${ITA_OXT}"
  ITA_CLIENT_INI_URL="file://${CMAKE_BINARY_DIR}/ita-client.ini"
  ITA_OFFICE_WORKDIR="${CMAKE_BINARY_DIR}/office")

add_executable(ita src/cli/main.cpp src/cli/commands.cpp src/cli/output_names.cpp src/cli/text_report.cpp
  src/cli/pool.cpp src/cli/progress.cpp src/cli/result_status.cpp src/cli/summary_report.cpp)
add_dependencies(ita oxt)
target_include_directories(ita PRIVATE "${ITA_GEN_DIR}" src)
find_package(Threads REQUIRED)
target_link_libraries(ita PRIVATE ita_office ita_fill ita_core Boost::program_options Threads::Threads)
target_compile_definitions(ita PRIVATE ITA_VERSION="${PROJECT_VERSION}"
  ITA_BUILTIN_FRAMEWORKS="${CMAKE_SOURCE_DIR}/frameworks")
# libuno_* from the office program dir, so that cppu finds its private libraries
set_target_properties(ita PROPERTIES BUILD_RPATH "${LibreOffice_PROGRAM_DIR}"
  INSTALL_RPATH "${LibreOffice_PROGRAM_DIR}")

# ---- installed `ita`: <prefix>/bin/ita finds <prefix>/share/ita-tools/ -------
# (office_session.cxx: defaultPaths); its office work folder is the user's
# $XDG_CACHE_HOME/ita-tools. `cmake --install build [--prefix DIR]`, or the
# Debian package: `cpack --config build/CPackConfig.cmake -G DEB`.
configure_file(src/office/client-installed.ini.in "${CMAKE_BINARY_DIR}/installed/ita-client.ini" @ONLY)
include(GNUInstallDirs)
install(TARGETS ita RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${ITA_OXT}" "${ITA_RDB}" "${CMAKE_BINARY_DIR}/installed/ita-client.ini"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/ita-tools")
install(FILES README.md DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_PACKAGE_NAME "ita-tools")
set(CPACK_PACKAGE_VENDOR "ITA Tools")
set(CPACK_PACKAGE_CONTACT "ITA Tools maintainers <maintainers@itatools.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "ITA Tools: validate, analyse and fill Thai ITA score sheets and reports (LibreOffice extension and ita command)")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# ita runs the office's own UNO libraries (not on the library path), so the
# dependencies are named instead of derived by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libreoffice-core (>= 1:7.4), libreoffice-calc, libreoffice-writer, libboost-program-options1.81.0, libicu72, zlib1g")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)

# ---- 6. integration tests against a real headless office ---------------------
if(ITA_BUILD_TESTS)
  include(cmake/office_tests.cmake OPTIONAL)
endif()

# ---- 7. benchmark in a warm office (prints, asserts nothing) -------------------
add_executable(ita_office_bench bench/office_bench.cpp)
add_dependencies(ita_office_bench oxt)
target_link_libraries(ita_office_bench PRIVATE ita_office)
target_compile_definitions(ita_office_bench PRIVATE ITA_BUILD_DIR="${CMAKE_BINARY_DIR}"
  ITA_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
set_target_properties(ita_office_bench PROPERTIES BUILD_RPATH "${LibreOffice_PROGRAM_DIR}")

# A provincial batch through the `ita` pool next to its floors (prints, asserts nothing; not a test).
add_executable(ita_batch_bench bench/batch_bench.cpp src/cli/pool.cpp src/cli/progress.cpp)
add_dependencies(ita_batch_bench oxt)
if(TARGET ita_fixtures)
  add_dependencies(ita_batch_bench ita_fixtures) # the submissions are copies of the fixtures
endif()
find_package(Threads REQUIRED)
target_include_directories(ita_batch_bench PRIVATE "${ITA_GEN_DIR}" src)
target_link_libraries(ita_batch_bench PRIVATE ita_office Threads::Threads)
target_compile_definitions(ita_batch_bench PRIVATE ITA_BUILD_DIR="${CMAKE_BINARY_DIR}")
set_target_properties(ita_batch_bench PROPERTIES BUILD_RPATH "${LibreOffice_PROGRAM_DIR}")
# One command: cmake --build build --target batch-bench (builds, then runs with 200 submissions).
add_custom_target(batch-bench COMMAND ita_batch_bench 200 DEPENDS ita_batch_bench USES_TERMINAL
  COMMENT "ita batch benchmark: 200 submissions validated, 100 memos filled to PDF, 1 and 2 offices")
add_executable(ita_roundtrip_probe bench/roundtrip_probe.cpp)
add_dependencies(ita_roundtrip_probe oxt)
target_include_directories(ita_roundtrip_probe PRIVATE "${ITA_GEN_DIR}" src)
target_link_libraries(ita_roundtrip_probe PRIVATE ita_office Threads::Threads)
set_target_properties(ita_roundtrip_probe PROPERTIES BUILD_RPATH "${LibreOffice_PROGRAM_DIR}")
