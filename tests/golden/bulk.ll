; ModuleID = 'bulk'
source_filename = "bulk"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [6 x i8] c"func3\00"
@4 = private unnamed_addr constant [6 x i8] c"func4\00"
@5 = private unnamed_addr constant [5 x ptr] [ptr @bulk.func0, ptr @bulk.func1, ptr @bulk.func2, ptr @bulk.func3, ptr @bulk.func4]
@6 = private unnamed_addr constant [5 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4]
@7 = private unnamed_addr constant [5 x i32] [i32 0, i32 1, i32 1, i32 2, i32 2]
@8 = private unnamed_addr constant [5 x i8] c"bulk\00"
@9 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@10 = private unnamed_addr constant [2 x i8] c"\7F\00"
@11 = private unnamed_addr constant [3 x { i32, i32, ptr }] [{ i32, i32, ptr } zeroinitializer, { i32, i32, ptr } { i32 3, i32 0, ptr @9 }, { i32, i32, ptr } { i32 1, i32 0, ptr @10 }]
@12 = private unnamed_addr constant [3 x ptr] [ptr @bulk.entry.t0, ptr @bulk.entry.t1, ptr @bulk.entry.t2]
@13 = private unnamed_addr constant [1 x { i32, i32, { i64, i64, i32, i32, i32, i32 } }] [{ i32, i32, { i64, i64, i32, i32, i32, i32 } } { i32 112, i32 0, { i64, i64, i32, i32, i32, i32 } { i64 4, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@14 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@15 = private unnamed_addr constant [5 x i8] c"copy\00"
@16 = private unnamed_addr constant [5 x i8] c"fill\00"
@17 = private unnamed_addr constant [5 x i8] c"init\00"
@18 = private unnamed_addr constant [7 x i8] c"tables\00"
@19 = private unnamed_addr constant [4 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @15, i32 4, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @16, i32 4, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @17, i32 4, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @18, i32 6, i32 0, i32 4, i32 0 }]
@20 = private unnamed_addr constant [2 x { i32, i32, [2 x i64], ptr }] [{ i32, i32, [2 x i64], ptr } { i32 210, i32 0, [2 x i64] zeroinitializer, ptr null }, { i32, i32, [2 x i64], ptr } { i32 210, i32 0, [2 x i64] zeroinitializer, ptr null }]
@21 = private unnamed_addr constant [1 x { i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr }] [{ i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr } { i32 1, i32 0, i32 112, i32 2, { i32, i32, [2 x i64], ptr } zeroinitializer, ptr @20 }]
@22 = private unnamed_addr constant [10 x i8] c"bulk data\00"
@23 = private unnamed_addr constant [1 x { i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr }] [{ i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr } { i32 1, i32 0, i32 9, i32 0, { i32, i32, [2 x i64], ptr } zeroinitializer, ptr @22 }]
@bulk_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @8, i32 3, i32 0, ptr @11, ptr @12, ptr null, i32 0, i32 0, i32 0, i32 0, i32 5, i32 1, ptr @7, ptr @5, ptr @6, ptr @13, i32 1, i32 0, ptr @14, ptr null, i32 4, i32 1, ptr @19, ptr @21, i32 1, i32 0, ptr @23, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal void @bulk.func0(ptr %0) #2 {
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
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %5
  ret void
}

; Function Attrs: nounwind uwtable
define internal void @bulk.func1(ptr %0, i32 %1, i32 %2, i32 %3) #2 {
entry:
  %locals = alloca { ptr, i32, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 2
  %6 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %4, align 4
  store i32 %2, ptr %5, align 4
  store i32 %3, ptr %6, align 4
  %7 = call ptr @llvm.addressofreturnaddress.p0()
  %8 = ptrtoint ptr %7 to i64
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !3

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  store ptr %15, ptr %locals, align 8
  %16 = load i32, ptr %4, align 4
  %17 = load i32, ptr %5, align 4
  %18 = load i32, ptr %6, align 4
  %19 = zext i32 %17 to i64
  %20 = zext i32 %18 to i64
  %21 = getelementptr inbounds i8, ptr %14, i64 8
  %22 = load i64, ptr %21, align 8, !tbaa !0
  %23 = add i64 %19, %20
  %24 = icmp ugt i64 %23, %22
  br i1 %24, label %trap1, label %25, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %33
  ret void

25:                                               ; preds = %11
  %26 = getelementptr inbounds i8, ptr %15, i64 %19
  %27 = zext i32 %16 to i64
  %28 = zext i32 %18 to i64
  %29 = getelementptr inbounds i8, ptr %14, i64 8
  %30 = load i64, ptr %29, align 8, !tbaa !0
  %31 = add i64 %27, %28
  %32 = icmp ugt i64 %31, %30
  br i1 %32, label %trap1, label %33, !prof !3

trap1:                                            ; preds = %25, %11
  call void @w2o_trap(i32 2)
  unreachable

33:                                               ; preds = %25
  %34 = getelementptr inbounds i8, ptr %15, i64 %27
  %35 = zext i32 %18 to i64
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %34, ptr align 1 %26, i64 %35, i1 false)
  br label %return
}

; Function Attrs: nounwind uwtable
define internal void @bulk.func2(ptr %0, i32 %1, i32 %2, i32 %3) #2 {
entry:
  %locals = alloca { ptr, i32, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 2
  %6 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %4, align 4
  store i32 %2, ptr %5, align 4
  store i32 %3, ptr %6, align 4
  %7 = call ptr @llvm.addressofreturnaddress.p0()
  %8 = ptrtoint ptr %7 to i64
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !3

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  store ptr %15, ptr %locals, align 8
  %16 = load i32, ptr %4, align 4
  %17 = load i32, ptr %5, align 4
  %18 = load i32, ptr %6, align 4
  %19 = zext i32 %16 to i64
  %20 = zext i32 %18 to i64
  %21 = getelementptr inbounds i8, ptr %14, i64 8
  %22 = load i64, ptr %21, align 8, !tbaa !0
  %23 = add i64 %19, %20
  %24 = icmp ugt i64 %23, %22
  br i1 %24, label %trap1, label %25, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %25
  ret void

25:                                               ; preds = %11
  %26 = getelementptr inbounds i8, ptr %15, i64 %19
  %27 = zext i32 %18 to i64
  %28 = trunc i32 %17 to i8
  call void @llvm.memset.p0.i64(ptr align 1 %26, i8 %28, i64 %27, i1 false)
  br label %return

trap1:                                            ; preds = %11
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @bulk.func3(ptr %0, i32 %1) #2 {
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
  call void @w2o_memory_init(ptr %0, i32 0, i32 0, i32 %12, i32 0, i32 9)
  call void @w2o_data_drop(ptr %0, i32 0)
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  ret void
}

; Function Attrs: nounwind uwtable
define internal void @bulk.func4(ptr %0, i32 %1) #2 {
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
  call void @w2o_table_init(ptr %0, i32 0, i32 0, i32 %12, i32 0, i32 2)
  call void @w2o_table_copy(ptr %0, i32 0, i32 0, i32 2, i32 0, i32 2)
  call void @w2o_elem_drop(ptr %0, i32 0)
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nounwind
declare void @w2o_memory_init(ptr, i32, i32, i32, i32, i32) #1

; Function Attrs: nounwind
declare void @w2o_data_drop(ptr, i32) #1

; Function Attrs: nounwind
declare void @w2o_table_init(ptr, i32, i32, i32, i32, i32) #1

; Function Attrs: nounwind
declare void @w2o_table_copy(ptr, i32, i32, i32, i32, i32) #1

; Function Attrs: nounwind
declare void @w2o_elem_drop(ptr, i32) #1

; Function Attrs: uwtable
define internal void @bulk.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #6 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @bulk.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #6 {
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
define internal void @bulk.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #6 {
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
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { uwtable }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"branch_weights", i32 1, i32 1048575}
!4 = !{}
