; ModuleID = 'globals'
source_filename = "globals"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [2 x ptr] [ptr @globals.func0, ptr @globals.func1]
@3 = private unnamed_addr constant [2 x ptr] [ptr @0, ptr @1]
@4 = private unnamed_addr constant [2 x i32] [i32 0, i32 1]
@5 = private unnamed_addr constant [8 x i8] c"globals\00"
@6 = private unnamed_addr constant [2 x i8] c"\7F\00"
@7 = private unnamed_addr constant [2 x i8] c"~\00"
@8 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 0, i32 1, ptr @6 }, { i32, i32, ptr } { i32 0, i32 1, ptr @7 }]
@9 = private unnamed_addr constant [2 x ptr] [ptr @globals.entry.t0, ptr @globals.entry.t1]
@10 = private unnamed_addr constant [4 x i8] c"env\00"
@11 = private unnamed_addr constant [5 x i8] c"base\00"
@12 = private unnamed_addr constant [1 x { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 }] [{ ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @10, ptr @11, i32 3, i32 4, i32 3, i32 0, { i64, i64, i32, i32, i32, i32 } zeroinitializer, i32 127, i32 0 }]
@13 = private unnamed_addr constant [4 x { i32, i32, { i32, i32, [2 x i64], ptr } }] [{ i32, i32, { i32, i32, [2 x i64], ptr } } { i32 127, i32 1, { i32, i32, [2 x i64], ptr } { i32 65, i32 0, [2 x i64] zeroinitializer, ptr null } }, { i32, i32, { i32, i32, [2 x i64], ptr } } { i32 124, i32 0, { i32, i32, [2 x i64], ptr } { i32 68, i32 0, [2 x i64] [i64 4612811918334230528, i64 0], ptr null } }, { i32, i32, { i32, i32, [2 x i64], ptr } } { i32 126, i32 1, { i32, i32, [2 x i64], ptr } { i32 66, i32 0, [2 x i64] [i64 -1, i64 0], ptr null } }, { i32, i32, { i32, i32, [2 x i64], ptr } } { i32 127, i32 0, { i32, i32, [2 x i64], ptr } { i32 35, i32 0, [2 x i64] zeroinitializer, ptr null } }]
@14 = private unnamed_addr constant [8 x i8] c"counter\00"
@15 = private unnamed_addr constant [6 x i8] c"scale\00"
@16 = private unnamed_addr constant [5 x i8] c"bump\00"
@17 = private unnamed_addr constant [6 x i8] c"widen\00"
@18 = private unnamed_addr constant [4 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @14, i32 7, i32 3, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @15, i32 5, i32 3, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @16, i32 4, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @17, i32 5, i32 0, i32 1, i32 0 }]
@globals_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @5, i32 2, i32 1, ptr @8, ptr @9, ptr @12, i32 0, i32 0, i32 0, i32 1, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 4, ptr null, ptr @13, i32 4, i32 0, ptr @18, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @globals.func0(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %2 = call i64 @llvm.read_register.i64(metadata !0)
  %3 = load i64, ptr %0, align 8, !tbaa !1
  %4 = icmp ult i64 %2, %3
  br i1 %4, label %trap, label %5, !prof !4

5:                                                ; preds = %entry
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !1, !invariant.load !5
  %8 = getelementptr inbounds i8, ptr %7, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !1, !invariant.load !5
  %10 = load i32, ptr %9, align 8, !tbaa !6
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = getelementptr inbounds i8, ptr %12, i64 32
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  %15 = load i32, ptr %14, align 8, !tbaa !6, !invariant.load !5
  %16 = add i32 %10, %15
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !1, !invariant.load !5
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  %20 = load ptr, ptr %19, align 8, !tbaa !1, !invariant.load !5
  store i32 %16, ptr %20, align 8, !tbaa !6
  %21 = getelementptr inbounds i8, ptr %0, i64 16
  %22 = load ptr, ptr %21, align 8, !tbaa !1, !invariant.load !5
  %23 = getelementptr inbounds i8, ptr %22, i64 8
  %24 = load ptr, ptr %23, align 8, !tbaa !1, !invariant.load !5
  %25 = load i32, ptr %24, align 8, !tbaa !6
  store i32 %25, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %5
  %26 = load i32, ptr %1, align 4
  ret i32 %26
}

; Function Attrs: nounwind uwtable
define internal i64 @globals.func1(ptr %0) #2 {
entry:
  %1 = alloca i64, align 8
  %locals = alloca { ptr }, align 8
  %2 = call i64 @llvm.read_register.i64(metadata !0)
  %3 = load i64, ptr %0, align 8, !tbaa !1
  %4 = icmp ult i64 %2, %3
  br i1 %4, label %trap, label %5, !prof !4

5:                                                ; preds = %entry
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !1, !invariant.load !5
  %8 = getelementptr inbounds i8, ptr %7, i64 24
  %9 = load ptr, ptr %8, align 8, !tbaa !1, !invariant.load !5
  %10 = load i64, ptr %9, align 8, !tbaa !6
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  %13 = getelementptr inbounds i8, ptr %12, i64 16
  %14 = load ptr, ptr %13, align 8, !tbaa !1, !invariant.load !5
  %15 = load double, ptr %14, align 8, !tbaa !6, !invariant.load !5
  %16 = fcmp uno double %15, %15
  br i1 %16, label %trap1, label %18, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %23
  %17 = load i64, ptr %1, align 8
  ret i64 %17

18:                                               ; preds = %5
  %19 = fcmp oge double %15, 0xC3E0000000000000
  %20 = fcmp olt double %15, 0x43E0000000000000
  %21 = and i1 %19, %20
  %22 = xor i1 %21, true
  br i1 %22, label %trap2, label %23, !prof !4

trap1:                                            ; preds = %5
  call void @w2o_trap(i32 6)
  unreachable

23:                                               ; preds = %18
  %24 = fptosi double %15 to i64
  %25 = add i64 %10, %24
  %26 = getelementptr inbounds i8, ptr %0, i64 16
  %27 = load ptr, ptr %26, align 8, !tbaa !1, !invariant.load !5
  %28 = getelementptr inbounds i8, ptr %27, i64 24
  %29 = load ptr, ptr %28, align 8, !tbaa !1, !invariant.load !5
  store i64 %25, ptr %29, align 8, !tbaa !6
  %30 = getelementptr inbounds i8, ptr %0, i64 16
  %31 = load ptr, ptr %30, align 8, !tbaa !1, !invariant.load !5
  %32 = getelementptr inbounds i8, ptr %31, i64 24
  %33 = load ptr, ptr %32, align 8, !tbaa !1, !invariant.load !5
  %34 = load i64, ptr %33, align 8, !tbaa !6
  store i64 %34, ptr %1, align 8
  br label %return

trap2:                                            ; preds = %18
  call void @w2o_trap(i32 4)
  unreachable
}

; Function Attrs: uwtable
define internal void @globals.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @globals.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = call i64 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %6, align 4
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
!7 = !{!"w2o global", !3, i64 0}
