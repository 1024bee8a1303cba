; ModuleID = 'fuel'
source_filename = "fuel"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [6 x i8] c"func3\00"
@4 = private unnamed_addr constant [4 x ptr] [ptr @fuel.func0, ptr @fuel.func1, ptr @fuel.func2, ptr @fuel.func3]
@5 = private unnamed_addr constant [4 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3]
@6 = private unnamed_addr constant [4 x i32] [i32 0, i32 1, i32 0, i32 0]
@7 = private unnamed_addr constant [5 x i8] c"fuel\00"
@8 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@9 = private unnamed_addr constant [2 x i8] c"\7F\00"
@10 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 1, ptr @8 }, { i32, i32, ptr } { i32 0, i32 1, ptr @9 }]
@11 = private unnamed_addr constant [2 x ptr] [ptr @fuel.entry.t0, ptr @fuel.entry.t1]
@12 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@13 = private unnamed_addr constant [4 x i8] c"sum\00"
@14 = private unnamed_addr constant [6 x i8] c"count\00"
@15 = private unnamed_addr constant [7 x i8] c"branch\00"
@16 = private unnamed_addr constant [3 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @13, i32 3, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @14, i32 5, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @15, i32 6, i32 0, i32 3, i32 0 }]
@fuel_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 4, ptr @7, i32 2, i32 0, ptr @10, ptr @11, ptr null, i32 0, i32 0, i32 0, i32 0, i32 4, i32 0, ptr @6, ptr @4, ptr @5, ptr null, i32 1, i32 0, ptr @12, ptr null, i32 3, i32 0, ptr @16, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func0(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 2
  %6 = getelementptr inbounds { ptr, i32, i32, i32 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  %fuel = alloca i64, align 8
  %7 = getelementptr inbounds i8, ptr %0, i64 48
  %8 = load i64, ptr %7, align 8, !tbaa !0
  store i64 %8, ptr %fuel, align 8
  %9 = call i64 @llvm.read_register.i64(metadata !3)
  %10 = load i64, ptr %0, align 8, !tbaa !0
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !4

12:                                               ; preds = %entry
  %13 = getelementptr inbounds i8, ptr %0, i64 8
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !5
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !5
  %16 = load ptr, ptr %15, align 8, !tbaa !0, !invariant.load !5
  store ptr %16, ptr %locals, align 8
  %size = alloca i64, align 8
  %17 = getelementptr inbounds i8, ptr %15, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !0
  store i64 %18, ptr %size, align 8
  %19 = load i64, ptr %fuel, align 8
  %20 = icmp slt i64 %19, 0
  br i1 %20, label %interrupt, label %27, !prof !4

trap:                                             ; preds = %entry
  %21 = load i64, ptr %fuel, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %21, ptr %22, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %12
  %23 = load i64, ptr %fuel, align 8
  %24 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %23, ptr %24, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %25 = getelementptr inbounds i8, ptr %0, i64 48
  %26 = load i64, ptr %25, align 8, !tbaa !0
  store i64 %26, ptr %fuel, align 8
  br label %27

27:                                               ; preds = %interrupt, %12
  %28 = load i64, ptr %fuel, align 8
  %29 = icmp sge i64 %28, 3914680
  br i1 %29, label %loop.fast, label %loop.check

return:                                           ; preds = %loop.done
  %30 = load i32, ptr %3, align 4
  %31 = load i64, ptr %fuel, align 8
  %32 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %31, ptr %32, align 8, !tbaa !0
  ret i32 %30

loop:                                             ; preds = %loop.latch, %loop.fast
  %33 = load i32, ptr %6, align 4
  %34 = load i32, ptr %5, align 4
  %35 = shl i32 %34, 2
  %36 = load i64, ptr %fuel, align 8
  %37 = sub i64 %36, 5
  store i64 %37, ptr %fuel, align 8
  %38 = zext i32 %35 to i64
  %39 = load i64, ptr %size, align 8
  %40 = add i64 %38, 4
  %41 = icmp ugt i64 %40, %39
  br i1 %41, label %trap1, label %50, !prof !4

loop.check:                                       ; preds = %loop.latch4, %loop.latch, %27
  %42 = load i64, ptr %fuel, align 8
  %43 = icmp slt i64 %42, 0
  br i1 %43, label %interrupt3, label %78, !prof !4

loop.done:                                        ; preds = %101, %64
  %44 = load i32, ptr %6, align 4
  %45 = load i64, ptr %fuel, align 8
  %46 = sub i64 %45, 1
  store i64 %46, ptr %fuel, align 8
  store i32 %44, ptr %3, align 4
  br label %return

loop.fast:                                        ; preds = %27
  store i32 279620, ptr %2, align 4
  br label %loop

loop.latch:                                       ; preds = %50
  %47 = load i32, ptr %2, align 4
  %48 = sub i32 %47, 1
  store i32 %48, ptr %2, align 4
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %loop.check, label %loop, !prof !4

50:                                               ; preds = %loop
  %51 = getelementptr inbounds i8, ptr %16, i64 %38
  %52 = load i32, ptr %51, align 1, !tbaa !6
  %53 = add i32 %33, %52
  store i32 %53, ptr %6, align 4
  %54 = load i32, ptr %5, align 4
  %55 = add i32 %54, 1
  store i32 %55, ptr %5, align 4
  %56 = load i32, ptr %4, align 4
  %57 = icmp ult i32 %55, %56
  %58 = zext i1 %57 to i32
  %59 = load i64, ptr %fuel, align 8
  %60 = sub i64 %59, 9
  store i64 %60, ptr %fuel, align 8
  %61 = icmp ne i32 %58, 0
  br i1 %61, label %loop.latch, label %64

trap1:                                            ; preds = %loop2, %loop
  %62 = load i64, ptr %fuel, align 8
  %63 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %62, ptr %63, align 8, !tbaa !0
  call void @w2o_trap(i32 2)
  unreachable

64:                                               ; preds = %50
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %78
  %65 = load i32, ptr %6, align 4
  %66 = load i32, ptr %5, align 4
  %67 = shl i32 %66, 2
  %68 = load i64, ptr %fuel, align 8
  %69 = sub i64 %68, 5
  store i64 %69, ptr %fuel, align 8
  %70 = zext i32 %67 to i64
  %71 = load i64, ptr %size, align 8
  %72 = add i64 %70, 4
  %73 = icmp ugt i64 %72, %71
  br i1 %73, label %trap1, label %89, !prof !4

interrupt3:                                       ; preds = %loop.check
  %74 = load i64, ptr %fuel, align 8
  %75 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %74, ptr %75, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %76 = getelementptr inbounds i8, ptr %0, i64 48
  %77 = load i64, ptr %76, align 8, !tbaa !0
  store i64 %77, ptr %fuel, align 8
  br label %78

78:                                               ; preds = %interrupt3, %loop.check
  %79 = load i64, ptr %fuel, align 8
  %80 = sdiv i64 %79, 14
  %81 = icmp slt i64 %80, 1
  %82 = select i1 %81, i64 1, i64 %80
  %83 = icmp sgt i64 %82, 279620
  %84 = select i1 %83, i64 279620, i64 %82
  %85 = trunc i64 %84 to i32
  store i32 %85, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %89
  %86 = load i32, ptr %2, align 4
  %87 = sub i32 %86, 1
  store i32 %87, ptr %2, align 4
  %88 = icmp eq i32 %87, 0
  br i1 %88, label %loop.check, label %loop2, !prof !4

89:                                               ; preds = %loop2
  %90 = getelementptr inbounds i8, ptr %16, i64 %70
  %91 = load i32, ptr %90, align 1, !tbaa !6
  %92 = add i32 %65, %91
  store i32 %92, ptr %6, align 4
  %93 = load i32, ptr %5, align 4
  %94 = add i32 %93, 1
  store i32 %94, ptr %5, align 4
  %95 = load i32, ptr %4, align 4
  %96 = icmp ult i32 %94, %95
  %97 = zext i1 %96 to i32
  %98 = load i64, ptr %fuel, align 8
  %99 = sub i64 %98, 9
  store i64 %99, ptr %fuel, align 8
  %100 = icmp ne i32 %97, 0
  br i1 %100, label %loop.latch4, label %101

101:                                              ; preds = %89
  br label %loop.done
}

; Function Attrs: nounwind uwtable
define internal swiftcc i32 @fuel.func1(ptr swiftself %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %fuel = alloca i64, align 8
  %2 = getelementptr inbounds i8, ptr %0, i64 48
  %3 = load i64, ptr %2, align 8, !tbaa !0
  store i64 %3, ptr %fuel, align 8
  %4 = call i64 @llvm.read_register.i64(metadata !3)
  %5 = load i64, ptr %0, align 8, !tbaa !0
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !4

7:                                                ; preds = %entry
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !0, !invariant.load !5
  %10 = load ptr, ptr %9, align 8, !tbaa !0, !invariant.load !5
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !5
  store ptr %11, ptr %locals, align 8
  %size = alloca i64, align 8
  %12 = getelementptr inbounds i8, ptr %10, i64 8
  %13 = load i64, ptr %12, align 8, !tbaa !0
  store i64 %13, ptr %size, align 8
  %14 = load i64, ptr %fuel, align 8
  %15 = icmp slt i64 %14, 0
  br i1 %15, label %interrupt, label %22, !prof !4

trap:                                             ; preds = %entry
  %16 = load i64, ptr %fuel, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %16, ptr %17, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %7
  %18 = load i64, ptr %fuel, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %18, ptr %19, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  %21 = load i64, ptr %20, align 8, !tbaa !0
  store i64 %21, ptr %fuel, align 8
  br label %22

22:                                               ; preds = %interrupt, %7
  %23 = load i64, ptr %fuel, align 8
  %24 = sub i64 %23, 1
  store i64 %24, ptr %fuel, align 8
  store i32 1, ptr %1, align 4
  br label %return

return:                                           ; preds = %22
  %25 = load i32, ptr %1, align 4
  %26 = load i64, ptr %fuel, align 8
  %27 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %26, ptr %27, align 8, !tbaa !0
  ret i32 %25
}

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func2(ptr %0, i32 %1) #2 {
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
  %7 = call i64 @llvm.read_register.i64(metadata !3)
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !4

10:                                               ; preds = %entry
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !5
  store ptr %14, ptr %locals, align 8
  %size = alloca i64, align 8
  %15 = getelementptr inbounds i8, ptr %13, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !0
  store i64 %16, ptr %size, align 8
  %17 = load i64, ptr %fuel, align 8
  %18 = icmp slt i64 %17, 0
  br i1 %18, label %interrupt, label %25, !prof !4

trap:                                             ; preds = %entry
  %19 = load i64, ptr %fuel, align 8
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %19, ptr %20, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %10
  %21 = load i64, ptr %fuel, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %21, ptr %22, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = load i64, ptr %23, align 8, !tbaa !0
  store i64 %24, ptr %fuel, align 8
  br label %25

25:                                               ; preds = %interrupt, %10
  br label %loop

return:                                           ; preds = %end
  %26 = load i32, ptr %2, align 4
  %27 = load i64, ptr %fuel, align 8
  %28 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %27, ptr %28, align 8, !tbaa !0
  ret i32 %26

end:                                              ; preds = %38
  %29 = load i32, ptr %4, align 4
  %30 = load i64, ptr %fuel, align 8
  %31 = sub i64 %30, 1
  store i64 %31, ptr %fuel, align 8
  store i32 %29, ptr %2, align 4
  br label %return

loop:                                             ; preds = %46, %25
  %32 = load i64, ptr %fuel, align 8
  %33 = icmp slt i64 %32, 0
  br i1 %33, label %interrupt1, label %38, !prof !4

interrupt1:                                       ; preds = %loop
  %34 = load i64, ptr %fuel, align 8
  %35 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %34, ptr %35, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %36 = getelementptr inbounds i8, ptr %0, i64 48
  %37 = load i64, ptr %36, align 8, !tbaa !0
  store i64 %37, ptr %fuel, align 8
  br label %38

38:                                               ; preds = %interrupt1, %loop
  %39 = load i32, ptr %4, align 4
  %40 = load i32, ptr %3, align 4
  %41 = icmp uge i32 %39, %40
  %42 = zext i1 %41 to i32
  %43 = load i64, ptr %fuel, align 8
  %44 = sub i64 %43, 4
  store i64 %44, ptr %fuel, align 8
  %45 = icmp ne i32 %42, 0
  br i1 %45, label %end, label %46

46:                                               ; preds = %38
  %47 = load i32, ptr %4, align 4
  %48 = load i64, ptr %fuel, align 8
  %49 = sub i64 %48, 2
  store i64 %49, ptr %fuel, align 8
  %50 = load i64, ptr %fuel, align 8
  %51 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %50, ptr %51, align 8, !tbaa !0
  %52 = call swiftcc i32 @fuel.func1(ptr swiftself %0)
  %53 = getelementptr inbounds i8, ptr %0, i64 48
  %54 = load i64, ptr %53, align 8, !tbaa !0
  store i64 %54, ptr %fuel, align 8
  %55 = add i32 %47, %52
  store i32 %55, ptr %4, align 4
  %56 = load i64, ptr %fuel, align 8
  %57 = sub i64 %56, 3
  store i64 %57, ptr %fuel, align 8
  br label %loop
}

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func3(ptr %0, i32 %1) #2 {
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
  %7 = call i64 @llvm.read_register.i64(metadata !3)
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !4

10:                                               ; preds = %entry
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !5
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !5
  store ptr %14, ptr %locals, align 8
  %size = alloca i64, align 8
  %15 = getelementptr inbounds i8, ptr %13, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !0
  store i64 %16, ptr %size, align 8
  %17 = load i64, ptr %fuel, align 8
  %18 = icmp slt i64 %17, 0
  br i1 %18, label %interrupt, label %25, !prof !4

trap:                                             ; preds = %entry
  %19 = load i64, ptr %fuel, align 8
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %19, ptr %20, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %10
  %21 = load i64, ptr %fuel, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %21, ptr %22, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = load i64, ptr %23, align 8, !tbaa !0
  store i64 %24, ptr %fuel, align 8
  br label %25

25:                                               ; preds = %interrupt, %10
  %26 = load i32, ptr %4, align 4
  %27 = load i64, ptr %fuel, align 8
  %28 = sub i64 %27, 2
  store i64 %28, ptr %fuel, align 8
  %29 = icmp ne i32 %26, 0
  br i1 %29, label %then, label %else

return:                                           ; preds = %end
  %30 = load i32, ptr %3, align 4
  %31 = load i64, ptr %fuel, align 8
  %32 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %31, ptr %32, align 8, !tbaa !0
  ret i32 %30

end:                                              ; preds = %else, %then
  %33 = load i32, ptr %2, align 4
  store i32 %33, ptr %3, align 4
  br label %return

then:                                             ; preds = %25
  %34 = load i64, ptr %fuel, align 8
  %35 = sub i64 %34, 1
  store i64 %35, ptr %fuel, align 8
  store i32 10, ptr %2, align 4
  br label %end

else:                                             ; preds = %25
  %36 = load i64, ptr %fuel, align 8
  %37 = sub i64 %36, 1
  store i64 %37, ptr %fuel, align 8
  store i32 20, ptr %2, align 4
  br label %end
}

; Function Attrs: nounwind
declare void @w2o_fuel_exhausted(ptr) #1

; Function Attrs: uwtable
define internal void @fuel.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @fuel.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #4

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { uwtable }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(read) }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"rsp"}
!4 = !{!"branch_weights", i32 1, i32 1048575}
!5 = !{}
!6 = !{!7, !7, i64 0}
!7 = !{!"w2o linear memory", !2, i64 0}
