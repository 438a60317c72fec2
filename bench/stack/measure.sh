#!/usr/bin/env bash
# Measures the local stack: time from `./shop up -d` to every built service ready, and the
# resident memory (RSS) of each part at idle. Prints a Markdown table for bench/RESULTS.md.
#   bench/stack/measure.sh [idle-seconds]   (default 30; the jars must be built: ./mvnw -DskipTests package)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
IDLE="${1:-30}"

if ./shop status >/dev/null 2>&1 && [[ -f .shop/devstack.pid ]] && kill -0 "$(cat .shop/devstack.pid)" 2>/dev/null; then
  echo "a stack is running: ./shop down first" >&2
  exit 1
fi

start=$(date +%s.%N)
./shop up -d --no-build >/tmp/shop-measure.log 2>&1 || { cat /tmp/shop-measure.log >&2; exit 1; }
ready=$(date +%s.%N)
trap './shop down >/dev/null 2>&1 || true' EXIT

# CPU seconds each process used up to now (user + system, with its ended children's: PostgreSQL's
# backends), read at once so that the column says where the start-up's CPU went
TICKS=$(getconf CLK_TCK)
cpu_s() {
  local total=0 pid
  for pid in "$@"; do
    if [[ -r /proc/$pid/stat ]]; then
      total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat")))
    fi
  done
  echo "scale=1; $total / $TICKS" | bc
}
declare -A CPU
for pidfile in .shop/pids/*.pid .shop/devstack.pid; do
  [[ -f "$pidfile" ]] || continue
  name="$(basename "$pidfile" .pid)"
  pid="$(cat "$pidfile")"
  if [[ "$name" == postgres ]]; then
    CPU[$name]=$(cpu_s "$pid" $(pgrep -P "$pid" || true))
  else
    CPU[$name]=$(cpu_s "$pid")
  fi
done
sleep "$IDLE"

rss_mb() { # resident memory of a pid and its descendants, in MB
  local total=0 pid
  for pid in "$@"; do
    total=$((total + $(ps -o rss= -p "$pid" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

echo "| part | ready after (s) | CPU until the stack was ready (s) | RSS at idle (MB) |"
echo "|---|---:|---:|---:|"
sum=0
cpu_sum=0
while read -r name _port seconds; do
  pidfile=".shop/pids/$name.pid"
  if [[ "$name" == kafka ]]; then pidfile=".shop/devstack.pid"; fi
  [[ -f "$pidfile" ]] || continue
  pid="$(cat "$pidfile")"
  if [[ "$name" == postgres ]]; then
    # the postmaster and its backends
    mb=$(rss_mb "$pid" $(pgrep -P "$pid" || true))
  else
    mb=$(rss_mb "$pid")
  fi
  label="$name"
  cpu="${CPU[$name]:-}"
  if [[ "$name" == kafka ]]; then label="devstack + Kafka broker"; cpu="${CPU[devstack]:-}"; fi
  echo "| $label | $seconds | $cpu | $mb |"
  sum=$((sum + mb))
  cpu_sum=$(echo "$cpu_sum + ${cpu:-0}" | bc)
done < <(sed -n 's/^  \([a-z]*\) *\([0-9]*\)  ready in *\([0-9.]*\) s.*/\1 \2 \3/p' /tmp/shop-measure.log)
printf '| **whole stack** | **%.1f** | **%.1f** | **%d** |\n' "$(echo "$ready - $start" | bc)" "$cpu_sum" "$sum"
