; ModuleID = 'atomics'
source_filename = "atomics"
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
@8 = private unnamed_addr constant [8 x ptr] [ptr @atomics.func0, ptr @atomics.func1, ptr @atomics.func2, ptr @atomics.func3, ptr @atomics.func4, ptr @atomics.func5, ptr @atomics.func6, ptr @atomics.func7]
@9 = private unnamed_addr constant [8 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4, ptr @5, ptr @6, ptr @7]
@10 = private unnamed_addr constant [8 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7]
@11 = private unnamed_addr constant [8 x i8] c"atomics\00"
@12 = private unnamed_addr constant [3 x i8] c"\7F~\00"
@13 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@14 = private unnamed_addr constant [4 x i8] c"\7F~~\00"
@15 = private unnamed_addr constant [5 x i8] c"\7F\7F\7F\7F\00"
@16 = private unnamed_addr constant [5 x i8] c"\7F~~\7F\00"
@17 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@18 = private unnamed_addr constant [2 x i8] c"\7F\00"
@19 = private unnamed_addr constant [8 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 1, ptr @12 }, { i32, i32, ptr } { i32 2, i32 0, ptr @13 }, { i32, i32, ptr } { i32 2, i32 1, ptr @14 }, { i32, i32, ptr } { i32 3, i32 1, ptr @15 }, { i32, i32, ptr } zeroinitializer, { i32, i32, ptr } { i32 3, i32 1, ptr @16 }, { i32, i32, ptr } { i32 2, i32 1, ptr @17 }, { i32, i32, ptr } { i32 0, i32 1, ptr @18 }]
@20 = private unnamed_addr constant [8 x ptr] [ptr @atomics.entry.t0, ptr @atomics.entry.t1, ptr @atomics.entry.t2, ptr @atomics.entry.t3, ptr @atomics.entry.t4, ptr @atomics.entry.t5, ptr @atomics.entry.t6, ptr @atomics.entry.t7]
@21 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 4, i32 1, i32 1, i32 0, i32 0 } }]
@22 = private unnamed_addr constant [7 x i8] c"memory\00"
@23 = private unnamed_addr constant [5 x i8] c"load\00"
@24 = private unnamed_addr constant [6 x i8] c"store\00"
@25 = private unnamed_addr constant [4 x i8] c"add\00"
@26 = private unnamed_addr constant [8 x i8] c"cmpxchg\00"
@27 = private unnamed_addr constant [6 x i8] c"fence\00"
@28 = private unnamed_addr constant [5 x i8] c"wait\00"
@29 = private unnamed_addr constant [7 x i8] c"notify\00"
@30 = private unnamed_addr constant [5 x i8] c"size\00"
@31 = private unnamed_addr constant [9 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @22, i32 6, i32 2, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @23, i32 4, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @24, i32 5, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @25, i32 3, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @26, i32 7, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @27, i32 5, i32 0, i32 4, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @28, i32 4, i32 0, i32 5, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @29, i32 6, i32 0, i32 6, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @30, i32 4, i32 0, i32 7, i32 0 }]
@atomics_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @11, i32 8, i32 0, ptr @19, ptr @20, ptr null, i32 0, i32 0, i32 0, i32 0, i32 8, i32 0, ptr @10, ptr @8, ptr @9, ptr null, i32 1, i32 0, ptr @21, ptr null, i32 9, i32 0, ptr @31, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i64 @atomics.func0(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i64, align 8
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
  %14 = add nuw i64 %13, 4
  %15 = and i64 %14, 3
  %16 = icmp ne i64 %15, 0
  br i1 %16, label %trap1, label %18, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %18
  %17 = load i64, ptr %2, align 8
  ret i64 %17

18:                                               ; preds = %7
  %19 = zext i32 %12 to i64
  %20 = add nuw i64 %19, 4
  %21 = getelementptr inbounds i8, ptr %11, i64 %20
  %22 = load atomic i32, ptr %21 seq_cst, align 4, !tbaa !6
  %23 = zext i32 %22 to i64
  store i64 %23, ptr %2, align 8
  br label %return

trap1:                                            ; preds = %7
  call void @w2o_trap(i32 14)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @atomics.func1(ptr %0, i32 %1, i32 %2) #2 {
entry:
  %locals = alloca { ptr, i32, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %3, align 4
  store i32 %2, ptr %4, align 4
  %5 = call i64 @llvm.read_register.i64(metadata !0)
  %6 = load i64, ptr %0, align 8, !tbaa !1
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !4

8:                                                ; preds = %entry
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !1, !invariant.load !5
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  store ptr %12, ptr %locals, align 8
  %13 = load i32, ptr %3, align 4
  %14 = load i32, ptr %4, align 4
  %15 = trunc i32 %14 to i8
  %16 = zext i32 %13 to i64
  %17 = zext i32 %13 to i64
  %18 = getelementptr inbounds i8, ptr %12, i64 %17
  store atomic i8 %15, ptr %18 seq_cst, align 1, !tbaa !6
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  ret void
}

; Function Attrs: nounwind uwtable
define internal i64 @atomics.func2(ptr %0, i32 %1, i64 %2) #2 {
entry:
  %3 = alloca i64, align 8
  %locals = alloca { ptr, i32, i64 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i64 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i64 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %4, align 4
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
  %14 = load i32, ptr %4, align 4
  %15 = load i64, ptr %5, align 8
  %16 = trunc i64 %15 to i16
  %17 = zext i32 %14 to i64
  %18 = and i64 %17, 1
  %19 = icmp ne i64 %18, 0
  br i1 %19, label %trap1, label %21, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %21
  %20 = load i64, ptr %3, align 8
  ret i64 %20

21:                                               ; preds = %9
  %22 = zext i32 %14 to i64
  %23 = getelementptr inbounds i8, ptr %13, i64 %22
  %24 = atomicrmw add ptr %23, i16 %16 seq_cst, align 2
  %25 = zext i16 %24 to i64
  store i64 %25, ptr %3, align 8
  br label %return

trap1:                                            ; preds = %9
  call void @w2o_trap(i32 14)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @atomics.func3(ptr %0, i32 %1, i32 %2, i32 %3) #2 {
entry:
  %4 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32, i32 }, align 8
  %5 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 1
  %6 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 2
  %7 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store i32 %3, ptr %7, align 4
  %8 = call i64 @llvm.read_register.i64(metadata !0)
  %9 = load i64, ptr %0, align 8, !tbaa !1
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !4

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  %15 = load ptr, ptr %14, align 8, !tbaa !1, !invariant.load !5
  store ptr %15, ptr %locals, align 8
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %6, align 4
  %18 = load i32, ptr %7, align 4
  %19 = zext i32 %16 to i64
  %20 = and i64 %19, 3
  %21 = icmp ne i64 %20, 0
  br i1 %21, label %trap1, label %23, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %23
  %22 = load i32, ptr %4, align 4
  ret i32 %22

23:                                               ; preds = %11
  %24 = zext i32 %16 to i64
  %25 = getelementptr inbounds i8, ptr %15, i64 %24
  %26 = cmpxchg ptr %25, i32 %17, i32 %18 seq_cst seq_cst, align 4
  %27 = extractvalue { i32, i1 } %26, 0
  store i32 %27, ptr %4, align 4
  br label %return

trap1:                                            ; preds = %11
  call void @w2o_trap(i32 14)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @atomics.func4(ptr %0) #2 {
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
  fence seq_cst
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %4
  ret void
}

; Function Attrs: nounwind uwtable
define internal i32 @atomics.func5(ptr %0, i32 %1, i64 %2, i64 %3) #2 {
entry:
  %4 = alloca i32, align 4
  %locals = alloca { ptr, i32, i64, i64 }, align 8
  %5 = getelementptr inbounds { ptr, i32, i64, i64 }, ptr %locals, i32 0, i32 1
  %6 = getelementptr inbounds { ptr, i32, i64, i64 }, ptr %locals, i32 0, i32 2
  %7 = getelementptr inbounds { ptr, i32, i64, i64 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %5, align 4
  store i64 %2, ptr %6, align 8
  store i64 %3, ptr %7, align 8
  %8 = call i64 @llvm.read_register.i64(metadata !0)
  %9 = load i64, ptr %0, align 8, !tbaa !1
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !4

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  %15 = load ptr, ptr %14, align 8, !tbaa !1, !invariant.load !5
  store ptr %15, ptr %locals, align 8
  %16 = load i32, ptr %5, align 4
  %17 = load i64, ptr %6, align 8
  %18 = load i64, ptr %7, align 8
  %19 = zext i32 %16 to i64
  %20 = and i64 %19, 7
  %21 = icmp ne i64 %20, 0
  br i1 %21, label %trap1, label %23, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %28
  %22 = load i32, ptr %4, align 4
  ret i32 %22

23:                                               ; preds = %11
  %24 = add i64 %19, 8
  %25 = getelementptr inbounds i8, ptr %14, i64 8
  %26 = load atomic i64, ptr %25 monotonic, align 8, !tbaa !1
  %27 = icmp ugt i64 %24, %26
  br i1 %27, label %trap2, label %28, !prof !4

trap1:                                            ; preds = %11
  call void @w2o_trap(i32 14)
  unreachable

28:                                               ; preds = %23
  %29 = call i32 @w2o_memory_atomic_wait64(ptr %14, i64 %19, i64 %17, i64 %18)
  store i32 %29, ptr %4, align 4
  br label %return

trap2:                                            ; preds = %23
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @atomics.func6(ptr %0, i32 %1, i32 %2) #2 {
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
  %16 = zext i32 %14 to i64
  %17 = and i64 %16, 3
  %18 = icmp ne i64 %17, 0
  br i1 %18, label %trap1, label %20, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %25
  %19 = load i32, ptr %3, align 4
  ret i32 %19

20:                                               ; preds = %9
  %21 = add i64 %16, 4
  %22 = getelementptr inbounds i8, ptr %12, i64 8
  %23 = load atomic i64, ptr %22 monotonic, align 8, !tbaa !1
  %24 = icmp ugt i64 %21, %23
  br i1 %24, label %trap2, label %25, !prof !4

trap1:                                            ; preds = %9
  call void @w2o_trap(i32 14)
  unreachable

25:                                               ; preds = %20
  %26 = call i32 @w2o_memory_atomic_notify(ptr %12, i64 %16, i32 %15)
  store i32 %26, ptr %3, align 4
  br label %return

trap2:                                            ; preds = %20
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @atomics.func7(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %2 = call i64 @llvm.read_register.i64(metadata !0)
  %3 = load i64, ptr %0, align 8, !tbaa !1
  %4 = icmp ult i64 %2, %3
  br i1 %4, label %trap, label %5, !prof !4

5:                                                ; preds = %entry
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !1, !invariant.load !5
  %8 = load ptr, ptr %7, align 8, !tbaa !1, !invariant.load !5
  %9 = load ptr, ptr %8, align 8, !tbaa !1, !invariant.load !5
  store ptr %9, ptr %locals, align 8
  %10 = getelementptr inbounds i8, ptr %8, i64 8
  %11 = load atomic i64, ptr %10 monotonic, align 8, !tbaa !1
  %12 = lshr i64 %11, 16
  %13 = trunc i64 %12 to i32
  store i32 %13, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %5
  %14 = load i32, ptr %1, align 4
  ret i32 %14
}

; Function Attrs: nounwind
declare i32 @w2o_memory_atomic_wait64(ptr, i64, i64, i64) #1

; Function Attrs: nounwind
declare i32 @w2o_memory_atomic_notify(ptr, i64, i32) #1

; Function Attrs: uwtable
define internal void @atomics.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = call i64 %0(ptr %1, i32 %5)
  %7 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %6, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %8, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @atomics.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i32, ptr %6, align 8
  call void %0(ptr %1, i32 %5, i32 %7)
  ret void
}

; Function Attrs: uwtable
define internal void @atomics.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  %8 = call i64 %0(ptr %1, i32 %5, i64 %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @atomics.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i32, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 56
  %9 = load i32, ptr %8, align 8
  %10 = call i32 %0(ptr %1, i32 %5, i32 %7, i32 %9)
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %10, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %12, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @atomics.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @atomics.entry.t5(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 56
  %9 = load i64, ptr %8, align 8
  %10 = call i32 %0(ptr %1, i32 %5, i64 %7, i64 %9)
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %10, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %12, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @atomics.entry.t6(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @atomics.entry.t7(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
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
