;; exception handling: try/catch_all without tags, reported at `try`.
(module (func (try (do nop) (catch_all))))
