include(GoogleTest)

# limber_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...])
#
# One GoogleTest executable, its tests discovered one by one for ctest.
function(limber_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest limber::settings)
    target_compile_definitions(${ARG_NAME} PRIVATE
        LIMBER_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        LIMBER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    gtest_discover_tests(${ARG_NAME}
        PROPERTIES LABELS "${ARG_LABELS}"
        DISCOVERY_TIMEOUT 60)
endfunction()
