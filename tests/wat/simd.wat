;; A valid module using SIMD, which this version reports as unsupported.
(module (func (export "splat") (result v128) (i32x4.splat (i32.const 1))))
