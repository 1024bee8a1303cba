#!/usr/bin/env bash
# Installs the Debian 12 packages wasm2obj needs to build and test (see
# ../shared/design.md, "Dependencies"). Installs only what is missing; needs
# root (or sudo) and Debian's package archive.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  llvm-19-dev clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32
  libcmocka-dev libcjson-dev libdw-dev wabt gdb binutils
  python3 hyperfine gnuplot-nox time clang-format-19
  bazel-bootstrap bazel-rules-cc bazel-rules-java bazel-skylib nginx
  rustc libstd-rust-dev-wasm32
  zlib1g-dev libzstd-dev libxml2-dev libedit-dev libffi-dev libncurses-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
