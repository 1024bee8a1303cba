#!/usr/bin/env python3
"""bench.py — builds every kernel of bench/kernels (or of --kernels-dir, e.g.
bench/polybench) in every variant, checks
that all variants print the same checksum, times them interleaved, and writes
the report (terminal table, JSON, CSV, gnuplot chart, baseline comparison).

Run it through bench/run.sh, which makes sure gnuplot exists.

Pipeline: find tools -> build (2 jobs, cached by mtime) -> verify checksums
(one run each, also the warm-up) -> timed rounds -> statistics -> report.

Variants (a missing one is skipped with a message, never an error):
  native        clang-19 -O2, the limit every ratio is taken against
  native-O3     clang-19 -O3 -march=native -ffp-contract=off
  w2o-guard     wasm2obj -O2, guard-page bounds checks (the headline)
  w2o-simd      wasm2obj -O2 of the kernel built to wasm with -msimd128
  w2o-native    wasm2obj -O2 --cpu=native (compared with native-O3 too)
  w2o-explicit  wasm2obj -O2 --bounds-checks=explicit
  w2o-none      wasm2obj -O2 --bounds-checks=none (unsafe; what checks cost)
  w2o-fuel      wasm2obj -O2 --fuel
  w2o-epoch     wasm2obj -O2 --epoch
  wasm2c        wabt's wasm2c + clang-19 -O2 + bench/wasm2c/wasi-glue.c
  node          Node.js (V8) with node:wasi, bench/node-wasi.mjs

Timing is interleaved: each round runs every kernel once in every variant (in
an order rotated per round, layout by layout), so slow drift of the machine
hits all variants alike. Each native and wasm2obj variant is built in
--layouts code layouts (its assembly with 16*i bytes of padding at the start
of .text) and each round runs every layout: on the test machine a hot
branch's place in its 64-byte line alone can make a kernel 1.6x slower,
natively too. Each run is measured three ways: the kernel time the kernel
reports itself on stderr ("bench-kernel-ns N", bench.h's timer around the
compute part: the headline), the wall time of the whole process (fork to
exit) and its page faults (ru_minflt + ru_majflt from wait4). Statistics are
median, min and max over the rounds.

Debug info cost (on unless --no-debug-cost or --check-only): each kernel is
built to wasm a second time with -g (the same clang flags plus -g, so the
module carries DWARF), and that .wasm is compiled with wasm2obj -O2 and
with wasm2obj -O2 -g (the w2o-guard flags otherwise), DEBUG_COST_RUNS times
each, alternately, one compile at a time after the parallel build phase.
Reported per kernel: median wall time of each, total object file size,
.text size (size -A), the bytes of the debug sections (.debug_* and their
relocation sections) and whether .text is byte-identical with and without
-g (wasm2obj promises it is; a difference is flagged in the table). The
objects and times are cached like every other build.
"""

import argparse
import concurrent.futures
import csv
import hashlib
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
KERNELS_DIR = os.path.join(BENCH, "kernels")

CLANG = os.environ.get("CLANG", "clang-19")
# -mbulk-memory -mnontrapping-fptoint: Wasm 2.0 features that clang 20 and later
# enable by default (llvm-project #112049); clang 19's default CPU has neither, so a
# memcpy/memmove/memset would otherwise run wasi-libc's byte and word loops in wasm.
# --wasm-cflags "-mno-bulk-memory -mno-nontrapping-fptoint" builds clang 19's default.
WASM_FLAGS = ["--target=wasm32-wasi", "--sysroot=/usr", "-O2",
              "-mbulk-memory", "-mnontrapping-fptoint"]
NATIVE_FLAGS = ["-O2"]
# -ffp-contract=off: wasm has no fused multiply-add, so with FMA contraction
# (on by default once -march=native offers FMA) the checksums would differ.
NATIVE_O3_FLAGS = ["-O3", "-march=native", "-ffp-contract=off"]
NATIVE_VARIANTS = [("native", NATIVE_FLAGS), ("native-O3", NATIVE_O3_FLAGS)]
WASM_BUILDS = {"wasm": [], "wasm-simd": ["-msimd128"]}  # extra clang flags of each .wasm

# (variant, wasm2obj flags, which .wasm of WASM_BUILDS it compiles)
W2O_VARIANTS = [
    ("w2o-guard", [], "wasm"),
    ("w2o-simd", [], "wasm-simd"),
    ("w2o-native", ["--cpu=native"], "wasm"),
    ("w2o-explicit", ["--bounds-checks=explicit"], "wasm"),
    ("w2o-none", ["--bounds-checks=none"], "wasm"),
    ("w2o-fuel", ["--fuel"], "wasm"),
    ("w2o-epoch", ["--epoch"], "wasm"),
]
ALL_VARIANTS = [v for v, _ in NATIVE_VARIANTS] + [v for v, _, _ in W2O_VARIANTS] + ["wasm2c", "node"]
HEADLINE = "w2o-guard"
CPU_PAIR = ("w2o-native", "native-O3")  # the --cpu=native table: goal <= 1.00x
W2O_OBJ_FLAGS = ["-O2", "--name=w2o_wasi_command", "--no-header"]  # the w2o-guard object
DEBUG_COST_RUNS = 3  # compiles of each object (with and without -g) per measurement
# Code layouts: layout i is the same assembly with LAYOUT_STEP * i bytes of
# padding at the start of .text, so every function and every block that is
# not aligned to 64 bytes sits elsewhere within its 64-byte lines. Four steps
# of 16 cover the positions a 16-byte function alignment allows.
LAYOUT_STEP = 16
MAX_LAYOUTS = 64 // LAYOUT_STEP
QUICK_SCALE = 1  # bench.h: default SCALE 16 = full run


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def progress(msg, final=False):
    """One progress line, rewritten in place on a terminal."""
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + msg + ("\n" if final else ""))
        sys.stderr.flush()
    elif final:
        log(msg)


# ---------------------------------------------------------------- tools


class Tools:
    """What exists on this machine; each missing piece disables variants."""

    def __init__(self, build_dir):
        self.missing = {}  # variant -> reason
        self.clang = shutil.which(CLANG)
        if not self.clang:
            sys.exit(f"bench: {CLANG} not found (tools/install-deps.sh installs it)")
        self.gnuplot = shutil.which("gnuplot")
        self.size = shutil.which("size")
        self._check_march_native()
        self.mc = shutil.which("llvm-mc-19") or shutil.which("/usr/lib/llvm-19/bin/llvm-mc")
        self.host_cpu = self._host_cpu()
        self._find_wasm2obj(build_dir)
        self._find_wasm2c()
        self.node = shutil.which("node")
        if not self.node:
            self.missing["node"] = "node not found"

    def _check_march_native(self):
        r = subprocess.run([self.clang] + NATIVE_O3_FLAGS + ["-x", "c", "-c", "-o", os.devnull, "-"],
                           input="int x;\n", stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            self.missing["native-O3"] = (f"{CLANG} {' '.join(NATIVE_O3_FLAGS)} fails: "
                                         + (r.stderr.strip().splitlines() or ["?"])[-1])

    def _host_cpu(self):
        """The CPU clang's -march=native means here (llvm-mc must assemble a
        -march=native build for it: its nop padding depends on the CPU)."""
        r = subprocess.run([self.clang, "-march=native", "-###", "-x", "c", "-c", os.devnull],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        m = re.search(r'"-target-cpu" "([^"]+)"', r.stdout)
        return m.group(1) if m else None

    def _find_wasm2obj(self, build_dir):
        b = os.path.abspath(build_dir)
        self.wasm2obj = os.path.join(b, "compiler", "wasm2obj")
        self.w2o_exe = os.path.join(b, "tools", "w2o-exe")
        self.w2o_libs = [os.path.join(b, "runtime", "libw2o_runtime.a"),
                         os.path.join(b, "libc-shim", "libw2o_wasi.a"),
                         os.path.join(b, "libc-shim", "libw2o_wasi_main.a"),
                         os.path.join(b, "runtime", "libw2o_symbolize.a")]
        need = [self.wasm2obj, self.w2o_exe] + self.w2o_libs
        absent = [p for p in need if not os.path.exists(p)]
        if absent:
            why = (f"not built in {build_dir}: {', '.join(os.path.relpath(p, b) for p in absent)} "
                   f"(ninja -C {build_dir} wasm2obj w2o_runtime w2o_wasi_tools)")
            for v, _, _ in W2O_VARIANTS:
                self.missing[v] = why

    def _find_wasm2c(self):
        self.wasm2c = shutil.which("wasm2c")
        self.wasm_rt_impl = None
        self.wasm_rt_include = None
        for d in ("/usr/share/wabt/wasm2c", "/usr/src/wasm2c", "/usr/local/share/wabt/wasm2c"):
            if os.path.exists(os.path.join(d, "wasm-rt-impl.c")):
                self.wasm_rt_impl = os.path.join(d, "wasm-rt-impl.c")
                for inc in (d, "/usr/src/wasm2c", "/usr/include"):
                    if os.path.exists(os.path.join(inc, "wasm-rt.h")):
                        self.wasm_rt_include = inc
                        break
                break
        if not self.wasm2c:
            self.missing["wasm2c"] = "wasm2c not found (Debian package wabt)"
        elif not (self.wasm_rt_impl and self.wasm_rt_include):
            self.missing["wasm2c"] = "wasm2c runtime (wasm-rt-impl.c, wasm-rt.h) not found"


# ---------------------------------------------------------------- building


def shift_asm(src, dst, pad):
    """Writes the assembly src to dst with pad bytes of int3 at the start of
    its .text section (before the first function: never executed)."""
    with open(src) as f:
        lines = f.read().split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip() == ".text"), None)
    if at is None:
        raise RuntimeError(f"{src}: no .text directive to pad")
    lines.insert(at + 1, f"\t.fill\t{pad}, 1, 0xcc")
    with open(dst + ".tmp", "w") as f:
        f.write("\n".join(lines))
    os.replace(dst + ".tmp", dst)


def newer(target, deps):
    """True if target is missing or older than any existing dep."""
    if not os.path.exists(target):
        return True
    t = os.path.getmtime(target)
    return any(os.path.exists(d) and os.path.getmtime(d) > t for d in deps)


def run_timed(cmd, **kw):
    start = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    return time.perf_counter() - start, r


def text_size(obj, tools):
    if not tools.size or not os.path.exists(obj):
        return None
    r = subprocess.run([tools.size, "-A", obj], stdout=subprocess.PIPE, text=True)
    total = 0
    for line in r.stdout.splitlines():
        f = line.split()
        if len(f) >= 2 and (f[0] == ".text" or f[0].startswith(".text.")):
            total += int(f[1])
    return total


def elf_sections(path):
    """{name: (size, contents)} of an ELF object's sections (contents b""
    for SHT_NOBITS), or None if path is not ELF."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2):
        return None
    e = "<" if data[5] == 1 else ">"
    if data[4] == 2:  # ELF64
        (shoff,) = struct.unpack_from(e + "Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(e + "HHH", data, 0x3A)
        shdr = e + "IIQQQQ"
    else:
        (shoff,) = struct.unpack_from(e + "I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(e + "HHH", data, 0x2E)
        shdr = e + "IIIIII"
    heads = [struct.unpack_from(shdr, data, shoff + i * shentsize) for i in range(shnum)]
    if not heads or shstrndx >= shnum:
        return None
    strtab = heads[shstrndx][4]
    secs = {}
    for name, typ, _flags, _addr, off, size in heads[1:]:
        n = data[strtab + name:data.index(b"\0", strtab + name)].decode(errors="replace")
        secs[n] = (size, b"" if typ == 8 else data[off:off + size])
    return secs


def debug_bytes(secs):
    """Bytes of the DWARF sections and of their relocations."""
    return sum(size for n, (size, _) in secs.items()
               if n.startswith((".debug", ".rela.debug", ".rel.debug", ".zdebug")))


def text_bytes(secs):
    return b"".join(c for n, (_, c) in sorted(secs.items())
                    if n == ".text" or n.startswith(".text."))


class Builder:
    """Builds one kernel's artifacts; remembers compile times across runs in
    build-times.json so that cached builds still report them."""

    def __init__(self, tools, work, scale):
        self.tools, self.work, self.scale = tools, work, scale
        self.lock = threading.Lock()  # for artifacts shared between kernels
        self.debug_cost = False  # also build the -g wasm for measure_debug_cost
        self.debug_errors = {}  # kernel -> error text of its -g wasm build
        self.layouts = 1  # code layouts of each native and wasm2obj variant
        self.times_file = os.path.join(work, "build-times.json")
        try:
            with open(self.times_file) as f:
                self.times = json.load(f)
        except (OSError, ValueError):
            self.times = {}

    def save(self):
        with open(self.times_file, "w") as f:
            json.dump(self.times, f, indent=1, sort_keys=True)

    def path(self, *parts):
        p = os.path.join(self.work, *parts)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def step(self, key, target, deps, cmd, env=None):
        """Runs cmd if target is stale (older than a dep, or built by another command:
        the command is kept beside the target); returns None or an error text."""
        stamp = target + ".cmd"
        line = "\0".join(cmd)
        try:
            with open(stamp) as f:
                same = f.read() == line
        except OSError:
            same = False
        if same and not newer(target, deps):
            return None
        secs, r = run_timed(cmd, env=env)
        if r.returncode != 0:
            for stale in (target, stamp):
                if os.path.exists(stale):
                    os.unlink(stale)
            return f"{' '.join(cmd[:3])}...: exit {r.returncode}\n{r.stderr.strip()[-2000:]}"
        with open(stamp, "w") as f:
            f.write(line)
        self.times[key] = secs
        return None

    def build(self, kernel, variants):
        """Returns {variant: [executable argv of each layout]}, {variant: error
        text}, and sizes. Native and wasm2obj variants come in self.layouts
        layouts; wasm2c and node in one."""
        t = self.tools
        src = os.path.join(KERNELS_DIR, kernel + ".c")
        deps = [src, os.path.join(KERNELS_DIR, "bench.h")]
        scale = [f"-DSCALE={self.scale}"]
        out, errors = {}, {}

        def done(v, e, shifted=()):
            if e:
                errors[v] = e
            else:
                out[v] = [[self.path(v, kernel)]] + [[exe] for exe in shifted]

        for v, flags in NATIVE_VARIANTS:
            if v in variants:
                e = self.build_native(kernel, v, flags, src, deps)
                cpu = "generic" if v == "native" else t.host_cpu
                done(v, *((e,) if e else self.build_layouts(
                    kernel, v, [t.clang] + flags + scale + ["-S", src, "-o"], deps, cpu,
                    lambda obj, exe: [t.clang, obj, "-lm", "-o", exe], [])))
        wasms, werrs = self.build_wasms(kernel, variants, src, deps)
        for v, flags, kind in W2O_VARIANTS:
            if v in variants:
                e = werrs.get(kind) or self.build_w2o(kernel, v, flags, wasms[kind])
                cpu = t.host_cpu if "--cpu=native" in flags else "generic"
                done(v, *((e,) if e else self.build_layouts(
                    kernel, v, [t.wasm2obj] + W2O_OBJ_FLAGS + flags + ["--emit=asm", wasms[kind], "-o"],
                    [wasms[kind], t.wasm2obj], cpu, self.w2o_link, t.w2o_libs)))
        if "wasm2c" in variants:
            done("wasm2c", werrs.get("wasm") or self.build_wasm2c(kernel, wasms["wasm"]))
        if "node" in variants:
            if "wasm" in werrs:
                errors["node"] = werrs["wasm"]
            else:
                out["node"] = [[t.node, "--no-warnings",
                                os.path.join(BENCH, "node-wasi.mjs"), wasms["wasm"]]]
        return out, errors, self.sizes(kernel)

    def build_layouts(self, kernel, v, asm_cmd, asm_deps, cpu, link, link_deps):
        """Layouts 1.. of variant v (layout 0 is its ordinary build): the
        assembly that asm_cmd + [path] writes, padded at the start of .text
        (shift_asm), assembled by llvm-mc for cpu (which picks the nops of
        alignment padding, so that the objects equal the ordinary build's
        but for the shift), linked by the command link(obj, exe), which also
        reads link_deps. Returns (None, [executable of each layout]) or
        (error text,)."""
        if self.layouts < 2:
            return None, []
        asm = self.path(v, kernel + ".s")
        e = self.step(f"{v}-asm/{kernel}", asm, asm_deps, asm_cmd + [asm])
        if e:
            return (e,)
        exes = []
        for i in range(1, self.layouts):
            exe = self.path(v, f"{kernel}.L{i}")
            shifted, obj = exe + ".s", exe + ".o"
            if newer(shifted, [asm]):
                try:
                    shift_asm(asm, shifted, i * LAYOUT_STEP)
                except (OSError, RuntimeError) as x:
                    return (f"layout {i}: {x}",)
            e = (self.step(f"{v}-mc/{kernel}.L{i}", obj, [shifted],
                           [self.tools.mc, "-filetype=obj", f"-mcpu={cpu}", shifted, "-o", obj])
                 or self.step(f"{v}-link/{kernel}.L{i}", exe, [obj] + link_deps, link(obj, exe)))
            if e:
                return (e,)
            exes.append(exe)
        return None, exes

    def w2o_link(self, obj, exe):
        """Links a wasm2obj object as tools/w2o-exe does (main, trap
        symbolizer, libc shim, runtime)."""
        libs = self.tools.w2o_libs
        return [os.environ.get("CC", "cc"), obj, libs[2], libs[3], libs[1], libs[0],
                "-ldw", "-lpthread", "-lm", "-o", exe]

    def build_native(self, kernel, v, flags, src, deps):
        t = self.tools
        scale = [f"-DSCALE={self.scale}"]
        exe = self.path(v, kernel)
        e = self.step(f"{v}/{kernel}", exe, deps, [t.clang] + flags + scale + [src, "-lm", "-o", exe])
        if v == "native":  # the object alone: .text size
            nobj = self.path("native", kernel + ".o")
            self.step(f"native-obj/{kernel}", nobj, deps,
                      [t.clang] + flags + scale + ["-c", src, "-o", nobj])
        return e

    def build_wasms(self, kernel, variants, src, deps):
        """Builds the wasm modules the variants need: {kind: path}, {kind: error text}."""
        t = self.tools
        scale = [f"-DSCALE={self.scale}"]
        kinds = {"wasm"} | {kind for v, _, kind in W2O_VARIANTS if v in variants}
        wasms, errors = {}, {}
        for kind in sorted(kinds):
            wasm = self.path(kind, kernel + ".wasm")
            e = self.step(f"{kind}/{kernel}", wasm, deps,
                          [t.clang] + WASM_FLAGS + WASM_BUILDS[kind] + scale + [src, "-o", wasm])
            wasms[kind] = wasm
            if e:
                errors[kind] = f"{kind} build failed: {e}"
        if self.debug_cost:  # the same module with DWARF; errors surface in measure_debug_cost
            gwasm = self.path("w2o-debug", kernel + ".wasm")
            self.debug_errors[kernel] = self.step(f"wasm-g/{kernel}", gwasm, deps,
                                                  [t.clang] + WASM_FLAGS + ["-g"] + scale
                                                  + [src, "-o", gwasm])
        return wasms, errors

    def build_w2o(self, kernel, v, flags, wasm):
        """One wasm2obj variant's executable; returns None or an error text."""
        t = self.tools
        exe = self.path(v, kernel)
        if v != "w2o-guard":
            return self.step(f"{v}/{kernel}", exe, [wasm, t.wasm2obj] + t.w2o_libs,
                             [t.w2o_exe, "-O2"] + flags + [wasm, "-o", exe])
        # The object alone (compile time and .text size), linked as
        # tools/w2o-exe links it (main, trap symbolizer, libc shim, runtime),
        # rather than compiled twice.
        obj = self.path("w2o-guard", kernel + ".o")
        e = self.step(f"wasm2obj/{kernel}", obj, [wasm, t.wasm2obj],
                      [t.wasm2obj] + W2O_OBJ_FLAGS + flags + [wasm, "-o", obj])
        if e:
            return e
        return self.step(f"{v}-link/{kernel}", exe, [obj] + t.w2o_libs, self.w2o_link(obj, exe))

    def build_wasm2c(self, kernel, wasm):
        t = self.tools
        d = self.path("wasm2c", kernel + ".d", "kernel.c")
        d = os.path.dirname(d)
        csrc, cobj = os.path.join(d, "kernel.c"), os.path.join(d, "kernel.o")
        glue = os.path.join(BENCH, "wasm2c", "wasi-glue.c")
        rt_obj = self.path("wasm2c", "wasm-rt-impl.o")
        glue_obj = os.path.join(d, "wasi-glue.o")
        inc = ["-I", t.wasm_rt_include, "-I", d]
        steps = [
            (f"wasm2c-translate/{kernel}", csrc, [wasm], [t.wasm2c, "-n", "kernel", wasm, "-o", csrc]),
            (f"wasm2c-cc/{kernel}", cobj, [csrc], [t.clang, "-O2", "-w"] + inc + ["-c", csrc, "-o", cobj]),
            ("wasm2c-rt", rt_obj, [t.wasm_rt_impl],
             [t.clang, "-O2", "-w"] + inc + ["-c", t.wasm_rt_impl, "-o", rt_obj]),
            (f"wasm2c-glue/{kernel}", glue_obj, [glue, csrc],
             [t.clang, "-O2"] + inc + ["-c", glue, "-o", glue_obj]),
        ]
        exe = self.path("wasm2c", kernel)
        steps.append((f"wasm2c-link/{kernel}", exe, [cobj, rt_obj, glue_obj],
                      [t.clang, cobj, glue_obj, rt_obj, "-lm", "-o", exe]))
        for key, target, deps, cmd in steps:
            if key == "wasm2c-rt":
                with self.lock:
                    e = self.step(key, target, deps, cmd)
            else:
                e = self.step(key, target, deps, cmd)
            if e:
                return e
        return None

    def sizes(self, kernel):
        t = self.tools
        return {
            "native": text_size(os.path.join(self.work, "native", kernel + ".o"), t),
            "w2o-guard": text_size(os.path.join(self.work, "w2o-guard", kernel + ".o"), t),
            "wasm2c": text_size(os.path.join(self.work, "wasm2c", kernel + ".d", "kernel.o"), t),
        }

    def measure_debug_cost(self, kernel, runs=DEBUG_COST_RUNS):
        """Compiles the -g wasm with wasm2obj -O2 and -O2 -g, alternately, runs
        times each (only when the wasm or wasm2obj changed, else the cached
        times); returns the measurement or {"error": text}."""
        t = self.tools
        if self.debug_errors.get(kernel):
            return {"error": "wasm -g build failed: " + self.debug_errors[kernel]}
        wasm = self.path("w2o-debug", kernel + ".wasm")
        objs = {"plain": self.path("w2o-debug", kernel + ".o"),
                "g": self.path("w2o-debug", kernel + "-g.o")}
        lst = os.path.splitext(objs["g"])[0] + ".lst"  # -g's listing (a side file)
        key = f"debug-cost/{kernel}"
        if (key not in self.times or len(self.times[key].get("g", [])) != runs
                or any(newer(o, [wasm, t.wasm2obj]) for o in objs.values())):
            samples = {"plain": [], "g": []}
            for _ in range(runs):
                for kind, flags in (("plain", []), ("g", ["-g"])):
                    if kind == "g" and os.path.exists(lst):
                        os.unlink(lst)  # so that a stale one is never counted
                    cmd = [t.wasm2obj] + W2O_OBJ_FLAGS + flags + [wasm, "-o", objs[kind]]
                    secs, r = run_timed(cmd)
                    if r.returncode != 0:
                        for o in objs.values():
                            if os.path.exists(o):
                                os.unlink(o)
                        self.times.pop(key, None)
                        err = r.stderr.strip()
                        return {"error": f"wasm2obj {' '.join(['-O2'] + flags)}: exit "
                                         f"{r.returncode}: {err.splitlines()[-1] if err else ''}"
                                         f"\n{err[-2000:]}"}
                    samples[kind].append(secs)
            self.times[key] = samples
        samples = self.times[key]
        m = {"compile_seconds": {k: median(v) for k, v in samples.items()},
             "compile_samples": samples, "object_bytes": {}, "text_bytes": {}, "debug_bytes": {}}
        secs = {}
        for kind, o in objs.items():
            m["object_bytes"][kind] = os.path.getsize(o)
            m["text_bytes"][kind] = text_size(o, t)
            secs[kind] = elf_sections(o)
            m["debug_bytes"][kind] = debug_bytes(secs[kind]) if secs[kind] is not None else None
        m["listing_bytes"] = os.path.getsize(lst) if os.path.exists(lst) else None
        m["text_identical"] = (None if None in secs.values()
                               else text_bytes(secs["plain"]) == text_bytes(secs["g"]))
        return m

    def compile_times(self, kernel):
        g = self.times.get
        w2c = [g(f"wasm2c-translate/{kernel}"), g(f"wasm2c-cc/{kernel}")]
        return {
            "wasm2obj": g(f"wasm2obj/{kernel}"),
            "wasm2c+clang": sum(w2c) if all(x is not None for x in w2c) else None,
        }


# ---------------------------------------------------------------- running


def run_checksum(argv):
    r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    if r.returncode != 0:
        return None, f"exit {r.returncode}: {r.stderr.strip()[-300:]}"
    return line, None


KERNEL_NS = re.compile(r"^bench-kernel-ns (\d+)$", re.M)


def run_measured(argv):
    """Runs argv once, stdout discarded; returns its wall time (fork to
    exit), the kernel time it reports on stderr (None if it does not) and
    its page faults (rusage of the child, from wait4)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped: keep Popen from waiting again
        err.seek(0)
        found = KERNEL_NS.findall(err.read().decode(errors="replace"))
    return {"process": wall, "kernel": int(found[-1]) / 1e9 if found else None,
            "faults": ru.ru_minflt + ru.ru_majflt, "minflt": ru.ru_minflt, "majflt": ru.ru_majflt,
            "status": p.returncode}


def time_round(cmds):
    """Runs each (key, argv) once, in the given order; returns {key: run_measured}."""
    return {v: run_measured(cmd) for v, cmd in cmds}


# ---------------------------------------------------------------- statistics


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


METRICS = ("kernel", "process", "faults")  # kernel time is the headline


def metric_stats(runs, nat_runs, metric):
    """Median, min, max of one metric over the rounds, the ratio of the
    median to native's, and the per-round ratios (paired by round, so that
    drift cancels); None when no round has the metric."""
    xs = [r[metric] for r in runs if r[metric] is not None]
    if not xs:
        return None
    st = {"median": median(xs), "min": min(xs), "max": max(xs), "runs": len(xs), "samples": xs}
    nat = [r[metric] for r in nat_runs or []]
    nxs = [x for x in nat if x is not None]
    if nxs and median(nxs):
        st["ratio"] = st["median"] / median(nxs)
    if runs is not nat_runs and len(nat) == len(runs):
        pairs = [(r[metric], n) for r, n in zip(runs, nat) if r[metric] is not None and n]
        if len(pairs) == len(runs):
            st["round_ratios"] = [x / n for x, n in pairs]
    return st


def summarize_entry(runs, nat_runs, check):
    """One (kernel, variant): kernel time at the top level (what baselines,
    the chart and the geometric means read), whole-process time under
    "process", page faults (minor + major) under "faults"."""
    e = {"checksum": check.get("checksum"), "agree": check.get("agree"), "error": check.get("error")}
    if not runs:
        return e
    for m in METRICS:
        st = metric_stats(runs, nat_runs, m)
        if st is None:
            continue
        if m == "kernel":
            e.update(st)
        else:
            e[m] = st
    layouts = sorted({r.get("layout", 0) for r in runs})
    if len(layouts) > 1:  # kernel-time median of each code layout
        e["layout_medians"] = [
            median([r["kernel"] for r in runs if r.get("layout", 0) == i and r["kernel"] is not None]
                   or [float("nan")]) for i in layouts]
    e["minflt"] = median([r["minflt"] for r in runs])
    e["majflt"] = median([r["majflt"] for r in runs])
    return e


def geomeans(res, kernels, variants, metric):
    """{variant: geometric mean of the ratios of kernels whose checksum
    agreed}, and the variants that lack some kernel."""
    out, partial = {}, []
    for v in variants:
        es = [res["kernels"][k]["variants"][v] for k in kernels]
        ratios = [(e if metric == "kernel" else e.get(metric, {})).get("ratio")
                  for e in es if e.get("agree")]
        ratios = [r for r in ratios if r]
        if ratios:
            out[v] = geomean(ratios)
            if len(ratios) < len(kernels):
                partial.append(v)
    return out, partial


def summarize(kernels, variants, samples, checks, sizes, ctimes):
    res = {"kernels": {}, "geomean": {}}
    for k in kernels:
        kr = {"variants": {}, "text_size": sizes.get(k, {}), "compile_seconds": ctimes.get(k, {})}
        nat = samples.get((k, "native"))
        for v in variants:
            kr["variants"][v] = summarize_entry(samples.get((k, v)), nat, checks.get((k, v), {}))
        res["kernels"][k] = kr
    res["geomean"], partial = geomeans(res, kernels, variants, "kernel")
    if partial:
        res["geomean_partial"] = partial
    for m in ("process", "faults"):
        res["geomean_" + m], _ = geomeans(res, kernels, variants, m)
    res["cpu_native"] = summarize_cpu_pair(res, kernels)
    return res


def summarize_cpu_pair(res, kernels):
    """w2o-native against native-O3 (clang -O3 -march=native): per kernel
    the ratio of the kernel-time medians and of the whole-process medians,
    and their geometric means."""
    w, n = CPU_PAIR
    out = {"variant": w, "against": n, "kernels": {}}
    for k in kernels:
        kv = res["kernels"][k]["variants"]
        a, b = kv.get(w, {}), kv.get(n, {})
        if not (a.get("agree") and b.get("agree")):
            continue
        r = {}
        for m in ("kernel", "process"):
            x, y = (a, b) if m == "kernel" else (a.get(m, {}), b.get(m, {}))
            if x.get("median") and y.get("median"):
                r[m] = x["median"] / y["median"]
        if r:
            r[n + "_kernel_seconds"] = b.get("median")
            out["kernels"][k] = r
    for m in ("kernel", "process"):
        out["geomean_" + m] = geomean([r.get(m) for r in out["kernels"].values()])
    return out


def summarize_debug_cost(kernels, measured):
    """Adds the ratios (-g over plain) and their geometric means."""
    res = {"runs": DEBUG_COST_RUNS, "wasm_cflags": WASM_FLAGS + ["-g"],
           "wasm2obj_flags": W2O_OBJ_FLAGS, "kernels": {}, "geomean": {}}
    for k in kernels:
        m = dict(measured.get(k) or {"error": "not measured"})
        if "error" not in m:
            c, o = m["compile_seconds"], m["object_bytes"]
            m["compile_ratio"] = c["g"] / c["plain"] if c["plain"] else None
            m["object_ratio"] = o["g"] / o["plain"] if o["plain"] else None
        res["kernels"][k] = m
    for r in ("compile_ratio", "object_ratio"):
        res["geomean"][r] = geomean([m.get(r) for m in res["kernels"].values()])
    res["text_mismatches"] = [k for k, m in res["kernels"].items()
                              if m.get("text_identical") is False]
    return res


# ---------------------------------------------------------------- report


def fmt_time(s):
    return "-" if s is None else (f"{s * 1e3:.0f}ms" if s < 10 else f"{s:.1f}s")


def stat(e, metric):
    """The statistics of one metric of a summarize_entry (kernel time at its top level)."""
    return e if metric == "kernel" else e.get(metric, {})


def ratio_table(res, variants, metric, title):
    """native's median, then each variant's ratio to it; '!' marks a
    checksum that differs, '-' a variant not run."""
    kernels = list(res["kernels"])
    w = max(9, max(len(k) for k in kernels))
    cw = {v: max(6, len(v)) for v in variants[1:]}
    head = f"{'kernel':<{w}}  {'native':>8}" + "".join(f"  {v:>{cw[v]}}" for v in variants[1:])
    lines = [title, head, "-" * len(head)]
    for k in kernels:
        kv = res["kernels"][k]["variants"]
        row = f"{k:<{w}}  {fmt_time(stat(kv.get('native', {}), metric).get('median')):>8}"
        for v in variants[1:]:
            e = stat(kv.get(v, {}), metric)
            if "median" not in e:
                cell = "-"
            else:
                cell = f"{e['ratio']:.2f}x" if e.get("ratio") else fmt_time(e["median"])
                if not kv[v].get("agree"):
                    cell += "!"
            row += f"  {cell:>{cw[v]}}"
        lines.append(row)
    lines.append("-" * len(head))
    gm = res["geomean"] if metric == "kernel" else res.get("geomean_" + metric, {})
    row = f"{'geomean':<{w}}  {'1.00x':>8}"
    for v in variants[1:]:
        g = gm.get(v)
        cell = "-" if g is None else f"{g:.2f}x" + ("*" if v in res.get("geomean_partial", []) else "")
        row += f"  {cell:>{cw[v]}}"
    lines.append(row)
    if res.get("geomean_partial"):
        lines.append("* geomean over the kernels whose checksum agreed only")
    return lines


def faults_table(res, variants):
    kernels = list(res["kernels"])
    w = max(9, max(len(k) for k in kernels))
    cw = {v: max(7, len(v)) for v in variants}
    head = f"{'kernel':<{w}}" + "".join(f"  {v:>{cw[v]}}" for v in variants)
    lines = ["page faults per run (minor + major, from wait4's rusage; median of runs)",
             head, "-" * len(head)]
    for k in kernels:
        kv = res["kernels"][k]["variants"]
        row = f"{k:<{w}}"
        for v in variants:
            f = kv.get(v, {}).get("faults", {}).get("median")
            row += f"  {'-' if f is None else f'{f:.0f}':>{cw[v]}}"
        lines.append(row)
    lines.append("-" * len(head))
    gm = res.get("geomean_faults", {})
    row = f"{'geomean':<{w}}  {'1.00x':>{cw[variants[0]]}}"
    for v in variants[1:]:
        row += f"  {'-' if gm.get(v) is None else f'{gm[v]:.2f}x':>{cw[v]}}"
    lines.append(row + "   (ratio to native)")
    return lines


def cpu_pair_table(res):
    """w2o-native (--cpu=native) against clang -O3 -march=native: the goal is <= 1.00x."""
    cp = res.get("cpu_native") or {}
    if not cp.get("kernels"):
        return []
    w, n = cp["variant"], cp["against"]
    kernels = list(cp["kernels"])
    kw = max(9, max(len(k) for k in kernels))
    head = f"{'kernel':<{kw}}  {n:>9}  {'kernel':>7}  {'process':>7}"
    lines = [f"{w} (wasm2obj -O2 --cpu=native) vs {n} ({CLANG} {' '.join(NATIVE_O3_FLAGS)}):"
             f" {n}'s kernel time, and {w}'s median over {n}'s in kernel and whole-process time;"
             f" goal <= 1.00x", head, "-" * len(head)]
    over = 0
    for k in kernels:
        r = cp["kernels"][k]
        kr = r.get("kernel")
        over += bool(kr and kr > 1.0)

        def x(v):
            return "-" if v is None else f"{v:.2f}x"
        lines.append(f"{k:<{kw}}  {fmt_time(r.get(n + '_kernel_seconds')):>9}  {x(kr):>7}"
                     f"  {x(r.get('process')):>7}")
    lines.append("-" * len(head))
    gk, gp = cp.get("geomean_kernel"), cp.get("geomean_process")
    lines.append(f"{'geomean':<{kw}}  {'':>9}  {'-' if gk is None else f'{gk:.2f}x':>7}"
                 f"  {'-' if gp is None else f'{gp:.2f}x':>7}")
    lines.append(f"{over} of {len(kernels)} kernels above 1.00x in kernel time")
    return lines


def table(res, variants):
    lines = ratio_table(res, variants, "kernel",
                        "kernel time (measured in the process around the compute part: no start-up,"
                        " no data set-up, no final checksum; median of runs) and ratio to native;"
                        " '!' = checksum differs, '-' = not run")
    cpu = cpu_pair_table(res)
    if cpu:
        lines += [""] + cpu
    lines += [""] + ratio_table(res, variants, "process",
                                "whole process (wall time from fork to exit; median of runs)"
                                " and ratio to native")
    lines += [""] + faults_table(res, variants)
    kernels = list(res["kernels"])
    w = max(9, max(len(k) for k in kernels))
    lines.append("")
    lines.append("spread: min-max kernel time of each variant as ratio to the native median")
    for k in kernels:
        kv = res["kernels"][k]["variants"]
        nm = kv.get("native", {}).get("median")
        parts = []
        for v in variants:
            e = kv.get(v, {})
            if "median" in e and nm:
                parts.append(f"{v} {e['min'] / nm:.2f}-{e['max'] / nm:.2f}")
        lines.append(f"  {k:<{w}} " + ", ".join(parts))
    lines += layout_table(res, variants, w)
    lines.append("")
    lines.append(f"{'kernel':<{w}}  {'wasm2obj':>9}  {'wasm2c+cc':>9}   "
                 f"{'.text native':>12}  {'.text w2o':>10}  {'.text wasm2c':>12}")
    for k in kernels:
        c = res["kernels"][k]["compile_seconds"]
        s = res["kernels"][k]["text_size"]

        def t(x):
            return "-" if x is None else f"{x:.2f}s"

        def b(x):
            return "-" if x is None else str(x)
        lines.append(f"{k:<{w}}  {t(c.get('wasm2obj')):>9}  {t(c.get('wasm2c+clang')):>9}   "
                     f"{b(s.get('native')):>12}  {b(s.get('w2o-guard')):>10}  {b(s.get('wasm2c')):>12}")
    lines.append("compile = wasm -> object (wasm2obj -O2; wasm2c + clang-19 -O2 -c of its C);"
                 " .text bytes by size -A: the wasm objects include wasi-libc (printf, malloc),"
                 " the native one links libc dynamically")
    return "\n".join(lines)


def layout_table(res, variants, w, over=1.15):
    """The builds whose kernel time moved by more than `over` between code
    layouts: the median of each layout, slowest over fastest."""
    rows = []
    for k, kr in res["kernels"].items():
        for v in variants:
            lm = kr["variants"].get(v, {}).get("layout_medians")
            if lm and all(x == x for x in lm) and max(lm) > over * min(lm):
                rows.append(f"  {k:<{w}} {v:<12} " + " ".join(f"{x * 1e3:7.1f}" for x in lm)
                            + f" ms  {max(lm) / min(lm):.2f}x")
    n = max((len(kr["variants"].get(v, {}).get("layout_medians") or [])
             for kr in res["kernels"].values() for v in variants), default=0)
    if n < 2:
        return []
    head = (f"code layouts: kernel time of each layout (.text padded by "
            f"{', '.join(str(i * LAYOUT_STEP) for i in range(n))} bytes; median) where the"
            f" slowest is over {over:.2f}x the fastest")
    return ["", head] + (rows or ["  none"])


def debug_cost_table(dc):
    kernels = list(dc["kernels"])
    w = max(9, max(len(k) for k in kernels))

    def t(x):
        return "-" if x is None else f"{x:.2f}s"

    def kib(x):
        return "-" if x is None else f"{x / 1024:.1f}KiB"

    def x(r):
        return "-" if r is None else f"{r:.2f}x"
    head = (f"{'kernel':<{w}}  {'compile':>8}  {'with -g':>8}  {'ratio':>6}   "
            f"{'object':>9}  {'with -g':>9}  {'ratio':>6}   {'debug':>9}  {'.text':>8}")
    lines = [f"debug info cost (-g): wasm built with -g (DWARF), then wasm2obj -O2 without and"
             f" with -g; compile = median of {dc['runs']} runs each", head, "-" * len(head)]
    for k in kernels:
        m = dc["kernels"][k]
        if "error" in m:
            lines.append(f"{k:<{w}}  error: {m['error'].splitlines()[0][:100]}")
            continue
        c, o = m["compile_seconds"], m["object_bytes"]
        same = {True: "same", False: "DIFFERS!", None: "?"}[m["text_identical"]]
        lines.append(f"{k:<{w}}  {t(c['plain']):>8}  {t(c['g']):>8}  {x(m['compile_ratio']):>6}   "
                     f"{kib(o['plain']):>9}  {kib(o['g']):>9}  {x(m['object_ratio']):>6}   "
                     f"{kib(m['debug_bytes']['g']):>9}  {same:>8}")
    lines.append("-" * len(head))
    g = dc["geomean"]
    lines.append(f"{'geomean':<{w}}  {'':>8}  {'':>8}  {x(g['compile_ratio']):>6}   "
                 f"{'':>9}  {'':>9}  {x(g['object_ratio']):>6}")
    lines.append("object = whole .o file; debug = its .debug_* sections and their relocations"
                 " (the -g object); .text: 'same' = byte-identical without and with -g, as wasm2obj"
                 " promises, 'DIFFERS!' = not")
    if any(m.get("listing_bytes") for m in dc["kernels"].values()):
        lines.append("-g also writes a listing (.lst) beside the object, not counted above:"
                     " see results.json and debug-cost.csv")
    return "\n".join(lines)


def write_debug_csv(dc, path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kernel", "compile_s", "compile_g_s", "compile_ratio", "object_bytes",
                    "object_g_bytes", "object_ratio", "text_bytes", "text_g_bytes", "debug_g_bytes",
                    "listing_g_bytes", "text_identical", "error"])
        for k, m in dc["kernels"].items():
            if "error" in m:
                w.writerow([k] + [""] * 11 + [m["error"].splitlines()[0]])
                continue
            c, o, tx = m["compile_seconds"], m["object_bytes"], m["text_bytes"]
            w.writerow([k, c["plain"], c["g"], m["compile_ratio"], o["plain"], o["g"],
                        m["object_ratio"], tx["plain"], tx["g"], m["debug_bytes"]["g"],
                        m["listing_bytes"], m["text_identical"], ""])
        g = dc["geomean"]
        w.writerow(["geomean", "", "", g["compile_ratio"], "", "", g["object_ratio"]] + [""] * 6)


CSV_STATS = ("median", "min", "max", "ratio")


def csv_column(metric, x):
    unit = "_s" if metric != "faults" and x != "ratio" else ""
    return f"{metric}_{x}{unit}"


def write_csv(res, variants, path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kernel", "variant"] + [csv_column(m, x) for m in METRICS for x in CSV_STATS]
                   + ["minflt_median", "majflt_median", "runs", "checksum", "agree"])
        for k, kr in res["kernels"].items():
            for v in variants:
                e = kr["variants"].get(v, {})
                w.writerow([k, v] + [stat(e, m).get(x) for m in METRICS for x in CSV_STATS]
                           + [e.get("minflt"), e.get("majflt"), e.get("runs"), e.get("checksum"),
                              e.get("agree")])
        for v in variants:
            gms = {m: (res["geomean"] if m == "kernel" else res.get("geomean_" + m, {})).get(v)
                   for m in METRICS}
            w.writerow(["geomean", v] + [gms[m] if x == "ratio" else "" for m in METRICS
                                         for x in CSV_STATS] + [""] * 5)


# gnuplot's default cycle repeats after 8; one colour per variant instead
PALETTE = ["#9400d3", "#009e73", "#56b4e9", "#e69f00", "#f0e442", "#0072b2", "#e51e10",
           "#000000", "#a0522d", "#ff69b4", "#808080", "#00ced1"]


def chart(res, variants, out, tools):
    shown = [v for v in variants[1:] if any("ratio" in kr["variants"].get(v, {})
                                            for kr in res["kernels"].values())]
    if not shown:
        return None
    dat = os.path.join(out, "ratios.dat")
    with open(dat, "w") as f:
        f.write("kernel " + " ".join(shown) + "\n")
        rows = list(res["kernels"].items()) + [("geomean", None)]
        for k, kr in rows:
            vals = []
            for v in shown:
                r = res["geomean"].get(v) if kr is None else kr["variants"].get(v, {}).get("ratio")
                vals.append("NaN" if r is None else f"{r:.4f}")
            f.write(k + " " + " ".join(vals) + "\n")
    ymax = 3
    gp = os.path.join(out, "ratios.gp")
    colors = "\n".join(f'set linetype {i + 1} lc rgb "{c}"' for i, c in enumerate(PALETTE))
    png = os.path.join(out, "ratios.png")
    with open(gp, "w") as f:
        f.write(f"""set terminal pngcairo size 1800,650 font "sans,10"
set output '{png}'
set title "kernel time relative to native clang-19 -O2 (lower is better; 1 = native)"
set style data histograms
{colors}
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set key outside right top vertical
set grid ytics
set yrange [0:{ymax}]
set xrange [-0.6:{len(res["kernels"]) + 0.6}]
set ylabel "ratio to native (bars above {ymax} are cut; see table.txt)"
set xtics rotate by -35 scale 0
set arrow from graph 0, first 1 to graph 1, first 1 nohead dt 2 lw 1.5 lc rgb "black" front
plot '{dat}' using 2:xtic(1) title columnheader(2)""")
        for i in range(1, len(shown)):
            f.write(f", '' using {i + 2} title columnheader({i + 2})")
        f.write("\n")
    if not tools.gnuplot:
        log("bench: gnuplot not found, chart script left in " + gp)
        return None
    r = subprocess.run([tools.gnuplot, gp], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        log("bench: gnuplot failed: " + r.stderr.strip()[-300:])
        return None
    return png


def compare_baseline(res, base, path, threshold=0.05):
    """Flags (kernel, variant) whose time relative to native grew by more
    than threshold AND whose best round is worse than the baseline's worst.
    Ratios are taken per round (the variant's time over native's time in
    the same round), so a slower or busier machine is not a regression;
    native itself is compared in absolute time. Kernel time is compared,
    or whole-process time when the baseline predates kernel timing."""
    lines, regressions = [], 0
    metric = "kernel" if base.get("meta", {}).get("headline_time") == "kernel" else "process"

    def stats(e, nat):
        if "round_ratios" in e:
            rr = e["round_ratios"]
            return median(rr), min(rr), max(rr)
        if nat is None:  # native: absolute seconds
            return e["median"], e["min"], e["max"]
        return e["median"] / nat, e["min"] / nat, e["max"] / nat

    for k, kr in res["kernels"].items():
        bk = base.get("kernels", {}).get(k)
        if not bk:
            continue
        nn = stat(kr["variants"].get("native", {}), metric).get("median")
        bn = bk["variants"].get("native", {}).get("median")
        if not nn or not bn:
            continue
        for v, e in kr["variants"].items():
            e, be = stat(e, metric), bk["variants"].get(v, {})
            if "median" not in e or "median" not in be:
                continue
            new, new_lo, new_hi = stats(e, None if v == "native" else nn)
            old, old_lo, old_hi = stats(be, None if v == "native" else bn)
            change = new / old - 1
            # The bar: the threshold, or the runs' own spread if wider.
            noise = max(threshold, (new_hi - new_lo) / new + (old_hi - old_lo) / old)
            flag = ""
            if change > noise and new_lo > old_hi:
                flag, regressions = "REGRESSION", regressions + 1
            elif change < -noise and new_hi < old_lo:
                flag = "improved"
            if flag:
                unit = "s" if v == "native" else "x"
                lines.append(f"  {flag:<10} {k:<10} {v:<13} {old:.3f}{unit} -> {new:.3f}{unit} "
                             f"({change:+.1%})")
    head = (f"baseline {path} ({'kernel' if metric == 'kernel' else 'whole-process'} time): "
            f"{regressions} regression(s) beyond noise "
            f"(slower by more than {threshold:.0%} and than the spread of both runs, "
            f"every round outside the baseline's range)")
    return "\n".join([head] + lines), regressions


# ---------------------------------------------------------------- main


def timed_rounds(kernels, variants, executables, runs):
    """Each round runs every kernel once in every variant and layout, in an
    order rotated per round; returns {(kernel, variant): [run_measured]},
    each with the "layout" it ran."""
    samples, missing = {}, set()
    total, n = runs * len(kernels), 0
    t0 = time.perf_counter()
    for r in range(runs):
        for k in kernels:
            n += 1
            # Layout-major: every variant's layout 0, then every variant's
            # layout 1...: a busy second of the machine hits a few variants'
            # runs, not all the layouts of one variant in a row (which put
            # half of its samples in one slow burst and moved its median).
            builds = {v: executables.get((k, v), []) for v in variants}
            cmds = [((v, i), builds[v][i]) for i in range(max(map(len, builds.values()), default=0))
                    for v in variants if i < len(builds[v])]
            shift = r * max(1, len(cmds) // runs) % len(cmds) if cmds else 0
            cmds = cmds[shift:] + cmds[:shift]
            el = time.perf_counter() - t0
            eta = el / (n - 1) * (total - n + 1) if n > 1 else 0
            progress(f"[run {r + 1}/{runs}] {k:<10} ({n}/{total}, "
                     f"{el:.0f}s elapsed, ~{eta:.0f}s left)")
            for (v, i), m in time_round(cmds).items():
                m["layout"] = i
                samples.setdefault((k, v), []).append(m)
                if m["kernel"] is None and (k, v) not in missing:
                    missing.add((k, v))
                    log(f"\nbench: {k}/{v}: no 'bench-kernel-ns' line on stderr"
                        f" (exit {m['status']}): no kernel time")
    progress(f"timed {runs} rounds in {time.perf_counter() - t0:.0f}s", final=True)
    return samples


def main():
    global KERNELS_DIR
    ap = argparse.ArgumentParser(description="wasm2obj benchmarks: native vs wasm, side by side")
    ap.add_argument("--quick", action="store_true",
                    help="1/16 of the work, 3 runs (about 5.5 min the first time)")
    ap.add_argument("--runs", type=int,
                    help="timed rounds, each running every layout of every variant once "
                         "(default: 8 / layouts, so 2; quick: 3)")
    ap.add_argument("--layouts", type=int,
                    help=f"code layouts of each native and wasm2obj build, 1-{MAX_LAYOUTS} "
                         f"(default {MAX_LAYOUTS}; quick: 1): layout i pads .text by "
                         f"{LAYOUT_STEP}*i bytes")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"), help="output directory")
    ap.add_argument("--build", default=os.environ.get("W2O_BUILD", os.path.join(ROOT, "build")),
                    help="wasm2obj build tree (compiler/wasm2obj, tools/w2o-exe, libraries)")
    ap.add_argument("--kernels-dir", default=os.path.join(BENCH, "kernels"),
                    help="directory of the kernels (each NAME.c, built with the bench.h beside "
                         "it; default bench/kernels)")
    ap.add_argument("--kernels", help="comma-separated subset of the kernels")
    ap.add_argument("--variants", help="comma-separated subset of: " + ",".join(ALL_VARIANTS))
    ap.add_argument("--baseline", help="results.json of an earlier run to compare with")
    ap.add_argument("--wasm-cflags", default="",
                    help="extra clang flags for the wasm build, e.g. -mno-bulk-memory "
                         "(builds go to their own cache directory)")
    ap.add_argument("--check-only", action="store_true",
                    help="build and verify checksums, no timing (the smoke test)")
    ap.add_argument("--no-debug-cost", action="store_true",
                    help="skip the debug info cost table (wasm2obj -O2 vs -O2 -g of a -g wasm)")
    args = ap.parse_args()

    KERNELS_DIR = os.path.abspath(args.kernels_dir)
    if not os.path.isfile(os.path.join(KERNELS_DIR, "bench.h")):
        sys.exit(f"bench: --kernels-dir {args.kernels_dir}: no bench.h there")
    all_kernels = sorted(f[:-2] for f in os.listdir(KERNELS_DIR) if f.endswith(".c"))
    kernels = all_kernels
    if args.kernels:
        kernels = [k.strip() for k in args.kernels.split(",") if k.strip()]
        bad = [k for k in kernels if k not in all_kernels]
        if bad:
            sys.exit(f"bench: unknown kernel(s) {', '.join(bad)}; have {', '.join(all_kernels)}")
    variants = ALL_VARIANTS
    if args.variants:
        variants = [v.strip() for v in args.variants.split(",")]
        bad = [v for v in variants if v not in ALL_VARIANTS]
        if bad:
            sys.exit(f"bench: unknown variant(s) {', '.join(bad)}; have {', '.join(ALL_VARIANTS)}")
        if "native" not in variants:
            variants = ["native"] + variants
    layouts = args.layouts if args.layouts is not None else (1 if args.quick else MAX_LAYOUTS)
    if not 1 <= layouts <= MAX_LAYOUTS:
        sys.exit(f"bench: --layouts {layouts}: must be 1 to {MAX_LAYOUTS}")
    runs = args.runs if args.runs is not None else (3 if args.quick else -(-8 // layouts))
    if runs < 1:
        sys.exit(f"bench: --runs {runs}: must be at least 1")
    baseline = None
    if args.baseline:  # read now: the new results.json may be the same file
        with open(args.baseline) as f:
            baseline = json.load(f)
    scale = QUICK_SCALE if args.quick else 16
    out = os.path.abspath(args.out)
    work = os.path.join(out, "quick" if args.quick else "full")
    if args.wasm_cflags:
        WASM_FLAGS.extend(args.wasm_cflags.split())
        tag = hashlib.sha256(args.wasm_cflags.encode()).hexdigest()[:8]
        work += "-" + tag  # other flags, other binaries: never mix their caches
    os.makedirs(work, exist_ok=True)

    tools = Tools(args.build)
    said = set()
    for v in list(variants):
        if v in tools.missing and tools.missing[v] not in said:
            same = [w for w in variants if tools.missing.get(w) == tools.missing[v]]
            log(f"bench: skipping {', '.join(same)}: {tools.missing[v]}")
            said.add(tools.missing[v])
    variants = [v for v in variants if v not in tools.missing]
    if layouts > 1 and not (tools.mc and tools.host_cpu):
        log("bench: one code layout only: " + ("llvm-mc-19 not found (package llvm-19)"
                                               if not tools.mc else "no host CPU from clang"))
        layouts = 1

    # Build, two jobs at a time (the machines have 2 cores).
    builder = Builder(tools, work, scale)
    builder.debug_cost = not (args.no_debug_cost or args.check_only)
    builder.layouts = layouts
    if builder.debug_cost and "w2o-guard" in tools.missing:
        log("bench: skipping the debug info cost: " + tools.missing["w2o-guard"])
        builder.debug_cost = False
    executables, sizes, ctimes, checks = {}, {}, {}, {}
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = {pool.submit(builder.build, k, variants): k for k in kernels}
        done = 0
        for fut in concurrent.futures.as_completed(futs):
            k = futs[fut]
            exe, errs, sz = fut.result()
            done += 1
            progress(f"[build {done}/{len(kernels)}] {k}")
            sizes[k] = sz
            executables.update(((k, v), argvs) for v, argvs in exe.items())
            for v, e in errs.items():
                checks[(k, v)] = {"error": e, "agree": False}
                log(f"\nbench: {k}/{v}: build failed: {e}")
    builder.save()
    for k in kernels:
        ctimes[k] = builder.compile_times(k)
    progress(f"built {len(kernels)} kernels x {len(variants)} variants"
             + (f" x {layouts} layouts" if layouts > 1 else "")
             + f" in {time.perf_counter() - t0:.0f}s", final=True)

    # Debug info cost: one compile at a time, so that timings do not compete.
    debug_cost = None
    if builder.debug_cost:
        measured = {}
        t0 = time.perf_counter()
        for i, k in enumerate(kernels):
            progress(f"[debug cost {i + 1}/{len(kernels)}] {k}")
            measured[k] = builder.measure_debug_cost(k)
            if "error" in measured[k]:
                log(f"\nbench: {k}: debug info cost: {measured[k]['error']}")
            elif measured[k]["text_identical"] is False:
                log(f"\nbench: {k}: .text differs between wasm2obj -O2 and -O2 -g")
        builder.save()
        debug_cost = summarize_debug_cost(kernels, measured)
        progress(f"debug info cost measured in {time.perf_counter() - t0:.0f}s", final=True)

    # Verify checksums: one run of each; also the warm-up for the timed rounds.
    mismatches = 0
    for i, k in enumerate(kernels):
        ref = None
        for v in variants:
            if (k, v) not in executables:
                continue
            progress(f"[check {i + 1}/{len(kernels)}] {k} {v}")
            for n, argv in enumerate(executables[(k, v)]):  # every layout
                line, err = run_checksum(argv)
                if v == "native" and n == 0:
                    ref = line
                agree = err is None and line is not None and line == ref
                if not agree:
                    if n:
                        err = f"layout {n}: " + (err or "checksum differs")
                    break
            checks[(k, v)] = {"checksum": line, "agree": agree, "error": err}
            if not agree:
                mismatches += 1
                log(f"\nbench: {k}/{v}: checksum {line!r} differs from native {ref!r}"
                    + (f" ({err})" if err else ""))
    progress(f"checksums: {mismatches} mismatch(es)", final=True)

    samples = {} if args.check_only else timed_rounds(kernels, variants, executables, runs)

    res = summarize(kernels, variants, samples, checks, sizes, ctimes)
    if debug_cost:
        res["debug_cost"] = debug_cost
    res["meta"] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "quick": args.quick, "scale": scale,
        "runs": runs, "layouts": layouts, "layout_step": LAYOUT_STEP, "variants": variants, "wasm_cflags": WASM_FLAGS, "skipped": tools.missing,
        "timer": "wait4", "headline_time": "kernel", "native_o3_flags": NATIVE_O3_FLAGS,
        "wasm_builds": WASM_BUILDS,
        "host": os.uname().nodename, "cpu_count": os.cpu_count(), "headline": HEADLINE,
        "clang": subprocess.run([tools.clang, "--version"], stdout=subprocess.PIPE,
                                text=True).stdout.splitlines()[0],
    }
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(res, f, indent=1)
    write_csv(res, variants, os.path.join(out, "results.csv"))
    text = table(res, variants) if samples else "\n".join(
        f"{k:<10} " + " ".join(f"{v}:{'ok' if checks.get((k, v), {}).get('agree') else 'DIFF'}"
                               for v in variants) for k in kernels)
    dcsv = os.path.join(out, "debug-cost.csv")
    if debug_cost:
        write_debug_csv(debug_cost, dcsv)
        text += "\n\n" + debug_cost_table(debug_cost)
    elif os.path.exists(dcsv):
        os.unlink(dcsv)  # an earlier run's
    regressions = 0
    if args.baseline:
        cmp_text, regressions = compare_baseline(res, baseline, args.baseline)
        text += "\n\n" + cmp_text
    with open(os.path.join(out, "table.txt"), "w") as f:
        f.write(text + "\n")
    print(text)
    png = chart(res, variants, out, tools) if samples else None
    print(f"\nwrote {os.path.relpath(out)}/results.json, results.csv, table.txt"
          + (", debug-cost.csv" if debug_cost else "") + (", ratios.png" if png else ""))
    if mismatches:
        print(f"bench: {mismatches} checksum mismatch(es)", file=sys.stderr)
        return 1
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
