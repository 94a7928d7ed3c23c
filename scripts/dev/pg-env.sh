# Source me: starts (once per machine boot) a shared development PostgreSQL and exports CNAP_TEST_POSTGRES.
_cnap_dir=/tmp/cnap-dev-pg
_cnap_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -f "$_cnap_dir/port" ] && (exec 3<>/dev/tcp/127.0.0.1/"$(cat $_cnap_dir/port)") 2>/dev/null; then
  export CNAP_TEST_POSTGRES="Host=127.0.0.1;Port=$(cat $_cnap_dir/port);Username=postgres;Password=postgres;Include Error Detail=true"
else
  rm -rf "$_cnap_dir"
  export CNAP_TEST_POSTGRES="$("$_cnap_root/scripts/pg-cluster.sh" start "$_cnap_dir")"
fi
echo "CNAP_TEST_POSTGRES=$CNAP_TEST_POSTGRES"
