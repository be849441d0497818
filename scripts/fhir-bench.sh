#!/usr/bin/env bash
# FHIR import benchmark: generates Synthea patients (fixed seed and end date, see scripts/synthea.sh), then imports
# them through the command-line path into H2 (a fresh file database) and into PostgreSQL (a fresh database), and
# prints what the import measured: bundles per second and resources kept per second.
#
#   scripts/fhir-bench.sh [POPULATION=200] [VALIDATE=KEPT|ALL|SCHEMA|STRUCTURE] [THREADS=2]
# Environment: BENCH_PG_DB (default prolotrack_fhir_bench) on 127.0.0.1:5432 as postgres (it is dropped and created).
set -euo pipefail
cd "$(dirname "$0")/.."
population=${1:-200}
validate=${2:-KEPT}
threads=${3:-2}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$JAVA_HOME/bin/java"
bundles=target/synthea-$population
if [ ! -d "$bundles" ] || [ "$(ls "$bundles" | wc -l)" -lt "$population" ]; then
  scripts/synthea.sh "$bundles" "$population" 42
fi
[ -f target/prolotrack.jar ] || mvn -B -q -ntp package -DskipTests
echo "== $(ls "$bundles" | wc -l) bundles, $(du -sh "$bundles" | cut -f1); validation $validate; $threads threads; $(nproc) cores"

data=$(mktemp -d)
echo "== H2 (file database under $data)"
PROLOTRACK_DATA_DIR="$data" "$java" -jar target/prolotrack.jar --import="$bundles" --clinic=MAD \
  --validate="$validate" --import-threads="$threads" --logging.level.root=ERROR 2>/dev/null | grep -E "^Imported"
rm -rf "$data"

db=${BENCH_PG_DB:-prolotrack_fhir_bench}
echo "== PostgreSQL (database $db)"
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
# the postgres profile seeds no demo data: create the clinic first with the embedded default's demo seeding
PROLOTRACK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" "$java" -jar target/prolotrack.jar \
  --spring.profiles.active=postgres --prolotrack.demo.enabled=true --import="$bundles" --clinic=MAD \
  --validate="$validate" --import-threads="$threads" --logging.level.root=ERROR 2>/dev/null | grep -E "^Imported"
