# CPack: what `cpack` makes from an installed build.
#
#   Linux    cpack -G DEB        tested: packaging/check-package.sh builds the
#                                package, runs lintian and starts it
#   Windows  cpack -G NSIS       untested: see the list below
#   macOS    cpack -G DragNDrop  untested: see the list below
#
# Included last from the top-level CMakeLists.txt, once every install rule and
# target exists.

set(CPACK_PACKAGE_NAME shotbook)
set(CPACK_PACKAGE_VENDOR "Shotbook contributors")
set(CPACK_PACKAGE_CONTACT "Shotbook maintainers <maintainers@shotbook.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
# Debian wants a synopsis without a leading article.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private, offline diary for daily subcutaneous injections")
set(CPACK_PACKAGE_DESCRIPTION
    "Shotbook keeps the record of daily subcutaneous injections of anakinra
(Kineret): each dose and the site it went to, the syringes in stock,
symptoms, side effects and blood tests. It is made for adults with
rheumatoid arthritis on 100 mg a day and for parents of children with CAPS
or NOMID, whose dose is weight-based and changes as they grow.

Shotbook never decides a dose: it records the regimen the prescriber set,
does the arithmetic in mg and mL, and warns about anything outside the
labelled ranges. Everything stays in one SQLite file on the computer;
Shotbook never connects to a network. The shotbook-cli command offers the
same services to scripts and backups.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Shotbook)
set(CPACK_PACKAGE_EXECUTABLES shotbook Shotbook)
# The release build carries debug information; the packages do not.
set(CPACK_STRIP_FILES ON)
set(CPACK_SHOTBOOK_OBJCOPY ${CMAKE_OBJCOPY})
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/PackageStrip.cmake)
# Whatever the umask of the machine that builds the package.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE
    GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

# --- Debian (cpack -G DEB) --------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME shotbook)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # shotbook_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)     # keep equal to packaging/debian/changelog
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# dpkg-shlibdeps finds the libraries the binaries link (Qt Core, Gui, Widgets,
# Sql, Charts, Svg, libc, libstdc++, …). It cannot see the plugins Qt loads at
# run time; on Debian 12 they come from:
#   - the SQLite driver, without which no database opens: libqt6sql6-sqlite,
#     named here;
#   - the X11 (xcb) and offscreen platform plugins: libqt6gui6, already a
#     linked library's package (qt6-qpa-plugins holds only the VNC and TUIO
#     plugins on Debian 12, so it is not needed);
#   - the SVG icon engine and image plugin: libqt6svg6, already there because
#     the GUI links Qt Svg.
# packaging/check-package.sh starts the packaged GUI and fails when a library
# or plugin it loaded belongs to a package these dependencies do not pull in.
# Native Wayland and Qt's own translated dialog texts are welcome, not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# --- Windows (cpack -G NSIS) and macOS (cpack -G DragNDrop) -----------------
# Written from CMake's and Qt's documentation, never run. Known to be missing
# before either makes a usable installer:
#   - the build itself: the compile options in cmake/ShotbookWarnings.cmake are
#     GCC/Clang ones (MSVC needs its own, MinGW may do), and nothing has been
#     compiled or tested on Windows or macOS (file modes 0600/0700 and the
#     lock file beside the database are POSIX ideas);
#   - the SQLite driver must be deployed: qt_generate_deploy_app_script below
#     runs windeployqt / macdeployqt at install time, which copy Qt, its
#     platform plugin and the sqldrivers, but it deploys shotbook only (on
#     Windows shotbook-cli shares the same folder, so it finds them; on macOS
#     shotbook-cli is left outside the bundle);
#   - icons: Windows wants an .ico (CPACK_NSIS_MUI_ICON and the executable's
#     resource), macOS an .icns (MACOSX_BUNDLE_ICON_FILE); neither is made;
#   - a licence page: CPACK_RESOURCE_FILE_LICENSE needs a LICENSE file in the
#     tree, which there is not yet;
#   - code signing and notarisation (Authenticode for the installer and the
#     executables, Apple Developer ID + notarytool for the app and the .dmg);
#   - Windows: a Start-menu entry for shotbook-cli makes no sense, so only
#     shotbook gets one; no PATH change, no file associations;
#   - macOS: Info.plist beyond CMake's default template (NSHighResolution-
#     Capable, a copyright line, the minimum macOS version).
if(WIN32 OR APPLE)
    if(WIN32)
        # No console window behind the GUI.
        set_target_properties(shotbook PROPERTIES WIN32_EXECUTABLE ON)
    else()
        set_target_properties(shotbook PROPERTIES
            MACOSX_BUNDLE ON
            OUTPUT_NAME Shotbook
            MACOSX_BUNDLE_BUNDLE_NAME Shotbook
            MACOSX_BUNDLE_GUI_IDENTIFIER ${SHOTBOOK_APP_ID}
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
    endif()
    # Qt 6.4 spells the output FILENAME_VARIABLE (6.5 also takes OUTPUT_SCRIPT).
    qt_generate_deploy_app_script(TARGET shotbook FILENAME_VARIABLE shotbook_deploy_script)
    install(SCRIPT ${shotbook_deploy_script})
endif()

set(CPACK_NSIS_PACKAGE_NAME Shotbook)
set(CPACK_NSIS_DISPLAY_NAME Shotbook)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\shotbook.exe")
set(CPACK_NSIS_MODIFY_PATH OFF)

set(CPACK_DMG_VOLUME_NAME Shotbook)
set(CPACK_DMG_FORMAT UDBZ)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
