; ModuleID = 'traps'
source_filename = "traps"
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
@8 = private unnamed_addr constant [8 x ptr] [ptr @traps.func0, ptr @traps.func1, ptr @traps.func2, ptr @traps.func3, ptr @traps.func4, ptr @traps.func5, ptr @traps.func6, ptr @traps.func7]
@9 = private unnamed_addr constant [8 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4, ptr @5, ptr @6, ptr @7]
@10 = private unnamed_addr constant [8 x i32] [i32 1, i32 0, i32 2, i32 3, i32 4, i32 1, i32 5, i32 1]
@11 = private unnamed_addr constant [6 x i8] c"traps\00"
@12 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@13 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@14 = private unnamed_addr constant [4 x i8] c"~~~\00"
@15 = private unnamed_addr constant [3 x i8] c"}\7F\00"
@16 = private unnamed_addr constant [2 x i8] c"\7F\00"
@17 = private unnamed_addr constant [6 x { i32, i32, ptr }] [{ i32, i32, ptr } zeroinitializer, { i32, i32, ptr } { i32 1, i32 1, ptr @12 }, { i32, i32, ptr } { i32 2, i32 1, ptr @13 }, { i32, i32, ptr } { i32 2, i32 1, ptr @14 }, { i32, i32, ptr } { i32 1, i32 1, ptr @15 }, { i32, i32, ptr } { i32 1, i32 0, ptr @16 }]
@18 = private unnamed_addr constant [6 x ptr] [ptr @traps.entry.t0, ptr @traps.entry.t1, ptr @traps.entry.t2, ptr @traps.entry.t3, ptr @traps.entry.t4, ptr @traps.entry.t5]
@19 = private unnamed_addr constant [1 x { i32, i32, { i64, i64, i32, i32, i32, i32 } }] [{ i32, i32, { i64, i64, i32, i32, i32, i32 } } { i32 112, i32 0, { i64, i64, i32, i32, i32, i32 } { i64 2, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@20 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@21 = private unnamed_addr constant [12 x i8] c"unreachable\00"
@22 = private unnamed_addr constant [4 x i8] c"div\00"
@23 = private unnamed_addr constant [4 x i8] c"rem\00"
@24 = private unnamed_addr constant [6 x i8] c"trunc\00"
@25 = private unnamed_addr constant [4 x i8] c"oob\00"
@26 = private unnamed_addr constant [9 x i8] c"bad_call\00"
@27 = private unnamed_addr constant [8 x i8] c"recurse\00"
@28 = private unnamed_addr constant [7 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @21, i32 11, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @22, i32 3, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @23, i32 3, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @24, i32 5, i32 0, i32 4, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @25, i32 3, i32 0, i32 5, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @26, i32 8, i32 0, i32 6, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @27, i32 7, i32 0, i32 7, i32 0 }]
@29 = private unnamed_addr constant [1 x { i32, i32, [2 x i64], ptr }] [{ i32, i32, [2 x i64], ptr } { i32 210, i32 0, [2 x i64] zeroinitializer, ptr null }]
@30 = private unnamed_addr constant [1 x { i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr }] [{ i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr } { i32 0, i32 0, i32 112, i32 1, { i32, i32, [2 x i64], ptr } { i32 65, i32 0, [2 x i64] zeroinitializer, ptr null }, ptr @29 }]
@traps_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @11, i32 6, i32 0, ptr @17, ptr @18, ptr null, i32 0, i32 0, i32 0, i32 0, i32 8, i32 1, ptr @10, ptr @8, ptr @9, ptr @19, i32 1, i32 0, ptr @20, ptr null, i32 7, i32 1, ptr @28, ptr @30, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @traps.func0(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %locals = alloca { ptr, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %3, align 4
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
  %12 = load i32, ptr %3, align 4
  store i32 %12, ptr %2, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %13 = load i32, ptr %2, align 4
  ret i32 %13
}

; Function Attrs: nounwind uwtable
define internal void @traps.func1(ptr %0) #2 {
entry:
  %locals = alloca { ptr }, align 8
  %1 = call i64 @llvm.read_register.i64(metadata !0)
  %2 = load i64, ptr %0, align 8, !tbaa !1
  %3 = icmp ult i64 %1, %2
  br i1 %3, label %trap, label %4, !prof !4

4:                                                ; preds = %entry
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !1, !invariant.load !5
  %7 = load ptr, ptr %6, align 8, !tbaa !1, !invariant.load !5
  %8 = load ptr, ptr %7, align 8, !tbaa !1, !invariant.load !5
  store ptr %8, ptr %locals, align 8
  call void @w2o_trap(i32 1)
  unreachable

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @traps.func2(ptr %0, i32 %1, i32 %2) #2 {
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
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  store ptr %13, ptr %locals, align 8
  %14 = load i32, ptr %4, align 4
  %15 = load i32, ptr %5, align 4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %trap1, label %18, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %22
  %17 = load i32, ptr %3, align 4
  ret i32 %17

18:                                               ; preds = %9
  %19 = icmp eq i32 %15, -1
  %20 = icmp eq i32 %14, -2147483648
  %21 = and i1 %20, %19
  br i1 %21, label %trap2, label %22, !prof !4

trap1:                                            ; preds = %9
  call void @w2o_trap(i32 5)
  unreachable

22:                                               ; preds = %18
  %23 = sdiv i32 %14, %15
  store i32 %23, ptr %3, align 4
  br label %return

trap2:                                            ; preds = %18
  call void @w2o_trap(i32 4)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i64 @traps.func3(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca i64, align 8
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
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  store ptr %13, ptr %locals, align 8
  %14 = load i64, ptr %4, align 8
  %15 = load i64, ptr %5, align 8
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %trap1, label %18, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %18
  %17 = load i64, ptr %3, align 8
  ret i64 %17

18:                                               ; preds = %9
  %19 = icmp eq i64 %15, -1
  %20 = select i1 %19, i64 1, i64 %15
  %21 = srem i64 %14, %20
  store i64 %21, ptr %3, align 8
  br label %return

trap1:                                            ; preds = %9
  call void @w2o_trap(i32 5)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @traps.func4(ptr %0, float %1) #2 {
entry:
  %2 = alloca i32, align 4
  %locals = alloca { ptr, float }, align 8
  %3 = getelementptr inbounds { ptr, float }, ptr %locals, i32 0, i32 1
  store float %1, ptr %3, align 4
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
  %12 = load float, ptr %3, align 4
  %13 = fcmp uno float %12, %12
  br i1 %13, label %trap1, label %15, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %20
  %14 = load i32, ptr %2, align 4
  ret i32 %14

15:                                               ; preds = %7
  %16 = fcmp ogt float %12, -1.000000e+00
  %17 = fcmp olt float %12, 0x41F0000000000000
  %18 = and i1 %16, %17
  %19 = xor i1 %18, true
  br i1 %19, label %trap2, label %20, !prof !4

trap1:                                            ; preds = %7
  call void @w2o_trap(i32 6)
  unreachable

20:                                               ; preds = %15
  %21 = fptoui float %12 to i32
  store i32 %21, ptr %2, align 4
  br label %return

trap2:                                            ; preds = %15
  call void @w2o_trap(i32 4)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @traps.func5(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %locals = alloca { ptr, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %3, align 4
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
  %12 = load i32, ptr %3, align 4
  %13 = zext i32 %12 to i64
  %14 = add nuw i64 %13, 65536
  %15 = getelementptr inbounds i8, ptr %11, i64 %14
  %16 = load i32, ptr %15, align 1, !tbaa !6
  store i32 %16, ptr %2, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %17 = load i32, ptr %2, align 4
  ret i32 %17
}

; Function Attrs: nounwind uwtable
define internal void @traps.func6(ptr %0, i32 %1) #2 {
entry:
  %locals = alloca { ptr, i32 }, align 8
  %2 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %2, align 4
  %3 = call i64 @llvm.read_register.i64(metadata !0)
  %4 = load i64, ptr %0, align 8, !tbaa !1
  %5 = icmp ult i64 %3, %4
  br i1 %5, label %trap, label %6, !prof !4

6:                                                ; preds = %entry
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !1, !invariant.load !5
  %9 = load ptr, ptr %8, align 8, !tbaa !1, !invariant.load !5
  %10 = load ptr, ptr %9, align 8, !tbaa !1, !invariant.load !5
  store ptr %10, ptr %locals, align 8
  %11 = load i32, ptr %2, align 4
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds i8, ptr %0, i64 24
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  %15 = load ptr, ptr %14, align 8, !tbaa !1, !invariant.load !5
  %16 = getelementptr inbounds i8, ptr %15, i64 8
  %17 = load i32, ptr %16, align 4, !tbaa !8
  %18 = zext i32 %17 to i64
  %19 = icmp uge i64 %12, %18
  br i1 %19, label %trap1, label %20, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %32
  ret void

20:                                               ; preds = %6
  %21 = load ptr, ptr %15, align 8, !tbaa !8
  %22 = getelementptr inbounds ptr, ptr %21, i64 %12
  %23 = load ptr, ptr %22, align 8, !tbaa !8
  %24 = icmp eq ptr %23, null
  br i1 %24, label %trap2, label %25, !prof !4

trap1:                                            ; preds = %6
  call void @w2o_trap(i32 7)
  unreachable

25:                                               ; preds = %20
  %26 = getelementptr inbounds i8, ptr %23, i64 16
  %27 = load i32, ptr %26, align 4, !tbaa !1, !invariant.load !5
  %28 = getelementptr inbounds i8, ptr %0, i64 40
  %29 = load ptr, ptr %28, align 8, !tbaa !1, !invariant.load !5
  %30 = load i32, ptr %29, align 4, !tbaa !1, !invariant.load !5
  %31 = icmp ne i32 %27, %30
  br i1 %31, label %trap3, label %32, !prof !4

trap2:                                            ; preds = %20
  call void @w2o_trap(i32 8)
  unreachable

32:                                               ; preds = %25
  %33 = load ptr, ptr %23, align 8, !tbaa !1, !invariant.load !5
  %34 = getelementptr inbounds i8, ptr %23, i64 8
  %35 = load ptr, ptr %34, align 8, !tbaa !1, !invariant.load !5
  %36 = load i64, ptr %0, align 8, !tbaa !1
  store i64 %36, ptr %35, align 8, !tbaa !1
  call void %33(ptr %35)
  br label %return

trap3:                                            ; preds = %25
  call void @w2o_trap(i32 9)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @traps.func7(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %locals = alloca { ptr, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %3, align 4
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
  %12 = load i32, ptr %3, align 4
  %13 = call i32 @traps.func7(ptr %0, i32 %12)
  %14 = add i32 1, %13
  store i32 %14, ptr %2, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

; Function Attrs: uwtable
define internal void @traps.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @traps.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = call i32 %0(ptr %1, i32 %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %8, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @traps.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @traps.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i64, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  %8 = call i64 %0(ptr %1, i64 %5, i64 %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @traps.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load float, ptr %4, align 8
  %6 = call i32 %0(ptr %1, float %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %8, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @traps.entry.t5(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #4

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { uwtable }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(read) }

!0 = !{!"rsp"}
!1 = !{!2, !2, i64 0}
!2 = !{!"w2o context", !3, i64 0}
!3 = !{!"w2o tbaa"}
!4 = !{!"branch_weights", i32 1, i32 1048575}
!5 = !{}
!6 = !{!7, !7, i64 0}
!7 = !{!"w2o linear memory", !3, i64 0}
!8 = !{!9, !9, i64 0}
!9 = !{!"w2o table", !3, i64 0}
