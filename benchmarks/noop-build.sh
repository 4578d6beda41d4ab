#!/usr/bin/env bash
# What oxen-maven-plugin costs a consumer's build, on a project that generates the models of
# models-list.json: the 19 of its 20 that publish a request schema (the plugin refuses to generate the
# chat model, which has none).
#
#   cold     `mvn generate-sources` with no snapshot and no generated source: the plugin fetches every
#            model from a loopback stand-in for Oxen and generates everything; against the same command
#            on the project without the plugin
#   no-op    `mvn compile` when nothing changed (snapshots present, -Doxen.fetch=never, as a build
#            with committed snapshots or `mvn -o` does), against the same build without the plugin,
#            whose src/main/java holds a copy of the generated sources
#   no-op, fetch=auto   the same no-op build in the plugin's default mode with -Doxen.updatePolicy=always,
#            which asks Oxen (here the loopback server) for every contract on every build (the default
#            update policy, daily, asks once a day and otherwise takes the fetch=never path)
#   no-op, auto daily   the same in the plugin's defaults: the cold build's fetch is recorded, so
#            within the day the build asks nobody
#   control  the project without the plugin, its generated sources in a folder that
#            build-helper-maven-plugin adds as a source root: the least any source-generating plugin
#            adds to a build (loading a plugin, running a mojo), for scale
#   skipped  the plugin's no-op build with -Doxen.skip=true: the plugin loaded and configured, adding
#            its source root and nothing else; what the no-op build costs beyond it is the goal's own work
#
# Every figure is the wall time of one `mvn` command: median, min and max of RUNS runs, the projects
# taking turns so that load from elsewhere falls on both alike. Nothing leaves the machine: Maven reads
# artifacts from a private local repository seeded from your own (read as a mirror, never written),
# and the plugin talks to 127.0.0.1 only. Your ~/.m2 is not written to.
#
# Usage (from anywhere, after `mvn -B -q package -DskipTests` at the root of the checkout):
#   benchmarks/noop-build.sh [RUNS]        RUNS defaults to 10
# Environment:
#   NOOP_WORK        work directory (default benchmarks/target/noop-build; emptied first)
#   MAVEN_USER_REPO  the local repository to read artifacts from (default ~/.m2/repository)
#   OXEN_ROOT        the checkout whose built jars are measured (default: this script's checkout)
set -euo pipefail

RUNS=${1:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${OXEN_ROOT:-$(cd "$HERE/.." && pwd)}
WORK=${NOOP_WORK:-$HERE/target/noop-build}
USER_REPO=${MAVEN_USER_REPO:-$HOME/.m2/repository}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN_JAR=$ROOT/maven-plugin/target/oxen-maven-plugin-$VERSION.jar
CORE_JAR=$ROOT/generator-core/target/generator-core-$VERSION.jar
BENCH_JAR=$HERE/target/benchmarks.jar

for jar in "$PLUGIN_JAR" "$CORE_JAR" "$BENCH_JAR"; do
  if [ ! -f "$jar" ]; then
    echo "missing $jar: run 'mvn -B -q package -DskipTests' at the root of the checkout first" >&2
    exit 1
  fi
done
if [ ! -d "$USER_REPO" ]; then
  echo "no local repository at $USER_REPO; set MAVEN_USER_REPO" >&2
  exit 1
fi

rm -rf "$WORK"
mkdir -p "$WORK"
REPO=$WORK/repository

echo "== $(date -u +%FT%TZ) on $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# -- a private local repository: our jars installed into it, everything else read from USER_REPO
install_file() { # file pom [packaging]
  if ! (cd "$WORK" && mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-install-plugin:3.2.0:install-file \
    -Dfile="$1" -DpomFile="$2" ${3:+-Dpackaging=$3} -DlocalRepositoryPath="$REPO") >> "$WORK/mvn.log" 2>&1; then
    tail -40 "$WORK/mvn.log" >&2
    echo "failed: installing $1 into $REPO" >&2
    exit 1
  fi
}
install_file "$ROOT/pom.xml" "$ROOT/pom.xml" pom
install_file "$CORE_JAR" "$ROOT/generator-core/pom.xml"
install_file "$PLUGIN_JAR" "$ROOT/maven-plugin/pom.xml"

cat > "$WORK/settings.xml" <<EOF
<settings>
  <!-- every artifact comes from the user's local repository, read as a remote one: no network -->
  <mirrors>
    <mirror><id>user-local-repository</id><mirrorOf>*</mirrorOf><url>file://$USER_REPO</url></mirror>
  </mirrors>
</settings>
EOF
MVN=(mvn -B -q -Dstyle.color=never -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO")
build() { # dir mvn-args...: Maven's output goes to mvn.log, and its tail to stderr when it fails
  local dir=$1
  shift
  if ! (cd "$dir" && "${MVN[@]}" "$@") >> "$WORK/mvn.log" 2>&1; then
    tail -40 "$WORK/mvn.log" >&2
    echo "failed: mvn $* in $dir (whole log: $WORK/mvn.log)" >&2
    exit 1
  fi
}

# -- the loopback Oxen, stopped when this script ends however it ends
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT
java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.LoopbackOxenServer \
  --port-file "$WORK/port" --max-seconds 7200 > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do
  [ -s "$WORK/port" ] && break
  sleep 0.1
done
if [ ! -s "$WORK/port" ]; then
  echo "the loopback Oxen did not start; see $WORK/server.log" >&2
  exit 1
fi
BASE_URL=http://127.0.0.1:$(cat "$WORK/port")
mapfile -t MODELS < <(java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.LoopbackOxenServer --list-ids)

# -- the consumer project, with and without the plugin
consumer_pom() { # artifactId plugin-xml
  cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>$1</artifactId>
  <version>1.0-SNAPSHOT</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>2.22.4</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
      </plugin>$2
    </plugins>
  </build>
</project>
EOF
}
MODEL_XML=$(printf '            <model>%s</model>\n' "${MODELS[@]}")
PLUGIN_XML="
      <plugin>
        <groupId>io.github.oxencodegen</groupId>
        <artifactId>oxen-maven-plugin</artifactId>
        <version>$VERSION</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
          </execution>
        </executions>
        <configuration>
          <packageName>com.example.oxen</packageName>
          <baseUrl>$BASE_URL</baseUrl>
          <models>
$MODEL_XML
          </models>
        </configuration>
      </plugin>"
CONTROL_XML="
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>build-helper-maven-plugin</artifactId>
        <version>3.6.2</version>
        <executions>
          <execution>
            <goals><goal>add-source</goal></goals>
            <configuration>
              <sources><source>src/main/generated</source></sources>
            </configuration>
          </execution>
        </executions>
      </plugin>"
WITH=$WORK/with-plugin
WITHOUT=$WORK/without-plugin
CONTROL=$WORK/control
APP='package com.example;

public final class App {
    public static void main(String[] args) {
        System.out.println(com.example.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest.MODEL_ID);
    }
}'
for project in "$WITH" "$WITHOUT" "$CONTROL"; do
  mkdir -p "$project/src/main/java/com/example"
  printf '%s\n' "$APP" > "$project/src/main/java/com/example/App.java"
done
consumer_pom oxen-consumer-with-plugin "$PLUGIN_XML" > "$WITH/pom.xml"
consumer_pom oxen-consumer-without-plugin "" > "$WITHOUT/pom.xml"
consumer_pom oxen-consumer-control "$CONTROL_XML" > "$CONTROL/pom.xml"

# the builds talk to the loopback server only, and never with a real key
unset OXEN_API_KEY

# -- warm-up, not timed: resolve every artifact into the private repository, generate, compile
build "$WITH" compile -Doxen.fetch=always
cp -r "$WITH/target/generated-sources/oxen/." "$WITHOUT/src/main/java/"
find "$WITHOUT/src/main/java" -name '.oxen-*' -delete
mkdir -p "$CONTROL/src/main/generated"
cp -r "$WITH/target/generated-sources/oxen/." "$CONTROL/src/main/generated/"
find "$CONTROL/src/main/generated" -name '.oxen-*' -delete
build "$WITHOUT" compile
build "$CONTROL" compile
SOURCES=$(find "$WITH/target/generated-sources/oxen" -name '*.java' | wc -l)
echo "== consumer: ${#MODELS[@]} models, $SOURCES generated sources; Oxen at $BASE_URL"

millis() { date +%s%3N; }
timed() { # file dir mvn-args...
  local file=$1 dir=$2 start
  shift 2
  start=$(millis)
  build "$dir" "$@"
  echo $(( $(millis) - start )) >> "$file"
}

# -- cold generation from loopback
for _ in $(seq "$RUNS"); do
  rm -rf "$WITH/target" "$WITH/src/main/oxen"
  timed "$WORK/cold-with.ms" "$WITH" generate-sources -Doxen.fetch=always
  timed "$WORK/cold-without.ms" "$WITHOUT" generate-sources
done

# -- no-op builds
build "$WITH" compile -Doxen.fetch=never
state() { # what a no-op build must not change: every generated source and class, with its time stamp
  find "$WITH/target/generated-sources" "$WITH/target/classes" "$WITH/src/main/oxen" -type f -printf '%p %T@\n' | sort | md5sum
}
BEFORE=$(state)
for _ in $(seq "$RUNS"); do
  timed "$WORK/noop-with.ms" "$WITH" compile -Doxen.fetch=never
  timed "$WORK/noop-without.ms" "$WITHOUT" compile
  timed "$WORK/noop-auto.ms" "$WITH" compile -Doxen.fetch=auto -Doxen.updatePolicy=always
  timed "$WORK/noop-daily.ms" "$WITH" compile -Doxen.fetch=auto
  timed "$WORK/noop-control.ms" "$CONTROL" compile
  timed "$WORK/noop-skip.ms" "$WITH" compile -Doxen.skip=true
done
if [ "$(state)" != "$BEFORE" ]; then
  echo "a no-op build rewrote generated sources, classes or snapshots: the no-op figures are not of a no-op" >&2
  exit 1
fi

# -- report
stats() { # file -> "median min max"
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%d %d %d\n", m, v[1], v[NR] }'
}
row() { # label file
  read -r median min max < <(stats "$2")
  printf '| %s | %d ms | %d–%d ms |\n' "$1" "$median" "$min" "$max"
}
ratio() { # file file -> median(a) / median(b)
  local a b
  a=$(stats "$1" | cut -d' ' -f1)
  b=$(stats "$2" | cut -d' ' -f1)
  awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f (%+.1f%%)", a / b, (a / b - 1) * 100 }'
}
{
  echo "| build ($RUNS runs each) | median | min–max |"
  echo "|---|---|---|"
  row "cold \`mvn generate-sources\`, plugin fetching ${#MODELS[@]} models from loopback" "$WORK/cold-with.ms"
  row "\`mvn generate-sources\` without the plugin" "$WORK/cold-without.ms"
  row "no-op \`mvn compile\` with the plugin, \`-Doxen.fetch=never\`" "$WORK/noop-with.ms"
  row "no-op \`mvn compile\` with the plugin, \`-Doxen.fetch=auto -Doxen.updatePolicy=always\` (loopback)" "$WORK/noop-auto.ms"
  row "no-op \`mvn compile\` with the plugin, \`-Doxen.fetch=auto\`, default update policy daily (asks nobody)" "$WORK/noop-daily.ms"
  row "no-op \`mvn compile\` without the plugin (sources checked in)" "$WORK/noop-without.ms"
  row "control: no-op \`mvn compile\` with build-helper \`add-source\` instead" "$WORK/noop-control.ms"
  row "no-op \`mvn compile\` with the plugin loaded but \`-Doxen.skip=true\` (adds its source root only)" "$WORK/noop-skip.ms"
  echo
  echo "no-op with / without the plugin (fetch=never): $(ratio "$WORK/noop-with.ms" "$WORK/noop-without.ms")"
  echo "no-op with / without the plugin (fetch=auto):  $(ratio "$WORK/noop-auto.ms" "$WORK/noop-without.ms")"
  echo "no-op with / without the plugin (auto, daily):  $(ratio "$WORK/noop-daily.ms" "$WORK/noop-without.ms")"
  echo "control (build-helper add-source) / without:    $(ratio "$WORK/noop-control.ms" "$WORK/noop-without.ms")"
  echo "plugin skipped / without:                        $(ratio "$WORK/noop-skip.ms" "$WORK/noop-without.ms")"
  echo "no-op with the plugin (fetch=never) / skipped:   $(ratio "$WORK/noop-with.ms" "$WORK/noop-skip.ms")"
  echo "cold generation over a build without the plugin: $(ratio "$WORK/cold-with.ms" "$WORK/cold-without.ms")"
  echo "no-op builds left every generated source, class and snapshot untouched"
  echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$WORK/results.md"
