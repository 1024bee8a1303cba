; ModuleID = 'epoch'
source_filename = "epoch"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [2 x ptr] [ptr @epoch.func0, ptr @epoch.func1]
@3 = private unnamed_addr constant [2 x ptr] [ptr @0, ptr @1]
@4 = private unnamed_addr constant [2 x i32] [i32 0, i32 1]
@5 = private unnamed_addr constant [6 x i8] c"epoch\00"
@6 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@7 = private unnamed_addr constant [2 x i8] c"\7F\00"
@8 = private unnamed_addr constant [2 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 1, ptr @6 }, { i32, i32, ptr } { i32 0, i32 1, ptr @7 }]
@9 = private unnamed_addr constant [2 x ptr] [ptr @epoch.entry.t0, ptr @epoch.entry.t1]
@10 = private unnamed_addr constant [5 x i8] c"spin\00"
@11 = private unnamed_addr constant [5 x i8] c"leaf\00"
@12 = private unnamed_addr constant [2 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @10, i32 4, i32 0, i32 0, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @11, i32 4, i32 0, i32 1, i32 0 }]
@epoch_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 7, i32 8, ptr @5, i32 2, i32 0, ptr @8, ptr @9, ptr null, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 0, ptr null, ptr null, i32 2, i32 0, ptr @12, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  %6 = call ptr @llvm.addressofreturnaddress.p0()
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  br label %loop

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %52
  %11 = load i32, ptr %3, align 4
  ret i32 %11

loop:                                             ; preds = %loop.done, %10
  %12 = getelementptr inbounds i8, ptr %0, i64 64
  %13 = load ptr, ptr %12, align 8, !tbaa !0, !invariant.load !4
  %14 = load atomic i64, ptr %13 monotonic, align 8
  %15 = getelementptr inbounds i8, ptr %0, i64 56
  %16 = load i64, ptr %15, align 8, !tbaa !0
  %17 = icmp uge i64 %14, %16
  br i1 %17, label %interrupt, label %18, !prof !3

interrupt:                                        ; preds = %loop
  call void @w2o_epoch_reached(ptr %0)
  br label %18

18:                                               ; preds = %interrupt, %loop
  store i32 466033, ptr %2, align 4
  br label %loop1

loop1:                                            ; preds = %loop.latch, %18
  %19 = load i32, ptr %5, align 4
  %20 = add i32 %19, 1
  store i32 %20, ptr %5, align 4
  %21 = load i32, ptr %5, align 4
  %22 = load i32, ptr %4, align 4
  %23 = icmp ult i32 %21, %22
  %24 = zext i1 %23 to i32
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %loop.latch, label %39

loop.check:                                       ; preds = %loop.latch4, %loop.latch
  %26 = getelementptr inbounds i8, ptr %0, i64 64
  %27 = load ptr, ptr %26, align 8, !tbaa !0, !invariant.load !4
  %28 = load atomic i64, ptr %27 monotonic, align 8
  %29 = getelementptr inbounds i8, ptr %0, i64 56
  %30 = load i64, ptr %29, align 8, !tbaa !0
  %31 = icmp uge i64 %28, %30
  br i1 %31, label %interrupt3, label %47, !prof !3

loop.done:                                        ; preds = %51, %39
  %32 = load i32, ptr %5, align 4
  %33 = icmp ult i32 %32, 1000
  %34 = zext i1 %33 to i32
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %loop, label %52

loop.latch:                                       ; preds = %loop1
  %36 = load i32, ptr %2, align 4
  %37 = sub i32 %36, 1
  store i32 %37, ptr %2, align 4
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %loop.check, label %loop1, !prof !3

39:                                               ; preds = %loop1
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %47
  %40 = load i32, ptr %5, align 4
  %41 = add i32 %40, 1
  store i32 %41, ptr %5, align 4
  %42 = load i32, ptr %5, align 4
  %43 = load i32, ptr %4, align 4
  %44 = icmp ult i32 %42, %43
  %45 = zext i1 %44 to i32
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %loop.latch4, label %51

interrupt3:                                       ; preds = %loop.check
  call void @w2o_epoch_reached(ptr %0)
  br label %47

47:                                               ; preds = %interrupt3, %loop.check
  store i32 466033, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %loop2
  %48 = load i32, ptr %2, align 4
  %49 = sub i32 %48, 1
  store i32 %49, ptr %2, align 4
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %loop.check, label %loop2, !prof !3

51:                                               ; preds = %loop2
  br label %loop.done

52:                                               ; preds = %loop.done
  %53 = load i32, ptr %5, align 4
  store i32 %53, ptr %3, align 4
  br label %return
}

; Function Attrs: nounwind uwtable
define internal i32 @epoch.func1(ptr %0) #2 {
entry:
  %1 = alloca i32, align 4
  %locals = alloca { ptr }, align 8
  %2 = call ptr @llvm.addressofreturnaddress.p0()
  %3 = ptrtoint ptr %2 to i64
  %4 = load i64, ptr %0, align 8, !tbaa !0
  %5 = icmp ult i64 %3, %4
  br i1 %5, label %trap, label %6, !prof !3

6:                                                ; preds = %entry
  store i32 3, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %6
  %7 = load i32, ptr %1, align 4
  ret i32 %7
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
