;; memory64: a 64-bit memory (limits flags 0x05), compiled since memory64 support.
(module (memory i64 1 2))
