#!/usr/bin/env bash
# folio's benchmark, one command: bench/run.sh [--quick] [--no-jmh]
#
#  1. builds folio and installs it under bench/out/prefix with install.sh (the fast configuration
#     a user gets: best JDK, class data, launcher options);
#  2. writes the documents (bench/GenerateDocs.java): 4 KB, 100 KB, 1 MB, 10 MB, 50 MB, plus the
#     seed article when it is there;
#  3. times whole-process `folio -p` with hyperfine against plain `java -jar` and the peers that
#     are installed (lowdown, pandoc, rich), and peak RSS with /usr/bin/time;
#  4. times the viewer in tmux: the first screen of each document, and key → repainted screen;
#  5. runs the JMH benchmarks (parse, layout, print per MB; viewer keys, search and resize on
#     10 MB) in the Maven profile `bench`.
# Results: bench/out/results.md (a table per measure, with the machine and date), and the raw
# hyperfine and JMH JSON next to it. Copy the tables into docs/benchmarks.md when they matter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

QUICK=0 JMH=1
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        --no-jmh) JMH=0 ;;
        *) sed -n '2,15p' "$0"; exit 2 ;;
    esac
done
for tool in hyperfine tmux java mvn; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is not installed" >&2; exit 2; }
done

OUT=bench/out
RESULTS=$OUT/results.md
# The seed article, if this checkout sits beside the project's shared files (FOLIO_SEED overrides).
SEED=${FOLIO_SEED:-}
for candidate in ../shared/seed/000_53bfc50028b0be02.txt ../../shared/seed/000_53bfc50028b0be02.txt; do
    [ -z "$SEED" ] && [ -f "$candidate" ] && SEED=$candidate
done
mkdir -p "$OUT"
runs() { if [ "$QUICK" = 1 ]; then echo $(( ($1 + 1) / 2 )); else echo "$1"; fi; }
say() { printf '%s\n' "$*" | tee -a "$RESULTS"; }

echo "Installing folio under $OUT/prefix…"
PREFIX="$PWD/$OUT/prefix" ./install.sh >"$OUT/install.log" 2>&1 || { cat "$OUT/install.log"; exit 1; }
FOLIO="$PWD/$OUT/prefix/bin/folio"
JAR="$PWD/$OUT/prefix/share/folio/folio.jar"
INSTALLED_JAVA=$(sed -n "s/^INSTALLED_JAVA='\(.*\)'$/\1/p" "$FOLIO")

[ -f "$OUT/doc-50m.md" ] && [ -f "$OUT/doc-1m.md" ] || java bench/GenerateDocs.java "$OUT"
DOCS=()
[ -n "$SEED" ] && [ -f "$SEED" ] && DOCS+=("$SEED")
DOCS+=("$OUT/doc-4k.md" "$OUT/doc-100k.md" "$OUT/doc-10m.md" "$OUT/doc-50m.md")

: >"$RESULTS"
say "# folio benchmark"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
say "- machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(free -g | awk '/^Mem/ {print $2}') GB"
say "- folio's JDK: $("$INSTALLED_JAVA" -version 2>&1 | head -n 1) ($INSTALLED_JAVA), class data: $(ls "$OUT"/prefix/share/folio/ | grep -E 'aot|jsa' || echo none)"
say "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say ""

size_of() { du -h --apparent-size "$1" | cut -f1; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# --- whole process -----------------------------------------------------------------------------
say "## folio -p, whole process (hyperfine, median wall time)"
say ""
say "| document | folio (installed) | java -jar, no tuning | lowdown | pandoc | rich |"
say "|---|---|---|---|---|---|"
for doc in "${DOCS[@]}"; do
    bytes=$(stat -c %s "$doc")
    if [ "$bytes" -lt 200000 ]; then n=$(runs 20); elif [ "$bytes" -lt 20000000 ]; then n=$(runs 5); else n=$(runs 3); fi
    commands=("$FOLIO -p $doc" "java -jar $JAR -p $doc")
    names=(folio plain)
    command -v lowdown >/dev/null && { commands+=("lowdown -Tterm $doc"); names+=(lowdown); }
    command -v pandoc >/dev/null && [ "$bytes" -lt 20000000 ] && { commands+=("pandoc -t plain $doc"); names+=(pandoc); }
    command -v rich >/dev/null && [ "$bytes" -lt 2000000 ] && { commands+=("rich --force-terminal $doc"); names+=(rich); }
    json="$OUT/hyperfine-$(basename "$doc" .md).json"
    hyperfine -N --warmup 1 --runs "$n" --export-json "$json" --output=pipe "${commands[@]}" >/dev/null 2>&1 || true
    row="| $(basename "$doc") ($(size_of "$doc")) |"
    for name in folio plain lowdown pandoc rich; do
        i=-1
        for k in "${!names[@]}"; do [ "${names[$k]}" = "$name" ] && i=$k; done
        if [ "$i" -lt 0 ] || [ ! -f "$json" ]; then
            row="$row – |"
        else
            row="$row $(python3 -c "import json,sys; r=json.load(open('$json'))['results'][$i]; print('%.3f s' % r['median'])" 2>/dev/null || echo '?') |"
        fi
    done
    say "$row"
done
say ""

say "## Peak RSS (/usr/bin/time, largest of 3 runs)"
say ""
say "| document | folio | lowdown |"
say "|---|---|---|"
for doc in "$OUT/doc-10m.md" "$OUT/doc-50m.md"; do
    rss() { for _ in 1 2 3; do /usr/bin/time -f '%M' -o "$OUT/.rss" "$@" >/dev/null 2>&1 || true; cat "$OUT/.rss"; done | sort -g | tail -n 1; }
    folio_rss=$(rss "$FOLIO" -p "$doc")
    lowdown_rss=$(command -v lowdown >/dev/null && rss lowdown -Tterm "$doc" || echo "")
    say "| $(basename "$doc") | $((folio_rss / 1024)) MB | ${lowdown_rss:+$((lowdown_rss / 1024)) MB} |"
done
say ""

# --- viewer in tmux ----------------------------------------------------------------------------
say "## Viewer in tmux, 100×30 (median)"
say ""
say "| document | first screen | key → repainted screen (j, Space) |"
say "|---|---|---|"
for doc in "$OUT/doc-100k.md" "$OUT/doc-10m.md" "$OUT/doc-50m.md"; do
    first=$(for _ in $(seq "$(runs 3)"); do bench/viewer.sh first-screen '第 1 节' "$FOLIO" "$doc"; done | median)
    keys=$(bench/viewer.sh key-latency '第 1 节' "$FOLIO" "$doc" | median)
    say "| $(basename "$doc") | ${first} s | ${keys} ms |"
done
reference=$(bench/viewer.sh key-latency '第 1 节' less "$OUT/doc-100k.md" | median)
say ""
say "For scale, the same key measure on less(1): ${reference} ms (tmux and polling)."
say ""

# --- JMH ---------------------------------------------------------------------------------------
if [ "$JMH" = 1 ]; then
    echo "JMH (a few minutes)…"
    jmh_args="-rf json -rff $PWD/$OUT/jmh.json"
    [ "$QUICK" = 1 ] && jmh_args="$jmh_args -wi 1 -i 2"
    mvn -B -q -Pbench -DskipTests package -Dfolio.bench.docs="$PWD/$OUT" -Djmh.args="$jmh_args" >"$OUT/jmh.log" 2>&1 ||
        { tail -n 30 "$OUT/jmh.log"; exit 1; }
    say "## JMH (steady state, ms per operation; PipelineBench on 1 MB = ms per MB)"
    say ""
    say "| benchmark | score | error |"
    say "|---|---|---|"
    python3 - "$OUT/jmh.json" <<'PY' | tee -a "$RESULTS"
import json, sys
for r in json.load(open(sys.argv[1])):
    m = r["primaryMetric"]
    name = r["benchmark"].replace("dev.folio.bench.", "")
    err = m.get("scoreError")
    print("| %s (%s) | %.3f %s | %s |" % (name, r["mode"], m["score"], m["scoreUnit"],
          "±%.3f" % err if isinstance(err, float) and err == err else ""))
PY
    say ""
fi
echo "Results: $RESULTS"
