target_sources(granska_engine PRIVATE ${CMAKE_CURRENT_LIST_DIR}/Graphics.cpp)
