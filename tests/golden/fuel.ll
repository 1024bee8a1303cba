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
@fuel_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 7, i32 4, ptr @7, i32 2, i32 0, ptr @10, ptr @11, ptr null, i32 0, i32 0, i32 0, i32 0, i32 4, i32 0, ptr @6, ptr @4, ptr @5, ptr null, i32 1, i32 0, ptr @12, ptr null, i32 3, i32 0, ptr @16, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %9 = call ptr @llvm.addressofreturnaddress.p0()
  %10 = ptrtoint ptr %9 to i64
  %11 = load i64, ptr %0, align 8, !tbaa !0
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %trap, label %13, !prof !3

13:                                               ; preds = %entry
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load ptr, ptr %15, align 8, !tbaa !0, !invariant.load !4
  %17 = load ptr, ptr %16, align 8, !tbaa !0, !invariant.load !4
  store ptr %17, ptr %locals, align 8
  %size = alloca i64, align 8
  %18 = getelementptr inbounds i8, ptr %16, i64 8
  %19 = load i64, ptr %18, align 8, !tbaa !0
  store i64 %19, ptr %size, align 8
  %20 = load i64, ptr %fuel, align 8
  %21 = icmp slt i64 %20, 0
  br i1 %21, label %interrupt, label %32, !prof !3

trap:                                             ; preds = %entry
  %22 = load i64, ptr %fuel, align 8
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %22, ptr %23, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %13
  %24 = load i64, ptr %fuel, align 8
  %25 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %24, ptr %25, align 8, !tbaa !0
  %26 = load i64, ptr %fuel, align 8
  %27 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %26, ptr %27, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %28 = getelementptr inbounds i8, ptr %0, i64 48
  %29 = load i64, ptr %28, align 8, !tbaa !0
  store i64 %29, ptr %fuel, align 8
  %30 = getelementptr inbounds i8, ptr %0, i64 48
  %31 = load i64, ptr %30, align 8, !tbaa !0
  store i64 %31, ptr %fuel, align 8
  br label %32

32:                                               ; preds = %interrupt, %13
  %33 = load i64, ptr %fuel, align 8
  %34 = icmp sge i64 %33, 3914680
  br i1 %34, label %loop.fast, label %loop.check

return:                                           ; preds = %loop.done
  %35 = load i32, ptr %3, align 4
  %36 = load i64, ptr %fuel, align 8
  %37 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %36, ptr %37, align 8, !tbaa !0
  ret i32 %35

loop:                                             ; preds = %loop.latch, %loop.fast
  %38 = load i32, ptr %6, align 4
  %39 = load i32, ptr %5, align 4
  %40 = shl i32 %39, 2
  %41 = load i64, ptr %fuel, align 8
  %42 = sub i64 %41, 5
  store i64 %42, ptr %fuel, align 8
  %43 = zext i32 %40 to i64
  %44 = load i64, ptr %size, align 8
  %45 = add i64 %43, 4
  %46 = icmp ugt i64 %45, %44
  br i1 %46, label %trap1, label %55, !prof !3

loop.check:                                       ; preds = %loop.latch4, %loop.latch, %32
  %47 = load i64, ptr %fuel, align 8
  %48 = icmp slt i64 %47, 0
  br i1 %48, label %interrupt3, label %87, !prof !3

loop.done:                                        ; preds = %110, %69
  %49 = load i32, ptr %6, align 4
  %50 = load i64, ptr %fuel, align 8
  %51 = sub i64 %50, 1
  store i64 %51, ptr %fuel, align 8
  store i32 %49, ptr %3, align 4
  br label %return

loop.fast:                                        ; preds = %32
  store i32 279620, ptr %2, align 4
  br label %loop

loop.latch:                                       ; preds = %55
  %52 = load i32, ptr %2, align 4
  %53 = sub i32 %52, 1
  store i32 %53, ptr %2, align 4
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %loop.check, label %loop, !prof !3

55:                                               ; preds = %loop
  %56 = getelementptr inbounds i8, ptr %17, i64 %43
  %57 = load i32, ptr %56, align 1, !tbaa !5
  %58 = add i32 %38, %57
  store i32 %58, ptr %6, align 4
  %59 = load i32, ptr %5, align 4
  %60 = add i32 %59, 1
  store i32 %60, ptr %5, align 4
  %61 = load i32, ptr %4, align 4
  %62 = icmp ult i32 %60, %61
  %63 = zext i1 %62 to i32
  %64 = load i64, ptr %fuel, align 8
  %65 = sub i64 %64, 9
  store i64 %65, ptr %fuel, align 8
  %66 = icmp ne i32 %63, 0
  br i1 %66, label %loop.latch, label %69

trap1:                                            ; preds = %loop2, %loop
  %67 = load i64, ptr %fuel, align 8
  %68 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %67, ptr %68, align 8, !tbaa !0
  call void @w2o_trap(i32 2)
  unreachable

69:                                               ; preds = %55
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %87
  %70 = load i32, ptr %6, align 4
  %71 = load i32, ptr %5, align 4
  %72 = shl i32 %71, 2
  %73 = load i64, ptr %fuel, align 8
  %74 = sub i64 %73, 5
  store i64 %74, ptr %fuel, align 8
  %75 = zext i32 %72 to i64
  %76 = load i64, ptr %size, align 8
  %77 = add i64 %75, 4
  %78 = icmp ugt i64 %77, %76
  br i1 %78, label %trap1, label %98, !prof !3

interrupt3:                                       ; preds = %loop.check
  %79 = load i64, ptr %fuel, align 8
  %80 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %79, ptr %80, align 8, !tbaa !0
  %81 = load i64, ptr %fuel, align 8
  %82 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %81, ptr %82, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %83 = getelementptr inbounds i8, ptr %0, i64 48
  %84 = load i64, ptr %83, align 8, !tbaa !0
  store i64 %84, ptr %fuel, align 8
  %85 = getelementptr inbounds i8, ptr %0, i64 48
  %86 = load i64, ptr %85, align 8, !tbaa !0
  store i64 %86, ptr %fuel, align 8
  br label %87

87:                                               ; preds = %interrupt3, %loop.check
  %88 = load i64, ptr %fuel, align 8
  %89 = sdiv i64 %88, 14
  %90 = icmp slt i64 %89, 1
  %91 = select i1 %90, i64 1, i64 %89
  %92 = icmp sgt i64 %91, 279620
  %93 = select i1 %92, i64 279620, i64 %91
  %94 = trunc i64 %93 to i32
  store i32 %94, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %98
  %95 = load i32, ptr %2, align 4
  %96 = sub i32 %95, 1
  store i32 %96, ptr %2, align 4
  %97 = icmp eq i32 %96, 0
  br i1 %97, label %loop.check, label %loop2, !prof !3

98:                                               ; preds = %loop2
  %99 = getelementptr inbounds i8, ptr %17, i64 %75
  %100 = load i32, ptr %99, align 1, !tbaa !5
  %101 = add i32 %70, %100
  store i32 %101, ptr %6, align 4
  %102 = load i32, ptr %5, align 4
  %103 = add i32 %102, 1
  store i32 %103, ptr %5, align 4
  %104 = load i32, ptr %4, align 4
  %105 = icmp ult i32 %103, %104
  %106 = zext i1 %105 to i32
  %107 = load i64, ptr %fuel, align 8
  %108 = sub i64 %107, 9
  store i64 %108, ptr %fuel, align 8
  %109 = icmp ne i32 %106, 0
  br i1 %109, label %loop.latch4, label %110

110:                                              ; preds = %98
  br label %loop.done
}

; Function Attrs: nounwind uwtable
define internal i32 @fuel.func1(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %fuel = alloca i64, align 8
  %2 = getelementptr inbounds i8, ptr %0, i64 48
  %3 = load i64, ptr %2, align 8, !tbaa !0
  store i64 %3, ptr %fuel, align 8
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
  %size = alloca i64, align 8
  %13 = getelementptr inbounds i8, ptr %11, i64 8
  %14 = load i64, ptr %13, align 8, !tbaa !0
  store i64 %14, ptr %size, align 8
  %15 = load i64, ptr %fuel, align 8
  %16 = icmp slt i64 %15, 0
  br i1 %16, label %interrupt, label %27, !prof !3

trap:                                             ; preds = %entry
  %17 = load i64, ptr %fuel, align 8
  %18 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %17, ptr %18, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %8
  %19 = load i64, ptr %fuel, align 8
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %19, ptr %20, align 8, !tbaa !0
  %21 = load i64, ptr %fuel, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %21, ptr %22, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = load i64, ptr %23, align 8, !tbaa !0
  store i64 %24, ptr %fuel, align 8
  %25 = getelementptr inbounds i8, ptr %0, i64 48
  %26 = load i64, ptr %25, align 8, !tbaa !0
  store i64 %26, ptr %fuel, align 8
  br label %27

27:                                               ; preds = %interrupt, %8
  %28 = load i64, ptr %fuel, align 8
  %29 = sub i64 %28, 1
  store i64 %29, ptr %fuel, align 8
  store i32 1, ptr %1, align 4
  br label %return

return:                                           ; preds = %27
  %30 = load i32, ptr %1, align 4
  %31 = load i64, ptr %fuel, align 8
  %32 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %31, ptr %32, align 8, !tbaa !0
  ret i32 %30
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
  %7 = call ptr @llvm.addressofreturnaddress.p0()
  %8 = ptrtoint ptr %7 to i64
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !3

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  store ptr %15, ptr %locals, align 8
  %size = alloca i64, align 8
  %16 = getelementptr inbounds i8, ptr %14, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !0
  store i64 %17, ptr %size, align 8
  %18 = load i64, ptr %fuel, align 8
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %interrupt, label %30, !prof !3

trap:                                             ; preds = %entry
  %20 = load i64, ptr %fuel, align 8
  %21 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %20, ptr %21, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %11
  %22 = load i64, ptr %fuel, align 8
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %22, ptr %23, align 8, !tbaa !0
  %24 = load i64, ptr %fuel, align 8
  %25 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %24, ptr %25, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %26 = getelementptr inbounds i8, ptr %0, i64 48
  %27 = load i64, ptr %26, align 8, !tbaa !0
  store i64 %27, ptr %fuel, align 8
  %28 = getelementptr inbounds i8, ptr %0, i64 48
  %29 = load i64, ptr %28, align 8, !tbaa !0
  store i64 %29, ptr %fuel, align 8
  br label %30

30:                                               ; preds = %interrupt, %11
  br label %loop

return:                                           ; preds = %end
  %31 = load i32, ptr %2, align 4
  %32 = load i64, ptr %fuel, align 8
  %33 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %32, ptr %33, align 8, !tbaa !0
  ret i32 %31

end:                                              ; preds = %47
  %34 = load i32, ptr %4, align 4
  %35 = load i64, ptr %fuel, align 8
  %36 = sub i64 %35, 1
  store i64 %36, ptr %fuel, align 8
  store i32 %34, ptr %2, align 4
  br label %return

loop:                                             ; preds = %55, %30
  %37 = load i64, ptr %fuel, align 8
  %38 = icmp slt i64 %37, 0
  br i1 %38, label %interrupt1, label %47, !prof !3

interrupt1:                                       ; preds = %loop
  %39 = load i64, ptr %fuel, align 8
  %40 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %39, ptr %40, align 8, !tbaa !0
  %41 = load i64, ptr %fuel, align 8
  %42 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %41, ptr %42, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %43 = getelementptr inbounds i8, ptr %0, i64 48
  %44 = load i64, ptr %43, align 8, !tbaa !0
  store i64 %44, ptr %fuel, align 8
  %45 = getelementptr inbounds i8, ptr %0, i64 48
  %46 = load i64, ptr %45, align 8, !tbaa !0
  store i64 %46, ptr %fuel, align 8
  br label %47

47:                                               ; preds = %interrupt1, %loop
  %48 = load i32, ptr %4, align 4
  %49 = load i32, ptr %3, align 4
  %50 = icmp uge i32 %48, %49
  %51 = zext i1 %50 to i32
  %52 = load i64, ptr %fuel, align 8
  %53 = sub i64 %52, 4
  store i64 %53, ptr %fuel, align 8
  %54 = icmp ne i32 %51, 0
  br i1 %54, label %end, label %55

55:                                               ; preds = %47
  %56 = load i32, ptr %4, align 4
  %57 = load i64, ptr %fuel, align 8
  %58 = sub i64 %57, 2
  store i64 %58, ptr %fuel, align 8
  %59 = load i64, ptr %fuel, align 8
  %60 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %59, ptr %60, align 8, !tbaa !0
  %61 = call i32 @fuel.func1(ptr %0)
  %62 = getelementptr inbounds i8, ptr %0, i64 48
  %63 = load i64, ptr %62, align 8, !tbaa !0
  store i64 %63, ptr %fuel, align 8
  %64 = add i32 %56, %61
  store i32 %64, ptr %4, align 4
  %65 = load i64, ptr %fuel, align 8
  %66 = sub i64 %65, 3
  store i64 %66, ptr %fuel, align 8
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
  %7 = call ptr @llvm.addressofreturnaddress.p0()
  %8 = ptrtoint ptr %7 to i64
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !3

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  store ptr %15, ptr %locals, align 8
  %size = alloca i64, align 8
  %16 = getelementptr inbounds i8, ptr %14, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !0
  store i64 %17, ptr %size, align 8
  %18 = load i64, ptr %fuel, align 8
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %interrupt, label %30, !prof !3

trap:                                             ; preds = %entry
  %20 = load i64, ptr %fuel, align 8
  %21 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %20, ptr %21, align 8, !tbaa !0
  call void @w2o_trap(i32 10)
  unreachable

interrupt:                                        ; preds = %11
  %22 = load i64, ptr %fuel, align 8
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %22, ptr %23, align 8, !tbaa !0
  %24 = load i64, ptr %fuel, align 8
  %25 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %24, ptr %25, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %26 = getelementptr inbounds i8, ptr %0, i64 48
  %27 = load i64, ptr %26, align 8, !tbaa !0
  store i64 %27, ptr %fuel, align 8
  %28 = getelementptr inbounds i8, ptr %0, i64 48
  %29 = load i64, ptr %28, align 8, !tbaa !0
  store i64 %29, ptr %fuel, align 8
  br label %30

30:                                               ; preds = %interrupt, %11
  %31 = load i32, ptr %4, align 4
  %32 = load i64, ptr %fuel, align 8
  %33 = sub i64 %32, 2
  store i64 %33, ptr %fuel, align 8
  %34 = icmp ne i32 %31, 0
  br i1 %34, label %then, label %else

return:                                           ; preds = %end
  %35 = load i32, ptr %3, align 4
  %36 = load i64, ptr %fuel, align 8
  %37 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %36, ptr %37, align 8, !tbaa !0
  ret i32 %35

end:                                              ; preds = %else, %then
  %38 = load i32, ptr %2, align 4
  store i32 %38, ptr %3, align 4
  br label %return

then:                                             ; preds = %30
  %39 = load i64, ptr %fuel, align 8
  %40 = sub i64 %39, 1
  store i64 %40, ptr %fuel, align 8
  store i32 10, ptr %2, align 4
  br label %end

else:                                             ; preds = %30
  %41 = load i64, ptr %fuel, align 8
  %42 = sub i64 %41, 1
  store i64 %42, ptr %fuel, align 8
  store i32 20, ptr %2, align 4
  br label %end
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: nounwind
declare void @w2o_fuel_exhausted(ptr) #1

; Function Attrs: uwtable
define internal void @fuel.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @fuel.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = call i32 %0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %4, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %6, align 4
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
