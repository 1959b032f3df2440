# The graphics rule group's unit tests: ICC and JPEG 2000 header reading, paint semantics of the
# colour rules, transparency, operators and output intents on documents written by the test.
granska_add_test(tst_pdfa_graphics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pdfa_graphics.cpp
  LIBRARIES PkgConfig::LCMS2 TIMEOUT 120 LABELS pdfa)
