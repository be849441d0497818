#!/usr/bin/env bash
# Measures ProloTrack's cold start on the embedded default: builds the jar if missing, starts it on a fresh temporary
# data folder (so the demo network is seeded), waits until http://localhost:$PORT/login answers AND the demo seed has
# finished, then prints the wall-clock time to ready and the resident memory (VmRSS) of the process, and stops it.
#
#   scripts/measure-startup.sh            # the tuned JVM flags below
#   scripts/measure-startup.sh --aot      # also uses a JDK 25 AOT cache (trained once into target/prolotrack.aot)
#   JAVA_OPTS="..." scripts/measure-startup.sh   # try other flags
#   RUNS=3 scripts/measure-startup.sh     # several cold starts in a row
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8080}
RUNS=${RUNS:-1}
JAR=target/prolotrack.jar
AOT_CACHE=target/prolotrack.aot
DEFAULT_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:CICompilerCount=2"
JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_OPTS}
use_aot=0
[ "${1:-}" = "--aot" ] && use_aot=1

for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$c" ] && [ -x "$c/bin/java" ]; then JAVA_HOME=$c; break; fi
done
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

if [ ! -f "$JAR" ]; then
  echo "building $JAR (mvn -B -ntp -DskipTests package) ..."
  mvn -B -ntp -q -DskipTests package
fi
if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then
  echo "port $PORT is in use; stop what runs there or set PORT=..." >&2
  exit 1
fi

start_once() { # $1 = extra JVM options; prints "<ms> <rss-kB> <seed-log-line>"
  local data log pid t0 t1 rss
  data=$(mktemp -d /tmp/prolotrack-measure-XXXXXX)
  log="$data/app.log"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  PROLOTRACK_DATA_DIR="$data" PORT="$PORT" "$JAVA" $JAVA_OPTS $1 -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "ProloTrack exited; log:" >&2; cat "$log" >&2; exit 1; fi
    if grep -q "Seeded the demo network" "$log" \
       && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login")" = "200" ]; then
      break
    fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$(( (t1 - t0) / 1000000 )) $rss $(grep -o 'Seeded the demo network.*ms' "$log" | head -1 | sed 's/;.*//')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}

AOT_OPTS=""
if [ $use_aot -eq 1 ]; then
  # the AOT cache covers classes on the plain class path, so run the extracted layout (lib/ next to the jar)
  EXTRACTED=target/prolotrack-extracted
  if [ ! -f "$EXTRACTED/prolotrack.jar" ] || [ "$EXTRACTED/prolotrack.jar" -ot "$JAR" ]; then
    rm -rf "$EXTRACTED"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
    rm -f "$AOT_CACHE"
  fi
  JAR="$EXTRACTED/prolotrack.jar"
  if [ ! -f "$AOT_CACHE" ] || [ "$AOT_CACHE" -ot "$JAR" ]; then
    echo "training the AOT cache $AOT_CACHE (one start and stop) ..."
    start_once "-XX:AOTCacheOutput=$AOT_CACHE" >/dev/null
  fi
  AOT_OPTS="-XX:AOTCache=$AOT_CACHE"
fi

echo "java:      $("$JAVA" -version 2>&1 | head -1)"
echo "cores:     $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM flags: $JAVA_OPTS $AOT_OPTS"
for run in $(seq 1 "$RUNS"); do
  read -r ms rss seeded <<<"$(start_once "$AOT_OPTS")"
  printf 'run %d: ready in %d.%03d s (login page answers, demo seeded), RSS %d MB  [%s]\n' \
    "$run" $((ms / 1000)) $((ms % 1000)) $((rss / 1024)) "$seeded"
done
