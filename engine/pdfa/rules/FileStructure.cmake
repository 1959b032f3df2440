# File-structure rule group (ISO 19005-1 6.1, ISO 19005-2/3 6.1) and its raw-byte reader in cos/.
target_sources(granska_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FileStructure.cpp ${CMAKE_CURRENT_LIST_DIR}/FileStructure.h
  ${CMAKE_CURRENT_LIST_DIR}/FileStructureSyntax.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FileStructureLimits.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FileStructureFeatures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cos/CosScanner.cpp ${CMAKE_CURRENT_LIST_DIR}/../cos/CosScanner.h
  ${CMAKE_CURRENT_LIST_DIR}/../cos/FileLayout.cpp ${CMAKE_CURRENT_LIST_DIR}/../cos/FileLayout.h
  ${CMAKE_CURRENT_LIST_DIR}/../cos/ContentOperands.cpp ${CMAKE_CURRENT_LIST_DIR}/../cos/ContentOperands.h)
