#!/usr/bin/env bash
# npm run migration:{run,revert,generate} — TypeORM's CLI on the compiled data source.
#   npm run migration:generate -- AddCommunities
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kindling}"
npx nest build >/dev/null
cli=(node node_modules/typeorm/cli.js)
source_=dist/libs/database/src/cli-data-source.js
case "${1:-}" in
  run) "${cli[@]}" migration:run -d "$source_" ;;
  revert) "${cli[@]}" migration:revert -d "$source_" ;;
  check) "${cli[@]}" migration:generate -d "$source_" --check --dryrun libs/database/src/migrations/Check ;;
  generate)
    name="${2:?usage: npm run migration:generate -- <Name>}"
    "${cli[@]}" migration:generate -d "$source_" --pretty "libs/database/src/migrations/$name"
    node scripts/migrations-index.mjs
    npx prettier --log-level warn --write libs/database/src/migrations/*.ts ;;
  *) echo "usage: scripts/migration.sh run|revert|check|generate <Name>" >&2; exit 2 ;;
esac
