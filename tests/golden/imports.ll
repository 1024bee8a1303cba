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
@imports_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @5, i32 4, i32 5, ptr @9, ptr @10, ptr @21, i32 2, i32 1, i32 1, i32 1, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 1, ptr null, ptr @22, i32 5, i32 0, ptr @28, ptr null, i32 0, i32 0, ptr null, i64 2, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal void @imports.func2(ptr %0) #2 {
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
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  store i32 1, ptr %13, align 8, !tbaa !5
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %5
  ret void
}

; Function Attrs: nounwind uwtable
define internal i64 @imports.func3(ptr %0, i32 %1) #2 {
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
  %16 = load i32, ptr %15, align 1, !tbaa !7
  %17 = getelementptr inbounds i8, ptr %0, i64 32
  %18 = load ptr, ptr %17, align 8, !tbaa !0, !invariant.load !4
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  %20 = load ptr, ptr %19, align 8, !tbaa !0, !invariant.load !4
  %21 = load ptr, ptr %20, align 8, !tbaa !0, !invariant.load !4
  %22 = getelementptr inbounds i8, ptr %20, i64 8
  %23 = load ptr, ptr %22, align 8, !tbaa !0, !invariant.load !4
  %24 = load i64, ptr %0, align 8, !tbaa !0
  store i64 %24, ptr %23, align 8, !tbaa !0
  %25 = call i64 %21(ptr %23)
  %26 = getelementptr inbounds i8, ptr %0, i64 32
  %27 = load ptr, ptr %26, align 8, !tbaa !0, !invariant.load !4
  %28 = load ptr, ptr %27, align 8, !tbaa !0, !invariant.load !4
  %29 = load ptr, ptr %28, align 8, !tbaa !0, !invariant.load !4
  %30 = getelementptr inbounds i8, ptr %28, i64 8
  %31 = load ptr, ptr %30, align 8, !tbaa !0, !invariant.load !4
  %32 = load i64, ptr %0, align 8, !tbaa !0
  store i64 %32, ptr %31, align 8, !tbaa !0
  call void %29(ptr %31, i32 %16, i64 %25, float 1.000000e+00, double 2.000000e+00)
  %33 = getelementptr inbounds i8, ptr %0, i64 16
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = load ptr, ptr %34, align 8, !tbaa !0, !invariant.load !4
  %36 = load i32, ptr %35, align 8, !tbaa !5
  %37 = getelementptr inbounds i8, ptr %0, i64 16
  %38 = load ptr, ptr %37, align 8, !tbaa !0, !invariant.load !4
  %39 = getelementptr inbounds i8, ptr %38, i64 8
  %40 = load ptr, ptr %39, align 8, !tbaa !0, !invariant.load !4
  %41 = load i32, ptr %40, align 8, !tbaa !5
  %42 = add i32 %36, %41
  %43 = getelementptr inbounds i8, ptr %0, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !0, !invariant.load !4
  %45 = load ptr, ptr %44, align 8, !tbaa !0, !invariant.load !4
  store i32 %42, ptr %45, align 8, !tbaa !5
  %46 = getelementptr inbounds i8, ptr %0, i64 32
  %47 = load ptr, ptr %46, align 8, !tbaa !0, !invariant.load !4
  %48 = getelementptr inbounds i8, ptr %47, i64 8
  %49 = load ptr, ptr %48, align 8, !tbaa !0, !invariant.load !4
  %50 = load ptr, ptr %49, align 8, !tbaa !0, !invariant.load !4
  %51 = getelementptr inbounds i8, ptr %49, i64 8
  %52 = load ptr, ptr %51, align 8, !tbaa !0, !invariant.load !4
  %53 = load i64, ptr %0, align 8, !tbaa !0
  store i64 %53, ptr %52, align 8, !tbaa !0
  %54 = call i64 %50(ptr %52)
  store i64 %54, ptr %2, align 8
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %55 = load i64, ptr %2, align 8
  ret i64 %55
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: uwtable
define internal void @imports.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @imports.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = call i64 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %6, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @imports.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  call void %0(ptr %1)
  ret void
}

; Function Attrs: uwtable
define internal void @imports.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
!7 = !{!8, !8, i64 0}
!8 = !{!"w2o linear memory", !2, i64 0}
