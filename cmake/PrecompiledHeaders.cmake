# SHOTBOOK_PRECOMPILED_HEADERS: compile Qt's module headers once per library
# instead of once per source file. It halves the time of a full build, which
# is what the package check in CI pays (the `package` preset turns it on).
# Off by default, so that the everyday builds still catch a missing #include.
option(SHOTBOOK_PRECOMPILED_HEADERS "Precompile Qt's headers (faster full builds)" OFF)

if(SHOTBOOK_PRECOMPILED_HEADERS)
    # Called at the end of the top-level file, once the targets exist.
    function(shotbook_precompile_qt_headers)
        target_precompile_headers(shotbook_core PRIVATE <QtCore/QtCore> <QtSql/QtSql>)
        # shotbook-cli is its main() alone; its commands are shotbook_cli.
        target_precompile_headers(shotbook_cli PRIVATE <QtCore/QtCore> <QtSql/QtSql>)
        target_precompile_headers(shotbook_ui PRIVATE <QtCore/QtCore> <QtSql/QtSql>
                                  <QtWidgets/QtWidgets>)
    endfunction()
    cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL shotbook_precompile_qt_headers)
endif()
