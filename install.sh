#!/usr/bin/env bash
# Builds folio and installs it for the current user (or under $PREFIX):
#   $PREFIX/share/folio/folio.jar                      the program (one shaded jar)
#   $PREFIX/bin/folio                                  the launcher
#   $PREFIX/share/man/man1/folio.1                     the man page
#   $PREFIX/share/bash-completion/completions/folio    bash completion
#   $PREFIX/share/zsh/site-functions/_folio            zsh completion
# PREFIX defaults to ~/.local. Run it again to upgrade; `./install.sh --uninstall` removes
# exactly what it installed (listed in $PREFIX/share/folio/installed).
set -euo pipefail

PREFIX="${PREFIX:-$HOME/.local}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

JAR_DIR="$PREFIX/share/folio"
JAR="$JAR_DIR/folio.jar"
MANIFEST="$JAR_DIR/installed"
LAUNCHER="$PREFIX/bin/folio"
MAN_PAGE="$PREFIX/share/man/man1/folio.1"
BASH_COMPLETION="$PREFIX/share/bash-completion/completions/folio"
ZSH_COMPLETION="$PREFIX/share/zsh/site-functions/_folio"
FILES=("$JAR" "$LAUNCHER" "$MAN_PAGE" "$BASH_COMPLETION" "$ZSH_COMPLETION")

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    say "usage: ./install.sh [--uninstall]"
    say "Builds folio with Maven and installs it under \$PREFIX (default ~/.local)."
}

find_java() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        printf '%s\n' "$JAVA_HOME/bin/java"
    elif command -v java >/dev/null 2>&1; then
        command -v java
    else
        die "java not found: install a JDK (17 or later) or set JAVA_HOME"
    fi
}

# Directories this script created, so that --uninstall can remove them again (when empty).
CREATED_DIRS=()
make_dir() {
    local dir="$1" missing=()
    while [ ! -d "$dir" ]; do
        missing=("$dir" "${missing[@]+"${missing[@]}"}")
        dir="$(dirname "$dir")"
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        mkdir -p "${missing[${#missing[@]} - 1]}"
        CREATED_DIRS+=("${missing[@]}")
    fi
}

# Writes stdin to $1 (whose directory exists) through a temporary file, so a failure never
# leaves half a file.
put() {
    local target="$1" tmp
    tmp="$(mktemp "$target.XXXXXX")"
    if ! cat >"$tmp"; then
        rm -f "$tmp"
        die "could not write $target"
    fi
    chmod 644 "$tmp"
    mv -f "$tmp" "$target"
}

# A single-quoted shell word holding $1.
quote() {
    printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

write_launcher() {
    put "$LAUNCHER" <<EOF
#!/bin/sh
# folio launcher, written by folio's install.sh.
JAR=$(quote "$JAR")
if [ -n "\${JAVA_HOME:-}" ] && [ -x "\$JAVA_HOME/bin/java" ]; then
    JAVA="\$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
    JAVA=java
else
    echo "folio: java not found: install Java 17 or later, or set JAVA_HOME" >&2
    exit 1
fi
# C1 only, the serial collector and class data sharing: a reader wants a quick start.
exec "\$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "\$JAR" "\$@"
EOF
    chmod 755 "$LAUNCHER"
}

write_zsh_completion() {
    local java="$1"
    {
        printf '#compdef folio\n'
        printf '# zsh completion for folio: picocli'"'"'s bash completion, run through bashcompinit.\n'
        printf '# The script aliases compopt, but an alias cannot reach into this file, which zsh\n'
        printf '# reads whole as the body of _folio; a no-op function stands in for it.\n'
        printf 'compopt() { return 0; }\n'
        "$java" -jar "$JAR" --generate-completion
        printf '\n# The script above registered folio with bashcompinit; answer this first request the same way.\n'
        printf '_bash_complete -F _complete_folio -o default\n'
    } | put "$ZSH_COMPLETION"
}

write_manifest() {
    local previous=()
    if [ -f "$MANIFEST" ]; then
        # Keep directories created by an earlier install: they are still ours to remove.
        while IFS= read -r line; do
            case "$line" in dir\ *) previous+=("$line") ;; esac
        done <"$MANIFEST"
    fi
    {
        printf '# Installed by folio install.sh; read by ./install.sh --uninstall.\n'
        printf 'file %s\n' "${FILES[@]}"
        printf '%s\n' "${previous[@]+"${previous[@]}"}"
        if [ "${#CREATED_DIRS[@]}" -gt 0 ]; then
            printf 'dir %s\n' "${CREATED_DIRS[@]}"
        fi
    } | sed '/^$/d' | put "$MANIFEST"
}

on_path() {
    case ":$PATH:" in *":$1:"*) return 0 ;; *) return 1 ;; esac
}

# When $PREFIX/bin is not on PATH, `./install.sh && folio` would fail in this very shell: link
# the launcher from a writable directory that is on PATH (~/bin, then /usr/local/bin), if any.
PATH_LINK=""
link_onto_path() {
    on_path "$PREFIX/bin" && return 0
    local dir
    for dir in "$HOME/bin" /usr/local/bin; do
        if on_path "$dir" && [ -d "$dir" ] && [ -w "$dir" ]; then
            if [ -e "$dir/folio" ] && [ "$(readlink "$dir/folio" 2>/dev/null)" != "$LAUNCHER" ]; then
                continue # someone else's folio: leave it alone
            fi
            ln -sfn "$LAUNCHER" "$dir/folio"
            PATH_LINK="$dir/folio"
            FILES+=("$PATH_LINK")
            return 0
        fi
    done
}

install_folio() {
    command -v mvn >/dev/null 2>&1 || die "mvn not found: install Maven 3.8 or later"
    local java
    java="$(find_java)"

    say "Building folio (mvn -B -q -DskipTests package)…"
    (cd "$HERE" && mvn -B -q -DskipTests package) || die "the build failed"
    local built
    built="$(ls "$HERE"/target/folio-*-all.jar 2>/dev/null | head -n 1)"
    [ -n "$built" ] || die "the build made no target/folio-*-all.jar"

    local f
    for f in "${FILES[@]}"; do
        make_dir "$(dirname "$f")"
    done
    put "$JAR" <"$built"
    write_launcher
    "$java" -jar "$JAR" --generate-man-page | put "$MAN_PAGE"
    "$java" -jar "$JAR" --generate-completion | put "$BASH_COMPLETION"
    write_zsh_completion "$java"
    link_onto_path
    write_manifest

    say ""
    say "Installed $("$java" -jar "$JAR" --version):"
    say "  program          $JAR"
    say "  launcher         $LAUNCHER"
    say "  man page         $MAN_PAGE"
    say "  bash completion  $BASH_COMPLETION"
    say "  zsh completion   $ZSH_COMPLETION"
    say ""
    if on_path "$PREFIX/bin"; then
        say "$PREFIX/bin is on your PATH: run 'folio' to read the guide."
    else
        say "$PREFIX/bin is NOT on your PATH. Add it, e.g. in ~/.bashrc or ~/.zshrc:"
        say "  export PATH=\"$PREFIX/bin:\$PATH\""
        if [ -n "$PATH_LINK" ]; then
            say "Meanwhile $PATH_LINK links to the launcher, so 'folio' works now."
        fi
    fi
    say "zsh completion needs its directory in fpath, before compinit in ~/.zshrc:"
    say "  fpath=($(quote "$PREFIX/share/zsh/site-functions") \$fpath)"
    say "Remove it all again with: PREFIX=$(quote "$PREFIX") ./install.sh --uninstall"
}

uninstall_folio() {
    local files=() dirs=() line
    if [ -f "$MANIFEST" ]; then
        while IFS= read -r line; do
            case "$line" in
                file\ *) files+=("${line#file }") ;;
                dir\ *) dirs+=("${line#dir }") ;;
            esac
        done <"$MANIFEST"
    else
        files=("${FILES[@]}")
    fi
    local removed=0 f
    for f in "${files[@]+"${files[@]}"}" "$MANIFEST"; do
        if [ -e "$f" ] || [ -L "$f" ]; then
            rm -f -- "$f"
            say "removed $f"
            removed=$((removed + 1))
        fi
    done
    rmdir -- "$JAR_DIR" 2>/dev/null || true
    # Deepest first: a directory is only removed once it is empty.
    local i
    for ((i = ${#dirs[@]} - 1; i >= 0; i--)); do
        rmdir -- "${dirs[i]}" 2>/dev/null && say "removed ${dirs[i]}/" || true
    done
    if [ "$removed" -eq 0 ]; then
        say "folio is not installed under $PREFIX: nothing to remove."
    fi
}

case "${1:-}" in
    "") install_folio ;;
    --uninstall) uninstall_folio ;;
    -h | --help) usage ;;
    *) usage >&2; exit 2 ;;
esac
