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
@memory_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @5, i32 2, i32 0, ptr @8, ptr @9, ptr null, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 1, i32 0, ptr @10, ptr null, i32 3, i32 0, ptr @14, ptr null, i32 1, i32 0, ptr @16, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !5
  %17 = sext i8 %16 to i64
  %18 = load i32, ptr %3, align 4
  %19 = zext i32 %18 to i64
  %20 = add nuw i64 %19, 2
  %21 = getelementptr inbounds i8, ptr %12, i64 %20
  %22 = load i16, ptr %21, align 1, !tbaa !5
  %23 = zext i16 %22 to i64
  %24 = add i64 %17, %23
  %25 = load i32, ptr %3, align 4
  %26 = zext i32 %25 to i64
  %27 = add nuw i64 %26, 4
  %28 = getelementptr inbounds i8, ptr %12, i64 %27
  %29 = load i32, ptr %28, align 1, !tbaa !5
  %30 = zext i32 %29 to i64
  %31 = load i32, ptr %3, align 4
  %32 = zext i32 %31 to i64
  %33 = add nuw i64 %32, 8
  %34 = getelementptr inbounds i8, ptr %12, i64 %33
  %35 = load i32, ptr %34, align 1, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = add i64 %30, %36
  %38 = add i64 %24, %37
  store i64 %38, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %39 = load i64, ptr %2, align 8
  ret i64 %39
}

; Function Attrs: nounwind uwtable
define internal void @memory.func1(ptr %0, i32 %1, i64 %2) #2 {
entry:
  %locals = alloca { ptr, i32, i64 }, align 8
  %3 = getelementptr inbounds { ptr, i32, i64 }, ptr %locals, i32 0, i32 1
  %4 = getelementptr inbounds { ptr, i32, i64 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %3, align 4
  store i64 %2, ptr %4, align 8
  %5 = call ptr @llvm.addressofreturnaddress.p0()
  %6 = ptrtoint ptr %5 to i64
  %7 = load i64, ptr %0, align 8, !tbaa !0
  %8 = icmp ult i64 %6, %7
  br i1 %8, label %trap, label %9, !prof !3

9:                                                ; preds = %entry
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  store ptr %13, ptr %locals, align 8
  %14 = load i32, ptr %3, align 4
  %15 = load i64, ptr %4, align 8
  %16 = zext i32 %14 to i64
  %17 = getelementptr inbounds i8, ptr %13, i64 %16
  store i64 %15, ptr %17, align 1, !tbaa !5
  %18 = load i32, ptr %3, align 4
  %19 = load i64, ptr %4, align 8
  %20 = trunc i64 %19 to i32
  %21 = zext i32 %18 to i64
  %22 = add nuw i64 %21, 9
  %23 = getelementptr inbounds i8, ptr %13, i64 %22
  %24 = trunc i32 %20 to i8
  store i8 %24, ptr %23, align 1, !tbaa !5
  %25 = load i32, ptr %3, align 4
  %26 = load i64, ptr %4, align 8
  %27 = zext i32 %25 to i64
  %28 = add nuw i64 %27, 10
  %29 = getelementptr inbounds i8, ptr %13, i64 %28
  %30 = trunc i64 %26 to i16
  store i16 %30, ptr %29, align 1, !tbaa !5
  %31 = load i32, ptr %3, align 4
  %32 = zext i32 %31 to i64
  %33 = add nuw i64 %32, 12
  %34 = getelementptr inbounds i8, ptr %13, i64 %33
  store float 1.500000e+00, ptr %34, align 1, !tbaa !5
  %35 = load i32, ptr %3, align 4
  %36 = load i32, ptr %3, align 4
  %37 = zext i32 %36 to i64
  %38 = add nuw i64 %37, 24
  %39 = getelementptr inbounds i8, ptr %13, i64 %38
  %40 = load double, ptr %39, align 1, !tbaa !5
  %41 = zext i32 %35 to i64
  %42 = add nuw i64 %41, 16
  %43 = getelementptr inbounds i8, ptr %13, i64 %42
  store double %40, ptr %43, align 1, !tbaa !5
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %9
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: uwtable
define internal void @memory.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @memory.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  call void %0(ptr %1, i32 %5, i64 %7)
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
