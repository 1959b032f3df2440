# The graphics rule group and its colour helpers (ICC profiles, JPEG 2000 headers, the paint walker).
target_sources(granska_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Graphics.cpp ${CMAKE_CURRENT_LIST_DIR}/Graphics.h
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsColour.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsContent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsImages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsOutputIntents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsState.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsTransparency.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GraphicsXObjects.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../colour/GraphicsSubjects.h
  ${CMAKE_CURRENT_LIST_DIR}/../colour/IccProfile.cpp ${CMAKE_CURRENT_LIST_DIR}/../colour/IccProfile.h
  ${CMAKE_CURRENT_LIST_DIR}/../colour/Jpeg2000.cpp ${CMAKE_CURRENT_LIST_DIR}/../colour/Jpeg2000.h
  ${CMAKE_CURRENT_LIST_DIR}/../colour/PaintWalker.cpp ${CMAKE_CURRENT_LIST_DIR}/../colour/PaintWalker.h
  ${CMAKE_CURRENT_LIST_DIR}/../colour/PdfValues.h)
