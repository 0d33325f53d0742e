#!/usr/bin/env bash
# Load benchmark of `talkbot serve` on loopback (prints figures; asserts nothing).
#   bench/load.sh [seconds]        (BIN=path/to/talkbot bench/load.sh: measure that binary)
# A. durable acks/s: wrk -t2 -c32, unique pre-signed webhooks, Nextcloud unreachable (the
#    worker's deliveries back off, so the ingress has the machine).
# C. ack latency at ~1,000 webhooks/s in steady state (a fresh queue; each webhook is answered
#    through the simulator while the load goes on).
# B. replies delivered/s: a restarted bot on A's queue drains A's backlog to the simulator.
# Peak RSS of each bot process. Everything shares the machine's cores with wrk and the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-8}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# BIN=<a talkbot binary> measures that one (e.g. an older build, for a side-by-side comparison).
if [ -z "${BIN:-}" ]; then
  cargo build --release -q -p talkbot
  BIN=${CARGO_TARGET_DIR:-target}/release/talkbot
fi
WORK=$(mktemp -d)
SECRET=load-test-secret-0123456789abcdef0123456789
RANDOM_HEADER=Qx7/9kLmN2pRsT4vWy+Z1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/AbCdE
python3 bench/make-webhooks.py "$SECRET" "$RANDOM_HEADER" "${WEBHOOKS_N:-250000}" "$WORK/webhooks.txt"
python3 bench/make-webhooks.py "$SECRET" "$RANDOM_HEADER" 20000 "$WORK/paced.txt" 9000000
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; rm -rf "$WORK"' EXIT

start_bot() { # NEXTCLOUD_URL [data folder]
  NEXTCLOUD_URL=$1 NEXTCLOUD_TALK_BOT_SECRET=$SECRET TALKBOT_LISTEN=127.0.0.1:18080 \
    TALKBOT_DATA_DIR=${2:-$WORK/bot} TALKBOT_LOG=error "$BIN" serve &
  BOT=$!
  PIDS+=("$BOT")
  for _ in $(seq 200); do curl -sf http://127.0.0.1:18080/healthz >/dev/null && return; sleep 0.05; done
  echo "bot did not start" >&2
  exit 1
}
stop_bot() { # label
  grep VmHWM /proc/"$BOT"/status | sed "s/^VmHWM:/talkbot ($1) peak RSS:/"
  kill "$BOT"
  wait "$BOT" || true
}
metric() { curl -s http://127.0.0.1:18080/metrics | awk -v k="$1" '$1==k {print $2}'; }
delivered() { curl -s http://127.0.0.1:18081/_simulator/stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])'; }
run_wrk() { # seconds file [DELAY_MS=…]
  env WEBHOOKS="$2" RANDOM_HEADER="$RANDOM_HEADER" THREADS=2 "${@:3}" \
    wrk -t2 -c32 -d"$1s" --latency -s bench/webhooks.lua http://127.0.0.1:18080/nextcloud-talk-webhook
}

echo "== A. durable acks: wrk -t2 -c32 -d${DURATION}s, unique webhooks, Nextcloud unreachable"
start_bot http://127.0.0.1:9
run_wrk "$DURATION" "$WORK/webhooks.txt"
QUEUED=$(metric 'talkbot_webhooks_total{outcome="queued"}')
echo "durably queued: $QUEUED = $(python3 -c "print(round($QUEUED/$DURATION))") acks/s"
stop_bot A

NEXTCLOUD_TALK_BOT_SECRET=$SECRET TALKBOT_LOG=error "$BIN" simulate --serve-only --listen 127.0.0.1:18081 &
PIDS+=("$!")
sleep 0.5

echo "== C. ack latency at ~1,000 webhooks/s (32 connections, one request per 32 ms each), replies flowing, 10 s"
start_bot http://127.0.0.1:18081 "$WORK/steady"
run_wrk 10 "$WORK/paced.txt" DELAY_MS=32
PACED=$(metric 'talkbot_webhooks_total{outcome="queued"}')
while [ "$(delivered)" -lt "$PACED" ]; do sleep 0.2; done
echo "all $PACED paced webhooks answered"
stop_bot C
BASE=$(delivered)

echo "== B. replies: a restarted bot drains the $QUEUED webhooks queued in A to the simulator"
START=$(date +%s.%N)
start_bot http://127.0.0.1:18081
while [ "$(( $(delivered) - BASE ))" -lt "$QUEUED" ]; do sleep 0.2; done
END=$(date +%s.%N)
echo "replies: $QUEUED in $(python3 -c "print(round($END-$START,1))") s (including start-up) = $(python3 -c "print(round($QUEUED/($END-$START)))") replies/s"
stop_bot B
