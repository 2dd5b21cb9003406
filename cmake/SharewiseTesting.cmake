# sharewise_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [POSTGRES])
#
# Registers one Qt Test suite with CTest. Every suite runs on the offscreen platform,
# with a fixed locale and time zone, and with HOME and the XDG folders pointed at a
# private folder in the build tree, so no test reads or writes the developer's own
# settings, history or keychain.
#
# POSTGRES also registers a twin, <name>_pg: the same program against a private
# PostgreSQL server (tests/tools/pg-server.sh, started by the `postgres_server_start`
# test and stopped by `postgres_server_stop`: the CTest fixture `postgres`). The twin
# gets SHAREWISE_TEST_ENGINE=postgres and SHAREWISE_TEST_PG_CONNINFO_FILE, a file
# holding the server's libpq connection string; its own HOME; the labels plus
# `postgres`. SHAREWISE_TEST_POSTGRES=OFF leaves the twins and the server out (for a
# machine without PostgreSQL).
option(SHAREWISE_TEST_POSTGRES "Also run the POSTGRES suites against a private PostgreSQL server" ON)
# The server's folder: under /tmp, so the postgres user reaches it when the tests run as
# root, and one per build tree, so two builds' servers never meet.
string(SHA1 _sharewise_build_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_sharewise_build_hash}" 0 12 _sharewise_build_hash)
set(SHAREWISE_TEST_PG_DIR "/tmp/sharewise-pg-${_sharewise_build_hash}")
# `sanitizer_tests` builds the suites labelled core, cli or print: what the sanitizer
# build runs (`./dev.sh test --asan`); the widget suites run in the ordinary build.
add_custom_target(sanitizer_tests)

function(sharewise_add_test name)
    cmake_parse_arguments(ARG "POSTGRES" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
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
    _sharewise_test_environment(environment ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "${environment}")
    if(ARG_POSTGRES AND SHAREWISE_TEST_POSTGRES)
        # Its own HOME, so it may run beside <name> (ctest -j).
        add_test(NAME ${name}_pg COMMAND ${name})
        _sharewise_test_environment(environment ${name}_pg)
        set_tests_properties(${name}_pg PROPERTIES
            TIMEOUT ${ARG_TIMEOUT}
            LABELS "${ARG_LABELS};postgres"
            FIXTURES_REQUIRED postgres
            ENVIRONMENT "${environment};SHAREWISE_TEST_ENGINE=postgres;SHAREWISE_TEST_PG_CONNINFO_FILE=${SHAREWISE_TEST_PG_DIR}/conninfo")
    endif()
endfunction()

# The environment of every suite, with HOME in test-home/<name> (made here).
function(_sharewise_test_environment out name)
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set(${out} "QT_QPA_PLATFORM=offscreen;LANG=en_GB.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=en_GB;TZ=UTC;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_STATE_HOME=${home}/state;SHAREWISE_DB=;QT_SCALE_FACTOR=1;SHAREWISE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data" PARENT_SCOPE)
endfunction()
