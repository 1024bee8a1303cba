; ModuleID = 'explicit'
source_filename = "explicit"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [3 x ptr] [ptr @explicit.func0, ptr @explicit.func1, ptr @explicit.func2]
@4 = private unnamed_addr constant [3 x ptr] [ptr @0, ptr @1, ptr @2]
@5 = private unnamed_addr constant [3 x i32] [i32 0, i32 1, i32 0]
@6 = private unnamed_addr constant [9 x i8] c"explicit\00"
@7 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@8 = private unnamed_addr constant [3 x i8] c"\7F~\00"
@9 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 1, ptr @7 }, { i32, i32, ptr } { i32 2, i32 0, ptr @8 }]
@10 = private unnamed_addr constant [2 x ptr] [ptr @explicit.entry.t0, ptr @explicit.entry.t1]
@11 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@12 = private unnamed_addr constant [5 x i8] c"load\00"
@13 = private unnamed_addr constant [11 x i8] c"store_wide\00"
@14 = private unnamed_addr constant [15 x i8] c"grow_then_load\00"
@15 = private unnamed_addr constant [3 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @12, i32 4, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @13, i32 10, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @14, i32 14, i32 0, i32 2, i32 0 }]
@explicit_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 1, ptr @6, i32 2, i32 0, ptr @9, ptr @10, ptr null, i32 0, i32 0, i32 0, i32 0, i32 3, i32 0, ptr @5, ptr @3, ptr @4, ptr null, i32 1, i32 0, ptr @11, ptr null, i32 3, i32 0, ptr @15, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @explicit.func0(ptr %0, i32 %1) #2 {
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
  %15 = add nuw i64 %14, 4
  %16 = getelementptr inbounds i8, ptr %11, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !0
  %18 = add i64 %15, 4
  %19 = icmp ugt i64 %18, %17
  br i1 %19, label %trap1, label %21, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %21
  %20 = load i32, ptr %2, align 4
  ret i32 %20

21:                                               ; preds = %8
  %22 = getelementptr inbounds i8, ptr %12, i64 %15
  %23 = load i32, ptr %22, align 1, !tbaa !5
  store i32 %23, ptr %2, align 4
  br label %return

trap1:                                            ; preds = %8
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal void @explicit.func1(ptr %0, i32 %1, i64 %2) #2 {
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
  %17 = getelementptr inbounds i8, ptr %12, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !0
  %19 = add i64 %16, 8
  %20 = icmp ugt i64 %19, %18
  br i1 %20, label %trap1, label %21, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %21
  ret void

21:                                               ; preds = %9
  %22 = getelementptr inbounds i8, ptr %13, i64 %16
  store i64 %15, ptr %22, align 1, !tbaa !5
  br label %return

trap1:                                            ; preds = %9
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nounwind uwtable
define internal i32 @explicit.func2(ptr %0, i32 %1) #2 {
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
  %13 = call i64 @w2o_memory_grow(ptr %11, i64 1)
  %14 = trunc i64 %13 to i32
  %15 = load i32, ptr %3, align 4
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %11, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !0
  %19 = add i64 %16, 1
  %20 = icmp ugt i64 %19, %18
  br i1 %20, label %trap1, label %22, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %22
  %21 = load i32, ptr %2, align 4
  ret i32 %21

22:                                               ; preds = %8
  %23 = getelementptr inbounds i8, ptr %12, i64 %16
  %24 = load i8, ptr %23, align 1, !tbaa !5
  %25 = zext i8 %24 to i32
  store i32 %25, ptr %2, align 4
  br label %return

trap1:                                            ; preds = %8
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: uwtable
define internal void @explicit.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @explicit.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
