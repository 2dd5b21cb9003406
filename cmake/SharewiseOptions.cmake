# One INTERFACE target carries every project-wide compile option: the language
# standard, strict Qt defines, warnings and hardening. Every target of ours links it;
# nothing sets these flags anywhere else.
include(CheckCXXCompilerFlag)
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(sharewise_options INTERFACE)
target_compile_features(sharewise_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(sharewise_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<CONFIG:Debug>:SHAREWISE_DEBUG_BUILD>
    $<$<PLATFORM_ID:Windows>:UNICODE;_UNICODE;NOMINMAX;WIN32_LEAN_AND_MEAN>)

if(MSVC)
    target_compile_options(sharewise_options INTERFACE /W4 /permissive- /utf-8 /guard:cf /sdl)
    target_link_options(sharewise_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
else()
    target_compile_options(sharewise_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong
        $<$<BOOL:${SHAREWISE_WERROR}>:-Werror>)
    # _FORTIFY_SOURCE needs optimisation; without it GCC warns on every file.
    target_compile_definitions(sharewise_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    check_cxx_compiler_flag(-fcf-protection=full SHAREWISE_HAVE_CF_PROTECTION)
    if(SHAREWISE_HAVE_CF_PROTECTION)
        target_compile_options(sharewise_options INTERFACE -fcf-protection=full)
    endif()
    if(NOT APPLE AND NOT WIN32)
        target_link_options(sharewise_options INTERFACE -Wl,-z,relro,-z,now -Wl,-z,noexecstack)
    endif()
endif()

option(SHAREWISE_WERROR "Treat warnings in our own code as errors" OFF)

# Address and undefined-behaviour sanitizers (the asan preset turns this on).
option(SHAREWISE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SHAREWISE_SANITIZE AND NOT MSVC)
    target_compile_options(sharewise_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sharewise_options INTERFACE -fsanitize=address,undefined)
endif()
