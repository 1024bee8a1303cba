;; unknown_multi.wat — an unknown import with two results: it can trap, but
;; has no default value (the shim would have to write through a results
;; pointer), so --default-values-unknown-imports refuses it (status 125).
(module
  (import "env" "pair" (func $pair (result i32 i32)))
  (memory (export "memory") 1)
  (func (export "_start") call $pair drop drop))
