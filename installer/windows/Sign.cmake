# Authenticode signing with signtool (installer/README.md, "Signing"). Included by the
# install step of installer/Windows.cmake and by SignPackage.cmake after CPack; reads:
#
#   CPACK_SHAREWISE_SIGNTOOL          signtool.exe
#   CPACK_SHAREWISE_SIGN_CERT         empty: skip signing, with a message
#                                     "<40 hex digits>": SHA-1 thumbprint of a certificate
#                                       in the current user's store (a token's certificate)
#                                     "machine:<40 hex digits>": the same in the machine store
#                                     "<path>.pfx": a PFX file; its password, if any, from
#                                       the environment variable SHAREWISE_SIGN_PFX_PASSWORD
#   CPACK_SHAREWISE_SIGN_TIMESTAMP_URL an RFC 3161 time-stamping server
#   CPACK_SHAREWISE_SIGN_THIRD_PARTY  also sign DLLs that carry no signature
#
# No password is ever written to the CMake cache, CPackConfig.cmake or the log.

function(_sharewise_sign_identity out)
    set(cert "${CPACK_SHAREWISE_SIGN_CERT}")
    if(cert MATCHES "\\.[Pp][Ff][Xx]$")
        if(NOT EXISTS "${cert}")
            message(FATAL_ERROR "Signing: the certificate file ${cert} does not exist")
        endif()
        set(identity /f "${cert}")
        if(DEFINED ENV{SHAREWISE_SIGN_PFX_PASSWORD})
            list(APPEND identity /p "$ENV{SHAREWISE_SIGN_PFX_PASSWORD}")
        endif()
    elseif(cert MATCHES "^machine:([0-9A-Fa-f]+)$")
        set(identity /sm /sha1 "${CMAKE_MATCH_1}")
    elseif(cert MATCHES "^[0-9A-Fa-f]+$")
        set(identity /sha1 "${cert}")
    else()
        message(FATAL_ERROR "Signing: SHAREWISE_SIGN_CERT must be a certificate thumbprint "
                            "(40 hex digits, optionally after \"machine:\") or a .pfx file")
    endif()
    set(${out} "${identity}" PARENT_SCOPE)
endfunction()

# True when signing is asked for; says so once when it is not.
function(_sharewise_sign_wanted out)
    if(NOT CPACK_SHAREWISE_SIGN_CERT)
        message(STATUS "Signing skipped: SHAREWISE_SIGN_CERT is empty (installer/README.md)")
        set(${out} FALSE PARENT_SCOPE)
        return()
    endif()
    if(NOT CPACK_SHAREWISE_SIGNTOOL OR NOT EXISTS "${CPACK_SHAREWISE_SIGNTOOL}")
        message(FATAL_ERROR "Signing: signtool.exe was not found; install the Windows SDK "
                            "or set SHAREWISE_SIGNTOOL")
    endif()
    set(${out} TRUE PARENT_SCOPE)
endfunction()

# Signs the given files (SHA-256 digest, RFC 3161 time stamp).
function(sharewise_sign_files)
    _sharewise_sign_wanted(wanted)
    if(NOT wanted OR NOT ARGN)
        return()
    endif()
    _sharewise_sign_identity(identity)
    set(timestamp)
    if(CPACK_SHAREWISE_SIGN_TIMESTAMP_URL)
        set(timestamp /tr "${CPACK_SHAREWISE_SIGN_TIMESTAMP_URL}" /td SHA256)
    endif()
    foreach(file IN LISTS ARGN)
        message(STATUS "Signing ${file}")
        execute_process(
            COMMAND "${CPACK_SHAREWISE_SIGNTOOL}" sign /fd SHA256 ${timestamp} ${identity}
                    /d "Sharewise" "${file}"
            RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
        if(NOT rc EQUAL 0)
            # signtool's own words; they hold no password (it is never echoed).
            message(FATAL_ERROR "Signing ${file} failed (${rc}): ${output}")
        endif()
    endforeach()
endfunction()

# True when the file already carries a valid Authenticode signature.
function(_sharewise_is_signed file out)
    execute_process(COMMAND "${CPACK_SHAREWISE_SIGNTOOL}" verify /pa /q "${file}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(rc EQUAL 0)
        set(${out} TRUE PARENT_SCOPE)
    else()
        set(${out} FALSE PARENT_SCOPE)
    endif()
endfunction()

# Signs an installed tree: Sharewise's programs always; with
# CPACK_SHAREWISE_SIGN_THIRD_PARTY, every other .exe and .dll that has no valid
# signature (Qt's and Microsoft's keep their own).
function(sharewise_sign_installed prefix)
    _sharewise_sign_wanted(wanted)
    if(NOT wanted)
        return()
    endif()
    set(files "${prefix}/bin/sharewise.exe" "${prefix}/bin/sharewise-cli.exe")
    if(CPACK_SHAREWISE_SIGN_THIRD_PARTY)
        file(GLOB_RECURSE others "${prefix}/*.dll" "${prefix}/*.exe")
        foreach(file IN LISTS others)
            list(FIND files "${file}" ours) # (no IN_LIST: CPack scripts run with old policies)
            if(NOT ours EQUAL -1)
                continue()
            endif()
            _sharewise_is_signed("${file}" signed)
            if(NOT signed)
                list(APPEND files "${file}")
            endif()
        endforeach()
    endif()
    sharewise_sign_files(${files})
endfunction()
