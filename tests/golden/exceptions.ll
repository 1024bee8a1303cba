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
@exceptions_module = constant { i32, i32, ptr, i32, i32, ptr, ptr, ptr, i32, i32, i32, i32, i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i64, i32, i32, ptr } { i32 9, i32 0, ptr @5, i32 3, i32 1, ptr @9, ptr @10, ptr @13, i32 0, i32 0, i32 0, i32 0, i32 2, i32 0, ptr @4, ptr @2, ptr @3, ptr null, i32 0, i32 0, ptr null, ptr null, i32 2, i32 0, ptr @16, ptr null, i32 0, i32 0, ptr null, i64 -1, i32 1, i32 1, ptr @17 }, align 8

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
  %4 = call i64 @llvm.read_register.i64(metadata !0)
  %5 = load i64, ptr %0, align 8, !tbaa !1
  %6 = icmp ult i64 %4, %5
  br i1 %6, label %trap, label %7, !prof !4

7:                                                ; preds = %entry
  %8 = load i32, ptr %3, align 4
  store i32 %8, ptr %2, align 16, !tbaa !1
  %9 = getelementptr inbounds i8, ptr %0, i64 72
  %10 = load ptr, ptr %9, align 8, !tbaa !1, !invariant.load !5
  %11 = load ptr, ptr %10, align 8, !tbaa !1, !invariant.load !5
  call void @w2o_throw(ptr %11, ptr %2, i32 1)
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
  %8 = call i64 @llvm.read_register.i64(metadata !0)
  %9 = load i64, ptr %0, align 8, !tbaa !1
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %trap, label %11, !prof !4

11:                                               ; preds = %entry
  %caught = alloca ptr, align 8
  store ptr null, ptr %caught, align 8
  %caught1 = alloca ptr, align 8
  store ptr null, ptr %caught1, align 8
  %12 = load i32, ptr %7, align 4
  invoke swiftcc void @exceptions.func0(ptr swiftself %0, i32 %12)
          to label %20 unwind label %pad

trap:                                             ; preds = %entry
  call void @w2o_trap(i32 10)
  unreachable

return:                                           ; preds = %end
  %13 = load i32, ptr %6, align 4
  %14 = load ptr, ptr %caught, align 8
  %15 = icmp eq ptr %14, null
  br i1 %15, label %53, label %release8

end:                                              ; preds = %45, %37, %end2
  %16 = load i32, ptr %5, align 4
  store i32 %16, ptr %6, align 4
  br label %return

end2:                                             ; preds = %20
  %17 = load i32, ptr %4, align 4
  store i32 %17, ptr %5, align 4
  br label %end

pad:                                              ; preds = %11
  %18 = landingpad { ptr, i32 }
          catch ptr null
  %19 = extractvalue { ptr, i32 } %18, 0
  store ptr %19, ptr %3, align 8
  br label %dispatch

20:                                               ; preds = %11
  store i32 0, ptr %4, align 4
  br label %end2

dispatch:                                         ; preds = %pad
  %21 = load ptr, ptr %3, align 8
  store ptr %21, ptr %2, align 8
  br label %dispatch3

dispatch3:                                        ; preds = %dispatch
  %22 = load ptr, ptr %2, align 8
  %23 = load ptr, ptr %22, align 8, !tbaa !1
  %24 = getelementptr inbounds i8, ptr %0, i64 72
  %25 = load ptr, ptr %24, align 8, !tbaa !1, !invariant.load !5
  %26 = load ptr, ptr %25, align 8, !tbaa !1, !invariant.load !5
  %27 = icmp eq ptr %23, %26
  br i1 %27, label %catch, label %dispatch.next

catch:                                            ; preds = %dispatch3
  %28 = load ptr, ptr %caught, align 8
  %29 = icmp eq ptr %28, null
  br i1 %29, label %37, label %release

dispatch.next:                                    ; preds = %dispatch3
  %30 = load ptr, ptr %2, align 8
  %31 = load ptr, ptr %30, align 8, !tbaa !1
  %32 = getelementptr inbounds i8, ptr %0, i64 72
  %33 = load ptr, ptr %32, align 8, !tbaa !1, !invariant.load !5
  %34 = getelementptr inbounds i8, ptr %33, i64 8
  %35 = load ptr, ptr %34, align 8, !tbaa !1, !invariant.load !5
  %36 = icmp eq ptr %31, %35
  br i1 %36, label %catch4, label %dispatch.next5

release:                                          ; preds = %catch
  call void @w2o_exception_release(ptr %28)
  br label %37

37:                                               ; preds = %release, %catch
  store ptr %22, ptr %caught, align 8
  %38 = getelementptr inbounds i8, ptr %22, i64 16
  %39 = load i32, ptr %38, align 16, !tbaa !1
  store i32 %39, ptr %5, align 4
  br label %end

catch4:                                           ; preds = %dispatch.next
  %40 = load ptr, ptr %caught, align 8
  %41 = icmp eq ptr %40, null
  br i1 %41, label %45, label %release6

dispatch.next5:                                   ; preds = %dispatch.next
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %caught, align 8
  %44 = icmp eq ptr %43, null
  br i1 %44, label %51, label %release7

release6:                                         ; preds = %catch4
  call void @w2o_exception_release(ptr %40)
  br label %45

45:                                               ; preds = %release6, %catch4
  store ptr %30, ptr %caught, align 8
  %46 = getelementptr inbounds i8, ptr %30, i64 16
  %47 = load i64, ptr %46, align 16, !tbaa !1
  %48 = getelementptr inbounds i8, ptr %30, i64 32
  %49 = load double, ptr %48, align 16, !tbaa !1
  %50 = trunc i64 %47 to i32
  store i32 %50, ptr %5, align 4
  br label %end

release7:                                         ; preds = %dispatch.next5
  call void @w2o_exception_release(ptr %43)
  br label %51

51:                                               ; preds = %release7, %dispatch.next5
  store ptr %42, ptr %caught, align 8
  %52 = load ptr, ptr %caught, align 8
  call void @w2o_rethrow(ptr %52)
  unreachable

release8:                                         ; preds = %return
  call void @w2o_exception_release(ptr %14)
  br label %53

53:                                               ; preds = %release8, %return
  %54 = load ptr, ptr %caught1, align 8
  %55 = icmp eq ptr %54, null
  br i1 %55, label %56, label %release9

release9:                                         ; preds = %53
  call void @w2o_exception_release(ptr %54)
  br label %56

56:                                               ; preds = %release9, %53
  ret i32 %13
}

; Function Attrs: noreturn
declare void @w2o_throw(ptr, ptr, i32) #3

declare i32 @w2o_eh_personality(...)

declare void @w2o_exception_release(ptr)

; Function Attrs: noreturn
declare void @w2o_rethrow(ptr) #3

; Function Attrs: uwtable
define internal void @exceptions.entry.t0(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i32, ptr %4, align 8
  call void %0(ptr %1, i32 %5)
  ret void
}

; Function Attrs: uwtable
define internal void @exceptions.entry.t1(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
entry:
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load i64, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 32
  %7 = load double, ptr %6, align 8
  call void %0(ptr %1, i64 %5, double %7)
  ret void
}

; Function Attrs: uwtable
define internal void @exceptions.entry.t2(ptr %0, ptr %1, ptr %2, ptr %3) #4 {
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

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #5

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { uwtable "disable-tail-calls"="true" "frame-pointer"="all" }
attributes #3 = { noreturn }
attributes #4 = { uwtable }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(read) }

!0 = !{!"rsp"}
!1 = !{!2, !2, i64 0}
!2 = !{!"w2o context", !3, i64 0}
!3 = !{!"w2o tbaa"}
!4 = !{!"branch_weights", i32 1, i32 1048575}
!5 = !{}
