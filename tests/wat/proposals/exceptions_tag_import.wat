;; exception handling: an imported tag, import kind 0x04 (compiles).
(module (import "env" "e" (tag (param i64))))
