# `cmake --build --preset debug --target format` rewrites our sources with clang-format;
# `format-check` fails on any file that is not formatted.
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE _sharewise_format_sources CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
        "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
        "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h"
        "${PROJECT_SOURCE_DIR}/bench/*.cpp")
    add_custom_target(format
        COMMAND "${CLANG_FORMAT_EXE}" -i ${_sharewise_format_sources}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format: rewriting sources" VERBATIM)
    add_custom_target(format-check
        COMMAND "${CLANG_FORMAT_EXE}" --dry-run -Werror ${_sharewise_format_sources}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format: checking sources" VERBATIM)
endif()
