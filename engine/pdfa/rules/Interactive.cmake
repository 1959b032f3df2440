target_sources(granska_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Interactive.cpp ${CMAKE_CURRENT_LIST_DIR}/Interactive.h
  ${CMAKE_CURRENT_LIST_DIR}/InteractiveActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InteractiveAnnotations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InteractiveDocument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InteractiveForms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InteractiveStructure.cpp)
