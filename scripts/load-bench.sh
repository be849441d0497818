#!/usr/bin/env bash
# Load benchmark: 100 signed-in clinicians at once, each going through the patient list, a chart with all its
# panels, a screening and an NRS score over the API (org.prolotrack.bench.LoadBench; see its comment).
#
# Builds the jar and the test classes if needed, starts ProloTrack on a fresh database with the demo network,
# warms it up (20 users x 2 rounds, not counted), then runs each think time in THINKS and prints what it measured.
#
#   scripts/load-bench.sh                          # embedded H2, 100 users x 5 rounds, think times 1000 and 0 ms
#   DB=postgres scripts/load-bench.sh              # the same on PostgreSQL (database prolotrack_load on
#                                                  # 127.0.0.1:5432, dropped and created anew)
#   USERS=50 ROUNDS=3 THINKS="2000" scripts/load-bench.sh
#
# Nothing is asserted. Talks only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-100}
ROUNDS=${ROUNDS:-5}
THINKS=${THINKS:-"1000 0"}
PORT=${PORT:-8096}
DB=${DB:-h2}
JAR=target/prolotrack.jar
BASE="http://127.0.0.1:$PORT"

for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$c" ] && [ -x "$c/bin/java" ]; then JAVA_HOME=$c; break; fi
done
export JAVA_HOME
[ -f "$JAR" ] || { echo "building $JAR ..."; mvn -B -ntp -q -DskipTests package; }
[ -f target/test-classes/org/prolotrack/bench/LoadBench.class ] || mvn -B -ntp -q test-compile
if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then echo "port $PORT is in use; set PORT=..." >&2; exit 1; fi

work=$(mktemp -d /tmp/prolotrack-load-XXXXXX)
args=()
if [ "$DB" = "postgres" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists prolotrack_load" \
       -c "create database prolotrack_load"
  export PROLOTRACK_DB_URL=jdbc:postgresql://127.0.0.1:5432/prolotrack_load PROLOTRACK_DB_USER=postgres
  args=(--spring.profiles.active=postgres --prolotrack.demo.enabled=true)
fi
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT

PROLOTRACK_DATA_DIR="$work/data" PORT="$PORT" "$JAVA_HOME/bin/java" -jar "$JAR" "${args[@]}" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  kill -0 "$pid" 2>/dev/null || { echo "ProloTrack exited; see $work/app.log" >&2; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = "200" ] && break
  sleep 0.2
done

echo "ProloTrack on $DB ($(nproc) cores), log in $work/app.log"
"$JAVA_HOME/bin/java" -cp target/test-classes org.prolotrack.bench.LoadBench "$BASE" 20 2 0 >/dev/null
for think in $THINKS; do
  "$JAVA_HOME/bin/java" -cp target/test-classes org.prolotrack.bench.LoadBench "$BASE" "$USERS" "$ROUNDS" "$think"
  echo
done
