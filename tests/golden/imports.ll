; ModuleID = 'imports'
source_filename = "imports"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func2\00"
@1 = private unnamed_addr constant [6 x i8] c"func3\00"
@2 = private unnamed_addr constant [2 x ptr] [ptr @imports.func2, ptr @imports.func3]
@3 = private unnamed_addr constant [2 x ptr] [ptr @0, ptr @1]
@4 = private unnamed_addr constant [2 x i32] [i32 2, i32 3]
@5 = private unnamed_addr constant [8 x i8] c"imports\00"
@6 = private unnamed_addr constant [5 x i8] c"\7F~}|\00"
@7 = private unnamed_addr constant [2 x i8] c"~\00"
@8 = private unnamed_addr constant [3 x i8] c"\7F~\00"
@9 = private unnamed_addr constant [4 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 4, i32 0, ptr @6 }, { i32, i32, ptr } { i32 0, i32 1, ptr @7 }, { i32, i32, ptr } zeroinitializer, { i32, i32, ptr } { i32 1, i32 1, ptr @8 }]
@10 = private unnamed_addr constant [4 x ptr] [ptr @imports.entry.t0, ptr @imports.entry.t1, ptr @imports.entry.t2, ptr @imports.entry.t3]
@11 = private unnamed_addr constant [5 x i8] c"host\00"
@12 = private unnamed_addr constant [4 x i8] c"log\00"
@13 = private unnamed_addr constant [5 x i8] c"host\00"
@14 = private unnamed_addr constant [4 x i8] c"now\00"
@15 = private unnamed_addr constant [5 x i8] c"host\00"
@16 = private unnamed_addr constant [6 x i8] c"table\00"
@17 = private unnamed_addr constant [5 x i8] c"host\00"
@18 = private unnamed_addr constant [7 x i8] c"memory\00"
@19 = private unnamed_addr constant [5 x i8] c"host\00"
@20 = private unnamed_addr constant [6 x i8] c"limit\00"
@21 = private unnamed_addr constant [5 x { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 }] [{ ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @11, ptr @12, i32 4, i32 3, i32 0, i32 0, { i64, i64, i32, i32, i32, i32 } zeroinitializer, i32 0, i32 0 }, { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @13, ptr @14, i32 4, i32 3, i32 0, i32 1, { i64, i64, i32, i32, i32, i32 } zeroinitializer, i32 0, i32 0 }, { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @15, ptr @16, i32 4, i32 5, i32 1, i32 0, { i64, i64, i32, i32, i32, i32 } { i64 2, i64 0, i32 0, i32 0, i32 0, i32 0 }, i32 112, i32 0 }, { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @17, ptr @18, i32 4, i32 6, i32 2, i32 0, { i64, i64, i32, i32, i32, i32 } { i64 1, i64 2, i32 1, i32 0, i32 0, i32 0 }, i32 0, i32 0 }, { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @19, ptr @20, i32 4, i32 5, i32 3, i32 0, { i64, i64, i32, i32, i32, i32 } zeroinitializer, i32 127, i32 1 }]
@22 = private unnamed_addr constant [1 x { i32, i32, { i32, i32, [2 x i64], ptr } }] [{ i32, i32, { i32, i32, [2 x i64], ptr } } { i32 127, i32 1, { i32, i32, [2 x i64], ptr } { i32 65, i32 0, [2 x i64] zeroinitializer, ptr null } }]
@23 = private unnamed_addr constant [4 x i8] c"log\00"
@24 = private unnamed_addr constant [6 x i8] c"table\00"
@25 = private unnamed_addr constant [7 x i8] c"memory\00"
@26 = private unnamed_addr constant [6 x i8] c"limit\00"
@27 = private unnamed_addr constant [7 x i8] c"report\00"
@28 = private unnamed_addr constant [5 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @23, i32 3, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @24, i32 5, i32 1, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @25, i32 6, i32 2, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @26, i32 5, i32 3, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @27, i32 6, i32 0, i32 3, i32 0 }]
@imports_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @5, i32 4, i32 5, ptr @9, ptr @10, ptr @21, i32 2, i32 1, i32 1, i32 1, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 1, ptr null, ptr @22, i32 5, i32 0, ptr @28, ptr null, i32 0, i32 0, ptr null, i64 2, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal void @imports.func2(ptr %0) #2 {
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
  %9 = getelementptr inbounds i8, ptr %0, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !1, !invariant.load !5
  %11 = getelementptr inbounds i8, ptr %10, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !1, !invariant.load !5
  store i32 1, ptr %12, align 8, !tbaa !6
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %4
  ret void
}

; Function Attrs: nounwind uwtable
define internal i64 @imports.func3(ptr %0, i32 %1) #2 {
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
  %15 = load i32, ptr %14, align 1, !tbaa !8
  %16 = getelementptr inbounds i8, ptr %0, i64 32
  %17 = load ptr, ptr %16, align 8, !tbaa !1, !invariant.load !5
  %18 = getelementptr inbounds i8, ptr %17, i64 8
  %19 = load ptr, ptr %18, align 8, !tbaa !1, !invariant.load !5
  %20 = load ptr, ptr %19, align 8, !tbaa !1, !invariant.load !5
  %21 = getelementptr inbounds i8, ptr %19, i64 8
  %22 = load ptr, ptr %21, align 8, !tbaa !1, !invariant.load !5
  %23 = load i64, ptr %0, align 8, !tbaa !1
  store i64 %23, ptr %22, align 8, !tbaa !1
  %24 = call i64 %20(ptr %22)
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !1, !invariant.load !5
  %27 = load ptr, ptr %26, align 8, !tbaa !1, !invariant.load !5
  %28 = load ptr, ptr %27, align 8, !tbaa !1, !invariant.load !5
  %29 = getelementptr inbounds i8, ptr %27, i64 8
  %30 = load ptr, ptr %29, align 8, !tbaa !1, !invariant.load !5
  %31 = load i64, ptr %0, align 8, !tbaa !1
  store i64 %31, ptr %30, align 8, !tbaa !1
  call void %28(ptr %30, i32 %15, i64 %24, float 1.000000e+00, double 2.000000e+00)
  %32 = getelementptr inbounds i8, ptr %0, i64 16
  %33 = load ptr, ptr %32, align 8, !tbaa !1, !invariant.load !5
  %34 = load ptr, ptr %33, align 8, !tbaa !1, !invariant.load !5
  %35 = load i32, ptr %34, align 8, !tbaa !6
  %36 = getelementptr inbounds i8, ptr %0, i64 16
  %37 = load ptr, ptr %36, align 8, !tbaa !1, !invariant.load !5
  %38 = getelementptr inbounds i8, ptr %37, i64 8
  %39 = load ptr, ptr %38, align 8, !tbaa !1, !invariant.load !5
  %40 = load i32, ptr %39, align 8, !tbaa !6
  %41 = add i32 %35, %40
  %42 = getelementptr inbounds i8, ptr %0, i64 16
  %43 = load ptr, ptr %42, align 8, !tbaa !1, !invariant.load !5
  %44 = load ptr, ptr %43, align 8, !tbaa !1, !invariant.load !5
  store i32 %41, ptr %44, align 8, !tbaa !6
  %45 = getelementptr inbounds i8, ptr %0, i64 32
  %46 = load ptr, ptr %45, align 8, !tbaa !1, !invariant.load !5
  %47 = getelementptr inbounds i8, ptr %46, i64 8
  %48 = load ptr, ptr %47, align 8, !tbaa !1, !invariant.load !5
  %49 = load ptr, ptr %48, align 8, !tbaa !1, !invariant.load !5
  %50 = getelementptr inbounds i8, ptr %48, i64 8
  %51 = load ptr, ptr %50, align 8, !tbaa !1, !invariant.load !5
  %52 = load i64, ptr %0, align 8, !tbaa !1
  store i64 %52, ptr %51, align 8, !tbaa !1
  %53 = call i64 %49(ptr %51)
  store i64 %53, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %54 = load i64, ptr %2, align 8
  ret i64 %54
}

; Function Attrs: uwtable
define internal void @imports.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 56
  %9 = load float, ptr %8, align 8
  %10 = getelementptr inbounds i8, ptr %2, i64 80
  %11 = load double, ptr %10, align 8
  call void %0(ptr %1, i32 %5, i64 %7, float %9, double %11)
  ret void
}

; Function Attrs: uwtable
define internal void @imports.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = call i64 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %6, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @imports.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @imports.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
!8 = !{!9, !9, i64 0}
!9 = !{!"w2o linear memory", !3, i64 0}
