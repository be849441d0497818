#!/usr/bin/env bash
# Crash test: is a write the server confirmed ever lost?
#
# Starts ProloTrack, writes conditions to a demo patient over the API one after another, kills the JVM with
# SIGKILL (no shutdown hook, no flush) at a random moment, restarts it on the same data, and checks that every
# condition the server had answered 201 for is in the patient's record. Prints one line per trial and a total.
#
#   scripts/crash-test.sh                 # 20 trials on the embedded H2 default
#   TRIALS=5 scripts/crash-test.sh
#   DB=postgres scripts/crash-test.sh     # the same on PostgreSQL (database prolotrack_crash on 127.0.0.1:5432,
#                                         # dropped and created anew; demo data seeded for the accounts)
#   SEED=7 scripts/crash-test.sh          # another sequence of kill moments
#
# Exits 1 when a confirmed write is missing. Talks only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

TRIALS=${TRIALS:-20}
PORT=${PORT:-8097}
DB=${DB:-h2}
SEED=${SEED:-20261203}
JAR=target/prolotrack.jar
BASE="http://127.0.0.1:$PORT"
AUTH="clinician:prolotrack-demo"

for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$c" ] && [ -x "$c/bin/java" ]; then JAVA_HOME=$c; break; fi
done
export JAVA_HOME
[ -f "$JAR" ] || { echo "building $JAR ..."; mvn -B -ntp -q -DskipTests package; }
if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then echo "port $PORT is in use; set PORT=..." >&2; exit 1; fi

work=$(mktemp -d /tmp/prolotrack-crash-XXXXXX)
args=()
if [ "$DB" = "postgres" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists prolotrack_crash" \
       -c "create database prolotrack_crash"
  export PROLOTRACK_DB_URL=jdbc:postgresql://127.0.0.1:5432/prolotrack_crash PROLOTRACK_DB_USER=postgres
  args=(--spring.profiles.active=postgres --prolotrack.demo.enabled=true)
fi
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; }
trap cleanup EXIT

start() {
  PROLOTRACK_DATA_DIR="$work/data" PORT="$PORT" "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" "${args[@]}" \
    >>"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    kill -0 "$pid" 2>/dev/null || { echo "ProloTrack exited; see $work/app.log" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$AUTH" "$BASE/api/patients?size=1")" = "200" ] && return 0
    sleep 0.2
  done
  echo "ProloTrack did not answer within 4 minutes" >&2; exit 1
}

RANDOM=$SEED
start
patient=$(curl -s -u "$AUTH" "$BASE/api/patients?q=&size=1" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
[ -n "$patient" ] || { echo "no demo patient found" >&2; exit 1; }
echo "Crash test on $DB: $TRIALS trials, writing conditions to patient $patient, data in $work"

total_confirmed=0
total_missing=0
for trial in $(seq 1 "$TRIALS"); do
  confirmed="$work/confirmed-$trial"
  : >"$confirmed"
  (
    n=0
    while true; do
      n=$((n + 1))
      body=$(curl -s -m 10 -w '\n%{http_code}' -u "$AUTH" -H 'Content-Type: application/json' \
        "$BASE/api/patients/$patient/conditions" \
        -d "{\"codeSystem\":\"TEXT\",\"display\":\"Crash test trial $trial write $n\"}" 2>/dev/null) || exit 0
      [ "$(tail -1 <<<"$body")" = "201" ] && head -1 <<<"$body" | grep -o '[0-9a-f-]\{36\}' >>"$confirmed"
    done
  ) &
  writer=$!
  # kill at a random moment once writes are going through
  for _ in $(seq 1 300); do [ -s "$confirmed" ] && break; sleep 0.1; done
  sleep "$(( RANDOM % 3 + 1 )).$(( RANDOM % 10 ))"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  wait "$writer" 2>/dev/null || true
  start
  chart=$(curl -s -u "$AUTH" "$BASE/api/patients/$patient")
  count=$(wc -l <"$confirmed")
  missing=0
  while read -r id; do
    grep -q "$id" <<<"$chart" || missing=$((missing + 1))
  done <"$confirmed"
  total_confirmed=$((total_confirmed + count))
  total_missing=$((total_missing + missing))
  printf 'trial %2d: %3d writes confirmed before the kill, %d missing after restart\n' "$trial" "$count" "$missing"
done
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
echo "Crash test on $DB: $TRIALS kills, $total_confirmed confirmed writes, $total_missing missing"
rm -rf "$work"
[ "$total_missing" -eq 0 ]
