#!/usr/bin/env bash
# npm run bench: every benchmark, each in a process of its own. The export over Tesseral's API
# spends five minutes waiting on its mock server's 300 ms latency (a page-by-page export of 10,000
# events is 1,000 round trips) and almost no CPU, so it runs beside the CPU-bound ones and prints
# at the end, instead of adding five minutes to CI.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build:lib >/dev/null
mkdir -p node_modules/.cache
tesseral_log=node_modules/.cache/bench-tesseral-export.txt
node --import tsx bench/tesseral-export.ts >"$tesseral_log" 2>&1 &
tesseral_pid=$!
status=0
node --expose-gc --max-old-space-size=4096 --import tsx bench/run.ts || status=$?
node --expose-gc --import tsx bench/export.ts || status=$?
node --max-old-space-size=4096 --import tsx bench/tenants.ts || status=$?
node --import tsx bench/host.ts || status=$?
node --import tsx bench/ui.ts || status=$?
# The PostgreSQL store at 1,000,000 events, on the server of DATABASE_URL (skipped, saying so, without one).
node --max-old-space-size=6144 --import tsx bench/postgres.ts || status=$?
wait "$tesseral_pid" || status=$?
cat "$tesseral_log"
exit "$status"
