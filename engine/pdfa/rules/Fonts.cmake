# The font rule group and its font machinery (engine/pdfa/fonts).
target_sources(granska_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Fonts.cpp ${CMAKE_CURRENT_LIST_DIR}/Fonts.h
  ${CMAKE_CURRENT_LIST_DIR}/FontsActualText.cpp ${CMAKE_CURRENT_LIST_DIR}/FontsActualText.h
  ${CMAKE_CURRENT_LIST_DIR}/FontsComposite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FontsDictionary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FontsGlyphs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/CMap.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/CMap.h
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/Encodings.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/Encodings.h
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/FontCache.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/FontCache.h
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/FontProgram.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/FontProgram.h
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/GlyphList.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/GlyphList.h
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/GlyphNames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/PdfFont.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/PdfFont.h
  ${CMAKE_CURRENT_LIST_DIR}/../fonts/PredefinedCMaps.cpp ${CMAKE_CURRENT_LIST_DIR}/../fonts/PredefinedCMaps.h)
