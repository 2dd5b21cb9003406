# CPACK_POST_BUILD_SCRIPTS (CMake 3.19 or later): signs the MSI CPack has just built.
# CPack runs this with the CPACK_* variables of CPackConfig.cmake and the list of
# packages it produced in CPACK_PACKAGE_FILES. The files inside the MSI were signed
# when CPack installed them (installer/Windows.cmake, step 4).
include("${CPACK_SHAREWISE_SIGN_SCRIPT}")
sharewise_sign_files(${CPACK_PACKAGE_FILES})
