#!/usr/bin/env bash
# bench/targets.sh [FOLIO]: issue 12's start-up and big-file targets, each measured side by side with
# its peer in one run, with the ratio the target is about. A few minutes; run on an idle machine
# (the load average is printed first and last: compare it with the core count).
#
#   1. folio -p --color=always -w 100 SEED, and other option sets, against
#      python3 -m rich.markdown -c -w 100 SEED            (target: ratio ≤ 1.0)
#   2. the viewer's first screen of the seed in tmux, against less's   (target: ≤ 150 ms)
#   3. folio -p on 10 MB and 50 MB against lowdown -Tterm, time and peak RSS
#                                      (targets: 10 MB ≤ 3×, ≤ 300 MB; 50 MB ≤ 2×, RSS ≤ lowdown's)
#   4. key → repainted screen on 10 MB                                (target: ≤ 16 ms)
# FOLIO defaults to the installed folio (command -v folio); the peers are Debian's python3-rich,
# lowdown, hyperfine and tmux (apt-get install python3-rich lowdown hyperfine tmux).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FOLIO=${1:-$(command -v folio || true)}
[ -x "$FOLIO" ] || { echo "bench/targets.sh: no folio to measure (install it, or pass its path)" >&2; exit 2; }
for tool in hyperfine tmux lowdown; do
    command -v "$tool" >/dev/null || { echo "bench/targets.sh: $tool is not installed" >&2; exit 2; }
done
RICH=(/usr/bin/python3 -m rich.markdown)
/usr/bin/python3 -c 'import rich' 2>/dev/null || { echo "bench/targets.sh: python3-rich is not installed" >&2; exit 2; }
SEED=${FOLIO_SEED:-../shared/seed/000_53bfc50028b0be02.txt}
[ -f "$SEED" ] || { echo "bench/targets.sh: the seed article is not at $SEED (set FOLIO_SEED)" >&2; exit 2; }
OUT=bench/out
mkdir -p "$OUT"
[ -f "$OUT/doc-50m.md" ] && [ -f "$OUT/doc-10m.md" ] || java bench/GenerateDocs.java "$OUT" >/dev/null

median_of() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(' '.join('%.4f' % x['median'] for x in r))" "$1"; }
cpu_of() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(' '.join('%.4f' % (x['user'] + x['system']) for x in r))" "$1"; }
ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
ms() { python3 -c "import sys; print('%.0f ms' % (float(sys.argv[1]) * 1000))" "$1"; }

echo "# issue 12 targets, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "- machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- folio: $FOLIO ($("$FOLIO" --version))"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## 1. A short article, printed (hyperfine, 30 runs; median wall, mean CPU)"
echo
echo "| command | wall | CPU | wall ratio to rich |"
echo "|---|---|---|---|"
forms=("-p --color=always -w 100" "-p" "-p --color=always --hyperlinks=always --theme=light -w 72 --no-remember --encoding=UTF-8")
commands=("${RICH[*]} -c -w 100 $SEED")
for f in "${forms[@]}"; do commands+=("$FOLIO $f $SEED"); done
hyperfine -N --warmup 3 --runs 30 --export-json "$OUT/targets-short.json" --output=pipe "${commands[@]}" >/dev/null 2>&1
read -r -a walls <<<"$(median_of "$OUT/targets-short.json")"
read -r -a cpus <<<"$(cpu_of "$OUT/targets-short.json")"
echo "| rich: python3 -m rich.markdown -c -w 100 SEED | $(ms "${walls[0]}") | $(ms "${cpus[0]}") | 1.00 |"
for i in "${!forms[@]}"; do
    k=$((i + 1))
    echo "| folio ${forms[$i]} SEED | $(ms "${walls[$k]}") | $(ms "${cpus[$k]}") | $(ratio "${walls[$k]}" "${walls[0]}") |"
done
echo

echo "## 2. The viewer's first screen of the seed in tmux, 100×30 (median of 9)"
echo
first_line='AWS 加入云计算原生计算基金会'
firsts() { for _ in 1 2 3 4 5 6 7 8 9; do bench/viewer.sh first-screen "$first_line" "$@"; done | sort -g | awk '{a[NR]=$1} END {print a[5]}'; }
folio_first=$(firsts "$FOLIO" --no-remember "$SEED")
less_first=$(firsts less "$SEED")
echo "| viewer | first screen | ratio to less |"
echo "|---|---|---|"
echo "| less | $(ms "$less_first") | 1.00 |"
echo "| folio | $(ms "$folio_first") | $(ratio "$folio_first" "$less_first") |"
echo

echo "## 3. Big documents, printed (hyperfine, 3 runs; peak RSS the largest of 3 runs)"
echo
echo "| document | folio | lowdown | ratio | folio RSS | lowdown RSS |"
echo "|---|---|---|---|---|---|"
rss() { for _ in 1 2 3; do /usr/bin/time -f '%M' -o "$OUT/.rss" "$@" >/dev/null 2>&1 || true; cat "$OUT/.rss"; done | sort -g | tail -n 1; }
for size in 10m 50m; do
    doc="$OUT/doc-$size.md"
    hyperfine -N --warmup 1 --runs 3 --export-json "$OUT/targets-$size.json" --output=pipe \
        "$FOLIO -p --color=always -w 100 $doc" "lowdown -Tterm $doc" >/dev/null 2>&1
    read -r -a walls <<<"$(median_of "$OUT/targets-$size.json")"
    echo "| doc-$size.md | ${walls[0]} s | ${walls[1]} s | $(ratio "${walls[0]}" "${walls[1]}") |" \
        "$(($(rss "$FOLIO" -p --color=always -w 100 "$doc") / 1024)) MB | $(($(rss lowdown -Tterm "$doc") / 1024)) MB |"
done
echo

echo "## 4. Keys on 10 MB in the viewer (key → repainted screen, median of 20)"
echo
keys=$(bench/viewer.sh key-latency '第 1 节' "$FOLIO" --no-remember "$OUT/doc-10m.md" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "folio: $keys ms (tmux polling included)"
echo
echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
