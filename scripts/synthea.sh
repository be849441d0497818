#!/usr/bin/env bash
# Generates synthetic patients with Synthea (org.mitre.synthea:synthea:3.3.0) as FHIR R4 bundles, one per patient.
# Synthea stays OUT of ProloTrack's classpath: it is resolved from Maven Central into the local repository and run
# in its own JVM. Deterministic: a fixed seed, clinician seed, reference date and end date give the same patients.
#
#   scripts/synthea.sh [OUTPUT_DIR] [POPULATION] [SEED]
#   e.g. scripts/synthea.sh target/synthea 200 42
#
# Environment: SYNTHEA_DATE (yyyyMMdd, default 20250101) is both the reference date and the end date;
# SYNTHEA_YEARS (default 10) years of history exported; MAVEN_OPTS/JAVA_HOME as usual.
# Offline: after the first run (or `mvn dependency:get -Dartifact=org.mitre.synthea:synthea:3.3.0`) it runs with
# `mvn -o` and needs no network (Synthea itself reads only its own jar).
set -euo pipefail
out=$(realpath -m "${1:-target/synthea}")
population=${2:-200}
seed=${3:-42}
date=${SYNTHEA_DATE:-20250101}
years=${SYNTHEA_YEARS:-10}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.prolotrack.tools</groupId><artifactId>synthea-runner</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.mitre.synthea</groupId><artifactId>synthea</artifactId><version>3.3.0</version></dependency>
  </dependencies>
</project>
POM
offline=""
if [ -f "$HOME/.m2/repository/org/mitre/synthea/synthea/3.3.0/synthea-3.3.0.jar" ]; then offline="-o"; fi
mvn -B -q -ntp $offline -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2 \
  || mvn -B -q -ntp -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2

rm -rf "$out"
mkdir -p "$out"
cd "$work"   # Synthea writes a few scratch files to the working directory
"$java" -Xmx1g -cp "$(cat "$work/cp.txt")" App \
  -s "$seed" -cs "$seed" -r "$date" -e "$date" -p "$population" \
  --exporter.baseDirectory="$work/output/" \
  --exporter.fhir.export=true --exporter.fhir.transaction_bundle=true \
  --exporter.hospital.fhir.export=false --exporter.practitioner.fhir.export=false \
  --exporter.metadata.export=false --exporter.ccda.export=false --exporter.csv.export=false \
  --exporter.text.export=false --exporter.json.export=false --exporter.fhir.bulk_data=false \
  --exporter.years_of_history="$years" --generate.only_alive_patients=true \
  Massachusetts >&2
cp "$work"/output/fhir/*.json "$out"/
echo "$(ls "$out" | wc -l) bundles in $out ($(du -sh "$out" | cut -f1))"
