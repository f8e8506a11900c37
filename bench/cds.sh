#!/usr/bin/env bash
# Faster start with class data sharing (Spring Boot's CDS recipe): extracts the packaged jar to
# target/cds/ and records a CDS archive of the classes the app loads up to its context refresh.
# Usage: bench/cds.sh   (needs JAVA_HOME >= 21: the archive works only on the JVM that made it)
# Then:  $JAVA_HOME/bin/java -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/brobygge-*.jar [command ...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/brobygge-*.jar | grep -v plain | head -1)
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
jar=$(ls target/brobygge-*.jar | grep -v plain | head -1)
rm -rf target/cds
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination target/cds
data=$(mktemp -d)
# The training run starts the app up to its context refresh (not serving), on an empty database.
"$JAVA_HOME/bin/java" -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh \
  -jar "target/cds/$(basename "$jar")" --server.port=0 --brobygge.embedded.data-dir="$data/neo4j" \
  --brobygge.embedded.bolt-port=0 > "$data/training.log" 2>&1
rm -rf "$data"
echo "CDS archive: target/cds/app.jsa; run: $JAVA_HOME/bin/java -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/$(basename "$jar")"
