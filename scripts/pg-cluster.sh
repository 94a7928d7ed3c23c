#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port: scripts/pg-cluster.sh start <dir> [durable] | stop <dir>
# On start prints the admin connection string. Works as root (runs the server as `postgres`) or as a normal user.
# Tests get fsync off (fast); `durable` keeps fsync and synchronous commits on, as the benchmarks measure.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?cluster directory}

pg_bin() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() {
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo $p; return; fi
  done
  echo "no free port found" >&2; exit 1
}

bin=$(pg_bin)
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1
    # Tests open many short connections from several hosts at once; fsync off keeps a throwaway cluster fast.
    settings="-c max_connections=400 -c fsync=off -c full_page_writes=off"
    [ "${3:-}" = durable ] && settings="-c max_connections=200 -c fsync=on -c synchronous_commit=on -c shared_buffers=512MB -c max_wal_size=4GB"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $settings" start >/dev/null
    echo "$port" > "$dir/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Include Error Detail=true"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    ;;
esac
