# Sources of the changes-after-signing analysis (target_sources on granska_engine): the object
# graph of each revision, value comparison, classification of each update, DocMDP / FieldMDP.
target_sources(granska_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Modifications.cpp ${CMAKE_CURRENT_LIST_DIR}/Modifications.h
  ${CMAKE_CURRENT_LIST_DIR}/ModificationGraph.cpp ${CMAKE_CURRENT_LIST_DIR}/ModificationGraph.h
  ${CMAKE_CURRENT_LIST_DIR}/ModificationCompare.cpp ${CMAKE_CURRENT_LIST_DIR}/ModificationCompare.h
  ${CMAKE_CURRENT_LIST_DIR}/ModificationClassifier.cpp ${CMAKE_CURRENT_LIST_DIR}/ModificationClassifier.h
  ${CMAKE_CURRENT_LIST_DIR}/ModificationUpdate.h
  ${CMAKE_CURRENT_LIST_DIR}/ModificationObjects.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ModificationPolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/ModificationPolicy.h)
