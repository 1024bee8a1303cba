; ModuleID = 'tables'
source_filename = "tables"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [6 x i8] c"func3\00"
@4 = private unnamed_addr constant [6 x i8] c"func4\00"
@5 = private unnamed_addr constant [6 x i8] c"func5\00"
@6 = private unnamed_addr constant [6 x ptr] [ptr @tables.func0, ptr @tables.func1, ptr @tables.func2, ptr @tables.func3, ptr @tables.func4, ptr @tables.func5]
@7 = private unnamed_addr constant [6 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4, ptr @5]
@8 = private unnamed_addr constant [6 x i32] [i32 0, i32 0, i32 1, i32 2, i32 3, i32 4]
@9 = private unnamed_addr constant [7 x i8] c"tables\00"
@10 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@11 = private unnamed_addr constant [5 x i8] c"\7F\7F\7F\7F\00"
@12 = private unnamed_addr constant [2 x i8] c"\7F\00"
@13 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@14 = private unnamed_addr constant [2 x i8] c"\7F\00"
@15 = private unnamed_addr constant [5 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 2, i32 1, ptr @10 }, { i32, i32, ptr } { i32 3, i32 1, ptr @11 }, { i32, i32, ptr } { i32 1, i32 0, ptr @12 }, { i32, i32, ptr } { i32 1, i32 1, ptr @13 }, { i32, i32, ptr } { i32 0, i32 1, ptr @14 }]
@16 = private unnamed_addr constant [5 x ptr] [ptr @tables.entry.t0, ptr @tables.entry.t1, ptr @tables.entry.t2, ptr @tables.entry.t3, ptr @tables.entry.t4]
@17 = private unnamed_addr constant [1 x { i32, i32, { i64, i64, i32, i32, i32, i32 } }] [{ i32, i32, { i64, i64, i32, i32, i32, i32 } } { i32 112, i32 0, { i64, i64, i32, i32, i32, i32 } { i64 4, i64 8, i32 1, i32 0, i32 0, i32 0 } }]
@18 = private unnamed_addr constant [6 x i8] c"table\00"
@19 = private unnamed_addr constant [6 x i8] c"apply\00"
@20 = private unnamed_addr constant [8 x i8] c"install\00"
@21 = private unnamed_addr constant [8 x i8] c"is_null\00"
@22 = private unnamed_addr constant [5 x i8] c"grow\00"
@23 = private unnamed_addr constant [5 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @18, i32 5, i32 1, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @19, i32 5, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @20, i32 7, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @21, i32 7, i32 0, i32 4, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @22, i32 4, i32 0, i32 5, i32 0 }]
@24 = private unnamed_addr constant [2 x { i32, i32, [2 x i64], ptr }] [{ i32, i32, [2 x i64], ptr } { i32 210, i32 0, [2 x i64] zeroinitializer, ptr null }, { i32, i32, [2 x i64], ptr } { i32 210, i32 1, [2 x i64] zeroinitializer, ptr null }]
@25 = private unnamed_addr constant [1 x { i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr }] [{ i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr } { i32 0, i32 0, i32 112, i32 2, { i32, i32, [2 x i64], ptr } { i32 65, i32 0, [2 x i64] zeroinitializer, ptr null }, ptr @24 }]
@tables_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @9, i32 5, i32 0, ptr @15, ptr @16, ptr null, i32 0, i32 0, i32 0, i32 0, i32 6, i32 1, ptr @8, ptr @6, ptr @7, ptr @17, i32 0, i32 0, ptr null, ptr null, i32 5, i32 1, ptr @23, ptr @25, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @tables.func0(ptr %0, i32 %1, i32 %2) #2 {
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
  %12 = add i32 %10, %11
  store i32 %12, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %13 = load i32, ptr %3, align 4
  ret i32 %13
}

; Function Attrs: nounwind uwtable
define internal i32 @tables.func1(ptr %0, i32 %1, i32 %2) #2 {
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
  %12 = sub i32 %10, %11
  store i32 %12, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  %13 = load i32, ptr %3, align 4
  ret i32 %13
}

; Function Attrs: nounwind uwtable
define internal i32 @tables.func2(ptr %0, i32 %1, i32 %2, i32 %3) #2 {
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
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %7, align 4
  %14 = load i32, ptr %5, align 4
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %0, i64 24
  %17 = load ptr, ptr %16, align 8, !tbaa !1, !invariant.load !5
  %18 = load ptr, ptr %17, align 8, !tbaa !1, !invariant.load !5
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  %20 = load i32, ptr %19, align 4, !tbaa !6
  %21 = zext i32 %20 to i64
  %22 = icmp uge i64 %15, %21
  br i1 %22, label %trap1, label %24, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %36
  %23 = load i32, ptr %4, align 4
  ret i32 %23

24:                                               ; preds = %11
  %25 = load ptr, ptr %18, align 8, !tbaa !6
  %26 = getelementptr inbounds ptr, ptr %25, i64 %15
  %27 = load ptr, ptr %26, align 8, !tbaa !6
  %28 = icmp eq ptr %27, null
  br i1 %28, label %trap2, label %29, !prof !4

trap1:                                            ; preds = %11
  call void @w2o_trap(i32 7)
  unreachable

29:                                               ; preds = %24
  %30 = getelementptr inbounds i8, ptr %27, i64 16
  %31 = load i32, ptr %30, align 4, !tbaa !1, !invariant.load !5
  %32 = getelementptr inbounds i8, ptr %0, i64 40
  %33 = load ptr, ptr %32, align 8, !tbaa !1, !invariant.load !5
  %34 = load i32, ptr %33, align 4, !tbaa !1, !invariant.load !5
  %35 = icmp ne i32 %31, %34
  br i1 %35, label %trap3, label %36, !prof !4

trap2:                                            ; preds = %24
  call void @w2o_trap(i32 8)
  unreachable

36:                                               ; preds = %29
  %37 = load ptr, ptr %27, align 8, !tbaa !1, !invariant.load !5
  %38 = getelementptr inbounds i8, ptr %27, i64 8
  %39 = load ptr, ptr %38, align 8, !tbaa !1, !invariant.load !5
  %40 = load i64, ptr %0, align 8, !tbaa !1
  store i64 %40, ptr %39, align 8, !tbaa !1
  %41 = call i32 %37(ptr %39, i32 %12, i32 %13)
  store i32 %41, ptr %4, align 4
  br label %return

trap3:                                            ; preds = %29
  call void @w2o_trap(i32 9)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @tables.func3(ptr %0, i32 %1) #2 {
entry:
  %locals = alloca { ptr, i32 }, align 8
  %2 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %2, align 4
  %3 = call i64 @llvm.read_register.i64(metadata !0)
  %4 = load i64, ptr %0, align 8, !tbaa !1
  %5 = icmp ult i64 %3, %4
  br i1 %5, label %trap, label %6, !prof !4

6:                                                ; preds = %entry
  %7 = load i32, ptr %2, align 4
  %8 = getelementptr inbounds i8, ptr %0, i64 32
  %9 = load ptr, ptr %8, align 8, !tbaa !1, !invariant.load !5
  %10 = getelementptr inbounds i8, ptr %9, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = getelementptr inbounds i8, ptr %0, i64 24
  %13 = load ptr, ptr %12, align 8, !tbaa !1, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  %15 = getelementptr inbounds i8, ptr %14, i64 8
  %16 = load i32, ptr %15, align 4, !tbaa !6
  %17 = icmp uge i32 %7, %16
  br i1 %17, label %trap1, label %18, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %18
  ret void

18:                                               ; preds = %6
  %19 = load ptr, ptr %14, align 8, !tbaa !6
  %20 = zext i32 %7 to i64
  %21 = getelementptr inbounds ptr, ptr %19, i64 %20
  store ptr %11, ptr %21, align 8, !tbaa !6
  br label %return

trap1:                                            ; preds = %6
  call void @w2o_trap(i32 3)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @tables.func4(ptr %0, i32 %1) #2 {
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
  %8 = load i32, ptr %3, align 4
  %9 = getelementptr inbounds i8, ptr %0, i64 24
  %10 = load ptr, ptr %9, align 8, !tbaa !1, !invariant.load !5
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = icmp uge i32 %8, %13
  br i1 %14, label %trap1, label %16, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %16
  %15 = load i32, ptr %2, align 4
  ret i32 %15

16:                                               ; preds = %7
  %17 = load ptr, ptr %11, align 8, !tbaa !6
  %18 = zext i32 %8 to i64
  %19 = getelementptr inbounds ptr, ptr %17, i64 %18
  %20 = load ptr, ptr %19, align 8, !tbaa !6
  %21 = icmp eq ptr %20, null
  %22 = zext i1 %21 to i32
  store i32 %22, ptr %2, align 4
  br label %return

trap1:                                            ; preds = %7
  call void @w2o_trap(i32 3)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @tables.func5(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %2 = call i64 @llvm.read_register.i64(metadata !0)
  %3 = load i64, ptr %0, align 8, !tbaa !1
  %4 = icmp ult i64 %2, %3
  br i1 %4, label %trap, label %5, !prof !4

5:                                                ; preds = %entry
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !1, !invariant.load !5
  %8 = load ptr, ptr %7, align 8, !tbaa !1, !invariant.load !5
  %9 = call i32 @w2o_table_grow(ptr %8, i32 2, ptr null)
  %10 = getelementptr inbounds i8, ptr %0, i64 24
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = load i32, ptr %13, align 4, !tbaa !6
  %15 = add i32 %9, %14
  store i32 %15, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %5
  %16 = load i32, ptr %1, align 4
  ret i32 %16
}

; Function Attrs: nounwind
declare i32 @w2o_table_grow(ptr, i32, ptr) #1

; Function Attrs: uwtable
define internal void @tables.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @tables.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @tables.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

; Function Attrs: uwtable
define internal void @tables.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @tables.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
!7 = !{!"w2o table", !3, i64 0}
