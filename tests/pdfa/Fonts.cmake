# The font rule group's unit tests: CMaps, glyph names and encodings, and the font rules on
# documents written by the test.
granska_add_test(tst_pdfa_fonts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pdfa_fonts.cpp TIMEOUT 120 LABELS pdfa)
