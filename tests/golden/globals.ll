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
@globals_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @5, i32 2, i32 1, ptr @8, ptr @9, ptr @12, i32 0, i32 0, i32 0, i32 1, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 4, ptr null, ptr @13, i32 4, i32 0, ptr @18, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @globals.func0(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %2 = call ptr @llvm.addressofreturnaddress.p0()
  %3 = ptrtoint ptr %2 to i64
  %4 = load i64, ptr %0, align 8, !tbaa !0
  %5 = icmp ult i64 %3, %4
  br i1 %5, label %trap, label %6, !prof !3

6:                                                ; preds = %entry
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = load ptr, ptr %7, align 8, !tbaa !0, !invariant.load !4
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load i32, ptr %10, align 8, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %0, i64 16
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = getelementptr inbounds i8, ptr %13, i64 32
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load i32, ptr %15, align 8, !tbaa !5, !invariant.load !4
  %17 = add i32 %11, %16
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load ptr, ptr %18, align 8, !tbaa !0, !invariant.load !4
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  %21 = load ptr, ptr %20, align 8, !tbaa !0, !invariant.load !4
  store i32 %17, ptr %21, align 8, !tbaa !5
  %22 = getelementptr inbounds i8, ptr %0, i64 16
  %23 = load ptr, ptr %22, align 8, !tbaa !0, !invariant.load !4
  %24 = getelementptr inbounds i8, ptr %23, i64 8
  %25 = load ptr, ptr %24, align 8, !tbaa !0, !invariant.load !4
  %26 = load i32, ptr %25, align 8, !tbaa !5
  store i32 %26, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %6
  %27 = load i32, ptr %1, align 4
  ret i32 %27
}

; Function Attrs: nounwind uwtable
define internal i64 @globals.func1(ptr %0) #2 {
entry:
  %1 = alloca i64, align 8
  %locals = alloca { ptr }, align 8
  %2 = call ptr @llvm.addressofreturnaddress.p0()
  %3 = ptrtoint ptr %2 to i64
  %4 = load i64, ptr %0, align 8, !tbaa !0
  %5 = icmp ult i64 %3, %4
  br i1 %5, label %trap, label %6, !prof !3

6:                                                ; preds = %entry
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = load ptr, ptr %7, align 8, !tbaa !0, !invariant.load !4
  %9 = getelementptr inbounds i8, ptr %8, i64 24
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !4
  %11 = load i64, ptr %10, align 8, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %0, i64 16
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = getelementptr inbounds i8, ptr %13, i64 16
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load double, ptr %15, align 8, !tbaa !5, !invariant.load !4
  %17 = fcmp uno double %16, %16
  br i1 %17, label %trap1, label %19, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %24
  %18 = load i64, ptr %1, align 8
  ret i64 %18

19:                                               ; preds = %6
  %20 = fcmp oge double %16, 0xC3E0000000000000
  %21 = fcmp olt double %16, 0x43E0000000000000
  %22 = and i1 %20, %21
  %23 = xor i1 %22, true
  br i1 %23, label %trap2, label %24, !prof !3

trap1:                                            ; preds = %6
  call void @w2o_trap(i32 6)
  unreachable

24:                                               ; preds = %19
  %25 = fptosi double %16 to i64
  %26 = add i64 %11, %25
  %27 = getelementptr inbounds i8, ptr %0, i64 16
  %28 = load ptr, ptr %27, align 8, !tbaa !0, !invariant.load !4
  %29 = getelementptr inbounds i8, ptr %28, i64 24
  %30 = load ptr, ptr %29, align 8, !tbaa !0, !invariant.load !4
  store i64 %26, ptr %30, align 8, !tbaa !5
  %31 = getelementptr inbounds i8, ptr %0, i64 16
  %32 = load ptr, ptr %31, align 8, !tbaa !0, !invariant.load !4
  %33 = getelementptr inbounds i8, ptr %32, i64 24
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = load i64, ptr %34, align 8, !tbaa !5
  store i64 %35, ptr %1, align 8
  br label %return

trap2:                                            ; preds = %19
  call void @w2o_trap(i32 4)
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: uwtable
define internal void @globals.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @globals.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = call i64 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %6, align 4
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
!6 = !{!"w2o global", !2, i64 0}
