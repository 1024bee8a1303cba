;; threads: a shared memory (limits flags 0x03) is reported unsupported at the flags byte.
(module (memory 1 2 shared))
