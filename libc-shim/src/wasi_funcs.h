/*
 * wasi_funcs.h — the host functions of wasi_snapshot_preview1, one list.
 *
 * WASI_FUNCTIONS(X, P) calls X(name, result, params) for every function;
 * params is a sequence P(type, name), one per parameter, with the wasm
 * types as letters: i = i32 (uint32_t), I = i64 (uint64_t); the result is
 * i or none. Both the prototypes below (native ABI of w2o_abi.h: the env
 * first) and the resolver's signature strings in imports.c ("iIi", "i")
 * are expanded from it, so they cannot disagree, and the compiler checks
 * every definition against its prototype.
 */
#ifndef W2O_WASI_FUNCS_H
#define W2O_WASI_FUNCS_H

#include "internal.h"

#define WASI_FUNCTIONS(X, P) \
  X(args_get, i, P(i, argv) P(i, buf)) \
  X(args_sizes_get, i, P(i, argc) P(i, size)) \
  X(environ_get, i, P(i, environ) P(i, buf)) \
  X(environ_sizes_get, i, P(i, count) P(i, size)) \
  X(clock_res_get, i, P(i, id) P(i, result)) \
  X(clock_time_get, i, P(i, id) P(I, precision) P(i, result)) \
  X(fd_advise, i, P(i, fd) P(I, offset) P(I, len) P(i, advice)) \
  X(fd_allocate, i, P(i, fd) P(I, offset) P(I, len)) \
  X(fd_close, i, P(i, fd)) \
  X(fd_datasync, i, P(i, fd)) \
  X(fd_fdstat_get, i, P(i, fd) P(i, buf)) \
  X(fd_fdstat_set_flags, i, P(i, fd) P(i, flags)) \
  X(fd_fdstat_set_rights, i, P(i, fd) P(I, base) P(I, inh)) \
  X(fd_filestat_get, i, P(i, fd) P(i, buf)) \
  X(fd_filestat_set_size, i, P(i, fd) P(I, size)) \
  X(fd_filestat_set_times, i, P(i, fd) P(I, atim) P(I, mtim) P(i, fst)) \
  X(fd_pread, i, P(i, fd) P(i, iovs) P(i, n) P(I, offset) P(i, nread)) \
  X(fd_prestat_get, i, P(i, fd) P(i, buf)) \
  X(fd_prestat_dir_name, i, P(i, fd) P(i, path) P(i, len)) \
  X(fd_pwrite, i, P(i, fd) P(i, iovs) P(i, n) P(I, offset) P(i, nwritten)) \
  X(fd_read, i, P(i, fd) P(i, iovs) P(i, n) P(i, nread)) \
  X(fd_readdir, i, P(i, fd) P(i, buf) P(i, len) P(I, cookie) P(i, bufused)) \
  X(fd_renumber, i, P(i, from) P(i, to)) \
  X(fd_seek, i, P(i, fd) P(I, offset) P(i, whence) P(i, result)) \
  X(fd_sync, i, P(i, fd)) \
  X(fd_tell, i, P(i, fd) P(i, result)) \
  X(fd_write, i, P(i, fd) P(i, iovs) P(i, n) P(i, nwritten)) \
  X(path_create_directory, i, P(i, fd) P(i, path) P(i, len)) \
  X(path_filestat_get, i, P(i, fd) P(i, flags) P(i, path) P(i, len) P(i, buf)) \
  X(path_filestat_set_times, i, P(i, fd) P(i, flags) P(i, path) P(i, len) P(I, atim) P(I, mtim) P(i, fst)) \
  X(path_link, i, \
    P(i, old_fd) P(i, old_flags) P(i, old_path) P(i, old_len) P(i, new_fd) P(i, new_path) P(i, new_len)) \
  X(path_open, i, \
    P(i, fd) P(i, dirflags) P(i, path) P(i, path_len) P(i, oflags) P(I, base) P(I, inh) P(i, fdflags) \
        P(i, result)) \
  X(path_readlink, i, P(i, fd) P(i, path) P(i, len) P(i, buf) P(i, buf_len) P(i, bufused)) \
  X(path_remove_directory, i, P(i, fd) P(i, path) P(i, len)) \
  X(path_rename, i, P(i, fd) P(i, old_path) P(i, old_len) P(i, new_fd) P(i, new_path) P(i, new_len)) \
  X(path_symlink, i, P(i, old_path) P(i, old_len) P(i, fd) P(i, new_path) P(i, new_len)) \
  X(path_unlink_file, i, P(i, fd) P(i, path) P(i, len)) \
  X(poll_oneoff, i, P(i, in) P(i, out) P(i, nsubs) P(i, nevents)) \
  X(proc_exit, none, P(i, code)) \
  X(proc_raise, i, P(i, sig)) \
  X(sched_yield, i, ) \
  X(random_get, i, P(i, buf) P(i, len)) \
  X(sock_accept, i, P(i, fd) P(i, flags) P(i, result)) \
  X(sock_recv, i, P(i, fd) P(i, data) P(i, data_len) P(i, flags) P(i, len_ptr) P(i, flags_ptr)) \
  X(sock_send, i, P(i, fd) P(i, data) P(i, data_len) P(i, flags) P(i, len_ptr)) \
  X(sock_shutdown, i, P(i, fd) P(i, how))

typedef w2o_host_env_t env_t;
typedef uint32_t u32;
typedef uint64_t u64;

/* The C types of the letters, and ", type name" for one parameter. */
#define WASI_TYPE_i                          u32
#define WASI_TYPE_I                          u64
#define WASI_TYPE_none                       void
#define WASI_PARAM_DECL(type, name)          , WASI_TYPE_##type name
#define WASI_PROTOTYPE(name, result, params) WASI_TYPE_##result wasi_##name(env_t *env params);
WASI_FUNCTIONS(WASI_PROTOTYPE, WASI_PARAM_DECL)
#undef WASI_PROTOTYPE
#undef WASI_PARAM_DECL

/** struct timespec[2] for utimensat from WASI times and fstflags; EINVAL on bad flags. */
u32 wasi_times_of(u64 atim, u64 mtim, u32 fst, void *times);

#endif /* W2O_WASI_FUNCS_H */
