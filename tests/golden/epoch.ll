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
@epoch_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 8, ptr @5, i32 2, i32 0, ptr @8, ptr @9, ptr null, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 0, ptr null, ptr null, i32 2, i32 0, ptr @12, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 0, i32 0, ptr null }, align 8

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
  br label %loop

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %56
  %13 = load i32, ptr %3, align 4
  ret i32 %13

loop:                                             ; preds = %loop.done, %12
  %14 = getelementptr inbounds i8, ptr %0, i64 64
  %15 = load ptr, ptr %14, align 8, !tbaa !0, !invariant.load !4
  %16 = load atomic i64, ptr %15 monotonic, align 8
  %17 = load i64, ptr %deadline, align 8
  %18 = icmp uge i64 %16, %17
  br i1 %18, label %interrupt, label %21, !prof !3

interrupt:                                        ; preds = %loop
  call void @w2o_epoch_reached(ptr %0)
  %19 = getelementptr inbounds i8, ptr %0, i64 56
  %20 = load i64, ptr %19, align 8, !tbaa !0
  store i64 %20, ptr %deadline, align 8
  br label %21

21:                                               ; preds = %interrupt, %loop
  store i32 466033, ptr %2, align 4
  br label %loop1

loop1:                                            ; preds = %loop.latch, %21
  %22 = load i32, ptr %5, align 4
  %23 = add i32 %22, 1
  store i32 %23, ptr %5, align 4
  %24 = load i32, ptr %5, align 4
  %25 = load i32, ptr %4, align 4
  %26 = icmp ult i32 %24, %25
  %27 = zext i1 %26 to i32
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %loop.latch, label %41

loop.check:                                       ; preds = %loop.latch4, %loop.latch
  %29 = getelementptr inbounds i8, ptr %0, i64 64
  %30 = load ptr, ptr %29, align 8, !tbaa !0, !invariant.load !4
  %31 = load atomic i64, ptr %30 monotonic, align 8
  %32 = load i64, ptr %deadline, align 8
  %33 = icmp uge i64 %31, %32
  br i1 %33, label %interrupt3, label %51, !prof !3

loop.done:                                        ; preds = %55, %41
  %34 = load i32, ptr %5, align 4
  %35 = icmp ult i32 %34, 1000
  %36 = zext i1 %35 to i32
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %loop, label %56

loop.latch:                                       ; preds = %loop1
  %38 = load i32, ptr %2, align 4
  %39 = sub i32 %38, 1
  store i32 %39, ptr %2, align 4
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %loop.check, label %loop1, !prof !3

41:                                               ; preds = %loop1
  br label %loop.done

loop2:                                            ; preds = %loop.latch4, %51
  %42 = load i32, ptr %5, align 4
  %43 = add i32 %42, 1
  store i32 %43, ptr %5, align 4
  %44 = load i32, ptr %5, align 4
  %45 = load i32, ptr %4, align 4
  %46 = icmp ult i32 %44, %45
  %47 = zext i1 %46 to i32
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %loop.latch4, label %55

interrupt3:                                       ; preds = %loop.check
  call void @w2o_epoch_reached(ptr %0)
  %49 = getelementptr inbounds i8, ptr %0, i64 56
  %50 = load i64, ptr %49, align 8, !tbaa !0
  store i64 %50, ptr %deadline, align 8
  br label %51

51:                                               ; preds = %interrupt3, %loop.check
  store i32 466033, ptr %2, align 4
  br label %loop2

loop.latch4:                                      ; preds = %loop2
  %52 = load i32, ptr %2, align 4
  %53 = sub i32 %52, 1
  store i32 %53, ptr %2, align 4
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %loop.check, label %loop2, !prof !3

55:                                               ; preds = %loop2
  br label %loop.done

56:                                               ; preds = %loop.done
  %57 = load i32, ptr %5, align 4
  store i32 %57, ptr %3, align 4
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
  store i32 3, ptr %1, align 4
  br label %return

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %8
  %9 = load i32, ptr %1, align 4
  ret i32 %9
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
