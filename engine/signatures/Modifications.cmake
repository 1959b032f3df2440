# Sources of the changes-after-signing analysis (target_sources on granska_engine).
