; ModuleID = 'control'
source_filename = "control"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [6 x i8] c"func3\00"
@4 = private unnamed_addr constant [6 x i8] c"func4\00"
@5 = private unnamed_addr constant [6 x i8] c"func5\00"
@6 = private unnamed_addr constant [6 x ptr] [ptr @control.func0, ptr @control.func1, ptr @control.func2, ptr @control.func3, ptr @control.func4, ptr @control.func5]
@7 = private unnamed_addr constant [6 x ptr] [ptr @0, ptr @1, ptr @2, ptr @3, ptr @4, ptr @5]
@8 = private unnamed_addr constant [6 x i32] [i32 0, i32 1, i32 1, i32 2, i32 3, i32 4]
@9 = private unnamed_addr constant [8 x i8] c"control\00"
@10 = private unnamed_addr constant [5 x i8] c"\7F\7F\7F\7F\00"
@11 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@12 = private unnamed_addr constant [5 x i8] c"\7F~~~\00"
@13 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@14 = private unnamed_addr constant [4 x i8] c"\7F\7F\7F\00"
@15 = private unnamed_addr constant [5 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 2, i32 2, ptr @10 }, { i32, i32, ptr } { i32 1, i32 1, ptr @11 }, { i32, i32, ptr } { i32 3, i32 1, ptr @12 }, { i32, i32, ptr } { i32 2, i32 1, ptr @13 }, { i32, i32, ptr } { i32 1, i32 2, ptr @14 }]
@16 = private unnamed_addr constant [5 x ptr] [ptr @control.entry.t0, ptr @control.entry.t1, ptr @control.entry.t2, ptr @control.entry.t3, ptr @control.entry.t4]
@17 = private unnamed_addr constant [9 x i8] c"classify\00"
@18 = private unnamed_addr constant [7 x i8] c"sum_to\00"
@19 = private unnamed_addr constant [5 x i8] c"pick\00"
@20 = private unnamed_addr constant [6 x i8] c"multi\00"
@21 = private unnamed_addr constant [12 x i8] c"loop_params\00"
@22 = private unnamed_addr constant [5 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @17, i32 8, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @18, i32 6, i32 0, i32 2, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @19, i32 4, i32 0, i32 3, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @20, i32 5, i32 0, i32 4, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @21, i32 11, i32 0, i32 5, i32 0 }]
@control_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @9, i32 5, i32 0, ptr @15, ptr @16, ptr null, i32 0, i32 0, i32 0, i32 0, i32 6, i32 0, ptr @8, ptr @6, ptr @7, ptr null, i32 0, i32 0, ptr null, ptr null, i32 5, i32 0, ptr @22, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal swiftcc void @control.func0(ptr swiftself %0, i32 %1, i32 %2, ptr %3) #2 {
entry:
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %6 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %7 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %8 = call i64 @llvm.read_register.i64(metadata !0)
  %9 = load i64, ptr %0, align 8, !tbaa !1
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !4

11:                                               ; preds = %entry
  %12 = load i32, ptr %7, align 4
  %13 = load i32, ptr %6, align 4
  store i32 %12, ptr %5, align 4
  store i32 %13, ptr %4, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %11
  %14 = load i32, ptr %5, align 4
  %15 = load i32, ptr %4, align 4
  %16 = getelementptr inbounds { i32, i32 }, ptr %3, i32 0, i32 0
  store i32 %14, ptr %16, align 4
  %17 = getelementptr inbounds { i32, i32 }, ptr %3, i32 0, i32 1
  store i32 %15, ptr %17, align 4
  ret void
}

; Function Attrs: nounwind uwtable
define internal i32 @control.func1(ptr %0, i32 %1) #2 {
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
  %8 = load i32, ptr %3, align 4
  switch i32 %8, label %end1 [
    i32 0, label %end2
    i32 1, label %end1
    i32 2, label %end
  ]

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end, %end1, %end2
  %9 = load i32, ptr %2, align 4
  ret i32 %9

end:                                              ; preds = %7
  store i32 30, ptr %2, align 4
  br label %return

end1:                                             ; preds = %7, %7
  store i32 20, ptr %2, align 4
  br label %return

end2:                                             ; preds = %7
  store i32 10, ptr %2, align 4
  br label %return
}

; Function Attrs: nounwind uwtable
define internal i32 @control.func2(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  %5 = call i64 @llvm.read_register.i64(metadata !0)
  %6 = load i64, ptr %0, align 8, !tbaa !1
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !4

8:                                                ; preds = %entry
  br label %loop

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end
  %9 = load i32, ptr %2, align 4
  ret i32 %9

end:                                              ; preds = %loop
  %10 = load i32, ptr %4, align 4
  store i32 %10, ptr %2, align 4
  br label %return

loop:                                             ; preds = %15, %8
  %11 = load i32, ptr %3, align 4
  %12 = icmp eq i32 %11, 0
  %13 = zext i1 %12 to i32
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %end, label %15

15:                                               ; preds = %loop
  %16 = load i32, ptr %4, align 4
  %17 = load i32, ptr %3, align 4
  %18 = add i32 %16, %17
  store i32 %18, ptr %4, align 4
  %19 = load i32, ptr %3, align 4
  %20 = sub i32 %19, 1
  store i32 %20, ptr %3, align 4
  br label %loop
}

; Function Attrs: nounwind uwtable
define internal i64 @control.func3(ptr %0, i32 %1, i64 %2, i64 %3) #2 {
entry:
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %locals = alloca { ptr, i32, i64, i64 }, align 8
  %6 = getelementptr inbounds { ptr, i32, i64, i64 }, ptr %locals, i32 0, i32 1
  %7 = getelementptr inbounds { ptr, i32, i64, i64 }, ptr %locals, i32 0, i32 2
  %8 = getelementptr inbounds { ptr, i32, i64, i64 }, ptr %locals, i32 0, i32 3
  store i32 %1, ptr %6, align 4
  store i64 %2, ptr %7, align 8
  store i64 %3, ptr %8, align 8
  %9 = call i64 @llvm.read_register.i64(metadata !0)
  %10 = load i64, ptr %0, align 8, !tbaa !1
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !4

12:                                               ; preds = %entry
  %13 = load i32, ptr %6, align 4
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %then, label %else

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end
  %15 = load i64, ptr %5, align 8
  ret i64 %15

end:                                              ; preds = %else, %then
  %16 = load i64, ptr %4, align 8
  store i64 %16, ptr %5, align 8
  br label %return

then:                                             ; preds = %12
  %17 = load i64, ptr %7, align 8
  %18 = load i64, ptr %8, align 8
  %19 = load i32, ptr %6, align 4
  %20 = icmp ugt i32 %19, 5
  %21 = zext i1 %20 to i32
  %22 = icmp ne i32 %21, 0
  %23 = select i1 %22, i64 %17, i64 %18
  store i64 %23, ptr %4, align 8
  br label %end

else:                                             ; preds = %12
  store i64 -1, ptr %4, align 8
  br label %end
}

; Function Attrs: nounwind uwtable
define internal i32 @control.func4(ptr %0, i32 %1, i32 %2) #2 {
entry:
  %3 = alloca { i32, i32 }, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %7 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %8 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  %9 = call i64 @llvm.read_register.i64(metadata !0)
  %10 = load i64, ptr %0, align 8, !tbaa !1
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !4

12:                                               ; preds = %entry
  %13 = load i32, ptr %7, align 4
  %14 = load i32, ptr %8, align 4
  call swiftcc void @control.func0(ptr swiftself %0, i32 %13, i32 %14, ptr %3)
  %15 = getelementptr inbounds { i32, i32 }, ptr %3, i32 0, i32 0
  %16 = load i32, ptr %15, align 4
  %17 = getelementptr inbounds { i32, i32 }, ptr %3, i32 0, i32 1
  %18 = load i32, ptr %17, align 4
  store i32 %16, ptr %5, align 4
  store i32 %18, ptr %4, align 4
  br label %end

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end
  %19 = load i32, ptr %6, align 4
  ret i32 %19

end:                                              ; preds = %12
  %20 = load i32, ptr %5, align 4
  %21 = load i32, ptr %4, align 4
  %22 = sub i32 %20, %21
  store i32 %22, ptr %6, align 4
  br label %return
}

; Function Attrs: nounwind uwtable
define internal void @control.func5(ptr %0, i32 %1, ptr %2) #2 {
entry:
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %7 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %8 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %7, align 4
  store i32 0, ptr %8, align 4
  %9 = call i64 @llvm.read_register.i64(metadata !0)
  %10 = load i64, ptr %0, align 8, !tbaa !1
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !4

12:                                               ; preds = %entry
  %13 = load i32, ptr %7, align 4
  store i32 %13, ptr %4, align 4
  store i32 0, ptr %3, align 4
  br label %loop

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %29
  %14 = load i32, ptr %6, align 4
  %15 = load i32, ptr %5, align 4
  %16 = getelementptr inbounds { i32, i32 }, ptr %2, i32 0, i32 0
  store i32 %14, ptr %16, align 4
  %17 = getelementptr inbounds { i32, i32 }, ptr %2, i32 0, i32 1
  store i32 %15, ptr %17, align 4
  ret void

loop:                                             ; preds = %loop, %12
  %18 = load i32, ptr %4, align 4
  %19 = load i32, ptr %3, align 4
  store i32 %19, ptr %8, align 4
  store i32 %18, ptr %7, align 4
  %20 = load i32, ptr %7, align 4
  %21 = sub i32 %20, 1
  %22 = load i32, ptr %8, align 4
  %23 = load i32, ptr %7, align 4
  %24 = add i32 %22, %23
  %25 = load i32, ptr %7, align 4
  %26 = icmp ugt i32 %25, 1
  %27 = zext i1 %26 to i32
  store i32 %21, ptr %4, align 4
  store i32 %24, ptr %3, align 4
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %loop, label %29

29:                                               ; preds = %loop
  store i32 %21, ptr %6, align 4
  store i32 %24, ptr %5, align 4
  br label %return
}

; Function Attrs: uwtable
define internal void @control.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i32, ptr %6, align 8
  %8 = alloca { i32, i32 }, align 8
  call void %0(ptr %1, i32 %5, i32 %7, ptr %8)
  %9 = getelementptr inbounds { i32, i32 }, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %10, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %12, align 4
  %13 = getelementptr inbounds { i32, i32 }, ptr %8, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds i8, ptr %3, i64 32
  store i32 %14, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %3, i64 24
  store i32 127, ptr %16, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @control.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @control.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i64, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 56
  %9 = load i64, ptr %8, align 8
  %10 = call i64 %0(ptr %1, i32 %5, i64 %7, i64 %9)
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %10, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 126, ptr %12, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @control.entry.t3(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load i32, ptr %6, align 8
  %8 = call i32 %0(ptr %1, i32 %5, i32 %7)
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %10, align 4
  ret void
}

; Function Attrs: uwtable
define internal void @control.entry.t4(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = alloca { i32, i32 }, align 8
  call void %0(ptr %1, i32 %5, ptr %6)
  %7 = getelementptr inbounds { i32, i32 }, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %8, ptr %9, align 8
  %10 = getelementptr inbounds i8, ptr %3, i64 0
  store i32 127, ptr %10, align 4
  %11 = getelementptr inbounds { i32, i32 }, ptr %6, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  %13 = getelementptr inbounds i8, ptr %3, i64 32
  store i32 %12, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %3, i64 24
  store i32 127, ptr %14, align 4
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
