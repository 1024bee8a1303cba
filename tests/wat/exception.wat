;; Exception handling end to end (tests/unit/test_exception.c): the module
;; that defines and exports the tags. Its peer (exception_peer.wat) imports
;; $e and this module's throwing function.
(module
  (type $hostfn (func (param i32) (result i32)))
  (import "host" "call_back" (func $call_back (param i32) (result i32)))
  (import "host" "throw_e" (func $host_throw (param i32)))
  (tag $e (export "e") (param i32))
  (tag $values (export "values") (param i32 i64 f32 f64))
  (tag $empty (export "empty"))

  (func $throw_e (export "throw_e") (param i32) (local.get 0) (throw $e))

  ;; catch, the payload + 1; 0 if nothing was thrown
  (func (export "catch_e") (param i32) (result i32)
    (try (result i32)
      (do (call $throw_e (local.get 0)) (i32.const 0))
      (catch $e (i32.const 1) (i32.add))))

  ;; uncaught: reaches the host with the tag and the four payload values
  (func (export "throw_values") (param i32 i64 f32 f64)
    (try
      (do (local.get 0) (local.get 1) (local.get 2) (local.get 3) (throw $values))
      (catch $e (drop))))

  ;; delegate to the outer try, past a catch_all that must not see it
  (func (export "delegate") (param i32) (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do
            (try (result i32)
              (do (call $throw_e (local.get 0)) (i32.const 0))
              (delegate 1)))
          (catch_all (i32.const -1))))
      (catch $e)))

  ;; rethrow from a catch_all and from a nested handler's outer label
  (func (export "rethrow") (param i32) (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (call $throw_e (local.get 0)) (i32.const 0))
          (catch_all
            (try (result i32)
              (do (throw $empty))
              (catch $empty (rethrow 1))))))
      (catch $e (i32.const 100) (i32.add))))

  ;; n frames deep, every frame inside a try with catch_all + rethrow;
  ;; the innermost throws $e n; the outermost catches it
  (func $deep (param i32)
    (try
      (do
        (if (i32.eqz (local.get 0))
          (then (i32.const 12345) (throw $e)))
        (call $deep (i32.sub (local.get 0) (i32.const 1))))
      (catch_all (rethrow 0))))
  (func (export "deep") (param i32) (result i32)
    (try (result i32)
      (do (call $deep (local.get 0)) (i32.const 0))
      (catch $e)))

  ;; a trap inside a try is no exception: catch_all does not see it
  (func (export "trap_in_try") (result i32)
    (try (result i32)
      (do (unreachable))
      (catch_all (i32.const 1))))

  ;; a loop that throws and catches n times (handlers drop their exceptions)
  (func (export "loop") (param i32) (result i32) (local i32)
    (loop $again
      (try
        (do (call $throw_e (local.get 0)))
        (catch $e (local.set 1 (i32.add (local.get 1)))))
      (br_if $again (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (local.get 1))

  ;; the host function calls "throw_e" through w2o_call: that inner entry
  ;; ends with the uncaught exception, and the try here sees nothing of it
  (func (export "host_boundary") (param i32) (result i32)
    (try (result i32)
      (do (call $call_back (local.get 0)))
      (catch_all (i32.const -1))))

  ;; the host function throws $e with w2o_throw: caught here
  (func (export "host_throws") (param i32) (result i32)
    (try (result i32)
      (do (call $host_throw (local.get 0)) (i32.const 0))
      (catch $e)))
)
