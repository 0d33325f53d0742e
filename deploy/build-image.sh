#!/usr/bin/env bash
# Build the talkbot container image from a release build (or BIN=<a talkbot binary>):
#   bash deploy/build-image.sh [tag=talkbot:latest]
# ENGINE=docker to use docker instead of podman. The context holds the binary, the shared
# libraries `ldd` lists for it (glibc's DNS and files lookups are built into libc since 2.34;
# TLS roots are compiled in), a /tmp and an empty /data owned by the image's user 65532.
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:-talkbot:latest}
engine=${ENGINE:-podman}
if [ -z "${BIN:-}" ]; then
  cargo build --release --locked -p talkbot >&2
  target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  BIN=$target/release/talkbot
fi
context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
mkdir -p "$context/rootfs/usr/local/bin" "$context/rootfs/tmp" "$context/rootfs/etc" "$context/data"
chmod 1777 "$context/rootfs/tmp"
cp "$BIN" "$context/rootfs/usr/local/bin/talkbot"
strip "$context/rootfs/usr/local/bin/talkbot" 2>/dev/null || true
for lib in $(ldd "$BIN" | grep -o '/[^ ]*'); do
  mkdir -p "$context/rootfs$(dirname "$lib")"
  cp -L "$lib" "$context/rootfs$lib"
done
printf 'root:x:0:0::/:/nonexistent\ntalkbot:x:65532:65532::/data:/nonexistent\n' > "$context/rootfs/etc/passwd"
printf 'root:x:0:\ntalkbot:x:65532:\n' > "$context/rootfs/etc/group"
cp deploy/Containerfile "$context/Containerfile"
"$engine" build --format docker -q -t "$tag" -f "$context/Containerfile" "$context"
