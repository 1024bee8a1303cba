; ModuleID = 'simd'
source_filename = "simd"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [6 x i8] c"func3\00"
@4 = private unnamed_addr constant [6 x i8] c"func4\00"
@5 = private unnamed_addr constant [6 x i8] c"func5\00"
@6 = private unnamed_addr constant [6 x ptr] [ptr @simd.func0, ptr @simd.func1, ptr @simd.func2, ptr @simd.func3, ptr @simd.func4, ptr @simd.func5]
@7 = private unnamed_addr constant [6 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4, ptr @5]
@8 = private unnamed_addr constant [6 x i32] [i32 0, i32 1, i32 2, i32 2, i32 1, i32 3]
@9 = private unnamed_addr constant [5 x i8] c"simd\00"
@10 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@11 = private unnamed_addr constant [4 x i8] c"{{\7F\00"
@12 = private unnamed_addr constant [4 x i8] c"{{{\00"
@13 = private unnamed_addr constant [3 x i8] c"~{\00"
@14 = private unnamed_addr constant [4 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 3, i32 0, ptr @10 }, { i32, i32, ptr } { i32 2, i32 1, ptr @11 }, { i32, i32, ptr } { i32 2, i32 1, ptr @12 }, { i32, i32, ptr } { i32 1, i32 1, ptr @13 }]
@15 = private unnamed_addr constant [4 x ptr] [ptr @simd.entry.t0, ptr @simd.entry.t1, ptr @simd.entry.t2, ptr @simd.entry.t3]
@16 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@17 = private unnamed_addr constant [5 x i8] c"add4\00"
@18 = private unnamed_addr constant [4 x i8] c"dot\00"
@19 = private unnamed_addr constant [8 x i8] c"shuffle\00"
@20 = private unnamed_addr constant [5 x i8] c"fmin\00"
@21 = private unnamed_addr constant [7 x i8] c"any_eq\00"
@22 = private unnamed_addr constant [14 x i8] c"splat_replace\00"
@23 = private unnamed_addr constant [6 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @17, i32 4, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @18, i32 3, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @19, i32 7, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @20, i32 4, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @21, i32 6, i32 0, i32 4, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @22, i32 13, i32 0, i32 5, i32 0 }]
@simd_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @9, i32 4, i32 0, ptr @14, ptr @15, ptr null, i32 0, i32 0, i32 0, i32 0, i32 6, i32 0, ptr @8, ptr @6, ptr @7, ptr null, i32 1, i32 0, ptr @16, ptr null, i32 6, i32 0, ptr @23, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal void @simd.func0(ptr %0, i32 %1, i32 %2, i32 %3) #2 {
entry:
  %locals = alloca { ptr, i32, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 2
  %6 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %4, align 4
  store i32 %2, ptr %5, align 4
  store i32 %3, ptr %6, align 4
  %7 = call i64 @llvm.read_register.i64(metadata !0)
  %8 = load i64, ptr %0, align 8, !tbaa !1
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !4

10:                                               ; preds = %entry
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  store ptr %14, ptr %locals, align 8
  %15 = load i32, ptr %6, align 4
  %16 = load i32, ptr %4, align 4
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %14, i64 %17
  %19 = load <2 x i64>, ptr %18, align 1, !tbaa !6
  %20 = load i32, ptr %5, align 4
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds i8, ptr %14, i64 %21
  %23 = load <2 x i64>, ptr %22, align 1, !tbaa !6
  %24 = bitcast <2 x i64> %23 to <4 x i32>
  %25 = bitcast <2 x i64> %19 to <4 x i32>
  %26 = add <4 x i32> %25, %24
  %27 = bitcast <4 x i32> %26 to <2 x i64>
  %28 = zext i32 %15 to i64
  %29 = getelementptr inbounds i8, ptr %14, i64 %28
  store <2 x i64> %27, ptr %29, align 1, !tbaa !6
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  ret void
}

; Function Attrs: nounwind uwtable
define internal i32 @simd.func1(ptr %0, <2 x i64> %1, <2 x i64> %2) #2 {
entry:
  %3 = alloca i32, align 4
  %locals = alloca { ptr, <2 x i64>, <2 x i64> }, align 16
  %4 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 2
  store <2 x i64> %1, ptr %4, align 16
  store <2 x i64> %2, ptr %5, align 16
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  store ptr %13, ptr %locals, align 8
  %14 = load <2 x i64>, ptr %4, align 16
  %15 = load <2 x i64>, ptr %5, align 16
  %16 = bitcast <2 x i64> %15 to <8 x i16>
  %17 = sext <8 x i16> %16 to <8 x i32>
  %18 = bitcast <2 x i64> %14 to <8 x i16>
  %19 = sext <8 x i16> %18 to <8 x i32>
  %20 = mul <8 x i32> %19, %17
  %21 = shufflevector <8 x i32> %20, <8 x i32> %20, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  %22 = shufflevector <8 x i32> %20, <8 x i32> %20, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %23 = add <4 x i32> %22, %21
  %24 = bitcast <4 x i32> %23 to <2 x i64>
  %25 = bitcast <2 x i64> %24 to <4 x i32>
  %26 = extractelement <4 x i32> %25, i32 0
  store i32 %26, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %27 = load i32, ptr %3, align 4
  ret i32 %27
}

; Function Attrs: nounwind uwtable
define internal <2 x i64> @simd.func2(ptr %0, <2 x i64> %1, <2 x i64> %2) #2 {
entry:
  %3 = alloca <2 x i64>, align 16
  %locals = alloca { ptr, <2 x i64>, <2 x i64> }, align 16
  %4 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 2
  store <2 x i64> %1, ptr %4, align 16
  store <2 x i64> %2, ptr %5, align 16
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  store ptr %13, ptr %locals, align 8
  %14 = load <2 x i64>, ptr %4, align 16
  %15 = load <2 x i64>, ptr %5, align 16
  %16 = bitcast <2 x i64> %15 to <16 x i8>
  %17 = bitcast <2 x i64> %14 to <16 x i8>
  %18 = shufflevector <16 x i8> %17, <16 x i8> %16, <16 x i32> <i32 0, i32 17, i32 2, i32 19, i32 4, i32 21, i32 6, i32 23, i32 8, i32 25, i32 10, i32 27, i32 12, i32 29, i32 14, i32 31>
  %19 = bitcast <16 x i8> %18 to <2 x i64>
  store <2 x i64> %19, ptr %3, align 16
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %20 = load <2 x i64>, ptr %3, align 16
  ret <2 x i64> %20
}

; Function Attrs: nounwind uwtable
define internal <2 x i64> @simd.func3(ptr %0, <2 x i64> %1, <2 x i64> %2) #2 {
entry:
  %3 = alloca <2 x i64>, align 16
  %locals = alloca { ptr, <2 x i64>, <2 x i64> }, align 16
  %4 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 2
  store <2 x i64> %1, ptr %4, align 16
  store <2 x i64> %2, ptr %5, align 16
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  store ptr %13, ptr %locals, align 8
  %14 = load <2 x i64>, ptr %4, align 16
  %15 = bitcast <2 x i64> %14 to <4 x float>
  %16 = call <4 x float> @llvm.sqrt.v4f32(<4 x float> %15)
  %17 = bitcast <4 x float> %16 to <2 x i64>
  %18 = bitcast <2 x i64> %17 to <4 x float>
  %19 = call <4 x float> @llvm.minimum.v4f32(<4 x float> %18, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %20 = fcmp uno <4 x float> %18, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %21 = fadd <4 x float> %18, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %22 = select <4 x i1> %20, <4 x float> %21, <4 x float> %19
  %23 = bitcast <4 x float> %22 to <2 x i64>
  store <2 x i64> %23, ptr %3, align 16
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %24 = load <2 x i64>, ptr %3, align 16
  ret <2 x i64> %24
}

; Function Attrs: nounwind uwtable
define internal i32 @simd.func4(ptr %0, <2 x i64> %1, <2 x i64> %2) #2 {
entry:
  %3 = alloca i32, align 4
  %locals = alloca { ptr, <2 x i64>, <2 x i64> }, align 16
  %4 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, <2 x i64>, <2 x i64> }, ptr %locals, i32 0, i32 2
  store <2 x i64> %1, ptr %4, align 16
  store <2 x i64> %2, ptr %5, align 16
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  store ptr %13, ptr %locals, align 8
  %14 = load <2 x i64>, ptr %4, align 16
  %15 = load <2 x i64>, ptr %5, align 16
  %16 = bitcast <2 x i64> %15 to <16 x i8>
  %17 = bitcast <2 x i64> %14 to <16 x i8>
  %18 = icmp eq <16 x i8> %17, %16
  %19 = sext <16 x i1> %18 to <16 x i8>
  %20 = bitcast <16 x i8> %19 to <2 x i64>
  %21 = bitcast <2 x i64> %20 to i128
  %22 = icmp ne i128 %21, 0
  %23 = zext i1 %22 to i32
  store i32 %23, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %24 = load i32, ptr %3, align 4
  ret i32 %24
}

; Function Attrs: nounwind uwtable
define internal <2 x i64> @simd.func5(ptr %0, i64 %1) #2 {
entry:
  %2 = alloca <2 x i64>, align 16
  %locals = alloca { ptr, i64 }, align 8
  %3 = getelementptr inbounds { ptr, i64 }, ptr %locals, i32 0, i32 1
  store i64 %1, ptr %3, align 8
  %4 = call i64 @llvm.read_register.i64(metadata !0)
  %5 = load i64, ptr %0, align 8, !tbaa !1
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !4

7:                                                ; preds = %entry
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !1, !invariant.load !5
  %10 = load ptr, ptr %9, align 8, !tbaa !1, !invariant.load !5
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  store ptr %11, ptr %locals, align 8
  %12 = load i64, ptr %3, align 8
  %13 = insertelement <2 x i64> poison, i64 %12, i32 0
  %14 = shufflevector <2 x i64> %13, <2 x i64> %13, <2 x i32> zeroinitializer
  %15 = insertelement <2 x i64> %14, i64 7, i32 1
  store <2 x i64> %15, ptr %2, align 16
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %16 = load <2 x i64>, ptr %2, align 16
  ret <2 x i64> %16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.sqrt.v4f32(<4 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.minimum.v4f32(<4 x float>, <4 x float>) #3

; Function Attrs: uwtable
define internal void @simd.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i32, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 56
  %9 = load i32, ptr %8, align 8
  call void %0(ptr %1, i32 %5, i32 %7, i32 %9)
  ret void
}

; Function Attrs: uwtable
define internal void @simd.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load <2 x i64>, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load <2 x i64>, ptr %6, align 8
  %8 = call i32 %0(ptr %1, <2 x i64> %5, <2 x i64> %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @simd.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load <2 x i64>, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load <2 x i64>, ptr %6, align 8
  %8 = call <2 x i64> %0(ptr %1, <2 x i64> %5, <2 x i64> %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store <2 x i64> %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 123, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @simd.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i64, ptr %4, align 8
  %6 = call <2 x i64> %0(ptr %1, i64 %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store <2 x i64> %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 123, ptr %8, align 4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #5

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { uwtable }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(read) }

!0 = !{!"rsp"}
!1 = !{!2, !2, i64 0}
!2 = !{!"w2o context", !3, i64 0}
!3 = !{!"w2o tbaa"}
!4 = !{!"branch_weights", i32 1, i32 1048575}
!5 = !{}
!6 = !{!7, !7, i64 0}
!7 = !{!"w2o linear memory", !3, i64 0}
