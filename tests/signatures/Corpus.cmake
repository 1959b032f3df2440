granska_add_test(tst_signed_corpus SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_signed_corpus.cpp LIBRARIES Qt6::Concurrent TIMEOUT 300 LABELS corpus)
