#!/usr/bin/env bash
# Start-up time and resident memory of `java -jar` on H2 (embedded default) and on PostgreSQL (profile postgres).
# Usage: docs/bench/startup.sh [runs]   (from the repository root; installs Debian's PostgreSQL if it is missing)
# Prints one line per run: database, run, "Started … in" seconds (Spring's own figure), seconds until
# /actuator/health answers UP, and RSS in MiB read 5 s after that.
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests package
jar=$(ls target/steward-*.jar | grep -v original | head -n 1)
port=8097
work=$(mktemp -d)

measure() { # $1 label, rest: extra java args
  local label=$1; shift
  local log="$work/$label.log"
  local t0; t0=$(date +%s.%N)
  (cd "$work" && exec java -jar "$OLDPWD/$jar" --server.port=$port "$@" >"$log" 2>&1) &
  local pid=$!
  until curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "$label: died, see $log"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  local t1; t1=$(date +%s.%N)
  sleep 5
  local jpid; jpid=$(pgrep -f "server.port=$port" | head -n 1)
  local rss; rss=$(ps -o rss= -p "$jpid")
  local started; started=$(grep -o 'Started StewardApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -n 1)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%-10s started_in=%ss http_ready=%.1fs rss=%dMiB\n' "$label" "$started" "$(echo "$t1 - $t0" | bc)" $((rss / 1024))
}

for i in $(seq 1 "$runs"); do
  measure "h2-$i"   # run 1 creates the schema and the demo organisation in $work/data, later runs reuse them
done

if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1{print $1" "$2}')
pg_ctlcluster $cluster start || true
su postgres -c "psql -qc \"DROP DATABASE IF EXISTS steward_bench\"; psql -qc \"DROP ROLE IF EXISTS steward_bench\"; \
  psql -qc \"CREATE ROLE steward_bench LOGIN PASSWORD 'bench'\"; psql -qc \"CREATE DATABASE steward_bench OWNER steward_bench\""
export STEWARD_DB_URL=jdbc:postgresql://localhost:5432/steward_bench STEWARD_DB_USER=steward_bench STEWARD_DB_PASSWORD=bench
export STEWARD_ADMIN_USER=admin STEWARD_ADMIN_PASSWORD='Bench-Admin-2026!'
for i in $(seq 1 "$runs"); do
  measure "pg-$i" --spring.profiles.active=postgres
done
rm -rf "$work"
