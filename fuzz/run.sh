#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer) of every component export that takes input:
# receive, parse + address/render/defang, address on arbitrary templates, defang, split, the
# bot-API builders, the engine's rules and the job machine. The corpora of receive and
# parse_render are seeded from tests/corpus.
#
#   bash fuzz/run.sh [seconds per target, default 60] [target …]
#
# Needs a nightly toolchain (`rustup toolchain install nightly`); installs cargo-fuzz if it is
# missing. Prints executions, coverage and crashes per target; exit 1 if any target crashed.
# A crash leaves its input in fuzz/artifacts/<target>/ (reproduce: cargo +nightly fuzz run
# <target> <file>).
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(receive parse_render address defang split bot_api engine job)
command -v cargo-fuzz >/dev/null 2>&1 || cargo +nightly install cargo-fuzz --locked
for t in receive parse_render; do
  mkdir -p "corpus/$t"
  cp ../tests/corpus/*.json "corpus/$t/"
done
mkdir -p logs
cargo +nightly fuzz build
printf '%-14s %12s %10s %8s %8s %8s\n' target executions exec/s cov corpus crashes
failed=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  before=$(find "artifacts/$t" -type f | wc -l)
  set +e
  cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 \
    -print_final_stats=1 -close_fd_mask=3 >"logs/$t.log" 2>&1
  set -e
  after=$(find "artifacts/$t" -type f | wc -l)
  crashes=$((after - before))
  [ "$crashes" -eq 0 ] || failed=1
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "logs/$t.log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "logs/$t.log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "logs/$t.log" | tail -1 | grep -o '[0-9]*')
  corpus=$(find "corpus/$t" -type f | wc -l)
  printf '%-14s %12s %10s %8s %8s %8s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus" "$crashes"
done
exit $failed
