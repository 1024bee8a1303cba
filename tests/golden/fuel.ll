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
@fuel_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 4, ptr @7, i32 2, i32 0, ptr @10, ptr @11, ptr null, i32 0, i32 0, i32 0, i32 0, i32 4, i32 0, ptr @6, ptr @4, ptr @5, ptr null, i32 1, i32 0, ptr @12, ptr null, i32 3, i32 0, ptr @16, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  br i1 %21, label %interrupt, label %28, !prof !3

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
  call void @w2o_fuel_exhausted(ptr %0)
  %26 = getelementptr inbounds i8, ptr %0, i64 48
  %27 = load i64, ptr %26, align 8, !tbaa !0
  store i64 %27, ptr %fuel, align 8
  br label %28

28:                                               ; preds = %interrupt, %13
  %29 = load i64, ptr %fuel, align 8
  %30 = icmp sge i64 %29, 3914680
  br i1 %30, label %loop.fast, label %loop.check

return:                                           ; preds = %loop.done
  %31 = load i32, ptr %3, align 4
  %32 = load i64, ptr %fuel, align 8
  %33 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %32, ptr %33, align 8, !tbaa !0
  ret i32 %31

loop:                                             ; preds = %loop.latch, %loop.fast
  %34 = load i32, ptr %6, align 4
  %35 = load i32, ptr %5, align 4
  %36 = shl i32 %35, 2
  %37 = load i64, ptr %fuel, align 8
  %38 = sub i64 %37, 5
  store i64 %38, ptr %fuel, align 8
  %39 = zext i32 %36 to i64
  %40 = load i64, ptr %size, align 8
  %41 = add i64 %39, 4
  %42 = icmp ugt i64 %41, %40
  br i1 %42, label %trap1, label %51, !prof !3

loop.check:                                       ; preds = %loop.latch4, %loop.latch, %28
  %43 = load i64, ptr %fuel, align 8
  %44 = icmp slt i64 %43, 0
  br i1 %44, label %interrupt3, label %79, !prof !3

loop.done:                                        ; preds = %102, %65
  %45 = load i32, ptr %6, align 4
  %46 = load i64, ptr %fuel, align 8
  %47 = sub i64 %46, 1
  store i64 %47, ptr %fuel, align 8
  store i32 %45, ptr %3, align 4
  br label %return

loop.fast:                                        ; preds = %28
  store i32 279620, ptr %2, align 4
  br label %loop

loop.latch:                                       ; preds = %51
  %48 = load i32, ptr %2, align 4
  %49 = sub i32 %48, 1
  store i32 %49, ptr %2, align 4
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %loop.check, label %loop, !prof !3

51:                                               ; preds = %loop
  %52 = getelementptr inbounds i8, ptr %17, i64 %39
  %53 = load i32, ptr %52, align 1, !tbaa !5
  %54 = add i32 %34, %53
  store i32 %54, ptr %6, align 4
  %55 = load i32, ptr %5, align 4
  %56 = add i32 %55, 1
  store i32 %56, ptr %5, align 4
  %57 = load i32, ptr %4, align 4
  %58 = icmp ult i32 %56, %57
  %59 = zext i1 %58 to i32
  %60 = load i64, ptr %fuel, align 8
  %61 = sub i64 %60, 9
  store i64 %61, ptr %fuel, align 8
  %62 = icmp ne i32 %59, 0
  br i1 %62, label %loop.latch, label %65

trap1:                                            ; preds = %loop2, %loop
  %63 = load i64, ptr %fuel, align 8
  %64 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %63, ptr %64, align 8, !tbaa !0
  call void @w2o_trap(i32 2)
  unreachable

65:                                               ; preds = %51
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %79
  %66 = load i32, ptr %6, align 4
  %67 = load i32, ptr %5, align 4
  %68 = shl i32 %67, 2
  %69 = load i64, ptr %fuel, align 8
  %70 = sub i64 %69, 5
  store i64 %70, ptr %fuel, align 8
  %71 = zext i32 %68 to i64
  %72 = load i64, ptr %size, align 8
  %73 = add i64 %71, 4
  %74 = icmp ugt i64 %73, %72
  br i1 %74, label %trap1, label %90, !prof !3

interrupt3:                                       ; preds = %loop.check
  %75 = load i64, ptr %fuel, align 8
  %76 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %75, ptr %76, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %77 = getelementptr inbounds i8, ptr %0, i64 48
  %78 = load i64, ptr %77, align 8, !tbaa !0
  store i64 %78, ptr %fuel, align 8
  br label %79

79:                                               ; preds = %interrupt3, %loop.check
  %80 = load i64, ptr %fuel, align 8
  %81 = sdiv i64 %80, 14
  %82 = icmp slt i64 %81, 1
  %83 = select i1 %82, i64 1, i64 %81
  %84 = icmp sgt i64 %83, 279620
  %85 = select i1 %84, i64 279620, i64 %83
  %86 = trunc i64 %85 to i32
  store i32 %86, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %90
  %87 = load i32, ptr %2, align 4
  %88 = sub i32 %87, 1
  store i32 %88, ptr %2, align 4
  %89 = icmp eq i32 %88, 0
  br i1 %89, label %loop.check, label %loop2, !prof !3

90:                                               ; preds = %loop2
  %91 = getelementptr inbounds i8, ptr %17, i64 %71
  %92 = load i32, ptr %91, align 1, !tbaa !5
  %93 = add i32 %66, %92
  store i32 %93, ptr %6, align 4
  %94 = load i32, ptr %5, align 4
  %95 = add i32 %94, 1
  store i32 %95, ptr %5, align 4
  %96 = load i32, ptr %4, align 4
  %97 = icmp ult i32 %95, %96
  %98 = zext i1 %97 to i32
  %99 = load i64, ptr %fuel, align 8
  %100 = sub i64 %99, 9
  store i64 %100, ptr %fuel, align 8
  %101 = icmp ne i32 %98, 0
  br i1 %101, label %loop.latch4, label %102

102:                                              ; preds = %90
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
  br i1 %16, label %interrupt, label %23, !prof !3

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
  call void @w2o_fuel_exhausted(ptr %0)
  %21 = getelementptr inbounds i8, ptr %0, i64 48
  %22 = load i64, ptr %21, align 8, !tbaa !0
  store i64 %22, ptr %fuel, align 8
  br label %23

23:                                               ; preds = %interrupt, %8
  %24 = load i64, ptr %fuel, align 8
  %25 = sub i64 %24, 1
  store i64 %25, ptr %fuel, align 8
  store i32 1, ptr %1, align 4
  br label %return

return:                                           ; preds = %23
  %26 = load i32, ptr %1, align 4
  %27 = load i64, ptr %fuel, align 8
  %28 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %27, ptr %28, align 8, !tbaa !0
  ret i32 %26
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
  br i1 %19, label %interrupt, label %26, !prof !3

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
  call void @w2o_fuel_exhausted(ptr %0)
  %24 = getelementptr inbounds i8, ptr %0, i64 48
  %25 = load i64, ptr %24, align 8, !tbaa !0
  store i64 %25, ptr %fuel, align 8
  br label %26

26:                                               ; preds = %interrupt, %11
  br label %loop

return:                                           ; preds = %end
  %27 = load i32, ptr %2, align 4
  %28 = load i64, ptr %fuel, align 8
  %29 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %28, ptr %29, align 8, !tbaa !0
  ret i32 %27

end:                                              ; preds = %39
  %30 = load i32, ptr %4, align 4
  %31 = load i64, ptr %fuel, align 8
  %32 = sub i64 %31, 1
  store i64 %32, ptr %fuel, align 8
  store i32 %30, ptr %2, align 4
  br label %return

loop:                                             ; preds = %47, %26
  %33 = load i64, ptr %fuel, align 8
  %34 = icmp slt i64 %33, 0
  br i1 %34, label %interrupt1, label %39, !prof !3

interrupt1:                                       ; preds = %loop
  %35 = load i64, ptr %fuel, align 8
  %36 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %35, ptr %36, align 8, !tbaa !0
  call void @w2o_fuel_exhausted(ptr %0)
  %37 = getelementptr inbounds i8, ptr %0, i64 48
  %38 = load i64, ptr %37, align 8, !tbaa !0
  store i64 %38, ptr %fuel, align 8
  br label %39

39:                                               ; preds = %interrupt1, %loop
  %40 = load i32, ptr %4, align 4
  %41 = load i32, ptr %3, align 4
  %42 = icmp uge i32 %40, %41
  %43 = zext i1 %42 to i32
  %44 = load i64, ptr %fuel, align 8
  %45 = sub i64 %44, 4
  store i64 %45, ptr %fuel, align 8
  %46 = icmp ne i32 %43, 0
  br i1 %46, label %end, label %47

47:                                               ; preds = %39
  %48 = load i32, ptr %4, align 4
  %49 = load i64, ptr %fuel, align 8
  %50 = sub i64 %49, 2
  store i64 %50, ptr %fuel, align 8
  %51 = load i64, ptr %fuel, align 8
  %52 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %51, ptr %52, align 8, !tbaa !0
  %53 = call swiftcc i32 @fuel.func1(ptr swiftself %0)
  %54 = getelementptr inbounds i8, ptr %0, i64 48
  %55 = load i64, ptr %54, align 8, !tbaa !0
  store i64 %55, ptr %fuel, align 8
  %56 = add i32 %48, %53
  store i32 %56, ptr %4, align 4
  %57 = load i64, ptr %fuel, align 8
  %58 = sub i64 %57, 3
  store i64 %58, ptr %fuel, align 8
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
  br i1 %19, label %interrupt, label %26, !prof !3

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
  call void @w2o_fuel_exhausted(ptr %0)
  %24 = getelementptr inbounds i8, ptr %0, i64 48
  %25 = load i64, ptr %24, align 8, !tbaa !0
  store i64 %25, ptr %fuel, align 8
  br label %26

26:                                               ; preds = %interrupt, %11
  %27 = load i32, ptr %4, align 4
  %28 = load i64, ptr %fuel, align 8
  %29 = sub i64 %28, 2
  store i64 %29, ptr %fuel, align 8
  %30 = icmp ne i32 %27, 0
  br i1 %30, label %then, label %else

return:                                           ; preds = %end
  %31 = load i32, ptr %3, align 4
  %32 = load i64, ptr %fuel, align 8
  %33 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %32, ptr %33, align 8, !tbaa !0
  ret i32 %31

end:                                              ; preds = %else, %then
  %34 = load i32, ptr %2, align 4
  store i32 %34, ptr %3, align 4
  br label %return

then:                                             ; preds = %26
  %35 = load i64, ptr %fuel, align 8
  %36 = sub i64 %35, 1
  store i64 %36, ptr %fuel, align 8
  store i32 10, ptr %2, align 4
  br label %end

else:                                             ; preds = %26
  %37 = load i64, ptr %fuel, align 8
  %38 = sub i64 %37, 1
  store i64 %38, ptr %fuel, align 8
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
