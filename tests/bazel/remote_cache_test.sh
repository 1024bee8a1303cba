#!/usr/bin/env bash
# A build cache shared past one machine: the README's example (tests/example)
# built with Bazel and wasm2obj_library (bazel/defs.bzl) in one workspace,
# with --remote_cache pointing at an HTTP cache (nginx's WebDAV PUT/GET,
# started here on a free port), then in a second, fresh workspace with its
# own output base, which must be served entirely from that cache: every
# action a remote cache hit (Bazel's execution log), none run locally, and
# the program it links runs correctly. The first build must have run the
# wasm2obj action itself, and its object must equal the one wasm2obj writes
# on the command line with the same options.
#
#   remote_cache_test.sh SOURCE_DIR WORK_DIR WAT2WASM WASM2OBJ RUNTIME_LIB LLVM_LIB [LINKOPT...]
#
# Everything (Bazel's output bases, repository cache, nginx's files) lives in
# WORK_DIR, which is emptied first. Exits 77 (skipped) when bazel or nginx
# is not installed (tools/install-deps.sh installs both).
set -euo pipefail

if [ $# -lt 6 ]; then
  echo "usage: $0 SOURCE_DIR WORK_DIR WAT2WASM WASM2OBJ RUNTIME_LIB LLVM_LIB [LINKOPT...]" >&2
  exit 2
fi
src=$1 work=$2 wat2wasm=$3 wasm2obj=$4 runtime_lib=$5 llvm_lib=$6
shift 6
linkopts=("-lpthread" "-lm" "$@")

for tool in bazel nginx; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIPPED: $tool is not installed (tools/install-deps.sh installs bazel-bootstrap and nginx)"
    exit 77
  fi
done
if ! nginx -V 2>&1 | grep -q -- --with-http_dav_module; then
  echo "SKIPPED: this nginx has no WebDAV module (Debian's nginx package has it)"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work/nginx/tmp" "$work/nginx/cache"
work=$(cd "$work" && pwd)

# --- the HTTP cache: nginx, in the foreground of a background job ---------
nginx_pid=""
stop_nginx() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
  fi
}
trap stop_nginx EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The HTTP status of a GET of $1, or nothing when no server answers.
http_status() {
  python3 - "$1" <<'PY'
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=1)
    print(200)
except urllib.error.HTTPError as e:
    print(e.code)
except OSError:
    pass
PY
}

write_nginx_conf() {
  local port=$1 user_line=""
  # As root, nginx's workers would switch to "nobody", who cannot write here.
  [ "$(id -u)" -eq 0 ] && user_line="user $(id -un) $(id -gn);"
  cat > "$work/nginx/nginx.conf" <<CONF
$user_line
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 64; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  client_max_body_size 0;
  server {
    listen 127.0.0.1:$port;
    root $work/nginx/cache;
    location / {
      dav_methods PUT;
      create_full_put_path on;
      dav_access user:rw;
    }
  }
}
CONF
}

# Start on a free port; another process may take it between the probe and
# nginx's bind, so try a few.
port=""
for _ in 1 2 3 4 5; do
  candidate=$(free_port)
  write_nginx_conf "$candidate"
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  nginx_pid=$!
  for _ in $(seq 50); do
    if [ "$(http_status "http://127.0.0.1:$candidate/missing")" = 404 ]; then
      port=$candidate
      break
    fi
    kill -0 "$nginx_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] && break
  stop_nginx
done
if [ -z "$port" ]; then
  echo "FAIL: nginx did not start; its log:" >&2
  cat "$work/nginx/error.log" >&2 || true
  exit 1
fi
echo "remote cache: nginx (pid $nginx_pid) at http://127.0.0.1:$port"

# --- two workspaces with the same sources ---------------------------------
make_workspace() {
  local ws=$1
  mkdir -p "$ws"
  cat > "$ws/WORKSPACE" <<WS
workspace(name = "w2o_remote_cache_test")

local_repository(name = "wasm2obj_rules", path = "$src/bazel")

load("@wasm2obj_rules//:repositories.bzl", "wasm2obj_dependencies")

wasm2obj_dependencies(
    wasm2obj = "$wasm2obj",
    runtime_library = "$runtime_lib",
    runtime_include = "$src/runtime/include",
    compiler_libraries = ["$llvm_lib"],
    linkopts = [$(printf '"%s", ' "${linkopts[@]}")],
)
WS
  cp "$src/tests/bazel/BUILD.test" "$ws/BUILD.bazel"
  cp "$src/tests/example/main.c" "$ws/main.c"
  "$wat2wasm" "$src/tests/example/demo.wat" -o "$ws/demo.wasm"
}

# Builds //:demo_app in workspace $1 with its own output base; the execution
# log goes to $1.exec.json, Bazel's output to $1.log.
bazel_build() {
  local ws=$1 status=0
  # One build per output base, so --batch (no server left behind) and a JVM
  # tuned for a short run: C1 only and the serial collector take 42 s down
  # to 26 s on the busy 2-core machine.
  (cd "$ws" && bazel --batch --nohome_rc --noworkspace_rc \
      --output_user_root="$work/bazel-user-root" --output_base="$ws.out" \
      --host_jvm_args=-XX:TieredStopAtLevel=1 --host_jvm_args=-XX:+UseSerialGC \
      build --repository_cache="$work/repository-cache" --disk_cache= \
      --remote_cache="http://127.0.0.1:$port" --remote_upload_local_results \
      --incompatible_strict_action_env \
      --execution_log_json_file="$ws.exec.json" \
      --color=no --curses=no --show_progress_rate_limit=60 \
      //:demo_app) > "$ws.log" 2>&1 || status=$?
  grep -E '^INFO: [0-9]+ process' "$ws.log" || true
  if [ $status -ne 0 ]; then
    echo "FAIL: bazel build in $ws exited $status:" >&2
    cat "$ws.log" >&2
    exit 1
  fi
}

check_program() {
  local ws=$1 status=0
  "$ws/bazel-bin/demo_app" > "$ws.run.txt" 2>&1 || status=$?
  if [ $status -ne 0 ]; then
    echo "FAIL: $ws/bazel-bin/demo_app exited $status:" >&2
    cat "$ws.run.txt" >&2
    exit 1
  fi
  for line in "fib(50) = 12586269025" "divide(42, 6) = 7 (the instance still works)"; do
    if ! grep -qxF "$line" "$ws.run.txt"; then
      echo "FAIL: $ws/bazel-bin/demo_app did not print \"$line\"; it printed:" >&2
      cat "$ws.run.txt" >&2
      exit 1
    fi
  done
}

check_log() {
  python3 "$src/tests/bazel/check_exec_log.py" "$@"
}

echo "== first workspace: empty cache, actions run here and upload"
make_workspace "$work/ws1"
bazel_build "$work/ws1"
check_log "$work/ws1.exec.json" --ran-locally Wasm2obj
check_program "$work/ws1"
"$wasm2obj" -O2 --name=demo "$work/ws1/demo.wasm" -o "$work/direct.o" --header="$work/direct.h"
cmp "$work/ws1/bazel-bin/demo.o" "$work/direct.o"
cmp "$work/ws1/bazel-bin/demo.h" "$work/direct.h"
echo "ws1: demo.o and demo.h equal wasm2obj's on the command line"

echo "== second workspace: fresh directory and output base, served from the cache"
make_workspace "$work/ws2"
bazel_build "$work/ws2"
check_log "$work/ws2.exec.json" --all-remote-hits Wasm2obj
check_program "$work/ws2"
cmp "$work/ws1.run.txt" "$work/ws2.run.txt"
echo "ws2: the program runs and prints what ws1's printed"

entries=$(find "$work/nginx/cache" -type f | wc -l)
echo "cache: $entries entries ($(du -sh "$work/nginx/cache" | cut -f1)) under ac/ and cas/"
stop_nginx
echo "PASS"
