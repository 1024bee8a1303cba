;; threads: a shared memory (limits flags 0x03) compiles.
(module (memory 1 2 shared))
