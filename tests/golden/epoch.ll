; ModuleID = 'epoch'
source_filename = "epoch"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [6 x i8] c"func2\00"
@3 = private unnamed_addr constant [3 x ptr] [ptr @epoch.func0, ptr @epoch.func1, ptr @epoch.func2]
@4 = private unnamed_addr constant [3 x ptr] [ptr @0, ptr @1, ptr @2]
@5 = private unnamed_addr constant [3 x i32] [i32 0, i32 1, i32 0]
@6 = private unnamed_addr constant [6 x i8] c"epoch\00"
@7 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@8 = private unnamed_addr constant [2 x i8] c"\7F\00"
@9 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 1, ptr @7 }, { i32, i32, ptr } { i32 0, i32 1, ptr @8 }]
@10 = private unnamed_addr constant [2 x ptr] [ptr @epoch.entry.t0, ptr @epoch.entry.t1]
@11 = private unnamed_addr constant [1 x { { i64, i64, i32, i32, i32, i32 } }] [{ { i64, i64, i32, i32, i32, i32 } } { { i64, i64, i32, i32, i32, i32 } { i64 1, i64 0, i32 0, i32 0, i32 0, i32 0 } }]
@12 = private unnamed_addr constant [5 x i8] c"spin\00"
@13 = private unnamed_addr constant [5 x i8] c"leaf\00"
@14 = private unnamed_addr constant [5 x i8] c"walk\00"
@15 = private unnamed_addr constant [3 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @12, i32 4, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @13, i32 4, i32 0, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @14, i32 4, i32 0, i32 2, i32 0 }]
@epoch_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 8, ptr @6, i32 2, i32 0, ptr @9, ptr @10, ptr null, i32 0, i32 0, i32 0, i32 0, i32 3, i32 0, ptr @5, ptr @3, ptr @4, ptr null, i32 1, i32 0, ptr @11, ptr null, i32 3, i32 0, ptr @15, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: nounwind uwtable
define internal i32 @epoch.func0(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  %deadline = alloca i64, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 56
  %7 = load i64, ptr %6, align 8, !tbaa !0
  store i64 %7, ptr %deadline, align 8
  %8 = call ptr @llvm.addressofreturnaddress.p0()
  %9 = ptrtoint ptr %8 to i64
  %10 = load i64, ptr %0, align 8, !tbaa !0
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !3

12:                                               ; preds = %entry
  %13 = getelementptr inbounds i8, ptr %0, i64 8
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load ptr, ptr %15, align 8, !tbaa !0, !invariant.load !4
  store ptr %16, ptr %locals, align 8
  br label %loop

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %60
  %17 = load i32, ptr %3, align 4
  ret i32 %17

loop:                                             ; preds = %loop.done, %12
  %18 = getelementptr inbounds i8, ptr %0, i64 64
  %19 = load ptr, ptr %18, align 8, !tbaa !0, !invariant.load !4
  %20 = load atomic i64, ptr %19 monotonic, align 8
  %21 = load i64, ptr %deadline, align 8
  %22 = icmp uge i64 %20, %21
  br i1 %22, label %interrupt, label %25, !prof !3

interrupt:                                        ; preds = %loop
  call void @w2o_epoch_reached(ptr %0)
  %23 = getelementptr inbounds i8, ptr %0, i64 56
  %24 = load i64, ptr %23, align 8, !tbaa !0
  store i64 %24, ptr %deadline, align 8
  br label %25

25:                                               ; preds = %interrupt, %loop
  store i32 466033, ptr %2, align 4
  br label %loop1

loop1:                                            ; preds = %loop.latch, %25
  %26 = load i32, ptr %5, align 4
  %27 = add i32 %26, 1
  store i32 %27, ptr %5, align 4
  %28 = load i32, ptr %5, align 4
  %29 = load i32, ptr %4, align 4
  %30 = icmp ult i32 %28, %29
  %31 = zext i1 %30 to i32
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %loop.latch, label %45

loop.check:                                       ; preds = %loop.latch4, %loop.latch
  %33 = getelementptr inbounds i8, ptr %0, i64 64
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = load atomic i64, ptr %34 monotonic, align 8
  %36 = load i64, ptr %deadline, align 8
  %37 = icmp uge i64 %35, %36
  br i1 %37, label %interrupt3, label %55, !prof !3

loop.done:                                        ; preds = %59, %45
  %38 = load i32, ptr %5, align 4
  %39 = icmp ult i32 %38, 1000
  %40 = zext i1 %39 to i32
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %loop, label %60

loop.latch:                                       ; preds = %loop1
  %42 = load i32, ptr %2, align 4
  %43 = sub i32 %42, 1
  store i32 %43, ptr %2, align 4
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %loop.check, label %loop1, !prof !3

45:                                               ; preds = %loop1
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %55
  %46 = load i32, ptr %5, align 4
  %47 = add i32 %46, 1
  store i32 %47, ptr %5, align 4
  %48 = load i32, ptr %5, align 4
  %49 = load i32, ptr %4, align 4
  %50 = icmp ult i32 %48, %49
  %51 = zext i1 %50 to i32
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %loop.latch4, label %59

interrupt3:                                       ; preds = %loop.check
  call void @w2o_epoch_reached(ptr %0)
  %53 = getelementptr inbounds i8, ptr %0, i64 56
  %54 = load i64, ptr %53, align 8, !tbaa !0
  store i64 %54, ptr %deadline, align 8
  br label %55

55:                                               ; preds = %interrupt3, %loop.check
  store i32 466033, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %loop2
  %56 = load i32, ptr %2, align 4
  %57 = sub i32 %56, 1
  store i32 %57, ptr %2, align 4
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %loop.check, label %loop2, !prof !3

59:                                               ; preds = %loop2
  br label %loop.done

60:                                               ; preds = %loop.done
  %61 = load i32, ptr %5, align 4
  store i32 %61, ptr %3, align 4
  br label %return
}

; Function Attrs: nounwind uwtable
define internal i32 @epoch.func1(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %deadline = alloca i64, align 8
  %2 = getelementptr inbounds i8, ptr %0, i64 56
  %3 = load i64, ptr %2, align 8, !tbaa !0
  store i64 %3, ptr %deadline, align 8
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
  store i32 3, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %13 = load i32, ptr %1, align 4
  ret i32 %13
}

; Function Attrs: nounwind uwtable
define internal i32 @epoch.func2(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %locals = alloca { ptr, i32, i32 }, align 8
  %4 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 1
  %5 = getelementptr inbounds { ptr, i32, i32 }, ptr %locals, i32 0, i32 2
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  %deadline = alloca i64, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 56
  %7 = load i64, ptr %6, align 8, !tbaa !0
  store i64 %7, ptr %deadline, align 8
  %8 = call ptr @llvm.addressofreturnaddress.p0()
  %9 = ptrtoint ptr %8 to i64
  %10 = load i64, ptr %0, align 8, !tbaa !0
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !3

12:                                               ; preds = %entry
  %13 = getelementptr inbounds i8, ptr %0, i64 8
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !4
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load ptr, ptr %15, align 8, !tbaa !0, !invariant.load !4
  store ptr %16, ptr %locals, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 64
  %18 = load ptr, ptr %17, align 8, !tbaa !0, !invariant.load !4
  %19 = load atomic i64, ptr %18 monotonic, align 8
  %20 = load i64, ptr %deadline, align 8
  %21 = icmp uge i64 %19, %20
  br i1 %21, label %interrupt, label %25, !prof !3

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %loop.done
  %22 = load i32, ptr %3, align 4
  ret i32 %22

interrupt:                                        ; preds = %12
  call void @w2o_epoch_reached(ptr %0)
  %23 = getelementptr inbounds i8, ptr %0, i64 56
  %24 = load i64, ptr %23, align 8, !tbaa !0
  store i64 %24, ptr %deadline, align 8
  br label %25

25:                                               ; preds = %interrupt, %12
  store i32 466033, ptr %2, align 4
  br label %loop

loop:                                             ; preds = %loop.latch, %25
  %26 = load i32, ptr %5, align 4
  %27 = add i32 %26, 1
  store i32 %27, ptr %5, align 4
  %28 = load i32, ptr %4, align 4
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %16, i64 %29
  %31 = load i32, ptr %30, align 1, !tbaa !5
  store i32 %31, ptr %4, align 4
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %loop.latch, label %42

loop.check:                                       ; preds = %loop.latch3, %loop.latch
  %33 = getelementptr inbounds i8, ptr %0, i64 64
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = load atomic i64, ptr %34 monotonic, align 8
  %36 = load i64, ptr %deadline, align 8
  %37 = icmp uge i64 %35, %36
  br i1 %37, label %interrupt2, label %52, !prof !3

loop.done:                                        ; preds = %56, %42
  %38 = load i32, ptr %5, align 4
  store i32 %38, ptr %3, align 4
  br label %return

loop.latch:                                       ; preds = %loop
  %39 = load i32, ptr %2, align 4
  %40 = sub i32 %39, 1
  store i32 %40, ptr %2, align 4
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %loop.check, label %loop, !prof !3, !llvm.loop !7

42:                                               ; preds = %loop
  br label %loop.done

loop1:                                            ; preds = %loop.latch3, %52
  %43 = load i32, ptr %5, align 4
  %44 = add i32 %43, 1
  store i32 %44, ptr %5, align 4
  %45 = load i32, ptr %4, align 4
  %46 = zext i32 %45 to i64
  %47 = getelementptr inbounds i8, ptr %16, i64 %46
  %48 = load i32, ptr %47, align 1, !tbaa !5
  store i32 %48, ptr %4, align 4
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %loop.latch3, label %56

interrupt2:                                       ; preds = %loop.check
  call void @w2o_epoch_reached(ptr %0)
  %50 = getelementptr inbounds i8, ptr %0, i64 56
  %51 = load i64, ptr %50, align 8, !tbaa !0
  store i64 %51, ptr %deadline, align 8
  br label %52

52:                                               ; preds = %interrupt2, %loop.check
  store i32 466033, ptr %2, align 4
  br label %loop1

loop.latch3:                                      ; preds = %loop1
  %53 = load i32, ptr %2, align 4
  %54 = sub i32 %53, 1
  store i32 %54, ptr %2, align 4
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %loop.check, label %loop1, !prof !3, !llvm.loop !9

56:                                               ; preds = %loop1
  br label %loop.done
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

; Function Attrs: nounwind
declare void @w2o_epoch_reached(ptr) #1

; Function Attrs: uwtable
define internal void @epoch.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
define internal void @epoch.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !8}
