#!/usr/bin/env bash
# Open-loop benchmark of webhook -> reply latency (tests/benches/openloop.rs): fixed rates over
# 64 conversations, then saturating bursts; prints tables, asserts nothing.
#   bash bench/openloop.sh                       # this checkout's release build
#   BASE=/path/to/older/talkbot bash bench/openloop.sh   # and an older build, side by side
# RATES=250,500,1000,2000,4000 SECONDS=5 ROOMS=64 BURST=40000 tune it.
#   EDGE=1 RATES=50,100,250,500 bash bench/openloop.sh   # the Worker under workerd, beside this build
#   HOSTS=1 RATES=50,100,200 bash bench/openloop.sh      # every host (native, Spin, Node, Worker) side by side
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p talkbot
cargo bench -q -p talkbot-tests --bench openloop
