#!/usr/bin/env python3
"""Robustness of `wasm2obj -g` against damaged DWARF: flips bytes inside the
.debug_* custom sections of a module (their framing stays valid) and checks
that wasm2obj -g never crashes: it compiles (using what it can read, or the
listing, with a warning) or exits 1 with a message; never a signal or an
internal error (exit 4).
  dwarf_mutate.py WASM2OBJ MODULE.wasm WORK_DIR COUNT [SEED]"""
import os, random, subprocess, sys


def leb(data, pos):
    value, shift = 0, 0
    while True:
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return value, pos


def debug_ranges(data):
    """(start, end) of the contents of every .debug_* custom section."""
    pos, out = 8, []
    while pos < len(data):
        sid = data[pos]
        size, body = leb(data, pos + 1)
        end = body + size
        if sid == 0:
            nlen, npos = leb(data, body)
            if data[npos:npos + nlen].startswith(b".debug_"):
                out.append((npos + nlen, end))
        pos = end
    return out


def main():
    wasm2obj, module, work, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    os.makedirs(work, exist_ok=True)
    data = open(module, "rb").read()
    ranges = debug_ranges(data)
    if not ranges:
        sys.exit("no .debug_* sections in " + module)
    outcomes = {}
    for i in range(count):
        mutant = bytearray(data)
        start, end = rng.choice(ranges)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(start, end)
            mutant[at] = rng.choice([0, 0xFF, rng.randrange(256), mutant[at] ^ (1 << rng.randrange(8))])
        path = os.path.join(work, "m.wasm")
        open(path, "wb").write(mutant)
        r = subprocess.run([wasm2obj, "-O0", "-g", path, "-o", os.path.join(work, "m.o")],
                           capture_output=True, text=True, timeout=120)
        if r.returncode not in (0, 1):
            open(os.path.join(work, "crash%d.wasm" % i), "wb").write(mutant)
            print("mutant %d: exit %d\n%s" % (i, r.returncode, r.stderr))
            print("%d passed, 1 failed" % i)
            sys.exit(1)
        key = "warned" if "warning" in r.stderr else ("ok" if r.returncode == 0 else "rejected")
        outcomes[key] = outcomes.get(key, 0) + 1
    print("outcomes: " + ", ".join("%s %d" % kv for kv in sorted(outcomes.items())))
    print("%d passed, 0 failed" % count)


main()
