# The XMP reader and value-type checks of the metadata rule group.
granska_add_test(tst_pdfa_metadata SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pdfa_metadata.cpp TIMEOUT 60 LABELS pdfa)
