; ModuleID = 'arith'
source_filename = "arith"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [6 x i8] c"func3\00"
@4 = private unnamed_addr constant [6 x i8] c"func4\00"
@5 = private unnamed_addr constant [6 x i8] c"func5\00"
@6 = private unnamed_addr constant [6 x i8] c"func6\00"
@7 = private unnamed_addr constant [6 x i8] c"func7\00"
@8 = private unnamed_addr constant [8 x ptr] [ptr @arith.func0, ptr @arith.func1, ptr @arith.func2, ptr @arith.func3, ptr @arith.func4, ptr @arith.func5, ptr @arith.func6, ptr @arith.func7]
@9 = private unnamed_addr constant [8 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4, ptr @5, ptr @6, ptr @7]
@10 = private unnamed_addr constant [8 x i32] [i32 0, i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6]
@11 = private unnamed_addr constant [6 x i8] c"arith\00"
@12 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@13 = private unnamed_addr constant [3 x i8] c"~~\00"
@14 = private unnamed_addr constant [4 x i8] c"~~\7F\00"
@15 = private unnamed_addr constant [4 x i8] c"}}}\00"
@16 = private unnamed_addr constant [4 x i8] c"|||\00"
@17 = private unnamed_addr constant [3 x i8] c"|~\00"
@18 = private unnamed_addr constant [3 x i8] c"\7F|\00"
@19 = private unnamed_addr constant [7 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 2, i32 1, ptr @12 }, { i32, i32, ptr } { i32 1, i32 1, ptr @13 }, { i32, i32, ptr } { i32 2, i32 1, ptr @14 }, { i32, i32, ptr } { i32 2, i32 1, ptr @15 }, { i32, i32, ptr } { i32 2, i32 1, ptr @16 }, { i32, i32, ptr } { i32 1, i32 1, ptr @17 }, { i32, i32, ptr } { i32 1, i32 1, ptr @18 }]
@20 = private unnamed_addr constant [7 x ptr] [ptr @arith.entry.t0, ptr @arith.entry.t1, ptr @arith.entry.t2, ptr @arith.entry.t3, ptr @arith.entry.t4, ptr @arith.entry.t5, ptr @arith.entry.t6]
@21 = private unnamed_addr constant [8 x i8] c"i32_ops\00"
@22 = private unnamed_addr constant [8 x i8] c"i32_div\00"
@23 = private unnamed_addr constant [9 x i8] c"i64_bits\00"
@24 = private unnamed_addr constant [8 x i8] c"i64_cmp\00"
@25 = private unnamed_addr constant [8 x i8] c"f32_ops\00"
@26 = private unnamed_addr constant [8 x i8] c"f64_ops\00"
@27 = private unnamed_addr constant [8 x i8] c"convert\00"
@28 = private unnamed_addr constant [6 x i8] c"widen\00"
@29 = private unnamed_addr constant [8 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @21, i32 7, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @22, i32 7, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @23, i32 8, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @24, i32 7, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @25, i32 7, i32 0, i32 4, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @26, i32 7, i32 0, i32 5, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @27, i32 7, i32 0, i32 6, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @28, i32 5, i32 0, i32 7, i32 0 }]
@arith_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @11, i32 7, i32 0, ptr @19, ptr @20, ptr null, i32 0, i32 0, i32 0, i32 0, i32 8, i32 0, ptr @10, ptr @8, ptr @9, ptr null, i32 0, i32 0, ptr null, ptr null, i32 8, i32 0, ptr @29, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @arith.func0(ptr %0, i32 %1, i32 %2) #2 {
entry:
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %4, align 4
  store i32 %2, ptr %5, align 4
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = load i32, ptr %4, align 4
  %11 = load i32, ptr %5, align 4
  %12 = mul i32 %10, %11
  %13 = load i32, ptr %4, align 4
  %14 = load i32, ptr %5, align 4
  %15 = sub i32 %13, %14
  %16 = add i32 %12, %15
  %17 = load i32, ptr %4, align 4
  %18 = load i32, ptr %5, align 4
  %19 = and i32 %18, 31
  %20 = shl i32 %17, %19
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %5, align 4
  %23 = call i32 @llvm.fshr.i32(i32 %21, i32 %21, i32 %22)
  %24 = or i32 %20, %23
  %25 = xor i32 %16, %24
  store i32 %25, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %26 = load i32, ptr %3, align 4
  ret i32 %26
}

; Function Attrs: nounwind uwtable
define internal i32 @arith.func1(ptr %0, i32 %1, i32 %2) #2 {
entry:
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %4, align 4
  store i32 %2, ptr %5, align 4
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = load i32, ptr %4, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %trap1, label %14, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %23
  %13 = load i32, ptr %3, align 4
  ret i32 %13

14:                                               ; preds = %9
  %15 = icmp eq i32 %11, -1
  %16 = icmp eq i32 %10, -2147483648
  %17 = and i1 %16, %15
  br i1 %17, label %trap2, label %18, !prof !4

trap1:                                            ; preds = %18, %9
  call void @w2o_trap(i32 5)
  unreachable

18:                                               ; preds = %14
  %19 = sdiv i32 %10, %11
  %20 = load i32, ptr %4, align 4
  %21 = load i32, ptr %5, align 4
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %trap1, label %23, !prof !4

trap2:                                            ; preds = %14
  call void @w2o_trap(i32 4)
  unreachable

23:                                               ; preds = %18
  %24 = urem i32 %20, %21
  %25 = add i32 %19, %24
  store i32 %25, ptr %3, align 4
  br label %return
}

; Function Attrs: nounwind uwtable
define internal i64 @arith.func2(ptr %0, i64 %1) #2 {
entry:
  %2 = alloca i64, align 8
  %locals = alloca { ptr, i64 }, align 8
  %3 = getelementptr inbounds { ptr, i64 }, ptr %locals, i32 0, i32 1
  store i64 %1, ptr %3, align 8
  %4 = call i64 @llvm.read_register.i64(metadata !0)
  %5 = load i64, ptr %0, align 8, !tbaa !1
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !4

7:                                                ; preds = %entry
  %8 = load i64, ptr %3, align 8
  %9 = call i64 @llvm.ctlz.i64(i64 %8, i1 false)
  %10 = load i64, ptr %3, align 8
  %11 = call i64 @llvm.cttz.i64(i64 %10, i1 false)
  %12 = load i64, ptr %3, align 8
  %13 = call i64 @llvm.ctpop.i64(i64 %12)
  %14 = add i64 %11, %13
  %15 = add i64 %9, %14
  store i64 %15, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %16 = load i64, ptr %2, align 8
  ret i64 %16
}

; Function Attrs: nounwind uwtable
define internal i32 @arith.func3(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i64, i64 }, align 8
  %4 = getelementptr inbounds { ptr, i64, i64 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i64, i64 }, ptr %locals, i32 0, i32 2
  store i64 %1, ptr %4, align 8
  store i64 %2, ptr %5, align 8
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = load i64, ptr %4, align 8
  %11 = load i64, ptr %5, align 8
  %12 = icmp slt i64 %10, %11
  %13 = zext i1 %12 to i32
  %14 = load i64, ptr %4, align 8
  %15 = icmp eq i64 %14, 0
  %16 = zext i1 %15 to i32
  %17 = and i32 %13, %16
  store i32 %17, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %18 = load i32, ptr %3, align 4
  ret i32 %18
}

; Function Attrs: nounwind uwtable
define internal float @arith.func4(ptr %0, float %1, float %2) #2 {
entry:
  %3 = alloca float, align 4
  %locals = alloca { ptr, float, float }, align 8
  %4 = getelementptr inbounds { ptr, float, float }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, float, float }, ptr %locals, i32 0, i32 2
  store float %1, ptr %4, align 4
  store float %2, ptr %5, align 4
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = load float, ptr %4, align 4
  %11 = load float, ptr %5, align 4
  %12 = fadd float %10, %11
  %13 = call float @llvm.sqrt.f32(float %12)
  %14 = load float, ptr %4, align 4
  %15 = load float, ptr %5, align 4
  %16 = call float @llvm.copysign.f32(float %14, float %15)
  %17 = call float @llvm.minimum.f32(float %13, float %16)
  %18 = fcmp uno float %13, %16
  %19 = fadd float %13, %16
  %20 = select i1 %18, float %19, float %17
  store float %20, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %21 = load float, ptr %3, align 4
  ret float %21
}

; Function Attrs: nounwind uwtable
define internal double @arith.func5(ptr %0, double %1, double %2) #2 {
entry:
  %3 = alloca double, align 8
  %locals = alloca { ptr, double, double }, align 8
  %4 = getelementptr inbounds { ptr, double, double }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, double, double }, ptr %locals, i32 0, i32 2
  store double %1, ptr %4, align 8
  store double %2, ptr %5, align 8
  %6 = call i64 @llvm.read_register.i64(metadata !0)
  %7 = load i64, ptr %0, align 8, !tbaa !1
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !4

9:                                                ; preds = %entry
  %10 = load double, ptr %4, align 8
  %11 = load double, ptr %5, align 8
  %12 = fdiv double %10, %11
  %13 = load double, ptr %4, align 8
  %14 = call double @llvm.roundeven.f64(double %13)
  %15 = call double @llvm.maximum.f64(double %12, double %14)
  %16 = fcmp uno double %12, %14
  %17 = fadd double %12, %14
  %18 = select i1 %16, double %17, double %15
  store double %18, ptr %3, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %19 = load double, ptr %3, align 8
  ret double %19
}

; Function Attrs: nounwind uwtable
define internal i64 @arith.func6(ptr %0, double %1) #2 {
entry:
  %2 = alloca i64, align 8
  %locals = alloca { ptr, double }, align 8
  %3 = getelementptr inbounds { ptr, double }, ptr %locals, i32 0, i32 1
  store double %1, ptr %3, align 8
  %4 = call i64 @llvm.read_register.i64(metadata !0)
  %5 = load i64, ptr %0, align 8, !tbaa !1
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !4

7:                                                ; preds = %entry
  %8 = load double, ptr %3, align 8
  %9 = fcmp uno double %8, %8
  br i1 %9, label %trap1, label %11, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %16
  %10 = load i64, ptr %2, align 8
  ret i64 %10

11:                                               ; preds = %7
  %12 = fcmp oge double %8, 0xC3E0000000000000
  %13 = fcmp olt double %8, 0x43E0000000000000
  %14 = and i1 %12, %13
  %15 = xor i1 %14, true
  br i1 %15, label %trap2, label %16, !prof !4

trap1:                                            ; preds = %7
  call void @w2o_trap(i32 6)
  unreachable

16:                                               ; preds = %11
  %17 = fptosi double %8 to i64
  %18 = load double, ptr %3, align 8
  %19 = call i64 @llvm.fptoui.sat.i64.f64(double %18)
  %20 = add i64 %17, %19
  store i64 %20, ptr %2, align 8
  br label %return

trap2:                                            ; preds = %11
  call void @w2o_trap(i32 4)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal double @arith.func7(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca double, align 8
  %locals = alloca { ptr, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %3, align 4
  %4 = call i64 @llvm.read_register.i64(metadata !0)
  %5 = load i64, ptr %0, align 8, !tbaa !1
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !4

7:                                                ; preds = %entry
  %8 = load i32, ptr %3, align 4
  %9 = uitofp i32 %8 to double
  %10 = load i32, ptr %3, align 4
  %11 = trunc i32 %10 to i8
  %12 = sext i8 %11 to i32
  %13 = bitcast i32 %12 to float
  %14 = fpext float %13 to double
  %15 = fadd double %9, %14
  store double %15, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %16 = load double, ptr %2, align 8
  ret double %16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshr.i32(i32, i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.copysign.f32(float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minimum.f32(float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.roundeven.f64(double) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maximum.f64(double, double) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fptoui.sat.i64.f64(double) #3

; Function Attrs: uwtable
define internal void @arith.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i32, ptr %6, align 8
  %8 = call i32 %0(ptr %1, i32 %5, i32 %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @arith.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i64, ptr %4, align 8
  %6 = call i64 %0(ptr %1, i64 %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %8, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @arith.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i64, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  %8 = call i32 %0(ptr %1, i64 %5, i64 %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @arith.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load float, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load float, ptr %6, align 8
  %8 = call float %0(ptr %1, float %5, float %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store float %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 125, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @arith.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load double, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load double, ptr %6, align 8
  %8 = call double %0(ptr %1, double %5, double %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store double %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 124, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @arith.entry.t5(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load double, ptr %4, align 8
  %6 = call i64 %0(ptr %1, double %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %8, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @arith.entry.t6(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = call double %0(ptr %1, i32 %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store double %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 124, ptr %8, align 4
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
