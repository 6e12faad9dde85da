#!/usr/bin/env bash
# Scrolling past 50 pictures, key → frame, for each way of drawing them (and images off), and
# the decode time of one picture: bench/pictures.sh [KEYS]. Prints a Markdown table; copy it
# into docs/benchmarks.md when it matters (figures of an idle machine only).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -o -q test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$cp")" dev.folio.tui.ScrollPicturesTiming "${1:-2000}"
