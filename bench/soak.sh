#!/usr/bin/env bash
# The soak: unique webhooks over many conversations into a release `talkbot serve`, random
# SIGKILLs and restarts, a scripted Talk outage and Talk latency; then lost / duplicated /
# out of order per webhook. Exit 0 when nothing was lost or reordered and every duplicate was
# a counted re-send (a request whose answer died with the process).
#
#   bash bench/soak.sh [webhooks=1000] [kills=5] [outage_s=20] [latency_ms=400] [conversations=50] [rate=100/s]
#   BIN=/path/to/talkbot bash bench/soak.sh …     # another build
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p talkbot -p talkbot-tests --bin talkbot --bin talkbot-soak >&2
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
bin=${BIN:-$target/release/talkbot}
exec "$target/release/talkbot-soak" "$bin" "${1:-1000}" "${2:-5}" "${3:-20}" "${4:-400}" "${5:-50}" "${6:-100}"
