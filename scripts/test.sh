#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with the .NET 10 SDK:
# installs what is missing, starts a throwaway PostgreSQL, runs every test project against it (and SQLite),
# stops the cluster whatever happens, and exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "test.sh: need root (or sudo) to install: $*" >&2; return 1; fi
}

missing=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)  # the build bundles the Studio's canvas (TypeScript, esbuild)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cluster="$(mktemp -d /tmp/cnap-test-pg.XXXXXX)"
chmod 755 "$cluster"
cleanup() { "$root/scripts/pg-cluster.sh" stop "$cluster"; rm -rf "$cluster"; }
trap cleanup EXIT INT TERM

CNAP_TEST_POSTGRES="$("$root/scripts/pg-cluster.sh" start "$cluster")"
export CNAP_TEST_POSTGRES
echo "test.sh: PostgreSQL on port $(cat "$cluster/port")"

dotnet tool restore >/dev/null
dotnet build Cnap.sln -c Release -nologo -v q
dotnet test Cnap.sln -c Release --no-build -nologo "$@"
