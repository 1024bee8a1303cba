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
@traps_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @11, i32 6, i32 0, ptr @17, ptr @18, ptr null, i32 0, i32 0, i32 0, i32 0, i32 8, i32 1, ptr @10, ptr @8, ptr @9, ptr @19, i32 1, i32 0, ptr @20, ptr null, i32 7, i32 1, ptr @28, ptr @30, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  store ptr %12, ptr %locals, align 8
  %13 = load i32, ptr %3, align 4
  store i32 %13, ptr %2, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %14 = load i32, ptr %2, align 4
  ret i32 %14
}

; Function Attrs: nounwind uwtable
define internal void @traps.func1(ptr %0) #2 {
entry:
  %locals = alloca { ptr }, align 8
  %1 = call ptr @llvm.addressofreturnaddress.p0()
  %2 = ptrtoint ptr %1 to i64
  %3 = load i64, ptr %0, align 8, !tbaa !0
  %4 = icmp ult i64 %2, %3
  br i1 %4, label %trap, label %5, !prof !3

5:                                                ; preds = %entry
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !0, !invariant.load !4
  %8 = load ptr, ptr %7, align 8, !tbaa !0, !invariant.load !4
  %9 = load ptr, ptr %8, align 8, !tbaa !0, !invariant.load !4
  store ptr %9, ptr %locals, align 8
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  store ptr %14, ptr %locals, align 8
  %15 = load i32, ptr %4, align 4
  %16 = load i32, ptr %5, align 4
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %trap1, label %19, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %23
  %18 = load i32, ptr %3, align 4
  ret i32 %18

19:                                               ; preds = %10
  %20 = icmp eq i32 %16, -1
  %21 = icmp eq i32 %15, -2147483648
  %22 = and i1 %21, %20
  br i1 %22, label %trap2, label %23, !prof !3

trap1:                                            ; preds = %10
  call void @w2o_trap(i32 5)
  unreachable

23:                                               ; preds = %19
  %24 = sdiv i32 %15, %16
  store i32 %24, ptr %3, align 4
  br label %return

trap2:                                            ; preds = %19
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  store ptr %14, ptr %locals, align 8
  %15 = load i64, ptr %4, align 8
  %16 = load i64, ptr %5, align 8
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %trap1, label %19, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %19
  %18 = load i64, ptr %3, align 8
  ret i64 %18

19:                                               ; preds = %10
  %20 = icmp eq i64 %16, -1
  %21 = select i1 %20, i64 1, i64 %16
  %22 = srem i64 %15, %21
  store i64 %22, ptr %3, align 8
  br label %return

trap1:                                            ; preds = %10
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
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  store ptr %12, ptr %locals, align 8
  %13 = load float, ptr %3, align 4
  %14 = fcmp uno float %13, %13
  br i1 %14, label %trap1, label %16, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %21
  %15 = load i32, ptr %2, align 4
  ret i32 %15

16:                                               ; preds = %8
  %17 = fcmp ogt float %13, -1.000000e+00
  %18 = fcmp olt float %13, 0x41F0000000000000
  %19 = and i1 %17, %18
  %20 = xor i1 %19, true
  br i1 %20, label %trap2, label %21, !prof !3

trap1:                                            ; preds = %8
  call void @w2o_trap(i32 6)
  unreachable

21:                                               ; preds = %16
  %22 = fptoui float %13 to i32
  store i32 %22, ptr %2, align 4
  br label %return

trap2:                                            ; preds = %16
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
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  store ptr %12, ptr %locals, align 8
  %13 = load i32, ptr %3, align 4
  %14 = zext i32 %13 to i64
  %15 = add nuw i64 %14, 65536
  %16 = getelementptr inbounds i8, ptr %12, i64 %15
  %17 = load i32, ptr %16, align 1, !tbaa !5
  store i32 %17, ptr %2, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %18 = load i32, ptr %2, align 4
  ret i32 %18
}

; Function Attrs: nounwind uwtable
define internal void @traps.func6(ptr %0, i32 %1) #2 {
entry:
  %locals = alloca { ptr, i32 }, align 8
  %2 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %2, align 4
  %3 = call ptr @llvm.addressofreturnaddress.p0()
  %4 = ptrtoint ptr %3 to i64
  %5 = load i64, ptr %0, align 8, !tbaa !0
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !3

7:                                                ; preds = %entry
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !0, !invariant.load !4
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  store ptr %11, ptr %locals, align 8
  %12 = load i32, ptr %2, align 4
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds i8, ptr %0, i64 24
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load ptr, ptr %15, align 8, !tbaa !0, !invariant.load !4
  %17 = getelementptr inbounds i8, ptr %16, i64 8
  %18 = load i32, ptr %17, align 4, !tbaa !7
  %19 = zext i32 %18 to i64
  %20 = icmp uge i64 %13, %19
  br i1 %20, label %trap1, label %21, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %33
  ret void

21:                                               ; preds = %7
  %22 = load ptr, ptr %16, align 8, !tbaa !7
  %23 = getelementptr inbounds ptr, ptr %22, i64 %13
  %24 = load ptr, ptr %23, align 8, !tbaa !7
  %25 = icmp eq ptr %24, null
  br i1 %25, label %trap2, label %26, !prof !3

trap1:                                            ; preds = %7
  call void @w2o_trap(i32 7)
  unreachable

26:                                               ; preds = %21
  %27 = getelementptr inbounds i8, ptr %24, i64 16
  %28 = load i32, ptr %27, align 4, !tbaa !0, !invariant.load !4
  %29 = getelementptr inbounds i8, ptr %0, i64 40
  %30 = load ptr, ptr %29, align 8, !tbaa !0, !invariant.load !4
  %31 = load i32, ptr %30, align 4, !tbaa !0, !invariant.load !4
  %32 = icmp ne i32 %28, %31
  br i1 %32, label %trap3, label %33, !prof !3

trap2:                                            ; preds = %21
  call void @w2o_trap(i32 8)
  unreachable

33:                                               ; preds = %26
  %34 = load ptr, ptr %24, align 8, !tbaa !0, !invariant.load !4
  %35 = getelementptr inbounds i8, ptr %24, i64 8
  %36 = load ptr, ptr %35, align 8, !tbaa !0, !invariant.load !4
  %37 = load i64, ptr %0, align 8, !tbaa !0
  store i64 %37, ptr %36, align 8, !tbaa !0
  call void %34(ptr %36)
  br label %return

trap3:                                            ; preds = %26
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
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  store ptr %12, ptr %locals, align 8
  %13 = load i32, ptr %3, align 4
  %14 = call i32 @traps.func7(ptr %0, i32 %13)
  %15 = add i32 1, %14
  store i32 %15, ptr %2, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %16 = load i32, ptr %2, align 4
  ret i32 %16
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: uwtable
define internal void @traps.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @traps.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @traps.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @traps.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @traps.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @traps.entry.t5(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { uwtable }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"branch_weights", i32 1, i32 1048575}
!4 = !{}
!5 = !{!6, !6, i64 0}
!6 = !{!"w2o linear memory", !2, i64 0}
!7 = !{!8, !8, i64 0}
!8 = !{!"w2o table", !2, i64 0}
