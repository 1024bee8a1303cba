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
@tables_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @9, i32 5, i32 0, ptr @15, ptr @16, ptr null, i32 0, i32 0, i32 0, i32 0, i32 6, i32 1, ptr @8, ptr @6, ptr @7, ptr @17, i32 0, i32 0, ptr null, ptr null, i32 5, i32 1, ptr @23, ptr @25, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %5, align 4
  %13 = add i32 %11, %12
  store i32 %13, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  %14 = load i32, ptr %3, align 4
  ret i32 %14
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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %5, align 4
  %13 = sub i32 %11, %12
  store i32 %13, ptr %3, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %10
  %14 = load i32, ptr %3, align 4
  ret i32 %14
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
  %8 = call ptr @llvm.addressofreturnaddress.p0()
  %9 = ptrtoint ptr %8 to i64
  %10 = load i64, ptr %0, align 8, !tbaa !0
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !3

12:                                               ; preds = %entry
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %7, align 4
  %15 = load i32, ptr %5, align 4
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %0, i64 24
  %18 = load ptr, ptr %17, align 8, !tbaa !0, !invariant.load !4
  %19 = load ptr, ptr %18, align 8, !tbaa !0, !invariant.load !4
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = zext i32 %21 to i64
  %23 = icmp uge i64 %16, %22
  br i1 %23, label %trap1, label %25, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %37
  %24 = load i32, ptr %4, align 4
  ret i32 %24

25:                                               ; preds = %12
  %26 = load ptr, ptr %19, align 8, !tbaa !5
  %27 = getelementptr inbounds ptr, ptr %26, i64 %16
  %28 = load ptr, ptr %27, align 8, !tbaa !5
  %29 = icmp eq ptr %28, null
  br i1 %29, label %trap2, label %30, !prof !3

trap1:                                            ; preds = %12
  call void @w2o_trap(i32 7)
  unreachable

30:                                               ; preds = %25
  %31 = getelementptr inbounds i8, ptr %28, i64 16
  %32 = load i32, ptr %31, align 4, !tbaa !0, !invariant.load !4
  %33 = getelementptr inbounds i8, ptr %0, i64 40
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = load i32, ptr %34, align 4, !tbaa !0, !invariant.load !4
  %36 = icmp ne i32 %32, %35
  br i1 %36, label %trap3, label %37, !prof !3

trap2:                                            ; preds = %25
  call void @w2o_trap(i32 8)
  unreachable

37:                                               ; preds = %30
  %38 = load ptr, ptr %28, align 8, !tbaa !0, !invariant.load !4
  %39 = getelementptr inbounds i8, ptr %28, i64 8
  %40 = load ptr, ptr %39, align 8, !tbaa !0, !invariant.load !4
  %41 = load i64, ptr %0, align 8, !tbaa !0
  store i64 %41, ptr %40, align 8, !tbaa !0
  %42 = call i32 %38(ptr %40, i32 %13, i32 %14)
  store i32 %42, ptr %4, align 4
  br label %return

trap3:                                            ; preds = %30
  call void @w2o_trap(i32 9)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @tables.func3(ptr %0, i32 %1) #2 {
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
  %8 = load i32, ptr %2, align 4
  %9 = getelementptr inbounds i8, ptr %0, i64 32
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = getelementptr inbounds i8, ptr %10, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  %13 = getelementptr inbounds i8, ptr %0, i64 24
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = getelementptr inbounds i8, ptr %15, i64 8
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = icmp uge i32 %8, %17
  br i1 %18, label %trap1, label %19, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %19
  ret void

19:                                               ; preds = %7
  %20 = load ptr, ptr %15, align 8, !tbaa !5
  %21 = zext i32 %8 to i64
  %22 = getelementptr inbounds ptr, ptr %20, i64 %21
  store ptr %12, ptr %22, align 8, !tbaa !5
  br label %return

trap1:                                            ; preds = %7
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
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load i32, ptr %3, align 4
  %10 = getelementptr inbounds i8, ptr %0, i64 24
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = icmp uge i32 %9, %14
  br i1 %15, label %trap1, label %17, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %17
  %16 = load i32, ptr %2, align 4
  ret i32 %16

17:                                               ; preds = %8
  %18 = load ptr, ptr %12, align 8, !tbaa !5
  %19 = zext i32 %9 to i64
  %20 = getelementptr inbounds ptr, ptr %18, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !5
  %22 = icmp eq ptr %21, null
  %23 = zext i1 %22 to i32
  store i32 %23, ptr %2, align 4
  br label %return

trap1:                                            ; preds = %8
  call void @w2o_trap(i32 3)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @tables.func5(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %2 = call ptr @llvm.addressofreturnaddress.p0()
  %3 = ptrtoint ptr %2 to i64
  %4 = load i64, ptr %0, align 8, !tbaa !0
  %5 = icmp ult i64 %3, %4
  br i1 %5, label %trap, label %6, !prof !3

6:                                                ; preds = %entry
  %7 = getelementptr inbounds i8, ptr %0, i64 24
  %8 = load ptr, ptr %7, align 8, !tbaa !0, !invariant.load !4
  %9 = load ptr, ptr %8, align 8, !tbaa !0, !invariant.load !4
  %10 = call i32 @w2o_table_grow(ptr %9, i32 2, ptr null)
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = add i32 %10, %15
  store i32 %16, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %6
  %17 = load i32, ptr %1, align 4
  ret i32 %17
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: nounwind
declare i32 @w2o_table_grow(ptr, i32, ptr) #1

; Function Attrs: uwtable
define internal void @tables.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @tables.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @tables.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

; Function Attrs: uwtable
define internal void @tables.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @tables.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
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
!6 = !{!"w2o table", !2, i64 0}
