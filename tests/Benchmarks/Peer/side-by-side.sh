#!/usr/bin/env bash
# Side by side: ConciergeBot (Release, fresh data directory) against the Bot Framework SDK for JavaScript peer
# (bot.js), the same load (load.js: N conversations sending a repair message with expectReplies), run alternately
# A B A B. Prints each run, then the median turns/s, p50 and p99 of each and the ratios.
# Usage: [WARMUP_SECONDS=15] tests/Benchmarks/Peer/side-by-side.sh [ROUNDS=4] [SECONDS=10] [CONNECTIONS=16]
# Needs the .NET 10 SDK, Node.js 20 and npm; installs the peer's packages (npm ci) on first use.
set -euo pipefail
rounds=${1:-4}; secs=${2:-10}; conns=${3:-16}
peer_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$peer_dir/../../.." && pwd)
ours_port=${OURS_PORT:-5080}; peer_port=${PEER_PORT:-3978}
data=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

[ -d "$peer_dir/node_modules" ] || (cd "$peer_dir" && npm ci --no-audit --no-fund >/dev/null)
dotnet build -c Release "$repo/bot" -v quiet -nologo >/dev/null

wait_up() { # URL: until /api/messages answers
  for _ in $(seq 1 300); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' \
      -d '{"type":"message","conversation":{"id":"warm"},"from":{"id":"warm"},"recipient":{"id":"bot"},"channelId":"test","serviceUrl":"http://127.0.0.1:9","text":"你好","deliveryMode":"expectReplies"}' \
      "$1/api/messages" && return 0
    sleep 0.2
  done
  echo "no answer from $1" >&2; exit 1
}

(cd "$repo" && exec dotnet run --no-build -c Release --project bot -- --urls "http://127.0.0.1:$ours_port" \
  --Storage:DataDirectory="$data" --Limits:Turns:Permits=0 --Messages:AllowedServiceUrls:test:0=http://127.0.0.1:9/ >"$data/ours.log" 2>&1) & pids+=($!)
(cd "$peer_dir" && exec node bot.js "$peer_port" >"$data/peer.log" 2>&1) & pids+=($!)
wait_up "http://127.0.0.1:$ours_port"; wait_up "http://127.0.0.1:$peer_port"

load() { node "$peer_dir/load.js" "$1" "$2" "$conns"; }
# Warm-up, not counted: tiered compilation of a large service (and V8's) needs more than a few seconds on 2 cores.
warm=${WARMUP_SECONDS:-15}
load "http://127.0.0.1:$ours_port" "$warm" >/dev/null; load "http://127.0.0.1:$peer_port" "$warm" >/dev/null

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $rounds rounds of ${secs} s, $conns conversations"
results="$data/results"
for r in $(seq 1 "$rounds"); do
  for who in ours peer; do
    port=$ours_port; [ "$who" = peer ] && port=$peer_port
    line=$(load "http://127.0.0.1:$port" "$secs")
    echo "$r $who $line" | tee -a "$results"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(l => {
  const [r, who, ...j] = l.split(" "); return { who, ...JSON.parse(j.join(" ")) }; });
const med = a => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pick = (who, k) => rows.filter(x => x.who === who).map(x => x[k]);
const sum = {};
for (const who of ["ours", "peer"]) {
  sum[who] = { turns_per_s: med(pick(who, "turns_per_s")), p50_ms: med(pick(who, "p50_ms")), p99_ms: med(pick(who, "p99_ms")),
    range_turns_per_s: [Math.min(...pick(who, "turns_per_s")), Math.max(...pick(who, "turns_per_s"))],
    range_p99_ms: [Math.min(...pick(who, "p99_ms")), Math.max(...pick(who, "p99_ms"))],
    errors: pick(who, "errors").reduce((a, b) => a + b, 0) + pick(who, "non2xx").reduce((a, b) => a + b, 0) };
  console.log(who.padEnd(5), JSON.stringify(sum[who]));
}
const ratios = rows.filter(x => x.who === "ours").map((o, i) => o.turns_per_s / pick("peer", "turns_per_s")[i]);
console.log("ratio turns/s ours/peer: median", med(ratios).toFixed(2), "per round", ratios.map(x => x.toFixed(2)).join(" "),
  "| p99 ours/peer:", (sum.ours.p99_ms / sum.peer.p99_ms).toFixed(2));
' "$results"
