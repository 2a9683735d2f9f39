# The Debian package: `cmake --build --preset release --target package`
# (or scripts/package) writes build/release/limber_<version>-1_<arch>.deb from
# the install rules beside each target. docs/packaging.md explains the
# choices, the dependencies and every lintian warning left.

# The release in the Debian changelog and in the AppStream <releases> must be
# this project's version: a package whose changelog names another version
# tells its user the wrong thing.
set(LIMBER_DEBIAN_REVISION 1)
set(limber_deb_version "${PROJECT_VERSION}-${LIMBER_DEBIAN_REVISION}")
file(STRINGS "${PROJECT_SOURCE_DIR}/resources/debian/changelog" limber_changelog_top LIMIT_COUNT 1)
if(NOT limber_changelog_top MATCHES "^limber \\(${limber_deb_version}\\) ")
    message(FATAL_ERROR "resources/debian/changelog: the newest entry must be for "
        "${limber_deb_version} (project version ${PROJECT_VERSION}), not: ${limber_changelog_top}")
endif()
file(READ "${PROJECT_SOURCE_DIR}/resources/desktop/app.limber.Limber.metainfo.xml" limber_metainfo)
string(REGEX MATCH "<release version=\"([^\"]*)\"" limber_metainfo_release "${limber_metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "resources/desktop/app.limber.Limber.metainfo.xml: the first <release> "
        "must be ${PROJECT_VERSION}, not '${CMAKE_MATCH_1}'")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME limber)
set(CPACK_PACKAGE_VENDOR "The Limber developers")
set(CPACK_PACKAGE_CONTACT "The Limber developers <maintainers@limber.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided stretching routines with pictures, timers and voice")
set(CPACK_PACKAGE_DESCRIPTION
    "Limber walks you through stretching routines step by step: a clear picture
for every step, the words spoken aloud, a timer for every hold, a counter for
every set of reps, and the safety advice in plain sight.

The first routine eases a stiff upper back from long hours at a computer.
Routines are plain YAML files that anyone can write and check with
limber --validate. Optional break reminders offer a stretch after a long
stretch of work at the keyboard. A private history of sessions and pain
check-ins says when to see a doctor.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Everything in the .deb is under /usr, whatever prefix the build was
# configured with.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Release builds carry symbols; Debian ships binaries without them.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${LIMBER_DEBIAN_REVISION}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binary links, and their versions, from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see because nothing links it: plugins Qt loads
# at run time (docs/packaging.md lists what the app loads and where each
# plugin comes from).
#  - libqt6sql6-sqlite: Qt SQL's SQLite driver (QSQLITE), which the history
#    store opens at every start; without it no session or pain check-in is
#    kept.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Loaded only when the user asks for them:
#  - qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng:
#    the "speech-dispatcher" voice engine (Settings ▸ Sound and voice), the only
#    one that speaks German and Spanish; Limber's own flite engine speaks
#    English with libflite1's voices, which the binary links.
#  - qt6-translations-l10n: Qt's own words (standard buttons, the file
#    dialog) in German and Spanish, beside Limber's, which the binary embeds.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng, qt6-translations-l10n")
# Where `limber --import workrave` and File ▸ Import… read Workrave's
# exercises by default (docs/import.md).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "workrave-data")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
