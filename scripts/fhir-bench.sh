#!/usr/bin/env bash
# FHIR import benchmark, in one run on the same Synthea bundles (fixed seed and end date, see scripts/synthea.sh):
#   1. ProloTrack's command-line import (--import) into a fresh database;
#   2. ProloTrack's HTTP import: the bundles POSTed to /fhir by CLIENTS concurrent clients (FhirPostBench) into a
#      fresh database;
#   3. when HAPI_URL is given (a running HAPI FHIR JPA server's base, e.g. http://127.0.0.1:8090/fhir), the same
#      bundles POSTed there by the same program, and the ratio of the wall times.
# Each on every database in DBS. Prints what it measured; asserts nothing.
#
#   scripts/fhir-bench.sh                                  # 200 bundles, PostgreSQL and H2, validation SCHEMA
#   POPULATION=30 DBS=postgres scripts/fhir-bench.sh
#   VALIDATE=KEPT THREADS=2 CLIENTS=4 HAPI_URL=http://127.0.0.1:8090/fhir scripts/fhir-bench.sh
#
# Environment: POPULATION (200), VALIDATE (SCHEMA; ALL|KEPT|SCHEMA|STRUCTURE for --import, and the matching
# _validate for HTTP: ALL→profile, KEPT→kept, SCHEMA→schema; STRUCTURE is command-line only and HTTP uses schema),
# THREADS for --import (the number of cores), CLIENTS for HTTP (4), DBS ("postgres h2"), PORT (8097),
# BENCH_PG_DB (prolotrack_fhir_bench on 127.0.0.1:5432 as postgres; dropped and created for every run).
set -euo pipefail
cd "$(dirname "$0")/.."
population=${POPULATION:-${1:-200}}
validate=${VALIDATE:-SCHEMA}
threads=${THREADS:-$(nproc)}
clients=${CLIENTS:-4}
dbs=${DBS:-"postgres h2"}
port=${PORT:-8097}
db=${BENCH_PG_DB:-prolotrack_fhir_bench}
for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$c" ] && [ -x "$c/bin/java" ]; then JAVA_HOME=$c; break; fi
done
export JAVA_HOME
java="$JAVA_HOME/bin/java"
jar=target/prolotrack.jar
bundles=target/synthea-$population
if [ ! -d "$bundles" ] || [ "$(ls "$bundles" | wc -l)" -lt "$population" ]; then
  scripts/synthea.sh "$bundles" "$population" 42
fi
[ -f "$jar" ] || mvn -B -q -ntp package -DskipTests
[ -f target/test-classes/org/prolotrack/bench/FhirPostBench.class ] || mvn -B -q -ntp test-compile
case "$validate" in
  ALL) http_validate=profile ;; KEPT) http_validate=kept ;; *) http_validate=schema ;;
esac
if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then echo "port $port is in use; set PORT=..." >&2; exit 1; fi

work=$(mktemp -d /tmp/prolotrack-fhir-bench-XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
summary=()
declare -A post_seconds

# fresh_db NAME: prints the arguments that run ProloTrack on a new, empty database of that kind
fresh_db() {
  rm -rf "$work/data"
  if [ "$1" = postgres ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
    createdb -h 127.0.0.1 -U postgres "$db"
    # the postgres profile seeds nothing unless asked: the demo network gives clinic MAD and the admin account
    echo "--spring.profiles.active=postgres --prolotrack.demo.enabled=true"
  fi
}
run_env() {
  if [ "$1" = postgres ]; then
    echo "PROLOTRACK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PROLOTRACK_DB_USER=postgres"
  fi
}

echo "== $(ls "$bundles" | wc -l) bundles in $bundles ($(du -sh "$bundles" | cut -f1)); validation $validate;" \
     "--import $threads threads, HTTP $clients clients; $(nproc) cores; logs in $work"
for kind in $dbs; do
  echo
  echo "== $kind: --import"
  args=$(fresh_db "$kind")
  line=$(env $(run_env "$kind") PROLOTRACK_DATA_DIR="$work/data" "$java" -jar "$jar" $args --import="$bundles" \
      --clinic=MAD --validate="$validate" --import-threads="$threads" --logging.level.root=ERROR \
      2>"$work/import-$kind.log" | grep -E "^Imported" || true)
  echo "$line"
  summary+=("$(printf '%-10s --import        %s' "$kind" "$(sed -E 's/.* in ([0-9.]+) s: ([0-9.]+) bundles\/s, ([0-9]+) resources kept\/s.*/\1 s  \2 bundles\/s  \3 kept\/s/' <<<"$line")")")

  echo "== $kind: POST /fhir"
  args=$(fresh_db "$kind")
  # the largest Synthea bundle of 200 is 82 MB, over the default 64 MB limit of POST /fhir
  env $(run_env "$kind") PROLOTRACK_DATA_DIR="$work/data" PORT="$port" "$java" -jar "$jar" $args \
      --prolotrack.fhir.import.max-bundle-mb=128 \
      >"$work/server-$kind.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    kill -0 "$pid" 2>/dev/null || { echo "ProloTrack exited; see $work/server-$kind.log" >&2; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = "200" ] && break
    sleep 0.2
  done
  # one bundle first, not counted, so the figure is not the first request's class loading
  files=("$bundles"/*.json)
  first=${files[0]}
  curl -s -o /dev/null -u admin:prolotrack-demo -H 'X-ProloTrack-Clinic: MAD' -H 'Content-Type: application/fhir+json' \
       --data-binary @"$first" "http://127.0.0.1:$port/fhir?_validate=$http_validate"
  out=$("$java" -cp target/test-classes org.prolotrack.bench.FhirPostBench \
        "http://127.0.0.1:$port/fhir?_validate=$http_validate" "$bundles" "$clients" admin:prolotrack-demo \
        X-ProloTrack-Clinic:MAD)
  echo "$out" | grep -v '^RESULT'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  result=$(grep '^RESULT' <<<"$out")
  prolo_seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$result")
  post_seconds[$kind]=$prolo_seconds
  summary+=("$(printf '%-10s POST /fhir      %s s  %s bundles/s' "$kind" "$prolo_seconds" \
      "$(sed -E 's/.*bundlesPerSecond=([0-9.]+).*/\1/' <<<"$result")")")

done

if [ -n "${HAPI_URL:-}" ]; then
  # HAPI keeps what it was sent: post to a server that has not seen these bundles, or the figure is of updates
  echo
  echo "== HAPI FHIR JPA at $HAPI_URL: POST"
  out=$("$java" -cp target/test-classes org.prolotrack.bench.FhirPostBench "$HAPI_URL" "$bundles" "$clients")
  echo "$out" | grep -v '^RESULT'
  result=$(grep '^RESULT' <<<"$out")
  hapi_seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$result")
  summary+=("$(printf 'HAPI JPA   POST            %s s  %s bundles/s' "$hapi_seconds" \
      "$(sed -E 's/.*bundlesPerSecond=([0-9.]+).*/\1/' <<<"$result")")")
  for kind in "${!post_seconds[@]}"; do
    summary+=("$(printf 'ratio      HAPI JPA wall time / ProloTrack POST /fhir on %s: %s' "$kind" \
        "$(awk -v h="$hapi_seconds" -v p="${post_seconds[$kind]}" 'BEGIN { printf "%.1fx", h / p }')")")
  done
fi

echo
echo "== summary ($(ls "$bundles" | wc -l) bundles, validation $validate, $(nproc) cores)"
printf '%s\n' "${summary[@]}"
