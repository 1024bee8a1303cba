;; The module of the threads example: each instance keeps a tag and a table
;; of numbers in its own memory.
(module
  (memory (export "memory") 1)

  ;; Stores `tag` at byte 0 and fills words 1..n with a sequence derived from
  ;; it (x := x * 1103515245 + 12345, from x = tag); returns their sum mod 2^32.
  (func (export "fill") (param $tag i32) (param $n i32) (result i32)
    (local $i i32) (local $x i32) (local $sum i32)
    (i32.store (i32.const 0) (local.get $tag))
    (local.set $x (local.get $tag))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (local.get $i) (local.get $n)))
        (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1103515245)) (i32.const 12345)))
        (i32.store (i32.shl (local.get $i) (i32.const 2)) (local.get $x))
        (local.set $sum (i32.add (local.get $sum) (local.get $x)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $sum))

  ;; The tag stored by the last fill.
  (func (export "tag") (result i32) (i32.load (i32.const 0)))

  ;; Reads word k: traps (out of bounds) for k past the memory's end.
  (func (export "word") (param $k i32) (result i32)
    (i32.load (i32.shl (local.get $k) (i32.const 2))))

  ;; Recurses without end: the native stack limit turns it into a trap.
  ;; (A subtraction, not an addition, after the call: LLVM would turn an
  ;; accumulating addition into a loop that never traps.)
  (func $deep (export "deep") (param $n i32) (result i32)
    (i32.sub (call $deep (i32.add (local.get $n) (i32.const 1))) (local.get $n))))
