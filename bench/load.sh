#!/usr/bin/env bash
# Load benchmark of `talkbot serve` on loopback (prints figures; asserts nothing).
#   bench/load.sh [seconds]
# wrk, 2 threads x 32 connections, unique message ids: durable acks/s and ack latency; a paced
# run at ~1,000/s for p50/p99; replies delivered per second to the simulator; peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-8}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release -q -p talkbot
BIN=${CARGO_TARGET_DIR:-target}/release/talkbot
WORK=$(mktemp -d)
SECRET=load-test-secret-0123456789abcdef0123456789
RANDOM_HEADER=Qx7/9kLmN2pRsT4vWy+Z1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/AbCdE
N=${WEBHOOKS_N:-250000}
python3 bench/make-webhooks.py "$SECRET" "$RANDOM_HEADER" "$N" "$WORK/webhooks.txt"
python3 bench/make-webhooks.py "$SECRET" "$RANDOM_HEADER" 20000 "$WORK/paced.txt" 9000000

NEXTCLOUD_TALK_BOT_SECRET=$SECRET TALKBOT_DATA_DIR=$WORK/sim TALKBOT_LOG=warn \
  "$BIN" simulate --serve-only --listen 127.0.0.1:18081 & SIM=$!
NEXTCLOUD_URL=http://127.0.0.1:18081 NEXTCLOUD_TALK_BOT_SECRET=$SECRET TALKBOT_LISTEN=127.0.0.1:18080 \
  TALKBOT_DATA_DIR=$WORK/bot TALKBOT_LOG=warn "$BIN" serve & BOT=$!
trap 'kill $BOT $SIM 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do curl -sf http://127.0.0.1:18080/healthz >/dev/null && break; sleep 0.1; done

stats() { curl -s http://127.0.0.1:18081/_simulator/stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])'; }
metric() { curl -s http://127.0.0.1:18080/metrics | awk -v k="$1" '$1==k {print $2}'; }

echo "== throughput: wrk -t2 -c32 -d${DURATION}s, unique webhooks"
START=$(date +%s.%N)
WEBHOOKS=$WORK/webhooks.txt RANDOM_HEADER=$RANDOM_HEADER THREADS=2 \
  wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/webhooks.lua http://127.0.0.1:18080/nextcloud-talk-webhook | tee "$WORK/wrk.txt"
QUEUED=$(metric 'talkbot_webhooks_total{outcome="queued"}')
echo "durably queued: $QUEUED ($(python3 -c "print(round($QUEUED/$DURATION))") acks/s)"

echo "== replies delivered to the simulator"
for _ in $(seq 600); do
  DONE=$(stats); [ "$DONE" -ge "$QUEUED" ] && break; sleep 0.5
done
END=$(date +%s.%N)
DONE=$(stats)
echo "replies: $DONE of $QUEUED in $(python3 -c "print(round($END-$START,1))") s since the load began: $(python3 -c "print(round($DONE/($END-$START)))") replies/s"

echo "== paced: ~1,000 webhooks/s (32 connections, 32 ms apart each), 10 s"
WEBHOOKS=$WORK/paced.txt RANDOM_HEADER=$RANDOM_HEADER THREADS=2 DELAY_MS=32 \
  wrk -t2 -c32 -d10s --latency -s bench/webhooks.lua http://127.0.0.1:18080/nextcloud-talk-webhook

echo "== memory"
grep -E 'VmHWM|VmRSS' /proc/$BOT/status | sed 's/^/talkbot /'
