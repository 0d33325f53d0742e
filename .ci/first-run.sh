#!/usr/bin/env bash
# The README's first command on a stock rustup that lacks the wasm targets: rustup (with
# RUSTUP_AUTO_INSTALL unset, as a user has it) must install the pinned toolchain's targets on
# the first cargo command in the checkout. Uses a copy of this machine's rustup home (hard
# links, so it costs no space) with the wasm targets removed. Also checks that building the
# host does not involve the Spin guest.
set -euo pipefail
cd "$(dirname "$0")/.."
real=${RUSTUP_HOME:-$HOME/.rustup}
toolchain=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)-$(rustc -vV | sed -n 's/^host: //p')
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/toolchains"
cp -al "$(readlink -f "$real/toolchains/$toolchain")" "$home/toolchains/$toolchain"
cp "$real/settings.toml" "$home/"
[ -d "$real/update-hashes" ] && cp -r "$real/update-hashes" "$home/"
export RUSTUP_HOME=$home
for t in wasm32-unknown-unknown wasm32-wasip2; do
  rustup target remove --toolchain "$toolchain" "$t" >/dev/null 2>&1 || true
done
if rustup target list --installed --toolchain "$toolchain" | grep -q wasm32; then
  echo "first-run: could not remove the wasm targets from the copy" >&2
  exit 1
fi
env -u RUSTUP_AUTO_INSTALL cargo metadata --format-version 1 --no-deps >/dev/null
installed=$(rustup target list --installed --toolchain "$toolchain")
for t in wasm32-unknown-unknown wasm32-wasip2; do
  grep -qx "$t" <<<"$installed" || { echo "first-run: rustup did not install $t" >&2; exit 1; }
done
if cargo tree -p talkbot -e normal,build | grep -qi spin; then
  echo "first-run: building the host would build the Spin guest" >&2
  exit 1
fi
echo "first-run: a stock rustup installs the wasm targets by itself; the host does not need the Spin guest"
