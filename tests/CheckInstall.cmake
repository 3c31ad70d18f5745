# `cmake --install` into a scratch prefix: the program, its launcher entry, AppStream metadata and icon land
# where desktops look, and the metadata validates (with appstreamcli and desktop-file-validate when present).
# cmake -DBUILD_DIR=... -DPREFIX=... -P CheckInstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${out}")
endif()
foreach(file bin/oidc-bench share/applications/oidc-bench.desktop
             share/metainfo/io.github.oidc_bench.OidcBench.metainfo.xml
             share/icons/hicolor/scalable/apps/oidc-bench.svg)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
                            "${PREFIX}/share/metainfo/io.github.oidc_bench.OidcBench.metainfo.xml"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "AppStream metadata invalid:\n${out}")
    endif()
endif()
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/oidc-bench.desktop"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0 OR out MATCHES "error")
        message(FATAL_ERROR "desktop entry invalid:\n${out}")
    endif()
endif()
message(STATUS "installed and valid under ${PREFIX}")
