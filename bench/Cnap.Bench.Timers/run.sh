#!/usr/bin/env bash
# Runs the timer benchmark on a throwaway PostgreSQL cluster with durable commits (fsync on, synchronous_commit on),
# unlike the test cluster, which turns fsync off. Extra arguments go to the benchmark (--timers, --window, --nodes, --interval, --quartz, --quartz-window).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir=/tmp/cnap-bench-timers-pg
bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
rm -rf "$dir" && mkdir -p "$dir" && { [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir" || true; }
port=$(( 40000 + RANDOM % 10000 ))
as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
  -c max_connections=200 -c fsync=on -c synchronous_commit=on -c shared_buffers=512MB -c max_wal_size=4GB" start >/dev/null
trap 'as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true' EXIT
export CNAP_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
dotnet run -c Release --project "$root/bench/Cnap.Bench.Timers" -- "$@"
