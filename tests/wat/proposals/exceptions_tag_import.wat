;; exception handling: an imported tag (import kind 0x04).
(module (import "env" "e" (tag (param i64))))
