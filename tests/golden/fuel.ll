; ModuleID = 'fuel'
source_filename = "fuel"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [3 x ptr] [ptr @fuel.func0, ptr @fuel.func1, ptr @fuel.func2]
@4 = private unnamed_addr constant [3 x ptr] [ptr @0, ptr @1, ptr @2]
@5 = private unnamed_addr constant [3 x i32] [i32 0, i32 1, i32 1]
@6 = private unnamed_addr constant [5 x i8] c"fuel\00"
@7 = private unnamed_addr constant [2 x i8] c"\7F\00"
@8 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@9 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 0, i32 1, ptr @7 }, { i32, i32, ptr } { i32 1, i32 1, ptr @8 }]
@10 = private unnamed_addr constant [2 x ptr] [ptr @fuel.entry.t0, ptr @fuel.entry.t1]
@11 = private unnamed_addr constant [6 x i8] c"count\00"
@12 = private unnamed_addr constant [7 x i8] c"branch\00"
@13 = private unnamed_addr constant [2 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @11, i32 5, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @12, i32 6, i32 0, i32 2, i32 0 }]
@fuel_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64 } { i32 2, i32 4, ptr @6, i32 2, i32 0, ptr @9, ptr @10, ptr null, i32 0, i32 0, i32 0, i32 0, i32 3, i32 0, ptr @5, ptr @3, ptr @4, ptr null, i32 0, i32 0, ptr null, ptr null, i32 2, i32 0, ptr @13, ptr null, i32 0, i32 0, ptr null, i64 -1 }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func0(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %fuel = alloca i64, align 8
  %2 = getelementptr inbounds i8, ptr %0, i64 48
  %3 = load i64, ptr %2, align 8, !tbaa !0
  store i64 %3, ptr %fuel, align 8
  %4 = call ptr @llvm.frameaddress.p0(i32 0)
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load i64, ptr %fuel, align 8
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %interrupt, label %21, !prof !3

trap:                                             ; preds = %entry
  %11 = load i64, ptr %fuel, align 8
  %12 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %11, ptr %12, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %8
  %13 = load i64, ptr %fuel, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %13, ptr %14, align 8, !tbaa !0
  %15 = load i64, ptr %fuel, align 8
  %16 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %15, ptr %16, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %17 = getelementptr inbounds i8, ptr %0, i64 48
  %18 = load i64, ptr %17, align 8, !tbaa !0
  store i64 %18, ptr %fuel, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 48
  %20 = load i64, ptr %19, align 8, !tbaa !0
  store i64 %20, ptr %fuel, align 8
  br label %21

21:                                               ; preds = %interrupt, %8
  %22 = load i64, ptr %fuel, align 8
  %23 = sub i64 %22, 1
  store i64 %23, ptr %fuel, align 8
  store i32 1, ptr %1, align 4
  br label %return

return:                                           ; preds = %21
  %24 = load i32, ptr %1, align 4
  %25 = load i64, ptr %fuel, align 8
  %26 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %25, ptr %26, align 8, !tbaa !0
  ret i32 %24
}

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func1(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  %fuel = alloca i64, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 48
  %6 = load i64, ptr %5, align 8, !tbaa !0
  store i64 %6, ptr %fuel, align 8
  %7 = call ptr @llvm.frameaddress.p0(i32 0)
  %8 = ptrtoint ptr %7 to i64
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !3

11:                                               ; preds = %entry
  %12 = load i64, ptr %fuel, align 8
  %13 = icmp slt i64 %12, 0
  br i1 %13, label %interrupt, label %24, !prof !3

trap:                                             ; preds = %entry
  %14 = load i64, ptr %fuel, align 8
  %15 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %14, ptr %15, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %11
  %16 = load i64, ptr %fuel, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %16, ptr %17, align 8, !tbaa !0
  %18 = load i64, ptr %fuel, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %18, ptr %19, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  %21 = load i64, ptr %20, align 8, !tbaa !0
  store i64 %21, ptr %fuel, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 48
  %23 = load i64, ptr %22, align 8, !tbaa !0
  store i64 %23, ptr %fuel, align 8
  br label %24

24:                                               ; preds = %interrupt, %11
  br label %loop

return:                                           ; preds = %end
  %25 = load i32, ptr %2, align 4
  %26 = load i64, ptr %fuel, align 8
  %27 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %26, ptr %27, align 8, !tbaa !0
  ret i32 %25

end:                                              ; preds = %41
  %28 = load i32, ptr %4, align 4
  %29 = load i64, ptr %fuel, align 8
  %30 = sub i64 %29, 1
  store i64 %30, ptr %fuel, align 8
  store i32 %28, ptr %2, align 4
  br label %return

loop:                                             ; preds = %49, %24
  %31 = load i64, ptr %fuel, align 8
  %32 = icmp slt i64 %31, 0
  br i1 %32, label %interrupt1, label %41, !prof !3

interrupt1:                                       ; preds = %loop
  %33 = load i64, ptr %fuel, align 8
  %34 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %33, ptr %34, align 8, !tbaa !0
  %35 = load i64, ptr %fuel, align 8
  %36 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %35, ptr %36, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %37 = getelementptr inbounds i8, ptr %0, i64 48
  %38 = load i64, ptr %37, align 8, !tbaa !0
  store i64 %38, ptr %fuel, align 8
  %39 = getelementptr inbounds i8, ptr %0, i64 48
  %40 = load i64, ptr %39, align 8, !tbaa !0
  store i64 %40, ptr %fuel, align 8
  br label %41

41:                                               ; preds = %interrupt1, %loop
  %42 = load i32, ptr %4, align 4
  %43 = load i32, ptr %3, align 4
  %44 = icmp uge i32 %42, %43
  %45 = zext i1 %44 to i32
  %46 = load i64, ptr %fuel, align 8
  %47 = sub i64 %46, 4
  store i64 %47, ptr %fuel, align 8
  %48 = icmp ne i32 %45, 0
  br i1 %48, label %end, label %49

49:                                               ; preds = %41
  %50 = load i32, ptr %4, align 4
  %51 = load i64, ptr %fuel, align 8
  %52 = sub i64 %51, 2
  store i64 %52, ptr %fuel, align 8
  %53 = load i64, ptr %fuel, align 8
  %54 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %53, ptr %54, align 8, !tbaa !0
  %55 = call i32 @fuel.func0(ptr %0)
  %56 = getelementptr inbounds i8, ptr %0, i64 48
  %57 = load i64, ptr %56, align 8, !tbaa !0
  store i64 %57, ptr %fuel, align 8
  %58 = add i32 %50, %55
  store i32 %58, ptr %4, align 4
  %59 = load i64, ptr %fuel, align 8
  %60 = sub i64 %59, 3
  store i64 %60, ptr %fuel, align 8
  br label %loop
}

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func2(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %4, align 4
  %fuel = alloca i64, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 48
  %6 = load i64, ptr %5, align 8, !tbaa !0
  store i64 %6, ptr %fuel, align 8
  %7 = call ptr @llvm.frameaddress.p0(i32 0)
  %8 = ptrtoint ptr %7 to i64
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !3

11:                                               ; preds = %entry
  %12 = load i64, ptr %fuel, align 8
  %13 = icmp slt i64 %12, 0
  br i1 %13, label %interrupt, label %24, !prof !3

trap:                                             ; preds = %entry
  %14 = load i64, ptr %fuel, align 8
  %15 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %14, ptr %15, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %11
  %16 = load i64, ptr %fuel, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %16, ptr %17, align 8, !tbaa !0
  %18 = load i64, ptr %fuel, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %18, ptr %19, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  %21 = load i64, ptr %20, align 8, !tbaa !0
  store i64 %21, ptr %fuel, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 48
  %23 = load i64, ptr %22, align 8, !tbaa !0
  store i64 %23, ptr %fuel, align 8
  br label %24

24:                                               ; preds = %interrupt, %11
  %25 = load i32, ptr %4, align 4
  %26 = load i64, ptr %fuel, align 8
  %27 = sub i64 %26, 2
  store i64 %27, ptr %fuel, align 8
  %28 = icmp ne i32 %25, 0
  br i1 %28, label %then, label %else

return:                                           ; preds = %end
  %29 = load i32, ptr %3, align 4
  %30 = load i64, ptr %fuel, align 8
  %31 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %30, ptr %31, align 8, !tbaa !0
  ret i32 %29

end:                                              ; preds = %else, %then
  %32 = load i32, ptr %2, align 4
  store i32 %32, ptr %3, align 4
  br label %return

then:                                             ; preds = %24
  %33 = load i64, ptr %fuel, align 8
  %34 = sub i64 %33, 1
  store i64 %34, ptr %fuel, align 8
  store i32 10, ptr %2, align 4
  br label %end

else:                                             ; preds = %24
  %35 = load i64, ptr %fuel, align 8
  %36 = sub i64 %35, 1
  store i64 %36, ptr %fuel, align 8
  store i32 20, ptr %2, align 4
  br label %end
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.frameaddress.p0(i32 immarg) #3

; Function Attrs: nounwind
declare void @w2o_fuel_exhausted(ptr) #1

; Function Attrs: uwtable
define internal void @fuel.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @fuel.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { uwtable }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"branch_weights", i32 1, i32 1048575}
