; ModuleID = 'epoch'
source_filename = "epoch"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@w2o_epoch_counter = external global i64
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
@epoch_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 8, ptr @6, i32 2, i32 0, ptr @9, ptr @10, ptr null, i32 0, i32 0, i32 0, i32 0, i32 3, i32 0, ptr @5, ptr @3, ptr @4, ptr null, i32 1, i32 0, ptr @11, ptr null, i32 3, i32 0, ptr @15, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %8 = call i64 @llvm.read_register.i64(metadata !3)
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !4

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !5
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !5
  store ptr %15, ptr %locals, align 8
  br label %loop

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %55
  %16 = load i32, ptr %3, align 4
  ret i32 %16

loop:                                             ; preds = %loop.done, %11
  %17 = load atomic i64, ptr @w2o_epoch_counter monotonic, align 8
  %18 = load i64, ptr %deadline, align 8
  %19 = icmp uge i64 %17, %18
  br i1 %19, label %interrupt, label %22, !prof !4

interrupt:                                        ; preds = %loop
  call void @w2o_epoch_reached(ptr %0)
  %20 = getelementptr inbounds i8, ptr %0, i64 56
  %21 = load i64, ptr %20, align 8, !tbaa !0
  store i64 %21, ptr %deadline, align 8
  br label %22

22:                                               ; preds = %interrupt, %loop
  store i32 466033, ptr %2, align 4
  br label %loop1

loop1:                                            ; preds = %loop.latch, %22
  %23 = load i32, ptr %5, align 4
  %24 = add i32 %23, 1
  store i32 %24, ptr %5, align 4
  %25 = load i32, ptr %5, align 4
  %26 = load i32, ptr %4, align 4
  %27 = icmp ult i32 %25, %26
  %28 = zext i1 %27 to i32
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %loop.latch, label %40

loop.check:                                       ; preds = %loop.latch4, %loop.latch
  %30 = load atomic i64, ptr @w2o_epoch_counter monotonic, align 8
  %31 = load i64, ptr %deadline, align 8
  %32 = icmp uge i64 %30, %31
  br i1 %32, label %interrupt3, label %50, !prof !4

loop.done:                                        ; preds = %54, %40
  %33 = load i32, ptr %5, align 4
  %34 = icmp ult i32 %33, 1000
  %35 = zext i1 %34 to i32
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %loop, label %55

loop.latch:                                       ; preds = %loop1
  %37 = load i32, ptr %2, align 4
  %38 = sub i32 %37, 1
  store i32 %38, ptr %2, align 4
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %loop.check, label %loop1, !prof !4

40:                                               ; preds = %loop1
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %50
  %41 = load i32, ptr %5, align 4
  %42 = add i32 %41, 1
  store i32 %42, ptr %5, align 4
  %43 = load i32, ptr %5, align 4
  %44 = load i32, ptr %4, align 4
  %45 = icmp ult i32 %43, %44
  %46 = zext i1 %45 to i32
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %loop.latch4, label %54

interrupt3:                                       ; preds = %loop.check
  call void @w2o_epoch_reached(ptr %0)
  %48 = getelementptr inbounds i8, ptr %0, i64 56
  %49 = load i64, ptr %48, align 8, !tbaa !0
  store i64 %49, ptr %deadline, align 8
  br label %50

50:                                               ; preds = %interrupt3, %loop.check
  store i32 466033, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %loop2
  %51 = load i32, ptr %2, align 4
  %52 = sub i32 %51, 1
  store i32 %52, ptr %2, align 4
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %loop.check, label %loop2, !prof !4

54:                                               ; preds = %loop2
  br label %loop.done

55:                                               ; preds = %loop.done
  %56 = load i32, ptr %5, align 4
  store i32 %56, ptr %3, align 4
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
  store i32 3, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %7
  %12 = load i32, ptr %1, align 4
  ret i32 %12
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
  %8 = call i64 @llvm.read_register.i64(metadata !3)
  %9 = load i64, ptr %0, align 8, !tbaa !0
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !4

11:                                               ; preds = %entry
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !5
  %14 = load ptr, ptr %13, align 8, !tbaa !0, !invariant.load !5
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !5
  store ptr %15, ptr %locals, align 8
  %16 = load atomic i64, ptr @w2o_epoch_counter monotonic, align 8
  %17 = load i64, ptr %deadline, align 8
  %18 = icmp uge i64 %16, %17
  br i1 %18, label %interrupt, label %22, !prof !4

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %loop.done
  %19 = load i32, ptr %3, align 4
  ret i32 %19

interrupt:                                        ; preds = %11
  call void @w2o_epoch_reached(ptr %0)
  %20 = getelementptr inbounds i8, ptr %0, i64 56
  %21 = load i64, ptr %20, align 8, !tbaa !0
  store i64 %21, ptr %deadline, align 8
  br label %22

22:                                               ; preds = %interrupt, %11
  store i32 466033, ptr %2, align 4
  br label %loop

loop:                                             ; preds = %loop.latch, %22
  %23 = load i32, ptr %5, align 4
  %24 = add i32 %23, 1
  store i32 %24, ptr %5, align 4
  %25 = load i32, ptr %4, align 4
  %26 = zext i32 %25 to i64
  %27 = getelementptr inbounds i8, ptr %15, i64 %26
  %28 = load i32, ptr %27, align 1, !tbaa !6
  store i32 %28, ptr %4, align 4
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %loop.latch, label %37

loop.check:                                       ; preds = %loop.latch3, %loop.latch
  %30 = load atomic i64, ptr @w2o_epoch_counter monotonic, align 8
  %31 = load i64, ptr %deadline, align 8
  %32 = icmp uge i64 %30, %31
  br i1 %32, label %interrupt2, label %47, !prof !4

loop.done:                                        ; preds = %51, %37
  %33 = load i32, ptr %5, align 4
  store i32 %33, ptr %3, align 4
  br label %return

loop.latch:                                       ; preds = %loop
  %34 = load i32, ptr %2, align 4
  %35 = sub i32 %34, 1
  store i32 %35, ptr %2, align 4
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %loop.check, label %loop, !prof !4, !llvm.loop !8

37:                                               ; preds = %loop
  br label %loop.done

loop1:                                            ; preds = %loop.latch3, %47
  %38 = load i32, ptr %5, align 4
  %39 = add i32 %38, 1
  store i32 %39, ptr %5, align 4
  %40 = load i32, ptr %4, align 4
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds i8, ptr %15, i64 %41
  %43 = load i32, ptr %42, align 1, !tbaa !6
  store i32 %43, ptr %4, align 4
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %loop.latch3, label %51

interrupt2:                                       ; preds = %loop.check
  call void @w2o_epoch_reached(ptr %0)
  %45 = getelementptr inbounds i8, ptr %0, i64 56
  %46 = load i64, ptr %45, align 8, !tbaa !0
  store i64 %46, ptr %deadline, align 8
  br label %47

47:                                               ; preds = %interrupt2, %loop.check
  store i32 466033, ptr %2, align 4
  br label %loop1

loop.latch3:                                      ; preds = %loop1
  %48 = load i32, ptr %2, align 4
  %49 = sub i32 %48, 1
  store i32 %49, ptr %2, align 4
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %loop.check, label %loop1, !prof !4, !llvm.loop !10

51:                                               ; preds = %loop1
  br label %loop.done
}

; Function Attrs: nounwind
declare void @w2o_epoch_reached(ptr) #1

; Function Attrs: uwtable
define internal void @epoch.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
define internal void @epoch.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #3 {
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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !9}
