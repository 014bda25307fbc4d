# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the files about to be packed,
# after CPACK_STRIP_FILES stripped them: drops the compiler's .comment
# section from the executables, as Debian's dh_strip does (lintian's
# binary-has-unneeded-section).
if(NOT CPACK_GENERATOR STREQUAL "DEB" OR NOT CPACK_SHOTBOOK_OBJCOPY)
    return()
endif()
file(GLOB_RECURSE shotbook_executables LIST_DIRECTORIES false
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(executable IN LISTS shotbook_executables)
    execute_process(COMMAND ${CPACK_SHOTBOOK_OBJCOPY} --remove-section=.comment ${executable}
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "objcopy --remove-section=.comment ${executable} failed")
    endif()
endforeach()
