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
@13 = private unnamed_addr constant [1 x { ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 }] [{ ptr, ptr, i32, i32, i32, i32, { i64, i64, i32, i32, i32, i32 }, i32, i32 } { ptr @11, ptr @12, i32 3, i32 1, i32 4, i32 0, { i64, i64, i32, i32, i32, i32 } zeroinitializer, i32 0, i32 0 }]
@14 = private unnamed_addr constant [2 x i8] c"f\00"
@15 = private unnamed_addr constant [4 x i8] c"try\00"
@16 = private unnamed_addr constant [2 x { ptr, i32, i32, i32, i32 }] [{ ptr, i32, i32, i32, i32 } { ptr @14, i32 1, i32 4, i32 1, i32 0 }, { ptr, i32, i32, i32, i32 } { ptr @15, i32 3, i32 0, i32 1, i32 0 }]
@17 = private unnamed_addr constant [1 x i32] [i32 1]
@exceptions_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 8, i32 0, ptr @5, i32 3, i32 1, ptr @9, ptr @10, ptr @13, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 0, ptr null, ptr null, i32 2, i32 0, ptr @16, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 1, i32 1, ptr @17 }, align 8

; Function Attrs: cold noreturn nounwind
declare void @w2o_trap(i32) #0

; Function Attrs: nounwind
declare i64 @w2o_memory_grow(ptr, i64) #1

; Function Attrs: uwtable
define internal swiftcc void @exceptions.func0(ptr swiftself %0, i32 %1) #2 {
entry:
  %2 = alloca [16 x i8], align 16
  %locals = alloca { ptr, i32 }, align 8
  %3 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %3, align 4
  %4 = call ptr @llvm.addressofreturnaddress.p0()
  %5 = ptrtoint ptr %4 to i64
  %6 = load i64, ptr %0, align 8, !tbaa !0
  %7 = icmp ult i64 %5, %6
  br i1 %7, label %trap, label %8, !prof !3

8:                                                ; preds = %entry
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %2, align 16, !tbaa !0
  %10 = getelementptr inbounds i8, ptr %0, i64 80
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
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %locals = alloca { ptr, i32 }, align 8
  %7 = getelementptr inbounds { ptr, i32 }, ptr %locals, i32 0, i32 1
  store i32 %1, ptr %7, align 4
  %8 = call ptr @llvm.addressofreturnaddress.p0()
  %9 = ptrtoint ptr %8 to i64
  %10 = load i64, ptr %0, align 8, !tbaa !0
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %trap, label %12, !prof !3

12:                                               ; preds = %entry
  %caught = alloca ptr, align 8
  store ptr null, ptr %caught, align 8
  %caught1 = alloca ptr, align 8
  store ptr null, ptr %caught1, align 8
  %13 = load i32, ptr %7, align 4
  invoke swiftcc void @exceptions.func0(ptr swiftself %0, i32 %13)
          to label %21 unwind label %pad

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end
  %14 = load i32, ptr %6, align 4
  %15 = load ptr, ptr %caught, align 8
  %16 = icmp eq ptr %15, null
  br i1 %16, label %54, label %release8

end:                                              ; preds = %46, %38, %end2
  %17 = load i32, ptr %5, align 4
  store i32 %17, ptr %6, align 4
  br label %return

end2:                                             ; preds = %21
  %18 = load i32, ptr %4, align 4
  store i32 %18, ptr %5, align 4
  br label %end

pad:                                              ; preds = %12
  %19 = landingpad { ptr, i32 }
          catch ptr null
  %20 = extractvalue { ptr, i32 } %19, 0
  store ptr %20, ptr %3, align 8
  br label %dispatch

21:                                               ; preds = %12
  store i32 0, ptr %4, align 4
  br label %end2

dispatch:                                         ; preds = %pad
  %22 = load ptr, ptr %3, align 8
  store ptr %22, ptr %2, align 8
  br label %dispatch3

dispatch3:                                        ; preds = %dispatch
  %23 = load ptr, ptr %2, align 8
  %24 = load ptr, ptr %23, align 8, !tbaa !0
  %25 = getelementptr inbounds i8, ptr %0, i64 80
  %26 = load ptr, ptr %25, align 8, !tbaa !0, !invariant.load !4
  %27 = load ptr, ptr %26, align 8, !tbaa !0, !invariant.load !4
  %28 = icmp eq ptr %24, %27
  br i1 %28, label %catch, label %dispatch.next

catch:                                            ; preds = %dispatch3
  %29 = load ptr, ptr %caught, align 8
  %30 = icmp eq ptr %29, null
  br i1 %30, label %38, label %release

dispatch.next:                                    ; preds = %dispatch3
  %31 = load ptr, ptr %2, align 8
  %32 = load ptr, ptr %31, align 8, !tbaa !0
  %33 = getelementptr inbounds i8, ptr %0, i64 80
  %34 = load ptr, ptr %33, align 8, !tbaa !0, !invariant.load !4
  %35 = getelementptr inbounds i8, ptr %34, i64 8
  %36 = load ptr, ptr %35, align 8, !tbaa !0, !invariant.load !4
  %37 = icmp eq ptr %32, %36
  br i1 %37, label %catch4, label %dispatch.next5

release:                                          ; preds = %catch
  call void @w2o_exception_release(ptr %29)
  br label %38

38:                                               ; preds = %release, %catch
  store ptr %23, ptr %caught, align 8
  %39 = getelementptr inbounds i8, ptr %23, i64 16
  %40 = load i32, ptr %39, align 16, !tbaa !0
  store i32 %40, ptr %5, align 4
  br label %end

catch4:                                           ; preds = %dispatch.next
  %41 = load ptr, ptr %caught, align 8
  %42 = icmp eq ptr %41, null
  br i1 %42, label %46, label %release6

dispatch.next5:                                   ; preds = %dispatch.next
  %43 = load ptr, ptr %2, align 8
  %44 = load ptr, ptr %caught, align 8
  %45 = icmp eq ptr %44, null
  br i1 %45, label %52, label %release7

release6:                                         ; preds = %catch4
  call void @w2o_exception_release(ptr %41)
  br label %46

46:                                               ; preds = %release6, %catch4
  store ptr %31, ptr %caught, align 8
  %47 = getelementptr inbounds i8, ptr %31, i64 16
  %48 = load i64, ptr %47, align 16, !tbaa !0
  %49 = getelementptr inbounds i8, ptr %31, i64 32
  %50 = load double, ptr %49, align 16, !tbaa !0
  %51 = trunc i64 %48 to i32
  store i32 %51, ptr %5, align 4
  br label %end

release7:                                         ; preds = %dispatch.next5
  call void @w2o_exception_release(ptr %44)
  br label %52

52:                                               ; preds = %release7, %dispatch.next5
  store ptr %43, ptr %caught, align 8
  %53 = load ptr, ptr %caught, align 8
  call void @w2o_rethrow(ptr %53)
  unreachable

release8:                                         ; preds = %return
  call void @w2o_exception_release(ptr %15)
  br label %54

54:                                               ; preds = %release8, %return
  %55 = load ptr, ptr %caught1, align 8
  %56 = icmp eq ptr %55, null
  br i1 %56, label %57, label %release9

release9:                                         ; preds = %54
  call void @w2o_exception_release(ptr %55)
  br label %57

57:                                               ; preds = %release9, %54
  ret i32 %14
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.addressofreturnaddress.p0() #3

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
attributes #2 = { uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { noreturn }
attributes #5 = { uwtable }

!0 = !{!1, !1, i64 0}
!1 = !{!"w2o context", !2, i64 0}
!2 = !{!"w2o tbaa"}
!3 = !{!"branch_weights", i32 1, i32 1048575}
!4 = !{}
