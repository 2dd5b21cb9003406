# Translations. The .ts files live in translations/ and are committed; they change only
# when strings change, because lupdate runs with -locations none.
#
#   update_translations  – rescans app/ and ui/ and rewrites the .ts files
#   sharewise_add_translations(<target>) – compiles the .ts files to .qm and embeds
#                                          them in <target> under :/i18n
set(SHAREWISE_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/sharewise_en.ts"
    "${PROJECT_SOURCE_DIR}/translations/sharewise_cy.ts")

get_target_property(_lupdate Qt6::lupdate IMPORTED_LOCATION)
add_custom_target(update_translations
    COMMAND "${_lupdate}" -locations none -no-obsolete -source-language en_GB
            -target-language cy_GB app ui -ts translations/sharewise_cy.ts
    COMMAND "${_lupdate}" -locations none -no-obsolete -pluralonly -source-language en_GB
            -target-language en_GB app ui -ts translations/sharewise_en.ts
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "lupdate: refreshing translations/*.ts" VERBATIM)

function(sharewise_add_translations target)
    qt6_add_lrelease(${target} TS_FILES ${SHAREWISE_TS_FILES} QM_FILES_OUTPUT_VARIABLE _qm)
    qt_add_resources(${target} sharewise_translations PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${_qm})
endfunction()
