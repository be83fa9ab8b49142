# Integration tests: a real headless office with the built .oxt installed in a
# throw-away profile, real .ods/.xlsx/.odt/.docx files made from the flat ODF
# sources in tests/fixtures (and examples/).

# ---- fixtures: one office run per target format, not one per file ----------
file(GLOB ITA_FIXTURE_SOURCES CONFIGURE_DEPENDS
  "${CMAKE_SOURCE_DIR}/tests/fixtures/*.fods" "${CMAKE_SOURCE_DIR}/tests/fixtures/*.fodt")
set(ITA_FIXTURE_STAMP "${CMAKE_BINARY_DIR}/fixtures/.stamp")
add_custom_command(OUTPUT "${ITA_FIXTURE_STAMP}"
  COMMAND "${CMAKE_SOURCE_DIR}/scripts/convert-fixtures.sh" "${LibreOffice_SOFFICE}"
          "${CMAKE_BINARY_DIR}/convert-fixtures" "${CMAKE_BINARY_DIR}/fixtures" ${ITA_FIXTURE_SOURCES}
  COMMAND "${CMAKE_COMMAND}" -E touch "${ITA_FIXTURE_STAMP}"
  DEPENDS ${ITA_FIXTURE_SOURCES} "${CMAKE_SOURCE_DIR}/scripts/convert-fixtures.sh"
  COMMENT "Converting test fixtures to .ods/.xlsx/.xls/.csv/.odt/.docx/.doc"
  VERBATIM)
add_custom_target(ita_fixtures ALL DEPENDS "${ITA_FIXTURE_STAMP}")

# ---- the integration test program ------------------------------------------
set(ITA_OFFICE_TEST_SOURCES
  office_env.cpp calc_analyse_test.cpp calc_functions_test.cpp calc_reader_test.cpp
  calc_validate_test.cpp extension_test.cpp fill_menu_test.cpp insert_field_test.cpp menu_vs_cli_test.cpp
  template_test.cpp
  writer_check_test.cpp)
list(TRANSFORM ITA_OFFICE_TEST_SOURCES PREPEND "${CMAKE_SOURCE_DIR}/tests/office/")
add_executable(ita_office_tests ${ITA_OFFICE_TEST_SOURCES})
add_dependencies(ita_office_tests oxt ita_fixtures)
target_include_directories(ita_office_tests PRIVATE "${CMAKE_SOURCE_DIR}/tests/office")
target_link_libraries(ita_office_tests PRIVATE ita_office ita_core GTest::gtest)
target_compile_options(ita_office_tests PRIVATE -Wno-deprecated-declarations) # getDrawPage, as in the component
set(ITA_TEST_OFFICE_DIR "${CMAKE_BINARY_DIR}/test-office")
target_compile_definitions(ita_office_tests PRIVATE
  ITA_TEST_OFFICE_DIR="${ITA_TEST_OFFICE_DIR}"
  ITA_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  ITA_BUILD_DIR="${CMAKE_BINARY_DIR}"
  ITA_EXTENSION_ID="${ITA_EXTENSION_ID}"
  ITA_VERSION_STRING="${PROJECT_VERSION}")
set_target_properties(ita_office_tests PROPERTIES BUILD_RPATH "${LibreOffice_PROGRAM_DIR}")

# ---- the `ita` command, run as a user runs it -------------------------------
set(ITA_CLI_TEST_SOURCES
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_test.cpp"
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_process_test.cpp"
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_safety_test.cpp"
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_fill_test.cpp"
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_hostile_test.cpp"
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_batch_test.cpp"
  "${CMAKE_SOURCE_DIR}/tests/cli/cli_readers_test.cpp")
if(ITA_CLI_TEST_SOURCES)
  add_executable(ita_cli_tests ${ITA_CLI_TEST_SOURCES})
  add_dependencies(ita_cli_tests ita ita_fixtures)
  # ita_fill and zlib: the tests zip their own hostile packages (links, a zip bomb)
  target_link_libraries(ita_cli_tests PRIVATE ita_office ita_fill ita_core GTest::gtest_main ${ITA_ZLIB_LIBRARY})
  target_include_directories(ita_cli_tests PRIVATE ${ITA_ZLIB_INCLUDE_DIR})
  target_compile_options(ita_cli_tests PRIVATE -Wno-deprecated-declarations)
  set_target_properties(ita_cli_tests PROPERTIES BUILD_RPATH "${LibreOffice_PROGRAM_DIR}")
  target_compile_definitions(ita_cli_tests PRIVATE
    ITA_EXE="$<TARGET_FILE:ita>"
    ITA_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    ITA_BUILD_DIR="${CMAKE_BINARY_DIR}"
    ITA_CLI_OFFICE_DIR="${CMAKE_BINARY_DIR}/test-cli-office"
    ITA_REAL_SOFFICE="${LibreOffice_SOFFICE}")
endif()

# ---- CTest wiring: tests -> cleanup (even after a failure) ---------------------
# The sessions install the .oxt into their work folder themselves (as `ita` does).

add_test(NAME office.integration COMMAND ita_office_tests --gtest_brief=1)
set_tests_properties(office.integration PROPERTIES FIXTURES_REQUIRED office RUN_SERIAL TRUE TIMEOUT 600)

if(ITA_CLI_TEST_SOURCES)
  # One CTest entry per suite: each starts offices of its own (seconds per `ita`
  # run), and a slow one must not take the others' time limit.
  foreach(_suite Cli CliProcess Safety Fill Hostile Batch Readers)
    add_test(NAME office.cli.${_suite} COMMAND ita_cli_tests --gtest_brief=1 --gtest_filter=${_suite}.*)
    set_tests_properties(office.cli.${_suite} PROPERTIES FIXTURES_REQUIRED office RUN_SERIAL TRUE TIMEOUT 900)
  endforeach()
endif()

add_test(NAME office.cleanup
  COMMAND "${CMAKE_SOURCE_DIR}/scripts/kill-office.sh" "${ITA_TEST_OFFICE_DIR}" "${CMAKE_BINARY_DIR}/test-cli-office")
set_tests_properties(office.cleanup PROPERTIES FIXTURES_CLEANUP office)

# ---- the installed command (cmake --install into a private prefix) -----------
add_test(NAME office.installed
  COMMAND "${CMAKE_SOURCE_DIR}/tests/cli/installed-ita.sh" "${CMAKE_BINARY_DIR}"
          "${CMAKE_BINARY_DIR}/fixtures/correct-fy2564.ods")
set_tests_properties(office.installed PROPERTIES FIXTURES_REQUIRED office TIMEOUT 300)
