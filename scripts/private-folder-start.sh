#!/usr/bin/env bash
# `npm install && npm start` from a fresh clone in a private folder (mode 700, as a container's /root is),
# up to /health/ready, then Ctrl-C. As root the embedded Postgres binaries are then out of the `postgres`
# user's reach; the launcher must run them from a copy it can reach. Run by .ci/run; needs a built-free clone.
set -euo pipefail
cd "$(dirname "$0")/.."

parent="$(mktemp -d)" # mode 700
marker="$parent/started"
touch "$marker"
log="$parent/start.log"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
  # The launcher's data and binary copies for this clone live in /var/tmp (see README).
  find /var/tmp -maxdepth 1 -name 'kindling-postgres-*' -newer "$marker" -exec rm -rf {} + 2>/dev/null || true
  rm -rf "$parent"
}
trap cleanup EXIT

[ "$(stat -c %a "$parent")" = 700 ] || { echo "private-folder start: $parent is not mode 700"; exit 1; }
git clone -q "$PWD" "$parent/kindling"
cd "$parent/kindling"
npm install --no-audit --no-fund --silent >/dev/null

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
# No DATABASE_URL: the launcher starts embedded Postgres from the clone's node_modules.
env -u DATABASE_URL PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if [ -z "$ready" ]; then
  echo "private-folder start: npm start in a mode-700 folder never answered /health/ready; its output:"
  tail -n 40 "$log"
  exit 1
fi
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "private-folder start: / does not serve the web app"; exit 1; }

kill -INT -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then echo "private-folder start: npm start did not stop on Ctrl-C within 30 s"; exit 1; fi
grep -q 'postgres: ' "$log" && grep 'postgres: ' "$log" | head -n 1 | sed 's/^/private-folder start: /'
echo "private-folder start: npm install && npm start from a mode-700 folder answered /health/ready on :$port and stopped cleanly"
