#!/usr/bin/env bash
# Runs the engine benchmark on a throwaway PostgreSQL cluster with durable commits (fsync and synchronous_commit
# on), unlike the test cluster. Extra arguments go to the benchmark (--instances, --clients, --paced, --cold-runs, --cpu).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$(mktemp -d /tmp/cnap-bench-pg.XXXXXX)"
chmod 755 "$dir"
trap '"$root/scripts/pg-cluster.sh" stop "$dir"; rm -rf "$dir"' EXIT
CNAP_BENCH_POSTGRES="$("$root/scripts/pg-cluster.sh" start "$dir" durable)"
export CNAP_BENCH_POSTGRES
dotnet run -c Release --project "$root/bench/Cnap.Bench.Engine" -- "$@"
