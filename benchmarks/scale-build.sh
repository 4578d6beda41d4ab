#!/usr/bin/env bash
# oxen-maven-plugin on a consumer project that generates 300 models (ScaleFixture: the 19 models of
# models-list.json, then 281 variants of them with their own ids, limits, enums, required properties and
# nested objects), run end to end with the real plugin:
#
#   cold generate-sources   no target/, the snapshots committed (-Doxen.fetch=never): parse, generate, write
#   full compile            no target/, snapshots committed: generate-sources, then javac over everything
#   no-op compile           the same build again, nothing changed
#   cold, fetching          no target/ and no snapshot: the plugin fetches the 300 from a loopback Oxen
#                           (-Doxen.fetch=always), generates and writes the snapshots
#
# Each row: the wall time of one `mvn` command (median, min, max of RUNS runs) and the peak memory of
# Maven's JVM (the largest `Maximum resident set size` that /usr/bin/time -v reports; mvn execs java, so
# that is the JVM, with javac inside it: maven-compiler-plugin compiles in process). From the full
# compile's log (Maven's own timestamps, -Dorg.slf4j.simpleLogger.showDateTime) the time of each mojo:
# the plugin's generate goal and maven-compiler-plugin's compile, javac's share of the build. Then the
# generated lines per model, and fetchAll alone (FetchScale) at 1, 4, 8 and 16 requests in flight,
# against the loopback Oxen as it is and with SCALE_LATENCY_MS added to each answer (a stand-in for the
# real Oxen's round trip).
#
# Nothing leaves the machine: Maven reads artifacts from a private local repository seeded from your own
# (read as a mirror, never written), the plugin and FetchScale talk to 127.0.0.1 only, and the servers
# this script starts are stopped when it ends, however it ends. Your ~/.m2 is not written to.
#
# Usage (from anywhere, after `mvn -B -q package -DskipTests` at the root of the checkout):
#   benchmarks/scale-build.sh [RUNS]          RUNS defaults to 3
# Environment:
#   SCALE_WORK        work directory (default benchmarks/target/scale-build; emptied first)
#   SCALE_MODELS      how many models (default 300)
#   SCALE_LATENCY_MS  latency of the second loopback Oxen for the fetch rows (default 50)
#   MAVEN_USER_REPO   the local repository to read artifacts from (default ~/.m2/repository)
#   OXEN_ROOT         the checkout whose built jars are measured (default: this script's checkout)
set -euo pipefail

RUNS=${1:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${OXEN_ROOT:-$(cd "$HERE/.." && pwd)}
WORK=${SCALE_WORK:-$HERE/target/scale-build}
MODELS_COUNT=${SCALE_MODELS:-300}
LATENCY_MS=${SCALE_LATENCY_MS:-50}
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
if [ ! -x /usr/bin/time ]; then
  echo "this script needs GNU time at /usr/bin/time for the peak memory (Debian/Ubuntu: apt-get install time)" >&2
  exit 1
fi

rm -rf "$WORK"
mkdir -p "$WORK"
REPO=$WORK/repository
# a copy, so that rebuilding the checkout while this runs changes nothing under it
cp "$BENCH_JAR" "$WORK/benchmarks.jar"
BENCH_JAR=$WORK/benchmarks.jar
load() { cut -d' ' -f1 /proc/loadavg; }
echo "== $(date -u +%FT%TZ) on $(nproc) cores; $(uptime)"

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
MVN=(mvn -B -Dstyle.color=never -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO"
  -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

# -- the catalog and two loopback Oxens (as is, and with latency), stopped when this script ends
java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.ScaleFixture --models "$MODELS_COUNT" --out "$WORK/models.json" > /dev/null
SERVER_PIDS=()
stop_servers() {
  for pid in "${SERVER_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_servers EXIT
start_server() { # name latency-ms -> prints the base URL
  java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.LoopbackOxenServer --models-list "$WORK/models.json" \
    --latency-ms "$2" --port-file "$WORK/$1.port" --max-seconds 7200 > "$WORK/$1.log" 2>&1 &
  SERVER_PIDS+=($!)
  for _ in $(seq 100); do
    [ -s "$WORK/$1.port" ] && break
    sleep 0.1
  done
  if [ ! -s "$WORK/$1.port" ]; then
    echo "the loopback Oxen '$1' did not start; see $WORK/$1.log" >&2
    exit 1
  fi
}
start_server oxen 0
start_server slow-oxen "$LATENCY_MS"
BASE_URL=http://127.0.0.1:$(cat "$WORK/oxen.port")
SLOW_URL=http://127.0.0.1:$(cat "$WORK/slow-oxen.port")
mapfile -t MODELS < <(java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.LoopbackOxenServer --models-list "$WORK/models.json" --list-ids)

# -- the consumer project
PROJECT=$WORK/consumer
mkdir -p "$PROJECT/src/main/java/com/example"
cat > "$PROJECT/src/main/java/com/example/App.java" <<'EOF'
package com.example;

public final class App {
    public static void main(String[] args) {
        System.out.println(com.example.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest.MODEL_ID);
    }
}
EOF
MODEL_XML=$(printf '            <model>%s</model>\n' "${MODELS[@]}")
cat > "$PROJECT/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>oxen-consumer-300</artifactId>
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
      </plugin>
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
      </plugin>
    </plugins>
  </build>
</project>
EOF
unset OXEN_API_KEY # the builds talk to the loopback server only, and never with a real key

RUN_LOG=$WORK/run.log
timed() { # name mvn-args...: appends "ms maxrss-kB load" to $WORK/name.rows; Maven's output in $RUN_LOG
  local name=$1 start ms
  shift
  local before
  before=$(load)
  start=$(date +%s%3N)
  if ! (cd "$PROJECT" && /usr/bin/time -v -o "$WORK/time.txt" "${MVN[@]}" "$@") > "$RUN_LOG" 2>&1; then
    tail -40 "$RUN_LOG" >&2
    echo "failed: mvn $* in $PROJECT" >&2
    exit 1
  fi
  ms=$(( $(date +%s%3N) - start ))
  echo "$ms $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt") $before" >> "$WORK/$name.rows"
}
mojo_ms() { # log mojo-pattern -> ms from that mojo's first line to the next mojo's (or the build's end)
  awk -v pattern="$2" '
    function ms(t) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+ / {
      if (start != "" && end == "" && ($0 ~ / --- / || $0 ~ /BUILD SUCCESS/)) end = ms($1)
      if (start == "" && $0 ~ pattern) start = ms($1)
    }
    END { print end - start }' "$1"
}

# -- warm-up, not timed: resolve every artifact into the private repository, fetch, generate, compile
(cd "$PROJECT" && "${MVN[@]}" -q compile -Doxen.fetch=always) > "$RUN_LOG" 2>&1 || { tail -40 "$RUN_LOG" >&2; exit 1; }
echo "== consumer: ${#MODELS[@]} models from $BASE_URL"

for _ in $(seq "$RUNS"); do
  rm -rf "$PROJECT/target"
  timed cold-generate generate-sources -Doxen.fetch=never
  rm -rf "$PROJECT/target"
  timed full-compile compile -Doxen.fetch=never
  mojo_ms "$RUN_LOG" 'oxen-maven-plugin:[^ ]*:generate' >> "$WORK/generate-mojo.ms"
  mojo_ms "$RUN_LOG" 'maven-compiler-plugin:[^ ]*:compile' >> "$WORK/compiler-mojo.ms"
  timed noop-compile compile -Doxen.fetch=never
  grep -q 'Generated sources are up to date' "$RUN_LOG" || { echo "the no-op build regenerated sources" >&2; exit 1; }
  rm -rf "$PROJECT/target" "$PROJECT/src/main/oxen"
  timed cold-fetching generate-sources -Doxen.fetch=always
done

# -- what was generated
GENERATED=$PROJECT/target/generated-sources/oxen
rm -rf "$PROJECT/target" && (cd "$PROJECT" && "${MVN[@]}" -q generate-sources -Doxen.fetch=never) > "$RUN_LOG" 2>&1
ALL_FILES=$(find "$GENERATED" -name '*.java' | wc -l)
ALL_LINES=$(find "$GENERATED" -name '*.java' -print0 | xargs -0 cat | wc -l)
MODEL_LINES=$(find "$GENERATED/com/example/oxen" -mindepth 2 -name '*.java' -print0 | xargs -0 cat | wc -l)
MODEL_FILES=$(find "$GENERATED/com/example/oxen" -mindepth 2 -name '*.java' | wc -l)

# -- fetchAll alone, by bound
java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.FetchScale --base-url "$BASE_URL" \
  --models-list "$WORK/models.json" --runs 5 > "$WORK/fetch-loopback.md"
LOAD_FETCH_1=$(load)
java -cp "$BENCH_JAR" io.github.oxencodegen.benchmarks.FetchScale --base-url "$SLOW_URL" \
  --models-list "$WORK/models.json" --runs 3 > "$WORK/fetch-latency.md"
LOAD_FETCH_2=$(load)

# -- report
stats() { # column file -> "median min max"
  cut -d' ' -f"$1" "$2" | sort -n | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%d %d %d\n", m, v[1], v[NR] }'
}
row() { # label name
  local median min max rss loads
  read -r median min max < <(stats 1 "$WORK/$2.rows")
  rss=$(cut -d' ' -f2 "$WORK/$2.rows" | sort -n | tail -1)
  loads=$(cut -d' ' -f3 "$WORK/$2.rows" | sort -n | awk 'NR == 1 { a = $1 } { b = $1 } END { print a "–" b }')
  printf '| %s | %d ms | %d–%d ms | %d MB | %s |\n' "$1" "$median" "$min" "$max" $(( rss / 1024 )) "$loads"
}
{
  echo "| \`mvn\` command, ${#MODELS[@]} models ($RUNS runs each) | median | min–max | peak RSS of Maven's JVM | load (1 min) |"
  echo "|---|---:|---:|---:|---:|"
  row "cold \`generate-sources\`, from the snapshots (\`-Doxen.fetch=never\`)" cold-generate
  row "full \`compile\` from no \`target/\`, from the snapshots" full-compile
  row "no-op \`compile\` (nothing changed)" noop-compile
  row "cold \`generate-sources\` fetching all from the loopback Oxen (\`-Doxen.fetch=always\`, no snapshot)" cold-fetching
  echo
  read -r gen_median _ _ < <(stats 1 "$WORK/generate-mojo.ms")
  read -r javac_median _ _ < <(stats 1 "$WORK/compiler-mojo.ms")
  read -r full_median _ _ < <(stats 1 "$WORK/full-compile.rows")
  echo "full compile, by Maven's timestamps (medians): oxen:generate $gen_median ms, maven-compiler-plugin:compile $javac_median ms" \
    "= $(awk -v a="$javac_median" -v b="$full_median" 'BEGIN { printf "%.0f%%", a * 100 / b }') of the build's $full_median ms"
  echo "generated: $ALL_FILES files, $ALL_LINES lines; in the models' packages $MODEL_FILES files, $MODEL_LINES lines" \
    "= $(( MODEL_LINES / ${#MODELS[@]} )) lines per model (the rest: support types and client, once per project)"
  echo
  echo "fetchAll of the ${#MODELS[@]} models from the loopback Oxen (load at the end $LOAD_FETCH_1):"
  cat "$WORK/fetch-loopback.md"
  echo
  echo "the same with ${LATENCY_MS} ms added to each answer (load at the end $LOAD_FETCH_2):"
  cat "$WORK/fetch-latency.md"
  echo
  echo "$(uptime)"
} | tee "$WORK/results.md"
