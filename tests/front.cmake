# Front-end unit tests: decoder, reader, arena/diag (test_decode) and the
# validator (test_validate). Both link only w2o_front: no LLVM.
w2o_unit_test(test_decode SOURCES unit/test_decode.c LIBS w2o_front)
w2o_unit_test(test_validate SOURCES unit/test_validate.c LIBS w2o_front)
