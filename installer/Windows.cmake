# Windows packaging: an MSI built by CPack's WiX generator. Included from
# installer/CMakeLists.txt under if(WIN32), before include(CPack); installer/README.md
# has the build steps. What this file does, in install order (it runs after app/gui
# and app/cli have installed the two programs):
#
#   1. the programs' third-party DLLs (libsodium, qtkeychain, orcus, freexl, zlib and
#      whatever they pull in), found by install(RUNTIME_DEPENDENCY_SET);
#   2. the Microsoft C++ runtime (InstallRequiredSystemLibraries, app-local);
#   3. windeployqt for Qt's own files (DLLs, platform, style and SQL driver plugins),
#      then the PostgreSQL driver's client library (libpq) and what it needs (OpenSSL,
#      zlib, lz4), which no program links and windeployqt does not copy;
#   4. Authenticode signing of the installed programs and DLLs (when a certificate is
#      set), so the MSI carries signed files; the MSI itself is signed after CPack
#      has built it.
#
# Nothing here runs on Linux or macOS.
if(NOT WIN32)
    return()
endif()

# --- Package -------------------------------------------------------------------------
set(CPACK_GENERATOR "WIX")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_FILE_NAME "Sharewise-${PROJECT_VERSION}-win64")
# CPACK_WIX_UPGRADE_GUID is set in installer/CMakeLists.txt and never changes: it lets
# each MSI replace the one before it (a major upgrade; the ProductCode is new each build).
if(NOT CPACK_WIX_UPGRADE_GUID)
    message(FATAL_ERROR "installer/Windows.cmake: CPACK_WIX_UPGRADE_GUID must be set first")
endif()
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/sharewise.ico")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/windows/License.rtf")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/windows/License.rtf")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
# Installing while Sharewise runs would replace files in use; repair and change are
# not offered (there is one feature).
set(CPACK_WIX_PROPERTY_ARPNOMODIFY "1")
# The Start-menu shortcut (CPACK_PACKAGE_EXECUTABLES, set in installer/CMakeLists.txt)
# goes straight into the Start menu, without a folder of its own.
if(NOT CPACK_PACKAGE_EXECUTABLES)
    set(CPACK_PACKAGE_EXECUTABLES "sharewise" "Sharewise")
endif()
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
# .swb bundles open in Sharewise (ProgId, extension and the open verb on sharewise.exe).
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/windows/swb-association.xml")

# Per-machine: into Program Files for every user of the desktop, which needs an
# administrator (or the system account of a deployment tool) — what IT expects.
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
    set(CPACK_WIX_INSTALL_SCOPE "perMachine")
else()
    # CPACK_WIX_INSTALL_SCOPE came in CMake 3.29. Before it, CMake's WiX template sets
    # no scope (an MSI without ALLUSERS installs per user); setting ALLUSERS=1 in the
    # Property table makes the same per-machine install.
    message(STATUS "Sharewise MSI: CMake ${CMAKE_VERSION} has no CPACK_WIX_INSTALL_SCOPE "
                   "(3.29 or later); per-machine scope set through ALLUSERS=1 instead")
    set(CPACK_WIX_PROPERTY_ALLUSERS "1")
endif()

# --- Where the third-party DLLs are --------------------------------------------------
# vcpkg's bin folder (manifest mode: VCPKG_INSTALLED_DIR and VCPKG_TARGET_TRIPLET come
# from the vcpkg toolchain file), the folders of the libraries found through
# pkg-config and of QtKeychain, and any the builder adds (SHAREWISE_RUNTIME_DIRS, for
# example where liborcus was installed).
set(SHAREWISE_RUNTIME_DIRS "" CACHE PATH
    "Extra folders holding DLLs the programs need (a list), searched after vcpkg's")
set(_sw_dirs ${SHAREWISE_RUNTIME_DIRS})
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    set(_sw_vcpkg "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
    list(APPEND _sw_dirs "$<IF:$<CONFIG:Debug>,${_sw_vcpkg}/debug/bin,${_sw_vcpkg}/bin>")
endif()
foreach(_sw_target IN ITEMS PkgConfig::SODIUM PkgConfig::ORCUS PkgConfig::FREEXL
                            PkgConfig::ZLIB_PC)
    if(NOT TARGET ${_sw_target})
        continue()
    endif()
    # pkg-config names import libraries (lib/foo.lib); the DLL is in ../bin beside it.
    get_target_property(_sw_libs ${_sw_target} INTERFACE_LINK_LIBRARIES)
    foreach(_sw_lib IN LISTS _sw_libs)
        if(IS_ABSOLUTE "${_sw_lib}")
            get_filename_component(_sw_libdir "${_sw_lib}" DIRECTORY)
            get_filename_component(_sw_bindir "${_sw_libdir}/../bin" ABSOLUTE)
            list(APPEND _sw_dirs "${_sw_bindir}" "${_sw_libdir}")
        endif()
    endforeach()
endforeach()
if(TARGET Qt6Keychain::Qt6Keychain)
    foreach(_sw_prop IN ITEMS IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_RELWITHDEBINFO
                              IMPORTED_LOCATION_DEBUG IMPORTED_LOCATION)
        get_target_property(_sw_loc Qt6Keychain::Qt6Keychain ${_sw_prop})
        if(_sw_loc)
            get_filename_component(_sw_locdir "${_sw_loc}" DIRECTORY)
            list(APPEND _sw_dirs "${_sw_locdir}")
        endif()
    endforeach()
endif()
# Qt's bin folder last: a Qt DLL the list below does not name still resolves (and is
# the same file windeployqt copies).
set(_sw_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
list(APPEND _sw_dirs "${_sw_qt_bin}")
list(REMOVE_DUPLICATES _sw_dirs)

# Names are matched in lower case (file(GET_RUNTIME_DEPENDENCIES) on Windows). Windows'
# own DLLs resolve to the Windows folder and are dropped after resolution.
set(_sw_pre_exclude
    "^api-ms-win-.*" "^ext-ms-.*"                   # API sets: resolved by Windows
    "^(vcruntime|msvcp|concrt|ucrtbase|vccorlib).*" # the C++ runtime: step 2 below
    "^qt6(core|gui|widgets|sql|network|dbus|printsupport|svg|xml|concurrent|opengl|openglwidgets)d?\\.dll$")
set(_sw_post_exclude
    # Anything under the Windows folder (System32, SysWOW64, WinSxS).
    ".*[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\].*")
# The same lists written out for the install-time script of step 3: one bracket
# argument each (the regular expressions hold backslashes).
set(_sw_pre_exclude_code "")
foreach(_sw_item IN LISTS _sw_pre_exclude)
    string(APPEND _sw_pre_exclude_code " [=[${_sw_item}]=]")
endforeach()
set(_sw_post_exclude_code "")
foreach(_sw_item IN LISTS _sw_post_exclude)
    string(APPEND _sw_post_exclude_code " [=[${_sw_item}]=]")
endforeach()
set(_sw_dirs_code "")
foreach(_sw_item IN LISTS _sw_dirs)
    string(APPEND _sw_dirs_code " [=[${_sw_item}]=]")
endforeach()

# --- 1. The programs' own third-party DLLs -------------------------------------------
# app/gui and app/cli install the programs; installing them again here (the same
# files, in the same place) is what gathers their dependencies into a set.
install(TARGETS sharewise sharewise-cli
        RUNTIME_DEPENDENCY_SET sharewise_runtime
        RUNTIME DESTINATION bin)
# (The filters go before RUNTIME: CMake 3.25 reads them only there.)
install(RUNTIME_DEPENDENCY_SET sharewise_runtime
        PRE_EXCLUDE_REGEXES ${_sw_pre_exclude}
        POST_EXCLUDE_REGEXES ${_sw_post_exclude}
        DIRECTORIES ${_sw_dirs}
        RUNTIME DESTINATION bin)

# The licence texts of what vcpkg built (vcpkg keeps each port's in
# share/<port>/copyright), for the LGPL, MPL and Apache notices: licenses/<port>.txt.
if(_sw_vcpkg)
    install(CODE "
        file(GLOB _copyrights [=[${_sw_vcpkg}/share/*/copyright]=])
        foreach(_file IN LISTS _copyrights)
            get_filename_component(_dir \"\${_file}\" DIRECTORY)
            get_filename_component(_port \"\${_dir}\" NAME)
            file(INSTALL \"\${_file}\" DESTINATION \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/licenses\"
                 RENAME \"\${_port}.txt\")
        endforeach()
    ")
endif()

# --- 2. The Microsoft C++ runtime, beside the programs --------------------------------
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES FALSE) # the Universal CRT is part of Windows 10 and 11
include(InstallRequiredSystemLibraries)

# --- 3. Qt's files, then the PostgreSQL driver's client library ----------------------
if(TARGET Qt6::windeployqt)
    get_target_property(_sw_windeployqt Qt6::windeployqt IMPORTED_LOCATION)
endif()
if(NOT _sw_windeployqt)
    find_program(_sw_windeployqt NAMES windeployqt windeployqt6 HINTS "${_sw_qt_bin}"
                 NO_DEFAULT_PATH)
endif()
if(NOT _sw_windeployqt)
    message(FATAL_ERROR "windeployqt not found in ${_sw_qt_bin}: point CMAKE_PREFIX_PATH "
                        "at Qt for MSVC (installer/README.md)")
endif()
set(SHAREWISE_WINDEPLOYQT "${_sw_windeployqt}" CACHE FILEPATH "windeployqt used at install")

install(CODE "
    set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
    message(STATUS \"windeployqt: Qt's files into \${_bin}\")
    execute_process(
        COMMAND \"${SHAREWISE_WINDEPLOYQT}\" --no-compiler-runtime --no-opengl-sw
                --no-system-d3d-compiler
                --dir \"\${_bin}\" \"\${_bin}/sharewise.exe\" \"\${_bin}/sharewise-cli.exe\"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed (\${_rc})\")
    endif()
    # Only the SQLite driver (the history) and the PostgreSQL driver (the shared
    # register) are used; the others need client libraries that are not shipped.
    file(GLOB _unused \"\${_bin}/sqldrivers/qsql[mo]*.dll\" \"\${_bin}/sqldrivers/qsqlibase*.dll\")
    if(_unused)
        file(REMOVE \${_unused})
    endif()
    # The PostgreSQL driver loads libpq.dll, which loads OpenSSL, zlib and lz4. No
    # program links them, so neither step 1 nor windeployqt finds them.
    file(GLOB _psql \"\${_bin}/sqldrivers/qsqlpsql*.dll\")
    if(NOT _psql)
        message(WARNING \"Qt's PostgreSQL driver (sqldrivers/qsqlpsql.dll) was not deployed: \"
                        \"the shared register will not be available from this package\")
    else()
        set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
        set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
        file(GET_RUNTIME_DEPENDENCIES
            MODULES \${_psql}
            RESOLVED_DEPENDENCIES_VAR _deps
            UNRESOLVED_DEPENDENCIES_VAR _missing
            PRE_EXCLUDE_REGEXES ${_sw_pre_exclude_code}
            POST_EXCLUDE_REGEXES ${_sw_post_exclude_code}
            DIRECTORIES \"\${_bin}\" ${_sw_dirs_code})
        if(_missing)
            message(FATAL_ERROR \"The PostgreSQL driver needs DLLs that were not found: \"
                                \"\${_missing}. Add libpq to vcpkg.json or their folder to \"
                                \"SHAREWISE_RUNTIME_DIRS\")
        endif()
        foreach(_dep IN LISTS _deps)
            get_filename_component(_name \"\${_dep}\" NAME)
            if(NOT EXISTS \"\${_bin}/\${_name}\")
                file(INSTALL \"\${_dep}\" DESTINATION \"\${_bin}\")
            endif()
        endforeach()
    endif()
")

# --- 4. Signing ------------------------------------------------------------------------
# SHAREWISE_SIGN_CERT names the certificate: the SHA-1 thumbprint of one in the
# Windows certificate store (a hardware token or the council's code-signing store),
# or the path of a .pfx file, whose password is read from the environment variable
# SHAREWISE_SIGN_PFX_PASSWORD at signing time (never from the CMake cache). Empty: the
# files and the MSI are left unsigned, with a message.
set(SHAREWISE_SIGN_CERT "" CACHE STRING
    "Code-signing certificate: SHA-1 thumbprint (certificate store) or .pfx path; empty skips signing")
set(SHAREWISE_SIGN_TIMESTAMP_URL "http://timestamp.digicert.com" CACHE STRING
    "RFC 3161 time-stamping server used when signing")
set(SHAREWISE_SIGN_THIRD_PARTY ON CACHE BOOL
    "Also sign the bundled third-party DLLs that carry no signature (for WDAC/AppLocker)")
# signtool: given, or the newest Windows 10/11 SDK's x64 one.
set(_sw_pf86 "ProgramFiles(x86)")
file(GLOB _sw_kits LIST_DIRECTORIES true "$ENV{${_sw_pf86}}/Windows Kits/10/bin/10.*/x64")
list(SORT _sw_kits COMPARE NATURAL ORDER DESCENDING)
find_program(SHAREWISE_SIGNTOOL signtool HINTS ${_sw_kits}
             DOC "signtool.exe used for signing (Windows SDK)")

# Read by installer/windows/Sign.cmake, at install time and after CPack (a CPACK_
# prefix carries a variable into CPackConfig.cmake).
set(CPACK_SHAREWISE_SIGNTOOL "${SHAREWISE_SIGNTOOL}")
set(CPACK_SHAREWISE_SIGN_CERT "${SHAREWISE_SIGN_CERT}")
set(CPACK_SHAREWISE_SIGN_TIMESTAMP_URL "${SHAREWISE_SIGN_TIMESTAMP_URL}")
set(CPACK_SHAREWISE_SIGN_THIRD_PARTY "${SHAREWISE_SIGN_THIRD_PARTY}")
set(CPACK_SHAREWISE_SIGN_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/windows/Sign.cmake")

install(CODE "
    set(CPACK_SHAREWISE_SIGNTOOL [[${SHAREWISE_SIGNTOOL}]])
    set(CPACK_SHAREWISE_SIGN_CERT [[${SHAREWISE_SIGN_CERT}]])
    set(CPACK_SHAREWISE_SIGN_TIMESTAMP_URL [[${SHAREWISE_SIGN_TIMESTAMP_URL}]])
    set(CPACK_SHAREWISE_SIGN_THIRD_PARTY [[${SHAREWISE_SIGN_THIRD_PARTY}]])
    include([[${CMAKE_CURRENT_LIST_DIR}/windows/Sign.cmake]])
    sharewise_sign_installed(\"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
")
# After CPack has built the MSI (CPACK_PACKAGE_FILES names it).
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/windows/SignPackage.cmake")

# --- The command-line program's version resource -----------------------------------
# (The GUI's, with the icon, is added in app/gui/CMakeLists.txt.)
set(SHAREWISE_RC_NAME "sharewise-cli")
set(SHAREWISE_RC_DESCRIPTION "Sharewise command line")
set(SHAREWISE_RC_ICON "${PROJECT_SOURCE_DIR}/resources/icons/sharewise.ico")
configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/version.rc.in"
               "${CMAKE_CURRENT_BINARY_DIR}/sharewise-cli.rc" @ONLY)
target_sources(sharewise-cli PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/sharewise-cli.rc")
