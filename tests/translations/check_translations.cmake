# Fails when the .ts files are out of date with the sources (lupdate would change
# them), or when a Welsh entry is unfinished or missing.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(ts sharewise_cy.ts sharewise_en.ts)
    file(COPY "${SOURCE_DIR}/translations/${ts}" DESTINATION "${WORK_DIR}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -source-language en_GB
            -target-language cy_GB app ui -ts "${WORK_DIR}/sharewise_cy.ts"
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc1)
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -pluralonly -source-language en_GB
            -target-language en_GB app ui -ts "${WORK_DIR}/sharewise_en.ts"
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc2)
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
set(problems "")
foreach(ts sharewise_cy.ts sharewise_en.ts)
    file(READ "${SOURCE_DIR}/translations/${ts}" committed)
    file(READ "${WORK_DIR}/${ts}" refreshed)
    if(NOT committed STREQUAL refreshed)
        string(APPEND problems "translations/${ts} is out of date with the sources: run "
               "'cmake --build build/debug --target update_translations' and translate what is new.\n")
    endif()
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" bad "${refreshed}")
    list(LENGTH bad n)
    if(n GREATER 0)
        string(APPEND problems "translations/${ts} has ${n} unfinished or obsolete entries.\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "translations are complete and up to date")
