# The file-structure rule group's own tests: the raw-byte reader and its rules on small files.
granska_add_test(tst_pdfa_filestructure SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pdfa_filestructure.cpp TIMEOUT 60 LABELS pdfa)
