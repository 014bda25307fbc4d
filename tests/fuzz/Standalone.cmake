# The fuzz targets in the ordinary test build (issue 15): each one linked with
# StandaloneDriver.cpp instead of libFuzzer, so that GCC with
# AddressSanitizer + UndefinedBehaviorSanitizer (CI's build) runs it as a
# ctest entry, tst_fuzz_<name>: every seed of corpus/<name>/, then mutated
# inputs for at most SHOTBOOK_FUZZ_SECONDS (2 by default) or 200,000 runs.
# A crash, a sanitizer report or a failed property fails the test and leaves
# crash-<target>-<hash> in the test folder. The long runs use the libFuzzer
# build (tests/fuzz/CMakeLists.txt, tests/fuzz/run.sh).
set(SHOTBOOK_FUZZ_SECONDS 2 CACHE STRING "Seconds of mutated inputs per fuzz target in ctest")
set(shotbook_fuzz_dir ${CMAKE_CURRENT_LIST_DIR})

add_library(shotbook_fuzz_driver OBJECT ${shotbook_fuzz_dir}/StandaloneDriver.cpp)
target_link_libraries(shotbook_fuzz_driver PRIVATE Qt6::Core shotbook_compile_options)

# shotbook_add_fuzz_test(NAME MAX_LEN [LIBS...]): MAX_LEN as the libFuzzer
# runs use it (tests/fuzz/run.sh).
function(shotbook_add_fuzz_test name max_len)
    add_executable(${name}_standalone ${shotbook_fuzz_dir}/${name}.cpp
                                      $<TARGET_OBJECTS:shotbook_fuzz_driver>)
    target_include_directories(${name}_standalone PRIVATE ${shotbook_fuzz_dir})
    target_link_libraries(${name}_standalone PRIVATE ${ARGN} shotbook_core Qt6::Core
                                                     shotbook_compile_options)
    set(dictionary)
    if(EXISTS ${shotbook_fuzz_dir}/${name}.dict)
        set(dictionary --dict ${shotbook_fuzz_dir}/${name}.dict)
    endif()
    add_test(NAME tst_${name}
        COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run-isolated.sh $<TARGET_FILE:${name}_standalone>
                --seconds ${SHOTBOOK_FUZZ_SECONDS} --runs 200000 --max-len ${max_len}
                ${dictionary} ${shotbook_fuzz_dir}/corpus/${name})
    set_tests_properties(tst_${name} PROPERTIES LABELS fuzz TIMEOUT 120)
endfunction()

shotbook_add_fuzz_test(fuzz_csv 4096)
shotbook_add_fuzz_test(fuzz_datetime 64)
shotbook_add_fuzz_test(fuzz_number 256)
shotbook_add_fuzz_test(fuzz_redflag 800)
shotbook_add_fuzz_test(fuzz_cli 1024 shotbook_cli)
shotbook_add_fuzz_test(fuzz_fhir 2048)
shotbook_add_fuzz_test(fuzz_ics 2048)
