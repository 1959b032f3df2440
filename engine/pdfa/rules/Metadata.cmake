# The metadata rule group and the XMP reader it is built on.
target_sources(granska_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Metadata.cpp ${CMAKE_CURRENT_LIST_DIR}/Metadata.h
  ${CMAKE_CURRENT_LIST_DIR}/MetadataExtensions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MetadataIdentification.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MetadataInfo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MetadataPackage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MetadataProperties.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmlTree.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmlTree.h
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpDate.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpDate.h
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpExtensions.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpExtensions.h
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpModel.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpModel.h
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpParser.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpParser.h
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpSchemas.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpSchemas.h
  ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpTypes.cpp ${CMAKE_CURRENT_LIST_DIR}/../xmp/XmpTypes.h)
