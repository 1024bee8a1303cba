/*
 * internal.h — what the libc shim's source files share: the context, the
 * guest fd table, WASI constants, guest-memory access and path resolution.
 *
 * WASI numbers (errno values, file types, flags, struct layouts) are written
 * out here from the wasi_snapshot_preview1 witx definitions, since the
 * wasi-libc header describes wasm32 and cannot be included by host code.
 * Guest structures are read and written byte by byte, little-endian, at
 * their witx offsets, so neither host alignment nor byte order matters.
 */
#ifndef W2O_WASI_INTERNAL_H
#define W2O_WASI_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "w2o_wasi.h"

/* ---- WASI errno values (witx `errno`) ---- */
enum {
  WASI_ESUCCESS = 0,
  WASI_E2BIG = 1,
  WASI_EACCES = 2,
  WASI_EADDRINUSE = 3,
  WASI_EADDRNOTAVAIL = 4,
  WASI_EAFNOSUPPORT = 5,
  WASI_EAGAIN = 6,
  WASI_EALREADY = 7,
  WASI_EBADF = 8,
  WASI_EBADMSG = 9,
  WASI_EBUSY = 10,
  WASI_ECANCELED = 11,
  WASI_ECHILD = 12,
  WASI_ECONNABORTED = 13,
  WASI_ECONNREFUSED = 14,
  WASI_ECONNRESET = 15,
  WASI_EDEADLK = 16,
  WASI_EDESTADDRREQ = 17,
  WASI_EDOM = 18,
  WASI_EDQUOT = 19,
  WASI_EEXIST = 20,
  WASI_EFAULT = 21,
  WASI_EFBIG = 22,
  WASI_EHOSTUNREACH = 23,
  WASI_EIDRM = 24,
  WASI_EILSEQ = 25,
  WASI_EINPROGRESS = 26,
  WASI_EINTR = 27,
  WASI_EINVAL = 28,
  WASI_EIO = 29,
  WASI_EISCONN = 30,
  WASI_EISDIR = 31,
  WASI_ELOOP = 32,
  WASI_EMFILE = 33,
  WASI_EMLINK = 34,
  WASI_EMSGSIZE = 35,
  WASI_EMULTIHOP = 36,
  WASI_ENAMETOOLONG = 37,
  WASI_ENETDOWN = 38,
  WASI_ENETRESET = 39,
  WASI_ENETUNREACH = 40,
  WASI_ENFILE = 41,
  WASI_ENOBUFS = 42,
  WASI_ENODEV = 43,
  WASI_ENOENT = 44,
  WASI_ENOEXEC = 45,
  WASI_ENOLCK = 46,
  WASI_ENOLINK = 47,
  WASI_ENOMEM = 48,
  WASI_ENOMSG = 49,
  WASI_ENOPROTOOPT = 50,
  WASI_ENOSPC = 51,
  WASI_ENOSYS = 52,
  WASI_ENOTCONN = 53,
  WASI_ENOTDIR = 54,
  WASI_ENOTEMPTY = 55,
  WASI_ENOTRECOVERABLE = 56,
  WASI_ENOTSOCK = 57,
  WASI_ENOTSUP = 58,
  WASI_ENOTTY = 59,
  WASI_ENXIO = 60,
  WASI_EOVERFLOW = 61,
  WASI_EOWNERDEAD = 62,
  WASI_EPERM = 63,
  WASI_EPIPE = 64,
  WASI_EPROTO = 65,
  WASI_EPROTONOSUPPORT = 66,
  WASI_EPROTOTYPE = 67,
  WASI_ERANGE = 68,
  WASI_EROFS = 69,
  WASI_ESPIPE = 70,
  WASI_ESRCH = 71,
  WASI_ESTALE = 72,
  WASI_ETIMEDOUT = 73,
  WASI_ETXTBSY = 74,
  WASI_EXDEV = 75,
  WASI_ENOTCAPABLE = 76
};

/* ---- file types, flags ---- */
enum {
  WASI_FILETYPE_UNKNOWN = 0,
  WASI_FILETYPE_BLOCK_DEVICE = 1,
  WASI_FILETYPE_CHARACTER_DEVICE = 2,
  WASI_FILETYPE_DIRECTORY = 3,
  WASI_FILETYPE_REGULAR_FILE = 4,
  WASI_FILETYPE_SOCKET_DGRAM = 5,
  WASI_FILETYPE_SOCKET_STREAM = 6,
  WASI_FILETYPE_SYMBOLIC_LINK = 7
};
enum {
  WASI_FDFLAG_APPEND = 1,
  WASI_FDFLAG_DSYNC = 2,
  WASI_FDFLAG_NONBLOCK = 4,
  WASI_FDFLAG_RSYNC = 8,
  WASI_FDFLAG_SYNC = 16
};
enum { WASI_OFLAG_CREAT = 1, WASI_OFLAG_DIRECTORY = 2, WASI_OFLAG_EXCL = 4, WASI_OFLAG_TRUNC = 8 };
enum { WASI_LOOKUP_SYMLINK_FOLLOW = 1 };
enum { WASI_FST_ATIM = 1, WASI_FST_ATIM_NOW = 2, WASI_FST_MTIM = 4, WASI_FST_MTIM_NOW = 8 };

/* Rights (witx `rights`, bits 0-29): what a descriptor may be used for.
 * Every host function checks the rights it needs (wasi_need, ENOTCAPABLE);
 * the sets below are what descriptors get (context.c, path.c, README). */
#define WASI_RIGHT_FD_DATASYNC             (1ull << 0)
#define WASI_RIGHT_FD_READ                 (1ull << 1)
#define WASI_RIGHT_FD_SEEK                 (1ull << 2)
#define WASI_RIGHT_FD_FDSTAT_SET_FLAGS     (1ull << 3)
#define WASI_RIGHT_FD_SYNC                 (1ull << 4)
#define WASI_RIGHT_FD_TELL                 (1ull << 5)
#define WASI_RIGHT_FD_WRITE                (1ull << 6)
#define WASI_RIGHT_FD_ADVISE               (1ull << 7)
#define WASI_RIGHT_FD_ALLOCATE             (1ull << 8)
#define WASI_RIGHT_PATH_CREATE_DIRECTORY   (1ull << 9)
#define WASI_RIGHT_PATH_CREATE_FILE        (1ull << 10)
#define WASI_RIGHT_PATH_LINK_SOURCE        (1ull << 11)
#define WASI_RIGHT_PATH_LINK_TARGET        (1ull << 12)
#define WASI_RIGHT_PATH_OPEN               (1ull << 13)
#define WASI_RIGHT_FD_READDIR              (1ull << 14)
#define WASI_RIGHT_PATH_READLINK           (1ull << 15)
#define WASI_RIGHT_PATH_RENAME_SOURCE      (1ull << 16)
#define WASI_RIGHT_PATH_RENAME_TARGET      (1ull << 17)
#define WASI_RIGHT_PATH_FILESTAT_GET       (1ull << 18)
#define WASI_RIGHT_PATH_FILESTAT_SET_SIZE  (1ull << 19)
#define WASI_RIGHT_PATH_FILESTAT_SET_TIMES (1ull << 20)
#define WASI_RIGHT_FD_FILESTAT_GET         (1ull << 21)
#define WASI_RIGHT_FD_FILESTAT_SET_SIZE    (1ull << 22)
#define WASI_RIGHT_FD_FILESTAT_SET_TIMES   (1ull << 23)
#define WASI_RIGHT_PATH_SYMLINK            (1ull << 24)
#define WASI_RIGHT_PATH_REMOVE_DIRECTORY   (1ull << 25)
#define WASI_RIGHT_PATH_UNLINK_FILE        (1ull << 26)
#define WASI_RIGHT_POLL_FD_READWRITE       (1ull << 27)
#define WASI_RIGHT_SOCK_SHUTDOWN           (1ull << 28)
#define WASI_RIGHT_SOCK_ACCEPT             (1ull << 29)
#define WASI_RIGHTS_ALL                    ((1ull << 30) - 1)

/** What a directory can be used for: Wasmtime's preopen set, plus
 * path_filestat_set_size (path_open with O_TRUNC needs it). */
#define WASI_RIGHTS_DIRECTORY \
  (WASI_RIGHT_PATH_CREATE_DIRECTORY | WASI_RIGHT_PATH_CREATE_FILE | WASI_RIGHT_PATH_LINK_SOURCE | \
   WASI_RIGHT_PATH_LINK_TARGET | WASI_RIGHT_PATH_OPEN | WASI_RIGHT_FD_READDIR | WASI_RIGHT_PATH_READLINK | \
   WASI_RIGHT_PATH_RENAME_SOURCE | WASI_RIGHT_PATH_RENAME_TARGET | WASI_RIGHT_PATH_FILESTAT_GET | \
   WASI_RIGHT_PATH_FILESTAT_SET_SIZE | WASI_RIGHT_PATH_FILESTAT_SET_TIMES | WASI_RIGHT_FD_FILESTAT_GET | \
   WASI_RIGHT_FD_FILESTAT_SET_TIMES | WASI_RIGHT_PATH_SYMLINK | WASI_RIGHT_PATH_REMOVE_DIRECTORY | \
   WASI_RIGHT_PATH_UNLINK_FILE)

/** What any other descriptor (a file, a device, a pipe) can be used for. */
#define WASI_RIGHTS_FILE \
  (WASI_RIGHT_FD_DATASYNC | WASI_RIGHT_FD_READ | WASI_RIGHT_FD_SEEK | WASI_RIGHT_FD_FDSTAT_SET_FLAGS | \
   WASI_RIGHT_FD_SYNC | WASI_RIGHT_FD_TELL | WASI_RIGHT_FD_WRITE | WASI_RIGHT_FD_ADVISE | \
   WASI_RIGHT_FD_ALLOCATE | WASI_RIGHT_FD_FILESTAT_GET | WASI_RIGHT_FD_FILESTAT_SET_SIZE | \
   WASI_RIGHT_FD_FILESTAT_SET_TIMES | WASI_RIGHT_POLL_FD_READWRITE)

/** Byte sizes of guest structures. */
enum {
  WASI_IOVEC_SIZE = 8,
  WASI_FDSTAT_SIZE = 24,
  WASI_FILESTAT_SIZE = 64,
  WASI_DIRENT_SIZE = 24,
  WASI_SUBSCRIPTION_SIZE = 48,
  WASI_EVENT_SIZE = 32
};

/** Largest number of iovecs one call accepts (Linux's IOV_MAX). */
#define WASI_IOV_MAX 1024u

/** One entry of the guest's fd table. */
typedef struct wasi_fd {
  int host;         /* host fd, or -1 for a free slot */
  uint8_t filetype; /* WASI_FILETYPE_* */
  uint64_t rights_base;
  uint64_t rights_inheriting;
  char *preopen; /* guest name of a preopened directory, else NULL */
} wasi_fd_t;

/** A function made for an import nobody provides (stubs.c). */
typedef struct wasi_stub wasi_stub_t;

/** The context (w2o_wasi_t). */
typedef struct wasi_threads wasi_threads_t;

struct w2o_wasi {
  w2o_host_env_t env;   /* env.data points back here */
  w2o_memory_t *memory; /* the guest's memory 0, or NULL before attach */
  char **argv;
  uint32_t argc;
  uint32_t argv_bytes; /* sum of strlen + 1 */
  char **envp;
  uint32_t envc;
  uint32_t env_bytes;
  wasi_fd_t *fds;
  uint32_t fd_capacity;
  bool use_openat2;
  w2o_wasi_frame_source_fn frame_source; /* for trap backtraces, or NULL */
  bool exited;
  uint32_t exit_code;
  w2o_funcref_t *funcs; /* one per resolver function, made in w2o_wasi_new */
  w2o_wasi_unknown_imports_t unknown_imports;
  const w2o_module_t *module; /* being instantiated by w2o_wasi_run_module, for stub types */
  wasi_stub_t *stubs;         /* every stub made, freed with the context */
  const char *trapped_import; /* "MODULE.NAME" of the stub that trapped, or NULL */
  wasi_threads_t *threads;    /* wasi-threads state (threads.c), made on first use */
};

/** The context of a host function's env. */
static inline w2o_wasi_t *wasi_of(w2o_host_env_t *env) { return (w2o_wasi_t *)env->data; }

/* ---- guest memory (guest.c) ---- */

/** Host address of guest bytes [addr, addr+len), or NULL if any is outside memory. */
uint8_t *wasi_mem(const w2o_wasi_t *w, uint32_t addr, uint64_t len);
uint16_t wasi_get16(const uint8_t *p);
uint32_t wasi_get32(const uint8_t *p);
uint64_t wasi_get64(const uint8_t *p);
void wasi_put16(uint8_t *p, uint16_t v);
void wasi_put32(uint8_t *p, uint32_t v);
void wasi_put64(uint8_t *p, uint64_t v);
/** Stores a u32 at guest addr; false if out of bounds. */
bool wasi_store32(const w2o_wasi_t *w, uint32_t addr, uint32_t v);
/** Stores a u64 at guest addr; false if out of bounds. */
bool wasi_store64(const w2o_wasi_t *w, uint32_t addr, uint64_t v);

/* ---- errno (errno.c) ---- */

/** WASI errno for a host errno value. */
uint32_t wasi_errno(int host_errno);
/** WASI errno for the current host errno. */
uint32_t wasi_errno_now(void);

/* ---- fd table (context.c) ---- */

/** The entry for guest fd `fd`, or NULL if it is not open. */
wasi_fd_t *wasi_fd_get(w2o_wasi_t *w, uint32_t fd);
/**
 * The entry for guest fd `fd` if it is open, of the kind the call needs and
 * has every right in `rights`; else NULL and *err: EBADF if it is not open
 * or (`kind` WASI_NEED_FILE) a directory, ENOTDIR if `kind` is
 * WASI_NEED_DIRECTORY and it is not one, ENOTCAPABLE if a right is missing.
 * The order of the checks is Wasmtime's: existence, kind, rights.
 */
typedef enum wasi_need_kind { WASI_NEED_ANY, WASI_NEED_FILE, WASI_NEED_DIRECTORY } wasi_need_kind_t;
wasi_fd_t *wasi_need(w2o_wasi_t *w, uint32_t fd, wasi_need_kind_t kind, uint64_t rights, uint32_t *err);
/** Puts host fd `host` in the lowest free slot; returns the guest fd or -1 (host fd closed). */
int64_t wasi_fd_add(w2o_wasi_t *w, int host, uint8_t filetype, uint64_t base, uint64_t inh);
/** Closes guest fd `fd`'s host fd and frees the slot. */
void wasi_fd_release(w2o_wasi_t *w, uint32_t fd);
/** WASI file type of a host st_mode. */
uint8_t wasi_filetype_of_mode(uint32_t mode);
/** Writes a 64-byte filestat for host `st` (a struct stat *) at p. */
void wasi_put_filestat(uint8_t *p, const void *st);

/* ---- unknown imports (stubs.c) ---- */

/**
 * A stub for function import `import` as the context's unknown_imports asks
 * (a trap, or the default result), or NULL: stubs off, not a function, no
 * module known, or a type a default cannot be given for (said on stderr).
 */
const w2o_funcref_t *wasi_stub_for(w2o_wasi_t *w, const w2o_import_desc_t *import);
/** Frees every stub of the context. */
void wasi_stubs_free(w2o_wasi_t *w);

/* ---- wasi-threads (threads.c) ---- */

/**
 * Resolves the imports threads.c provides: a memory import (one memory per
 * context, made from the import's limits, shared or not) and
 * `wasi.thread-spawn`. *handled is false for any other import.
 */
bool wasi_threads_resolve(w2o_wasi_t *w, const w2o_import_desc_t *import, w2o_extern_t *out, bool *handled);
/** Records the module of the instance being run, which threads instantiate again. */
void wasi_threads_attach(w2o_wasi_t *w, const w2o_instance_t *instance);
/** True once a thread has been spawned: the program then ends with wasi_threads_end. */
bool wasi_threads_spawned(const w2o_wasi_t *w);
/** Ends the process with `status` (stdio flushed), once, whichever thread calls. */
void wasi_threads_end(int status) __attribute__((noreturn));
/** Frees the thread state and the memory it made. */
void wasi_threads_free(w2o_wasi_t *w);

/* ---- trap reports (run.c) ---- */

/** Prints "wasm trap: MESSAGE" and the backtrace of the trap that just ended a call on this thread. */
void wasi_report_trap(const w2o_wasi_t *w, w2o_trap_t trap);

/* ---- sandboxed paths (sandbox.c) ---- */

/** A guest path copied to a NUL-terminated host string. */
typedef struct wasi_path {
  char *text;
} wasi_path_t;

/** Copies guest path [addr, addr+len) into *out (free with wasi_path_free). */
uint32_t wasi_path_read(const w2o_wasi_t *w, uint32_t addr, uint32_t len, wasi_path_t *out);
void wasi_path_free(wasi_path_t *path);

/**
 * Opens `path` beneath directory `dirfd` with open(2) `flags`: no absolute
 * paths, no `..` above dirfd, no symlink leading out. The last component is
 * followed if it is a symlink unless flags has O_NOFOLLOW. Returns the WASI
 * errno; on success *out is the new host fd.
 */
uint32_t wasi_open_beneath(const w2o_wasi_t *w, int dirfd, const char *path, int flags, int mode, int *out);

/**
 * Splits `path` into a parent directory opened beneath `dirfd` (O_PATH, in
 * *parent) and its last component (in *name, pointing into `path`, which is
 * modified: trailing slashes are cut and *trailing_slash set). Returns the
 * WASI errno.
 */
uint32_t wasi_open_parent(const w2o_wasi_t *w, int dirfd, char *path, int *parent, const char **name,
                          bool *trailing_slash);

/** True if the kernel has openat2 with RESOLVE_BENEATH. */
bool wasi_have_openat2(void);

#endif /* W2O_WASI_INTERNAL_H */
