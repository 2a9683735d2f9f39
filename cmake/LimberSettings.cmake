# Settings every Limber target links: the language level, warnings, Qt's
# strictness defines and, when asked for, the sanitizers.
add_library(limber_settings INTERFACE)
add_library(limber::settings ALIAS limber_settings)

target_compile_features(limber_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(limber_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)

target_compile_definitions(limber_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS)

if(LIMBER_SANITIZE)
    target_compile_options(limber_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(limber_settings INTERFACE -fsanitize=address,undefined)
endif()

# Release builds (the Debian package) get the hardening Debian builds its
# packages with (dpkg-buildflags with hardening=+all): checked libc calls,
# stack protection and a read-only relocation table bound at start.
target_compile_options(limber_settings INTERFACE
    $<$<CONFIG:Release>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong>)
target_link_options(limber_settings INTERFACE $<$<CONFIG:Release>:LINKER:-z,relro,-z,now>)
