#!/usr/bin/env bash
# Adds an EF Core migration for both providers: scripts/migrations.sh <Name>
# Before the first release the schema is one squashed migration: scripts/migrations.sh --reset Initial
set -euo pipefail
cd "$(dirname "$0")/.."
reset=false
if [ "${1:-}" = "--reset" ]; then reset=true; shift; fi
name=${1:?usage: scripts/migrations.sh [--reset] <Name>}
dotnet tool restore >/dev/null
# A reset drops the model snapshots too, or the new Initial would only hold the difference from the old snapshot.
if $reset; then rm -rf src/Cnap.Host/Data/Migrations; fi
dotnet build src/Cnap.Host -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Cnap.Host --context "${provider}CnapDbContext" \
    --output-dir "Data/Migrations/$provider"
done
