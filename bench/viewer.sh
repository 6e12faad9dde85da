#!/usr/bin/env bash
# bench/viewer.sh first-screen TEXT COMMAND…   seconds from start until TEXT is on a 100×30 screen
# bench/viewer.sh key-latency  TEXT COMMAND…   milliseconds from a key (j, then Space, …) to the
#                                             repainted screen, one line per key, once TEXT shows
#                                             and the whole document is read and laid out
# bench/viewer.sh search QUERY TEXT COMMAND…   once the document is whole: milliseconds from typing
#                                             /QUERY to the first match counted in the prompt, to
#                                             the whole count, and for a j pressed while it searches
# The viewer runs in a private tmux server; the screen is read with capture-pane every few ms, so
# key latencies include up to one polling interval (about 3 ms) and tmux's own time.
set -euo pipefail
mode=$1
if [ "$mode" = search ]; then
    query=$2
    shift
fi
expect=$2
shift 2
sock="folio-bench-$$"
t() { tmux -L "$sock" "$@"; }
trap 't kill-server 2>/dev/null || true' EXIT
now() { date +%s%N; }
screen() { t capture-pane -p -t s 2>/dev/null || true; }

cmd=$(printf '%q ' "$@")
start=$(now)
t -f /dev/null new-session -d -s s -x 100 -y 30 "export TERM=xterm-256color; $cmd; sleep 600"
until screen | grep -qF -- "$expect"; do
    if [ $(( ($(now) - start) / 1000000000 )) -ge 120 ]; then
        echo "timeout" >&2
        exit 1
    fi
    sleep 0.003
done
shown=$(now)
if [ "$mode" = first-screen ]; then
    awk -v ns=$((shown - start)) 'BEGIN { printf "%.3f\n", ns / 1e9 }'
    exit 0
fi
# Keys are timed once the document is whole: wait while the status line shows progress.
until ! screen | grep -qE 'reading…|laying out…'; do
    if [ $(( ($(now) - start) / 1000000000 )) -ge 300 ]; then
        break
    fi
    sleep 0.2
done
sleep 1 # let the viewer settle (JIT)
if [ "$mode" = search ]; then
    t send-keys -t s /
    sent=$(now)
    t send-keys -t s -l "$query"
    until screen | grep -qE "^/.*(match [0-9]+/[0-9]+|[0-9]+ found)"; do sleep 0.003; done
    first=$(now)
    until screen | grep -qE "^/.*(match [0-9]+/[0-9]+ *$|not found)"; do sleep 0.003; done
    whole=$(now)
    echo "first match counted: $(( (first - sent) / 1000000 )) ms; whole count: $(( (whole - sent) / 1000000 )) ms ($(screen | tail -1 | tr -s ' '))"
    t send-keys -t s Enter
    t send-keys -t s /
    t send-keys -t s -l "${query}x"
    t send-keys -t s Enter
    before=$(screen)
    sent=$(now)
    t send-keys -t s j
    while [ "$(screen)" = "$before" ]; do sleep 0.002; done
    echo "j while searching again: $(( ($(now) - sent) / 1000000 )) ms"
    exit 0
fi
for key in j j j j j Space Space Space Space Space j j j j j Space Space Space Space Space; do
    before=$(screen)
    sent=$(now)
    t send-keys -t s "$key"
    while [ "$(screen)" = "$before" ]; do
        if [ $(( ($(now) - sent) / 1000000 )) -ge 5000 ]; then
            break
        fi
    done
    awk -v ns=$(($(now) - sent)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
    sleep 0.2
done
