/*
 * wasi_funcs.h — the host functions of wasi_snapshot_preview1, one list.
 *
 * WASI_FUNCTIONS(X) calls X(name, params, results) for every function, with
 * the wasm types as strings ('i' = i32, 'I' = i64). imports.c builds the
 * resolver's table and the functions' w2o_functype_t from it; the
 * prototypes below must agree with it (native ABI of w2o_abi.h: the env
 * first, i32 -> uint32_t, i64 -> uint64_t).
 */
#ifndef W2O_WASI_FUNCS_H
#define W2O_WASI_FUNCS_H

#include "internal.h"

#define WASI_FUNCTIONS(X)                                                                          \
  X(args_get, "ii", "i") X(args_sizes_get, "ii", "i") X(environ_get, "ii", "i")                   \
  X(environ_sizes_get, "ii", "i") X(clock_res_get, "ii", "i") X(clock_time_get, "iIi", "i")       \
  X(fd_advise, "iIIi", "i") X(fd_allocate, "iII", "i") X(fd_close, "i", "i")                      \
  X(fd_datasync, "i", "i") X(fd_fdstat_get, "ii", "i") X(fd_fdstat_set_flags, "ii", "i")          \
  X(fd_fdstat_set_rights, "iII", "i") X(fd_filestat_get, "ii", "i")                               \
  X(fd_filestat_set_size, "iI", "i") X(fd_filestat_set_times, "iIIi", "i")                        \
  X(fd_pread, "iiiIi", "i") X(fd_prestat_get, "ii", "i") X(fd_prestat_dir_name, "iii", "i")       \
  X(fd_pwrite, "iiiIi", "i") X(fd_read, "iiii", "i") X(fd_readdir, "iiiIi", "i")                  \
  X(fd_renumber, "ii", "i") X(fd_seek, "iIii", "i") X(fd_sync, "i", "i") X(fd_tell, "ii", "i")    \
  X(fd_write, "iiii", "i") X(path_create_directory, "iii", "i")                                   \
  X(path_filestat_get, "iiiii", "i") X(path_filestat_set_times, "iiiiIIi", "i")                   \
  X(path_link, "iiiiiii", "i") X(path_open, "iiiiiIIii", "i") X(path_readlink, "iiiiii", "i")     \
  X(path_remove_directory, "iii", "i") X(path_rename, "iiiiii", "i")                              \
  X(path_symlink, "iiiii", "i") X(path_unlink_file, "iii", "i") X(poll_oneoff, "iiii", "i")       \
  X(proc_exit, "i", "") X(proc_raise, "i", "i") X(sched_yield, "", "i") X(random_get, "ii", "i")  \
  X(sock_accept, "iii", "i") X(sock_recv, "iiiiii", "i") X(sock_send, "iiiii", "i")               \
  X(sock_shutdown, "ii", "i")

typedef w2o_host_env_t env_t;
typedef uint32_t u32;
typedef uint64_t u64;

u32 wasi_args_get(env_t *env, u32 argv, u32 buf);
u32 wasi_args_sizes_get(env_t *env, u32 argc, u32 size);
u32 wasi_environ_get(env_t *env, u32 environ, u32 buf);
u32 wasi_environ_sizes_get(env_t *env, u32 count, u32 size);
u32 wasi_clock_res_get(env_t *env, u32 id, u32 result);
u32 wasi_clock_time_get(env_t *env, u32 id, u64 precision, u32 result);
u32 wasi_fd_advise(env_t *env, u32 fd, u64 offset, u64 len, u32 advice);
u32 wasi_fd_allocate(env_t *env, u32 fd, u64 offset, u64 len);
u32 wasi_fd_close(env_t *env, u32 fd);
u32 wasi_fd_datasync(env_t *env, u32 fd);
u32 wasi_fd_fdstat_get(env_t *env, u32 fd, u32 buf);
u32 wasi_fd_fdstat_set_flags(env_t *env, u32 fd, u32 flags);
u32 wasi_fd_fdstat_set_rights(env_t *env, u32 fd, u64 base, u64 inh);
u32 wasi_fd_filestat_get(env_t *env, u32 fd, u32 buf);
u32 wasi_fd_filestat_set_size(env_t *env, u32 fd, u64 size);
u32 wasi_fd_filestat_set_times(env_t *env, u32 fd, u64 atim, u64 mtim, u32 fst);
u32 wasi_fd_pread(env_t *env, u32 fd, u32 iovs, u32 n, u64 offset, u32 nread);
u32 wasi_fd_prestat_get(env_t *env, u32 fd, u32 buf);
u32 wasi_fd_prestat_dir_name(env_t *env, u32 fd, u32 path, u32 len);
u32 wasi_fd_pwrite(env_t *env, u32 fd, u32 iovs, u32 n, u64 offset, u32 nwritten);
u32 wasi_fd_read(env_t *env, u32 fd, u32 iovs, u32 n, u32 nread);
u32 wasi_fd_readdir(env_t *env, u32 fd, u32 buf, u32 len, u64 cookie, u32 bufused);
u32 wasi_fd_renumber(env_t *env, u32 from, u32 to);
u32 wasi_fd_seek(env_t *env, u32 fd, u64 offset, u32 whence, u32 result);
u32 wasi_fd_sync(env_t *env, u32 fd);
u32 wasi_fd_tell(env_t *env, u32 fd, u32 result);
u32 wasi_fd_write(env_t *env, u32 fd, u32 iovs, u32 n, u32 nwritten);
u32 wasi_path_create_directory(env_t *env, u32 fd, u32 path, u32 len);
u32 wasi_path_filestat_get(env_t *env, u32 fd, u32 flags, u32 path, u32 len, u32 buf);
u32 wasi_path_filestat_set_times(env_t *env, u32 fd, u32 flags, u32 path, u32 len, u64 atim,
                                 u64 mtim, u32 fst);
u32 wasi_path_link(env_t *env, u32 old_fd, u32 old_flags, u32 old_path, u32 old_len, u32 new_fd,
                   u32 new_path, u32 new_len);
u32 wasi_path_open(env_t *env, u32 fd, u32 dirflags, u32 path, u32 path_len, u32 oflags, u64 base,
                   u64 inh, u32 fdflags, u32 result);
u32 wasi_path_readlink(env_t *env, u32 fd, u32 path, u32 len, u32 buf, u32 buf_len, u32 bufused);
u32 wasi_path_remove_directory(env_t *env, u32 fd, u32 path, u32 len);
u32 wasi_path_rename(env_t *env, u32 fd, u32 old_path, u32 old_len, u32 new_fd, u32 new_path,
                     u32 new_len);
u32 wasi_path_symlink(env_t *env, u32 old_path, u32 old_len, u32 fd, u32 new_path, u32 new_len);
u32 wasi_path_unlink_file(env_t *env, u32 fd, u32 path, u32 len);
u32 wasi_poll_oneoff(env_t *env, u32 in, u32 out, u32 nsubs, u32 nevents);
void wasi_proc_exit(env_t *env, u32 code);
u32 wasi_proc_raise(env_t *env, u32 sig);
u32 wasi_sched_yield(env_t *env);
u32 wasi_random_get(env_t *env, u32 buf, u32 len);
u32 wasi_sock_accept(env_t *env, u32 fd, u32 flags, u32 result);
u32 wasi_sock_recv(env_t *env, u32 fd, u32 data, u32 data_len, u32 flags, u32 len_ptr,
                   u32 flags_ptr);
u32 wasi_sock_send(env_t *env, u32 fd, u32 data, u32 data_len, u32 flags, u32 len_ptr);
u32 wasi_sock_shutdown(env_t *env, u32 fd, u32 how);

/** struct timespec[2] for utimensat from WASI times and fstflags; EINVAL on bad flags. */
u32 wasi_times_of(u64 atim, u64 mtim, u32 fst, void *times);

#endif /* W2O_WASI_FUNCS_H */
