; ModuleID = 'memory'
source_filename = "memory"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [2 x ptr] [ptr @memory.func0, ptr @memory.func1]
@3 = private unnamed_addr constant [2 x ptr] [ptr @0, ptr @1]
@4 = private unnamed_addr constant [2 x i32] [i32 0, i32 1]
@5 = private unnamed_addr constant [7 x i8] c"memory\00"
@6 = private unnamed_addr constant [3 x i8] c"\7F~\00"
@7 = private unnamed_addr constant [3 x i8] c"\7F~\00"
@8 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 1, ptr @6 }, { i32, i32, ptr } { i32 2, i32 0, ptr @7 }]
@9 = private unnamed_addr constant [2 x ptr] [ptr @memory.entry.t0, ptr @memory.entry.t1]
@10 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 4, i32 1, i32 0, i32 0, i32 0 } }]
@11 = private unnamed_addr constant [4 x i8] c"mem\00"
@12 = private unnamed_addr constant [9 x i8] c"load_all\00"
@13 = private unnamed_addr constant [10 x i8] c"store_all\00"
@14 = private unnamed_addr constant [3 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @11, i32 3, i32 2, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @12, i32 8, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @13, i32 9, i32 0, i32 1, i32 0 }]
@15 = private unnamed_addr constant [7 x i8] c"golden\00"
@16 = private unnamed_addr constant [1 x { i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr }] [{ i32, i32, i32, i32, { i32, i32, [2 x i64], ptr }, ptr } { i32 0, i32 0, i32 6, i32 0, { i32, i32, [2 x i64], ptr } { i32 65, i32 0, [2 x i64] [i64 16, i64 0], ptr null }, ptr @15 }]
@memory_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @5, i32 2, i32 0, ptr @8, ptr @9, ptr null, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 1, i32 0, ptr @10, ptr null, i32 3, i32 0, ptr @14, ptr null, i32 1, i32 0, ptr @16, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i64 @memory.func0(ptr %0, i32 %1) #2 {
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
  %14 = getelementptr inbounds i8, ptr %11, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !6
  %16 = sext i8 %15 to i64
  %17 = load i32, ptr %3, align 4
  %18 = zext i32 %17 to i64
  %19 = add nuw i64 %18, 2
  %20 = getelementptr inbounds i8, ptr %11, i64 %19
  %21 = load i16, ptr %20, align 1, !tbaa !6
  %22 = zext i16 %21 to i64
  %23 = add i64 %16, %22
  %24 = load i32, ptr %3, align 4
  %25 = zext i32 %24 to i64
  %26 = add nuw i64 %25, 4
  %27 = getelementptr inbounds i8, ptr %11, i64 %26
  %28 = load i32, ptr %27, align 1, !tbaa !6
  %29 = zext i32 %28 to i64
  %30 = load i32, ptr %3, align 4
  %31 = zext i32 %30 to i64
  %32 = add nuw i64 %31, 8
  %33 = getelementptr inbounds i8, ptr %11, i64 %32
  %34 = load i32, ptr %33, align 1, !tbaa !6
  %35 = sext i32 %34 to i64
  %36 = add i64 %29, %35
  %37 = add i64 %23, %36
  store i64 %37, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %38 = load i64, ptr %2, align 8
  ret i64 %38
}

; Function Attrs: nounwind uwtable
define internal void @memory.func1(ptr %0, i32 %1, i64 %2) #2 {
entry:
  %locals = alloca { ptr, i32, i64 }, align 8
  %3 = getelementptr inbounds { ptr, i32, i64 }, ptr %locals, i32 0, i32 1
  %4 = getelementptr inbounds { ptr, i32, i64 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %3, align 4
  store i64 %2, ptr %4, align 8
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
  %14 = load i64, ptr %4, align 8
  %15 = zext i32 %13 to i64
  %16 = getelementptr inbounds i8, ptr %12, i64 %15
  store i64 %14, ptr %16, align 1, !tbaa !6
  %17 = load i32, ptr %3, align 4
  %18 = load i64, ptr %4, align 8
  %19 = trunc i64 %18 to i32
  %20 = zext i32 %17 to i64
  %21 = add nuw i64 %20, 9
  %22 = getelementptr inbounds i8, ptr %12, i64 %21
  %23 = trunc i32 %19 to i8
  store i8 %23, ptr %22, align 1, !tbaa !6
  %24 = load i32, ptr %3, align 4
  %25 = load i64, ptr %4, align 8
  %26 = zext i32 %24 to i64
  %27 = add nuw i64 %26, 10
  %28 = getelementptr inbounds i8, ptr %12, i64 %27
  %29 = trunc i64 %25 to i16
  store i16 %29, ptr %28, align 1, !tbaa !6
  %30 = load i32, ptr %3, align 4
  %31 = zext i32 %30 to i64
  %32 = add nuw i64 %31, 12
  %33 = getelementptr inbounds i8, ptr %12, i64 %32
  store float 1.500000e+00, ptr %33, align 1, !tbaa !6
  %34 = load i32, ptr %3, align 4
  %35 = load i32, ptr %3, align 4
  %36 = zext i32 %35 to i64
  %37 = add nuw i64 %36, 24
  %38 = getelementptr inbounds i8, ptr %12, i64 %37
  %39 = load double, ptr %38, align 1, !tbaa !6
  %40 = zext i32 %34 to i64
  %41 = add nuw i64 %40, 16
  %42 = getelementptr inbounds i8, ptr %12, i64 %41
  store double %39, ptr %42, align 1, !tbaa !6
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  ret void
}

; Function Attrs: uwtable
define internal void @memory.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @memory.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  call void %0(ptr %1, i32 %5, i64 %7)
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
