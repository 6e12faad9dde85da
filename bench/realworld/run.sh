#!/usr/bin/env bash
# Extracts the real-world corpus (bench/realworld/corpus.tsv) from fetched repository snapshots into
# bench/realworld/docs/ (git-ignored; never commit the documents) and checks folio on each at 40, 80
# and 120 columns (see Check.java). Needs the jar (mvn -B -o -q package -DskipTests) and pandoc.
#   MIRROR=/work/.mirror bench/realworld/run.sh [--quick]   (--quick: lay out in-process only, no program runs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mirror="${MIRROR:-/work/.mirror}"
jar="$root/target/folio-0.1.0-all.jar"
docs="$here/docs"
[ -f "$jar" ] || { echo "no $jar: build it with mvn -B -o -q package -DskipTests" >&2; exit 2; }
command -v pandoc >/dev/null || { echo "pandoc is needed for the word check (apt-get install -y pandoc)" >&2; exit 2; }
rm -rf "$docs"; mkdir -p "$docs"
n=0; missing=0
while IFS=$'\t' read -r repo commit path _; do
  [ -z "$repo" ] || [ "${repo:0:1}" = "#" ] && continue
  n=$((n + 1))
  gitdir="$mirror/${repo/\//+}/repo"
  name="$(printf '%02d' "$n")-${repo//\//_}-$(echo "$path" | tr '/ ' '__')"
  if ! git --git-dir "$gitdir" show "$commit:$path" > "$docs/$name" 2>/dev/null; then
    echo "missing: $repo $commit $path (fetch github:$repo first)" >&2
    rm -f "$docs/$name"; missing=$((missing + 1))
  fi
done < "$here/corpus.tsv"
echo "$((n - missing)) of $n documents extracted into $docs"
exec java -cp "$jar" "$here/Check.java" "$jar" "$docs" "$@"
