#!/usr/bin/env bash
# Runs the engine's benchmarks (BenchmarkDotNet, Release) and the same documents through graphql-js, then prints
# one table with the ratio of operations per second, ours / graphql-js.
#   bench/run.sh            quick run: BenchmarkDotNet's short job, graphql-js with short rounds (a few minutes)
#   bench/run.sh --full     BenchmarkDotNet's default job and longer graphql-js rounds (much longer, steadier numbers)
#   bench/run.sh --filter '*b-three*'   only some benchmarks (BenchmarkDotNet's filter syntax)
#   bench/run.sh --in-process           run the benchmarks in the host process, skipping BenchmarkDotNet's own build
#   bench/run.sh --launches 5           each benchmark in 5 processes on both sides (BenchmarkDotNet's launch count,
#                                       graphql-js run 5 times, the median of its runs per row): on a shared machine
#                                       the speed drifts over seconds, and more launches average over more moments
#   bench/run.sh --paired               no BenchmarkDotNet: ours and a warm graphql-js process measured in alternating
#                                       slices, the median of the pairs' ratios (GraphQL.Benchmarks/PairedComparison.cs)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
artifacts="$here/BenchmarkDotNet.Artifacts"
job=(--job short)
js_mode=(--quick)
filter='*'
toolchain=()
launches=1
paired=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --full) job=(); js_mode=(); shift ;;
    --filter) filter="$2"; shift 2 ;;
    --in-process) toolchain=(--inProcess); shift ;;
    --launches) launches="$2"; shift 2 ;;
    --paired) paired=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [[ $paired -eq 1 ]]; then
  (cd "$here/graphql-js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  exec dotnet run -c Release --project "$here/GraphQL.Benchmarks" -- --paired --node-script "$here/graphql-js/bench.mjs"
fi

rm -rf "$artifacts/results"
dotnet run -c Release --project "$here/GraphQL.Benchmarks" -- \
  --filter "$filter" "${job[@]}" "${toolchain[@]}" --launchCount "$launches" --exporters json --artifacts "$artifacts"

(cd "$here/graphql-js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
js_results=()
for run in $(seq "$launches"); do
  NODE_ENV=production node "$here/graphql-js/bench.mjs" --json "${js_mode[@]}" > "$artifacts/graphql-js-$run.json"
  js_results+=("$artifacts/graphql-js-$run.json")
done

report="$(ls "$artifacts"/results/*-report-full*.json | head -n 1)"
echo
node "$here/compare.mjs" "$report" "${js_results[@]}"
