# Fails when a .ts entry is unfinished or obsolete, or when a source string of the
# product is missing from a .ts file. Runs lupdate over the sources into copies of the
# committed catalogues, so the committed files are never touched.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(catalogues sni-doctor_en.ts sni-doctor_es.ts)
set(problems "")
foreach(catalogue IN LISTS catalogues)
    set(committed "${SOURCE_DIR}/translations/${catalogue}")
    if(NOT EXISTS "${committed}")
        string(APPEND problems "${catalogue}: missing\n")
        continue()
    endif()
    file(READ "${committed}" text)
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" obsolete "${text}")
    list(LENGTH obsolete count)
    if(count GREATER 0)
        string(APPEND problems "${catalogue}: ${count} obsolete entries; run lupdate -no-obsolete\n")
    endif()

    file(COPY "${committed}" DESTINATION "${WORK_DIR}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/wizard" -ts "${WORK_DIR}/${catalogue}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${catalogue}: ${output}")
    endif()
    file(READ "${WORK_DIR}/${catalogue}" updated)
    # Entities and semicolons would split CMake's lists: decode them for the report.
    string(REPLACE "&quot;" "\"" updated "${updated}")
    string(REPLACE "&apos;" "'" updated "${updated}")
    string(REPLACE "&amp;" "&" updated "${updated}")
    string(REPLACE ";" "," updated "${updated}")
    # Each unfinished message, with its source text, so the report says what to translate.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
           unfinished "${updated}")
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinishedAll "${updated}")
    list(LENGTH unfinishedAll count)
    if(count GREATER 0)
        string(APPEND problems "${catalogue}: ${count} unfinished or missing entries:\n")
        foreach(entry IN LISTS unfinished)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
            string(APPEND problems "    ${source}\n")
        endforeach()
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are not complete:\n${problems}")
endif()
message(STATUS "Translations complete: every source string is finished in ${catalogues}")
