; ModuleID = 'exceptions'
source_filename = "exceptions"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = private unnamed_addr constant [6 x i8] c"func0\00"
@1 = private unnamed_addr constant [6 x i8] c"func1\00"
@2 = private unnamed_addr constant [2 x ptr] [ptr @exceptions.func0, ptr @exceptions.func1]
@3 = private unnamed_addr constant [2 x ptr] [ptr @0, ptr @1]
@4 = private unnamed_addr constant [2 x i32] [i32 0, i32 2]
@5 = private unnamed_addr constant [11 x i8] c"exceptions\00"
@6 = private unnamed_addr constant [2 x i8] c"\7F\00"
@7 = private unnamed_addr constant [3 x i8] c"~|\00"
@8 = private unnamed_addr constant [3 x i8] c"\7F\7F\00"
@9 = private unnamed_addr constant [3 x { i32, i32, ptr }] [{ i32, i32, ptr } { i32 1, i32 0, ptr @6 }, { i32, i32, ptr } { i32 2, i32 0, ptr @7 }, { i32, i32, ptr } { i32 1, i32 1, ptr @8 }]
@10 = private unnamed_addr constant [3 x ptr] [ptr @exceptions.entry.t0, ptr @exceptions.entry.t1, ptr @exceptions.entry.t2]
@11 = private unnamed_addr constant [4 x i8] c"env\00"
@12 = private unnamed_addr constant [2 x i8] c"e\00"
@13 = private unnamed_addr constant [1 x { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32 }, i32, i32 }] [{ ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32 }, i32, i32 } { ptr @11, ptr @12, i32 3, i32 1, i32 4, i32 0, { i64, i64, i32, i32 } zeroinitializer, i32 0, i32 0 }]
@14 = private unnamed_addr constant [2 x i8] c"f\00"
@15 = private unnamed_addr constant [4 x i8] c"try\00"
@16 = private unnamed_addr constant [2 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @14, i32 1, i32 4, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @15, i32 3, i32 0, i32 1, i32 0 }]
@17 = private unnamed_addr constant [1 x i32] [i32 1]
@exceptions_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 5, i32 0, ptr @5, i32 3, i32 1, ptr @9, ptr @10, ptr @13, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 0, ptr null, ptr null, i32 2, i32 0, ptr @16, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 1, i32 1, ptr @17 }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: uwtable
define internal void @exceptions.func0(ptr %0, i32 %1) #2 {
entry:
  %2 = alloca [16 x i8], align 16
  %locals = alloca { ptr, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %3, align 4
  %4 = call ptr @llvm.frameaddress.p0(i32 0)
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %2, align 16, !tbaa !0
  %10 = getelementptr inbounds i8, ptr %0, i64 88
  %11 = load ptr, ptr %10, align 8, !tbaa !0, !invariant.load !4
  %12 = load ptr, ptr %11, align 8, !tbaa !0, !invariant.load !4
  call void @w2o_throw(ptr %12, ptr %2, i32 1)
  unreachable

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable
}

; Function Attrs: uwtable
define internal i32 @exceptions.func1(ptr %0, i32 %1) #2 personality ptr @w2o_eh_personality {
entry:
  %exn3 = alloca ptr, align 8
  %exn = alloca ptr, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %locals = alloca { ptr, i32 }, align 8
  %5 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %5, align 4
  %6 = call ptr @llvm.frameaddress.p0(i32 0)
  %7 = ptrtoint ptr %6 to i64
  %8 = load i64, ptr %0, align 8, !tbaa !0
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %trap, label %10, !prof !3

10:                                               ; preds = %entry
  %caught = alloca ptr, align 8
  store ptr null, ptr %caught, align 8
  %caught1 = alloca ptr, align 8
  store ptr null, ptr %caught1, align 8
  %11 = load i32, ptr %5, align 4
  invoke void @exceptions.func0(ptr %0, i32 %11)
          to label %19 unwind label %pad

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end
  %12 = load i32, ptr %4, align 4
  %13 = load ptr, ptr %caught, align 8
  %14 = icmp eq ptr %13, null
  br i1 %14, label %52, label %release9

end:                                              ; preds = %44, %36, %end2
  %15 = load i32, ptr %3, align 4
  store i32 %15, ptr %4, align 4
  br label %return

end2:                                             ; preds = %19
  %16 = load i32, ptr %2, align 4
  store i32 %16, ptr %3, align 4
  br label %end

pad:                                              ; preds = %10
  %17 = landingpad { ptr, i32 }
          catch ptr null
  %18 = extractvalue { ptr, i32 } %17, 0
  store ptr %18, ptr %exn, align 8
  br label %dispatch

19:                                               ; preds = %10
  store i32 0, ptr %2, align 4
  br label %end2

dispatch:                                         ; preds = %pad
  %20 = load ptr, ptr %exn, align 8
  store ptr %20, ptr %exn3, align 8
  br label %dispatch4

dispatch4:                                        ; preds = %dispatch
  %21 = load ptr, ptr %exn3, align 8
  %22 = load ptr, ptr %21, align 8, !tbaa !0
  %23 = getelementptr inbounds i8, ptr %0, i64 88
  %24 = load ptr, ptr %23, align 8, !tbaa !0, !invariant.load !4
  %25 = load ptr, ptr %24, align 8, !tbaa !0, !invariant.load !4
  %26 = icmp eq ptr %22, %25
  br i1 %26, label %catch, label %dispatch.next

catch:                                            ; preds = %dispatch4
  %27 = load ptr, ptr %caught, align 8
  %28 = icmp eq ptr %27, null
  br i1 %28, label %36, label %release

dispatch.next:                                    ; preds = %dispatch4
  %29 = load ptr, ptr %exn3, align 8
  %30 = load ptr, ptr %29, align 8, !tbaa !0
  %31 = getelementptr inbounds i8, ptr %0, i64 88
  %32 = load ptr, ptr %31, align 8, !tbaa !0, !invariant.load !4
  %33 = getelementptr inbounds i8, ptr %32, i64 8
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = icmp eq ptr %30, %34
  br i1 %35, label %catch5, label %dispatch.next6

release:                                          ; preds = %catch
  call void @w2o_exception_release(ptr %27)
  br label %36

36:                                               ; preds = %release, %catch
  store ptr %21, ptr %caught, align 8
  %37 = getelementptr inbounds i8, ptr %21, i64 16
  %38 = load i32, ptr %37, align 16, !tbaa !0
  store i32 %38, ptr %3, align 4
  br label %end

catch5:                                           ; preds = %dispatch.next
  %39 = load ptr, ptr %caught, align 8
  %40 = icmp eq ptr %39, null
  br i1 %40, label %44, label %release7

dispatch.next6:                                   ; preds = %dispatch.next
  %41 = load ptr, ptr %exn3, align 8
  %42 = load ptr, ptr %caught, align 8
  %43 = icmp eq ptr %42, null
  br i1 %43, label %50, label %release8

release7:                                         ; preds = %catch5
  call void @w2o_exception_release(ptr %39)
  br label %44

44:                                               ; preds = %release7, %catch5
  store ptr %29, ptr %caught, align 8
  %45 = getelementptr inbounds i8, ptr %29, i64 16
  %46 = load i64, ptr %45, align 16, !tbaa !0
  %47 = getelementptr inbounds i8, ptr %29, i64 32
  %48 = load double, ptr %47, align 16, !tbaa !0
  %49 = trunc i64 %46 to i32
  store i32 %49, ptr %3, align 4
  br label %end

release8:                                         ; preds = %dispatch.next6
  call void @w2o_exception_release(ptr %42)
  br label %50

50:                                               ; preds = %release8, %dispatch.next6
  store ptr %41, ptr %caught, align 8
  %51 = load ptr, ptr %caught, align 8
  call void @w2o_rethrow(ptr %51)
  unreachable

release9:                                         ; preds = %return
  call void @w2o_exception_release(ptr %13)
  br label %52

52:                                               ; preds = %release9, %return
  %53 = load ptr, ptr %caught1, align 8
  %54 = icmp eq ptr %53, null
  br i1 %54, label %55, label %release10

release10:                                        ; preds = %52
  call void @w2o_exception_release(ptr %53)
  br label %55

55:                                               ; preds = %release10, %52
  ret i32 %12
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.frameaddress.p0(i32 immarg) #3

; Function Attrs: noreturn
declare void @w2o_throw(ptr, ptr, i32) #4

declare i32 @w2o_eh_personality(...)

declare void @w2o_exception_release(ptr)

; Function Attrs: noreturn
declare void @w2o_rethrow(ptr) #4

; Function Attrs: uwtable
define internal void @exceptions.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

; Function Attrs: uwtable
define internal void @exceptions.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i64, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load double, ptr %6, align 8
  call void %0(ptr %1, i64 %5, double %7)
  ret void
}

; Function Attrs: uwtable
define internal void @exceptions.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #5 {
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
attributes #2 = { uwtable "disable-tail-calls"="true" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { noreturn }
attributes #5 = { uwtable }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"branch_weights", i32 1, i32 1048575}
!4 = !{}
