;; Counted innermost loops of the shapes compiler/lower_nowrap.c versions:
;; called with arguments whose i32 address arithmetic stays below 2^32 (the
;; fast copy) and with ones where it wraps (the plain copy), or runs off the
;; end of memory (a trap). One page of memory, exported.
(module
  (memory (export "mem") 1)

  ;; The sum of the words at base + i*4 for i from start while i < end
  ;; (lt_u; the body runs at least once). `i << 2` wraps for i >= 2^30,
  ;; `base + ...` for large bases.
  (func (export "sum_words") (param $base i32) (param $start i32) (param $end i32) (result i32)
    (local $i i32) (local $acc i32)
    (local.set $i (local.get $start))
    (loop $l
      (local.set $acc
        (i32.add (local.get $acc)
          (i32.load (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 2))))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $end))))
    (local.get $acc))

  ;; Stores v at base + i*4 for i from start until i == end (ne).
  (func (export "fill") (param $base i32) (param $start i32) (param $end i32) (param $v i32)
    (local $i i32)
    (local.set $i (local.get $start))
    (loop $l
      (i32.store (i32.add (local.get $base) (i32.mul (local.get $i) (i32.const 4))) (local.get $v))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.ne (local.get $i) (local.get $end)))))

  ;; dst[k] = src[k] + 1 for k from n-1 down to 0, bytes, a down-counter;
  ;; a load offset of 16 on the source.
  (func (export "copy_down") (param $dst i32) (param $src i32) (param $n i32)
    (loop $l
      (local.set $n (i32.add (local.get $n) (i32.const -1)))
      (i32.store8 (i32.add (local.get $dst) (local.get $n))
        (i32.add (i32.load8_u offset=16 (i32.add (local.get $src) (local.get $n))) (i32.const 1)))
      (br_if $l (local.get $n))))

  ;; A second induction variable (a pointer stepping by 8) beside the
  ;; controlling one, an exit from the middle (a zero word ends the walk),
  ;; and a signed bound (lt_s): the number of nonzero i64 words at
  ;; p, p+8, ... before the first zero, at most n.
  (func (export "count_nonzero") (param $p i32) (param $n i32) (result i32)
    (local $i i32)
    (block $out
      (loop $l
        (br_if $out (i64.eqz (i64.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_s (local.get $i) (local.get $n)))))
    (local.get $i))

  ;; Doubles the words at base + 4k for k from start until k == end, two
  ;; per iteration, in clang's shape for unrolled loops: E first, then the
  ;; step as a local.tee, then i32.ne.
  (func (export "double_pairs") (param $base i32) (param $start i32) (param $end i32)
    (local $k i32) (local $p i32)
    (local.set $k (local.get $start))
    (loop $l
      (local.set $p (i32.add (local.get $base) (i32.shl (local.get $k) (i32.const 2))))
      (i32.store (local.get $p) (i32.shl (i32.load (local.get $p)) (i32.const 1)))
      (i32.store offset=4 (local.get $p) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 1)))
      (br_if $l (i32.ne (local.get $end) (local.tee $k (i32.add (local.get $k) (i32.const 2)))))))

  ;; jacobi2d's shape: an index j counting up to zero (from -4n by 4) added
  ;; to row-end addresses in i32 arithmetic, so a negative offset wraps by
  ;; design; a subtraction (an add of -4); a word carried to the next
  ;; iteration in a local. For k from -n while k < 0:
  ;; dst_end[k] = src_end[k-1] + 3 * src_end[k] + src_end[k+1] (words),
  ;; src_end[k] read in the iteration before, as src_end[k+1].
  (func (export "smooth") (param $dst_end i32) (param $src_end i32) (param $n i32)
    (local $j i32) (local $a i32) (local $cur i32)
    (local.set $j (i32.sub (i32.const 0) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $cur (i32.load (i32.add (local.get $src_end) (local.get $j))))
    (loop $l
      (local.set $a (i32.add (local.get $src_end) (local.get $j)))
      (i32.store (i32.add (local.get $dst_end) (local.get $j))
        (i32.add
          (i32.add (i32.load (i32.add (local.get $a) (i32.const -4)))
                   (i32.mul (local.get $cur) (i32.const 3)))
          (local.tee $cur (i32.load offset=4 (local.get $a)))))
      (br_if $l (local.tee $j (i32.add (local.get $j) (i32.const 4))))))

  ;; musl's memmove backwards, in clang's shape for a loop followed by a
  ;; jump (`br_if 0` then `br` out): bytes dst[k] = src[k] for k from n-1
  ;; down to 0, four per iteration, through `x + -1` .. `x + -4`.
  (func (export "copy_back") (param $dst i32) (param $src i32) (param $n i32)
    (local $d i32) (local $s i32)
    (block $out
      (loop $l
        (local.set $d (i32.add (local.get $dst) (local.get $n)))
        (local.set $s (i32.add (local.get $src) (local.get $n)))
        (i32.store8 (i32.add (local.get $d) (i32.const -1)) (i32.load8_u (i32.add (local.get $s) (i32.const -1))))
        (i32.store8 (i32.add (local.get $d) (i32.const -2)) (i32.load8_u (i32.add (local.get $s) (i32.const -2))))
        (i32.store8 (i32.add (local.get $d) (i32.const -3)) (i32.load8_u (i32.add (local.get $s) (i32.const -3))))
        (i32.store8 (i32.add (local.get $d) (i32.const -4)) (i32.load8_u (i32.add (local.get $s) (i32.const -4))))
        (br_if $l (local.tee $n (i32.add (local.get $n) (i32.const -4))))
        (br $out))))

  ;; musl's memcpy: pointers d and s stepping up by 16 beside n counting
  ;; down by 16 while n > 15 (gt_u), four words per iteration; returns the
  ;; n left (0 to 15). Runs at least once.
  (func (export "copy_words") (param $d i32) (param $s i32) (param $n i32) (result i32)
    (loop $l
      (i32.store (local.get $d) (i32.load (local.get $s)))
      (i32.store offset=4 (local.get $d) (i32.load offset=4 (local.get $s)))
      (i32.store offset=8 (local.get $d) (i32.load offset=8 (local.get $s)))
      (i32.store offset=12 (local.get $d) (i32.load offset=12 (local.get $s)))
      (local.set $d (i32.add (local.get $d) (i32.const 16)))
      (local.set $s (i32.add (local.get $s) (i32.const 16)))
      (br_if $l (i32.gt_u (local.tee $n (i32.add (local.get $n) (i32.const -16))) (i32.const 15))))
    (local.get $n))

  ;; clang's shape for a loop it unrolled by 3 (matmul's): c[k] += a * b[k]
  ;; for words k, three per iteration, j = 4k counting bytes from 0 by 12
  ;; until j == n; the second and third statements address through locals
  ;; the first one set. Returns 3q + r of the last iteration: q (b + j, set
  ;; by the first statement) and r (c + j + 4, by the second only).
  (func (export "axpy3") (param $c i32) (param $b i32) (param $n i32) (param $a i32) (result i32)
    (local $j i32) (local $p i32) (local $q i32) (local $r i32)
    (loop $l
      (i32.store (local.tee $p (i32.add (local.get $c) (local.get $j)))
        (i32.add (i32.mul (local.get $a) (i32.load (local.tee $q (i32.add (local.get $b) (local.get $j)))))
                 (i32.load (local.get $p))))
      (i32.store (local.tee $r (i32.add (local.get $p) (i32.const 4)))
        (i32.add (i32.mul (local.get $a) (i32.load (i32.add (local.get $q) (i32.const 4))))
                 (i32.load (local.get $r))))
      (i32.store (local.tee $p (i32.add (local.get $p) (i32.const 8)))
        (i32.add (i32.mul (local.get $a) (i32.load (i32.add (local.get $q) (i32.const 8))))
                 (i32.load (local.get $p))))
      (br_if $l (i32.ne (local.tee $j (i32.add (local.get $j) (i32.const 12))) (local.get $n))))
    (i32.add (i32.mul (local.get $q) (i32.const 3)) (local.get $r)))

  ;; `c[k] += a * b[k]` unrolled by 2 in the shape clang gives syrk: the
  ;; count j (by 2 elements, tested against n first) and a byte offset o
  ;; (by 8) step side by side, o after the two statements. Rolled up with o
  ;; stepping by 4 (lower_reroll.c); q, the first statement's b + o, is
  ;; returned after the loop from o's value at the last iteration's start.
  (func (export "axpy2o") (param $c i32) (param $b i32) (param $n i32) (param $a i32) (result i32)
    (local $j i32) (local $o i32) (local $p i32) (local $q i32)
    (loop $l
      (i32.store (local.tee $p (i32.add (local.get $c) (local.get $o)))
        (i32.add (i32.mul (local.get $a) (i32.load (local.tee $q (i32.add (local.get $b) (local.get $o)))))
                 (i32.load (local.get $p))))
      (i32.store (local.tee $p (i32.add (local.get $p) (i32.const 4)))
        (i32.add (i32.mul (local.get $a) (i32.load (i32.add (local.get $q) (i32.const 4))))
                 (i32.load (local.get $p))))
      (local.set $o (i32.add (local.get $o) (i32.const 8)))
      (br_if $l (i32.ne (local.get $n) (local.tee $j (i32.add (local.get $j) (i32.const 2))))))
    (i32.add (i32.mul (local.get $q) (i32.const 3)) (local.get $o)))

  ;; `m[idx[k]] += 1`, j counting bytes from 0 by 4 until j == n, idx at $x:
  ;; a straight body that runs exactly n/4 times, so with --fuel the fast
  ;; copy would charge after the loop, but its addresses come from memory:
  ;; compared, they can trap, so it charges as it runs.
  (func (export "bump") (param $x i32) (param $n i32)
    (local $j i32) (local $p i32)
    (loop $l
      (i32.store (local.tee $p (i32.load (i32.add (local.get $x) (local.get $j))))
        (i32.add (i32.load (local.get $p)) (i32.const 1)))
      (br_if $l (i32.ne (local.tee $j (i32.add (local.get $j) (i32.const 4))) (local.get $n)))))

  ;; `m[idx[k]] += 1` unrolled by 2 in clang's shape: j counting bytes from 0
  ;; by 8 until j == n, idx at $x. Rolled up too, but its addresses come from
  ;; memory: no check proves them in bounds, so the fast copy compares them,
  ;; and with --fuel is never entered (its count would be off at a trap).
  (func (export "bump2") (param $x i32) (param $n i32)
    (local $j i32) (local $p i32)
    (loop $l
      (i32.store (local.tee $p (i32.load (i32.add (local.get $x) (local.get $j))))
        (i32.add (i32.load (local.get $p)) (i32.const 1)))
      (i32.store (local.tee $p (i32.load (i32.add (i32.add (local.get $x) (local.get $j)) (i32.const 4))))
        (i32.add (i32.load (local.get $p)) (i32.const 1)))
      (br_if $l (i32.ne (local.tee $j (i32.add (local.get $j) (i32.const 8))) (local.get $n)))))

  ;; Sum of words at base + i * stride for i from 0 until i == n: a product
  ;; of two variables (the induction variable and a parameter), ranged by
  ;; the check where both are, so that it may wrap only in the plain copy.
  (func (export "strided_sum") (param $base i32) (param $stride i32) (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc)
        (i32.load (i32.add (local.get $base) (i32.mul (local.get $i) (local.get $stride))))))
      (br_if $l (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $acc))

  ;; A trap other than memory in the body: sum of 1000 / word at base + i*4
  ;; for i from 0 while i < n (a zero word divides by zero).
  (func (export "sum_quotients") (param $base i32) (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (loop $l
      (local.set $acc
        (i32.add (local.get $acc)
          (i32.div_u (i32.const 1000)
            (i32.load (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 2)))))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $acc))

  ;; jacobi-1d's shape after clang unrolled it by 2 (the fast copy rolls
  ;; it back up, lower_reroll.c): j counting up to zero from -4n by 8, a
  ;; word carried to the next iteration in $cur, and the second statement
  ;; with the xor's operands the other way round. For each k from -n:
  ;; dst_end[k] = (src_end[k-1] ^ src_end[k]) + src_end[k+1], src_end[k]
  ;; read in the iteration before, as src_end[k+1]. smooth2_kept's second
  ;; statement does not carry its word: what $cur holds after an iteration
  ;; is not what a rolled-up loop would leave, so it stays unrolled.
  (func (export "smooth2") (param $dst_end i32) (param $src_end i32) (param $n i32)
    (local $j i32) (local $a i32) (local $d i32) (local $cur i32)
    (local.set $j (i32.sub (i32.const 0) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $cur (i32.load (i32.add (local.get $src_end) (local.get $j))))
    (loop $l
      (local.set $d (i32.add (local.get $dst_end) (local.get $j)))
      (local.set $a (i32.add (local.get $src_end) (local.get $j)))
      (i32.store (local.get $d)
        (i32.add (i32.xor (i32.load (i32.add (local.get $a) (i32.const -4))) (local.get $cur))
                 (local.tee $cur (i32.load (i32.add (local.get $a) (i32.const 4))))))
      (i32.store (i32.add (local.get $d) (i32.const 4))
        (i32.add (i32.xor (local.get $cur) (i32.load (local.get $a)))
                 (local.tee $cur (i32.load (i32.add (local.get $a) (i32.const 8))))))
      (br_if $l (local.tee $j (i32.add (local.get $j) (i32.const 8))))))

  (func (export "smooth2_kept") (param $dst_end i32) (param $src_end i32) (param $n i32)
    (local $j i32) (local $a i32) (local $d i32) (local $cur i32)
    (local.set $j (i32.sub (i32.const 0) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $cur (i32.load (i32.add (local.get $src_end) (local.get $j))))
    (loop $l
      (local.set $d (i32.add (local.get $dst_end) (local.get $j)))
      (local.set $a (i32.add (local.get $src_end) (local.get $j)))
      (i32.store (local.get $d)
        (i32.add (i32.xor (i32.load (i32.add (local.get $a) (i32.const -4))) (local.get $cur))
                 (local.tee $cur (i32.load (i32.add (local.get $a) (i32.const 4))))))
      (i32.store (i32.add (local.get $d) (i32.const 4))
        (i32.add (i32.xor (local.get $cur) (i32.load (local.get $a)))
                 (i32.load (i32.add (local.get $a) (i32.const 8)))))
      (br_if $l (local.tee $j (i32.add (local.get $j) (i32.const 8))))))

  ;; durbin's `z[i] = y[i] + alpha * y[k - i - 1]` in the shape clang gives
  ;; it unrolled by 2: i from 0 by 2 until i == n, and the mirrored index
  ;; -1 - i written `(i ^ -1) << 2`, -2 - i (i even) `(i ^ 0x3ffffffe) << 2`:
  ;; bits the shift drops. The fast copy reads them as -1 - i and -2 - i
  ;; (lower_nowrap.c, xor_as_sub): words dst[i] += end[-1 - i].
  (func (export "mirror_add") (param $dst i32) (param $end i32) (param $n i32)
    (local $i i32) (local $p i32)
    (loop $l
      (local.set $p (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2))))
      (i32.store (local.get $p)
        (i32.add (i32.load (local.get $p))
                 (i32.load (i32.add (local.get $end)
                                    (i32.shl (i32.xor (local.get $i) (i32.const -1)) (i32.const 2))))))
      (i32.store offset=4 (local.get $p)
        (i32.add (i32.load offset=4 (local.get $p))
                 (i32.load (i32.add (local.get $end)
                                    (i32.shl (i32.xor (local.get $i) (i32.const 0x3ffffffe)) (i32.const 2))))))
      (br_if $l (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 2))) (local.get $n)))))
  ;; nussinov's `table[i][k]` in the shape clang gives it: the row pointer
  ;; hoisted out of the loop as row - K and K added back in it, K beyond the
  ;; initial memory (1 MiB), so the hoisted base is below 0 as an address
  ;; wherever row < K. The fast copy reads it so (lower_nowrap.c,
  ;; flex_entry): words dst[k] += row[k] for k < n.
  (func (export "add_row") (param $dst i32) (param $row i32) (param $n i32)
    (local $base i32) (local $k i32) (local $o i32)
    (local.set $base (i32.sub (local.get $row) (i32.const 0x100000)))
    (loop $l
      (local.set $o (i32.shl (local.get $k) (i32.const 2)))
      (i32.store (i32.add (local.get $dst) (local.get $o))
        (i32.add (i32.load (i32.add (i32.add (local.get $base) (local.get $o)) (i32.const 0x100000)))
                 (i32.load (i32.add (local.get $dst) (local.get $o)))))
      (br_if $l (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 1))) (local.get $n)))))

  ;; fdtd-2d's `ex[i][j] -= 0.5 * (hz[i][j] - hz[i][j-1])` in the shape
  ;; clang gives it peeled and unrolled by 2, hz[i][j] carried in a local:
  ;; the exit tested in the middle of the body, the offset's step and a
  ;; `br` back at its end (lower_nowrap.c, mid_exit). Words, from the ends
  ;; dst and src back 2m words: dst[j] += src[j] - src[j-1].
  (func (export "diff_add") (param $dst i32) (param $src i32) (param $m i32)
    (local $l i32) (local $prev i32) (local $cur i32)
    (local.set $l (i32.sub (i32.const 0) (i32.shl (local.get $m) (i32.const 3))))
    (local.set $prev (i32.load (i32.add (i32.add (local.get $src) (local.get $l)) (i32.const -4))))
    (block $out
      (loop $top
        (i32.store (i32.add (local.get $dst) (local.get $l))
          (i32.add (i32.load (i32.add (local.get $dst) (local.get $l)))
                   (i32.sub (local.tee $cur (i32.load (i32.add (local.get $src) (local.get $l))))
                            (local.get $prev))))
        (br_if $out (i32.eqz (local.get $l)))
        (i32.store offset=4 (i32.add (local.get $dst) (local.get $l))
          (i32.add (i32.load offset=4 (i32.add (local.get $dst) (local.get $l)))
                   (i32.sub (local.tee $prev (i32.load offset=4 (i32.add (local.get $src) (local.get $l))))
                            (local.get $cur))))
        (local.set $l (i32.add (local.get $l) (i32.const 8)))
        (br $top))))

  ;; durbin's `z[i] = y[i] + alpha * y[k - i - 1]` as clang gives it
  ;; unrolled by 2 (lower_reroll.c, xor_as_sub and propose): the first
  ;; statement reads y[k-1-i] through a pointer q stepping down beside i,
  ;; the second y[k-2-i] through end and `(i ^ 0x3ffffffe) << 2`. The body
  ;; rolls up where q = end - 4 - 4i at entry and i is even. Words, from
  ;; i by 2 until n: dst[0] += q[0], dst[1] += end[-2-i] (for even i),
  ;; dst and q moving 2 words.
  (func (export "mirror_ptr") (param $dst i32) (param $end i32) (param $q i32) (param $i i32) (param $n i32)
    (loop $l
      (i32.store (local.get $dst) (i32.add (i32.load (local.get $dst)) (i32.load (local.get $q))))
      (i32.store (i32.add (local.get $dst) (i32.const 4))
        (i32.add (i32.load (i32.add (local.get $dst) (i32.const 4)))
                 (i32.load (i32.add (local.get $end)
                                    (i32.shl (i32.xor (local.get $i) (i32.const 0x3ffffffe)) (i32.const 2))))))
      (local.set $q (i32.add (local.get $q) (i32.const -8)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
      (br_if $l (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 2))) (local.get $n))))))
