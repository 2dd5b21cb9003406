# Used by run.sh only while the top-level CMakeLists.txt has no SHAREWISE_FUZZ option:
# passed as -DCMAKE_PROJECT_INCLUDE, it adds tests/fuzz at the end of the top-level
# directory, after sharewise_core exists (include(), as a deferred call may not add a
# subdirectory). Once the top level has
#   option(SHAREWISE_FUZZ ...) / if(SHAREWISE_FUZZ) add_subdirectory(tests/fuzz) endif()
# this file is not used.
if(NOT COMMAND _sharewise_fuzz_add)
    function(_sharewise_fuzz_add)
        if(NOT TARGET fuzz_bundle_reader)
            include("${CMAKE_SOURCE_DIR}/tests/fuzz/CMakeLists.txt")
        endif()
    endfunction()
    cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _sharewise_fuzz_add)
endif()
