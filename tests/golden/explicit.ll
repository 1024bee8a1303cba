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
@explicit_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 1, ptr @6, i32 2, i32 0, ptr @9, ptr @10, ptr null, i32 0, i32 0, i32 0, i32 0, i32 3, i32 0, ptr @5, ptr @3, ptr @4, ptr null, i32 1, i32 0, ptr @11, ptr null, i32 3, i32 0, ptr @15, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %15 = getelementptr inbounds i8, ptr %10, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !1
  %17 = add i64 %14, 4
  %18 = icmp ugt i64 %17, %16
  br i1 %18, label %trap1, label %20, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %20
  %19 = load i32, ptr %2, align 4
  ret i32 %19

20:                                               ; preds = %7
  %21 = getelementptr inbounds i8, ptr %11, i64 %14
  %22 = load i32, ptr %21, align 1, !tbaa !6
  store i32 %22, ptr %2, align 4
  br label %return

trap1:                                            ; preds = %7
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
  %16 = getelementptr inbounds i8, ptr %11, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !1
  %18 = add i64 %15, 8
  %19 = icmp ugt i64 %18, %17
  br i1 %19, label %trap1, label %20, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %20
  ret void

20:                                               ; preds = %8
  %21 = getelementptr inbounds i8, ptr %12, i64 %15
  store i64 %14, ptr %21, align 1, !tbaa !6
  br label %return

trap1:                                            ; preds = %8
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
  %12 = call i64 @w2o_memory_grow(ptr %10, i64 1)
  %13 = trunc i64 %12 to i32
  %14 = load i32, ptr %3, align 4
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !1
  %18 = add i64 %15, 1
  %19 = icmp ugt i64 %18, %17
  br i1 %19, label %trap1, label %21, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %21
  %20 = load i32, ptr %2, align 4
  ret i32 %20

21:                                               ; preds = %7
  %22 = getelementptr inbounds i8, ptr %11, i64 %15
  %23 = load i8, ptr %22, align 1, !tbaa !6
  %24 = zext i8 %23 to i32
  store i32 %24, ptr %2, align 4
  br label %return

trap1:                                            ; preds = %7
  call void @w2o_trap(i32 2)
  unreachable
}

; Function Attrs: uwtable
define internal void @explicit.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @explicit.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
