#!/usr/bin/env python3
"""Checks a Bazel execution log (--execution_log_json_file) for
tests/bazel/remote_cache_test.sh.

  check_exec_log.py LOG --ran-locally MNEMONIC
      at least one MNEMONIC action, and every one of them executed here
      (not a remote cache hit): the cache started empty.
  check_exec_log.py LOG --all-remote-hits MNEMONIC
      at least one action, at least one MNEMONIC action, and every action
      a remote cache hit: nothing executed here.

The log is a stream of JSON objects (one SpawnExec per action that Bazel
spawned or looked up in a cache), not a JSON array. Prints one summary line;
exits 1 with the offending actions when the check fails.
"""
import json
import sys


def read_spawns(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    decoder = json.JSONDecoder()
    spawns, pos = [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            return spawns
        spawn, pos = decoder.raw_decode(text, pos)
        spawns.append(spawn)


def describe(spawn):
    outputs = [o.get("path", "?") for o in spawn.get("actualOutputs", [])]
    return "%s (%s) -> %s" % (spawn.get("mnemonic", "?"), spawn.get("runner", "?"), " ".join(outputs))


def main(argv):
    if len(argv) != 4 or argv[2] not in ("--ran-locally", "--all-remote-hits"):
        print(__doc__, file=sys.stderr)
        return 2
    path, mode, mnemonic = argv[1], argv[2], argv[3]
    spawns = read_spawns(path)
    hits = [s for s in spawns if s.get("remoteCacheHit")]
    ours = [s for s in spawns if s.get("mnemonic") == mnemonic]
    print("%s: %d actions, %d remote cache hits, %d %s" % (path, len(spawns), len(hits), len(ours), mnemonic))
    if not ours:
        print("FAIL: no %s action in the log" % mnemonic, file=sys.stderr)
        return 1
    if mode == "--ran-locally":
        bad = [s for s in ours if s.get("remoteCacheHit")]
        why = "%s actions served from the cache, which should have started empty" % mnemonic
    else:
        bad = [s for s in spawns if not s.get("remoteCacheHit")]
        why = "actions executed locally instead of coming from the remote cache"
    if bad:
        print("FAIL: %d %s:" % (len(bad), why), file=sys.stderr)
        for spawn in bad:
            print("  " + describe(spawn), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
