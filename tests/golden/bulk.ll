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
@bulk_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @8, i32 3, i32 0, ptr @11, ptr @12, ptr null, i32 0, i32 0, i32 0, i32 0, i32 5, i32 1, ptr @7, ptr @5, ptr @6, ptr @13, i32 1, i32 0, ptr @14, ptr null, i32 4, i32 1, ptr @19, ptr @21, i32 1, i32 0, ptr @23, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal void @bulk.func0(ptr %0) #2 {
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
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %4
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
  %15 = load i32, ptr %4, align 4
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %6, align 4
  %18 = zext i32 %16 to i64
  %19 = zext i32 %17 to i64
  %20 = getelementptr inbounds i8, ptr %13, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !1
  %22 = add i64 %18, %19
  %23 = icmp ugt i64 %22, %21
  br i1 %23, label %trap1, label %24, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %32
  ret void

24:                                               ; preds = %10
  %25 = getelementptr inbounds i8, ptr %14, i64 %18
  %26 = zext i32 %15 to i64
  %27 = zext i32 %17 to i64
  %28 = getelementptr inbounds i8, ptr %13, i64 8
  %29 = load i64, ptr %28, align 8, !tbaa !1
  %30 = add i64 %26, %27
  %31 = icmp ugt i64 %30, %29
  br i1 %31, label %trap1, label %32, !prof !4

trap1:                                            ; preds = %24, %10
  call void @w2o_trap(i32 2)
  unreachable

32:                                               ; preds = %24
  %33 = getelementptr inbounds i8, ptr %14, i64 %26
  %34 = zext i32 %17 to i64
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %33, ptr align 1 %25, i64 %34, i1 false)
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
  %15 = load i32, ptr %4, align 4
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %6, align 4
  %18 = zext i32 %15 to i64
  %19 = zext i32 %17 to i64
  %20 = getelementptr inbounds i8, ptr %13, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !1
  %22 = add i64 %18, %19
  %23 = icmp ugt i64 %22, %21
  br i1 %23, label %trap1, label %24, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %24
  ret void

24:                                               ; preds = %10
  %25 = getelementptr inbounds i8, ptr %14, i64 %18
  %26 = zext i32 %17 to i64
  %27 = trunc i32 %16 to i8
  call void @llvm.memset.p0.i64(ptr align 1 %25, i8 %27, i64 %26, i1 false)
  br label %return

trap1:                                            ; preds = %10
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @bulk.func3(ptr %0, i32 %1) #2 {
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
  call void @w2o_memory_init(ptr %0, i32 0, i32 0, i32 %11, i32 0, i32 9)
  call void @w2o_data_drop(ptr %0, i32 0)
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %6
  ret void
}

; Function Attrs: nounwind uwtable
define internal void @bulk.func4(ptr %0, i32 %1) #2 {
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
  call void @w2o_table_init(ptr %0, i32 0, i32 0, i32 %11, i32 0, i32 2)
  call void @w2o_table_copy(ptr %0, i32 0, i32 0, i32 2, i32 0, i32 2)
  call void @w2o_elem_drop(ptr %0, i32 0)
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %6
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

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
define internal void @bulk.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @bulk.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
define internal void @bulk.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #6

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { uwtable }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(read) }

!0 = !{!"rsp"}
!1 = !{!2, !2, i64 0}
!2 = !{!"w2o context", !3, i64 0}
!3 = !{!"w2o tbaa"}
!4 = !{!"branch_weights", i32 1, i32 1048575}
!5 = !{}
