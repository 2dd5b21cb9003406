# sharewise_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s])
#
# Registers one Qt Test suite with CTest. Every suite runs on the offscreen platform,
# with a fixed locale and time zone, and with HOME and the XDG folders pointed at a
# private folder in the build tree, so no test reads or writes the developer's own
# settings, history or keychain.
# `sanitizer_tests` builds the suites labelled core, cli or print: what the sanitizer
# build runs (`./dev.sh test --asan`); the widget suites run in the ordinary build.
add_custom_target(sanitizer_tests)

function(sharewise_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE sharewise_options Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    add_test(NAME ${name} COMMAND ${name})
    foreach(label IN LISTS ARG_LABELS)
        if(label MATCHES "^(core|cli|print)$")
            add_dependencies(sanitizer_tests ${name})
            break()
        endif()
    endforeach()
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_GB.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=en_GB;TZ=UTC;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_STATE_HOME=${home}/state;SHAREWISE_DB=;QT_SCALE_FACTOR=1;SHAREWISE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
