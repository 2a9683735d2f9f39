# Installs the build into a scratch prefix and checks that everything lands
# where a Linux desktop looks for it, and that the installed app finds its
# routines.   cmake -DBUILD=<build dir> -DPREFIX=<scratch> -P checkinstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${PREFIX}"
    RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
foreach(path
        bin/limber
        share/applications/app.limber.Limber.desktop
        share/metainfo/app.limber.Limber.metainfo.xml
        share/icons/hicolor/scalable/apps/app.limber.Limber.svg
        share/limber/routines/upper-back-relief.yaml
        share/limber/sounds/hold-start.wav
        share/man/man1/limber.1.gz
        share/doc/limber/copyright
        share/doc/limber/changelog.Debian.gz)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/limber" --list
    OUTPUT_VARIABLE listed RESULT_VARIABLE status ERROR_QUIET)
if(NOT status EQUAL 0 OR NOT listed MATCHES "(^|\n)upper-back-relief\tUpper back relief\t")
    message(FATAL_ERROR "the installed limber does not list its routine: ${listed}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
