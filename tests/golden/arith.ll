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
@arith_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @11, i32 7, i32 0, ptr @19, ptr @20, ptr null, i32 0, i32 0, i32 0, i32 0, i32 8, i32 0, ptr @10, ptr @8, ptr @9, ptr null, i32 0, i32 0, ptr null, ptr null, i32 8, i32 0, ptr @29, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %5, align 4
  %13 = mul i32 %11, %12
  %14 = load i32, ptr %4, align 4
  %15 = load i32, ptr %5, align 4
  %16 = sub i32 %14, %15
  %17 = add i32 %13, %16
  %18 = load i32, ptr %4, align 4
  %19 = load i32, ptr %5, align 4
  %20 = and i32 %19, 31
  %21 = shl i32 %18, %20
  %22 = load i32, ptr %4, align 4
  %23 = load i32, ptr %5, align 4
  %24 = call i32 @llvm.fshr.i32(i32 %22, i32 %22, i32 %23)
  %25 = or i32 %21, %24
  %26 = xor i32 %17, %25
  store i32 %26, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  %27 = load i32, ptr %3, align 4
  ret i32 %27
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %5, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %trap1, label %15, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %24
  %14 = load i32, ptr %3, align 4
  ret i32 %14

15:                                               ; preds = %10
  %16 = icmp eq i32 %12, -1
  %17 = icmp eq i32 %11, -2147483648
  %18 = and i1 %17, %16
  br i1 %18, label %trap2, label %19, !prof !3

trap1:                                            ; preds = %19, %10
  call void @w2o_trap(i32 5)
  unreachable

19:                                               ; preds = %15
  %20 = sdiv i32 %11, %12
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %5, align 4
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %trap1, label %24, !prof !3

trap2:                                            ; preds = %15
  call void @w2o_trap(i32 4)
  unreachable

24:                                               ; preds = %19
  %25 = urem i32 %21, %22
  %26 = add i32 %20, %25
  store i32 %26, ptr %3, align 4
  br label %return
}

; Function Attrs: nounwind uwtable
define internal i64 @arith.func2(ptr %0, i64 %1) #2 {
entry:
  %2 = alloca i64, align 8
  %locals = alloca { ptr, i64 }, align 8
  %3 = getelementptr inbounds { ptr, i64 }, ptr %locals, i32 0, i32 1
  store i64 %1, ptr %3, align 8
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load i64, ptr %3, align 8
  %10 = call i64 @llvm.ctlz.i64(i64 %9, i1 false)
  %11 = load i64, ptr %3, align 8
  %12 = call i64 @llvm.cttz.i64(i64 %11, i1 false)
  %13 = load i64, ptr %3, align 8
  %14 = call i64 @llvm.ctpop.i64(i64 %13)
  %15 = add i64 %12, %14
  %16 = add i64 %10, %15
  store i64 %16, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %17 = load i64, ptr %2, align 8
  ret i64 %17
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load i64, ptr %4, align 8
  %12 = load i64, ptr %5, align 8
  %13 = icmp slt i64 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i64, ptr %4, align 8
  %16 = icmp eq i64 %15, 0
  %17 = zext i1 %16 to i32
  %18 = and i32 %14, %17
  store i32 %18, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  %19 = load i32, ptr %3, align 4
  ret i32 %19
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load float, ptr %4, align 4
  %12 = load float, ptr %5, align 4
  %13 = fadd float %11, %12
  %14 = call float @llvm.sqrt.f32(float %13)
  %15 = load float, ptr %4, align 4
  %16 = load float, ptr %5, align 4
  %17 = call float @llvm.copysign.f32(float %15, float %16)
  %18 = call float @llvm.minimum.f32(float %14, float %17)
  %19 = fcmp uno float %14, %17
  %20 = fadd float %14, %17
  %21 = select i1 %19, float %20, float %18
  store float %21, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  %22 = load float, ptr %3, align 4
  ret float %22
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load double, ptr %4, align 8
  %12 = load double, ptr %5, align 8
  %13 = fdiv double %11, %12
  %14 = load double, ptr %4, align 8
  %15 = call double @llvm.roundeven.f64(double %14)
  %16 = call double @llvm.maximum.f64(double %13, double %15)
  %17 = fcmp uno double %13, %15
  %18 = fadd double %13, %15
  %19 = select i1 %17, double %18, double %16
  store double %19, ptr %3, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  %20 = load double, ptr %3, align 8
  ret double %20
}

; Function Attrs: nounwind uwtable
define internal i64 @arith.func6(ptr %0, double %1) #2 {
entry:
  %2 = alloca i64, align 8
  %locals = alloca { ptr, double }, align 8
  %3 = getelementptr inbounds { ptr, double }, ptr %locals, i32 0, i32 1
  store double %1, ptr %3, align 8
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load double, ptr %3, align 8
  %10 = fcmp uno double %9, %9
  br i1 %10, label %trap1, label %12, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %17
  %11 = load i64, ptr %2, align 8
  ret i64 %11

12:                                               ; preds = %8
  %13 = fcmp oge double %9, 0xC3E0000000000000
  %14 = fcmp olt double %9, 0x43E0000000000000
  %15 = and i1 %13, %14
  %16 = xor i1 %15, true
  br i1 %16, label %trap2, label %17, !prof !3

trap1:                                            ; preds = %8
  call void @w2o_trap(i32 6)
  unreachable

17:                                               ; preds = %12
  %18 = fptosi double %9 to i64
  %19 = load double, ptr %3, align 8
  %20 = call i64 @llvm.fptoui.sat.i64.f64(double %19)
  %21 = add i64 %18, %20
  store i64 %21, ptr %2, align 8
  br label %return

trap2:                                            ; preds = %12
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
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load i32, ptr %3, align 4
  %10 = uitofp i32 %9 to double
  %11 = load i32, ptr %3, align 4
  %12 = trunc i32 %11 to i8
  %13 = sext i8 %12 to i32
  %14 = bitcast i32 %13 to float
  %15 = fpext float %14 to double
  %16 = fadd double %10, %15
  store double %16, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %17 = load double, ptr %2, align 8
  ret double %17
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshr.i32(i32, i32, i32) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.copysign.f32(float, float) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minimum.f32(float, float) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.roundeven.f64(double) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maximum.f64(double, double) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fptoui.sat.i64.f64(double) #4

; Function Attrs: uwtable
define internal void @arith.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @arith.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @arith.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @arith.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @arith.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @arith.entry.t5(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @arith.entry.t6(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { uwtable }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"branch_weights", i32 1, i32 1048575}
