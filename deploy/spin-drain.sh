#!/usr/bin/env sh
# The scheduler next to a plain `spin up`: calls POST /talkbot/drain every few seconds so that
# replies Talk did not take at once are delivered (Spin gives a request no timers).
#   SPIN_VARIABLE_DRAIN_TOKEN=$TOKEN spin up &
#   DRAIN_TOKEN=$TOKEN sh deploy/spin-drain.sh http://127.0.0.1:3000
# As a systemd service: ExecStart=/bin/sh /opt/talkbot/deploy/spin-drain.sh http://127.0.0.1:3000
set -u
base=${1:-http://127.0.0.1:3000}
every=${DRAIN_EVERY:-10}
: "${DRAIN_TOKEN:?set DRAIN_TOKEN to the app's drain_token variable}"
while :; do
  curl -fsS -X POST -H "Authorization: Bearer $DRAIN_TOKEN" "$base/talkbot/drain" >/dev/null \
    || echo "drain: $base did not answer" >&2
  sleep "$every"
done
