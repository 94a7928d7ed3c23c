#!/usr/bin/env bash
# Bundles the designer canvas (canvas/*.ts → wwwroot/studio/dist/designer.js). Called by Designer.targets when a
# source or the lock file changed; installs Node.js with apt-get where it is missing, so `dotnet run` and
# scripts/test.sh need nothing set up by hand on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "designer build: Node.js is missing and installing it needs root (or sudo): $*" >&2; return 1; fi
}

if ! command -v npm >/dev/null 2>&1; then
  echo "designer build: installing nodejs and npm"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# node_modules/.package-lock.json is npm's record of what is installed; older than the lock file means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
