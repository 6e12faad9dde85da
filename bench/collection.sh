#!/usr/bin/env bash
# Collections (issue 16): bench/collection.sh [ARTICLES]   (default 13000; 15000 for the library view)
#
#  1. writes a generated collection of ARTICLES articles (~11 KB each: 13,000 ≈ 150 MB) with
#     src/test/java/dev/folio/testing/CollectionGenerator.java, once, into bench/out/collection-N;
#  2. times building its search index from nothing (`folio --search`, an empty XDG_CACHE_HOME),
#     then an update that finds nothing changed, then one query as a whole process;
#  3. times the library's own work in one JVM (bench/LibraryTimes.java: list the folder, the
#     filter's answer to each key, read every title, queries on the built index); with --jmh also
#     the JMH LibraryBench of the Maven profile `bench` (its plugins must be in the local repository).
# Also the library view's first screen as a whole process in tmux (bench/viewer.sh).
# Take figures only on an idle machine. Results are appended to bench/out/results.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-13000}
OUT=bench/out
COLLECTION=$OUT/collection-$N
RESULTS=$OUT/results.md
mkdir -p "$OUT"
JAR=target/folio-0.1.0-all.jar
[ -f "$JAR" ] || mvn -B -o -q package -DskipTests
if [ ! -f "$COLLECTION/SUMMARY.md" ]; then
    echo "writing $N articles into $COLLECTION" >&2
    java src/test/java/dev/folio/testing/CollectionGenerator.java "$COLLECTION" "$N"
fi
say() { printf '%s\n' "$*" | tee -a "$RESULTS"; }
seconds() { local start=$1; python3 -c "import time,sys; print(f'{time.time()-float(sys.argv[1]):.2f}')" "$start"; }
CACHE=$(mktemp -d)
trap 'rm -rf "$CACHE"' EXIT
say ""
say "## Collection of $N articles ($(du -sh "$COLLECTION" | cut -f1)), $(date -u +%F), $(nproc) cores"
say "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# The library view's first screen, whole process (JVM start included), in tmux: until the first
# file's name shows. Own XDG folders, so nothing remembered changes what is shown.
XDG=$(mktemp -d)
first=$(ls "$COLLECTION/docs" | sort | awk 'NR == 1')
for run in 1 2 3; do
    secs=$(XDG_STATE_HOME=$XDG/state XDG_DATA_HOME=$XDG/data XDG_CACHE_HOME=$XDG/cache XDG_CONFIG_HOME=$XDG/config \
        bench/viewer.sh first-screen "$first" java -jar "$JAR" "$COLLECTION/docs")
    say "- library first screen, $(ls "$COLLECTION/docs" | wc -l) files, run $run (whole process, tmux): $secs s"
done
rm -rf "$XDG"
start=$(python3 -c 'import time; print(time.time())')
XDG_CACHE_HOME=$CACHE java -jar "$JAR" --search "服务网格" "$COLLECTION" >/dev/null
say "- index build from nothing (whole process): $(seconds "$start") s"
start=$(python3 -c 'import time; print(time.time())')
XDG_CACHE_HOME=$CACHE java -jar "$JAR" --search "服务网格" "$COLLECTION" >/dev/null
say "- nothing changed, one query (whole process: JVM start, a stat of every file, the query): $(seconds "$start") s"
# The library's own work in one JVM (listing, the filter per key, titles, queries on the index built above).
java -cp "$JAR" bench/LibraryTimes.java "$COLLECTION" "$CACHE/folio" | tee -a "$RESULTS"
# JMH (LibraryBench) where the Maven profile's plugins are at hand: bench/collection.sh N --jmh
if [ "${2:-}" = --jmh ]; then
    mvn -B -o -q -Pbench -DskipTests package -Dfolio.bench.collection="$PWD/$COLLECTION" -Dfolio.bench.cache="$CACHE" \
        -Djmh.args="LibraryBench -rf json -rff $PWD/$OUT/library-jmh.json" >"$OUT/library-jmh.log" 2>&1 ||
        { tail -n 30 "$OUT/library-jmh.log"; exit 1; }
    grep -E '^LibraryBench|^Benchmark' "$OUT/library-jmh.log" | tee -a "$RESULTS"
fi
say "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
