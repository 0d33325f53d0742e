#!/usr/bin/env bash
# Flood benchmark (tests/benches/flood.rs): real webhooks' ack latency and the bot's peak RSS
# while 2,500 idle connections reconnect and 1,000 slow uploads with bogus signatures trickle;
# prints a table, asserts nothing.
#   bash bench/flood.sh                          # this checkout's release build
#   BASE=/path/to/older/talkbot bash bench/flood.sh   # and an older build, side by side
# IDLE=2500 UPLOADS=1000 SECONDS=20 tune it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p talkbot
cargo bench -q -p talkbot-tests --bench flood
