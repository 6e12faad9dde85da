#!/usr/bin/env bash
# Builds folio and installs it for the current user (or under $PREFIX):
#   $PREFIX/share/folio/folio.jar                      the program (one shaded jar)
#   $PREFIX/share/folio/folio.aot or folio.jsa         its class data for the chosen JDK (when usable)
#   $PREFIX/bin/folio                                  the launcher
#   $PREFIX/share/man/man1/folio.1                     the man page
#   $PREFIX/share/bash-completion/completions/folio    bash completion
#   $PREFIX/share/zsh/site-functions/_folio            zsh completion
# PREFIX defaults to ~/.local. Run it again to upgrade (or after upgrading Java, to remake the
# class data); `./install.sh --uninstall` removes exactly what it installed (listed in
# $PREFIX/share/folio/installed).
#
# Java: JAVA_HOME if it is Java 17 or later, else the newest JDK under /usr/lib/jvm (or macOS's
# JavaVirtualMachines) or on PATH. For that JDK a training run on the bundled samples records the
# classes folio loads: an AOT cache on Java 25 and later (-XX:AOTCacheOutput), else a dynamic CDS
# archive (-XX:ArchiveClassesAtExit). The JVM silently ignores class data that does not match, so
# it is checked here (-XX:AOTMode=on, -Xshare:on) and left out when it cannot be used.
set -euo pipefail

PREFIX="${PREFIX:-$HOME/.local}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

JAR_DIR="$PREFIX/share/folio"
JAR="$JAR_DIR/folio.jar"
AOT_CACHE="$JAR_DIR/folio.aot"
CDS_ARCHIVE="$JAR_DIR/folio.jsa"
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

# JVM options for a quick start: C1 only (a reader runs briefly: C2 costs more than it gains, even
# on a 10 MB document) and the serial collector (no GC threads to start, the smallest footprint).
JVM_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Only for the launcher: SIGQUIT (kill -QUIT) makes the JVM print a thread dump on standard
# output, which is the viewer's screen; this keeps the JVM's own output off it (a thread dump is
# still there for the asking: jcmd PID Thread.print). The JVM cannot let folio handle SIGQUIT.
QUIET_VM="-XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput"

# The feature version (17, 21, 25…) of a java binary: from its JDK's release file, else by asking it.
java_feature() {
    local java="$1" home version=""
    home="$(dirname "$(dirname "$(readlink -f "$java")")")"
    if [ -f "$home/release" ]; then
        version="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release")"
    fi
    if [ -z "$version" ]; then
        version="$("$java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')"
    fi
    [ "$version" = 1 ] && version=8 # 1.8
    printf '%s\n' "${version:-0}"
}

# The java to install for: JAVA_HOME's if it is 17 or later, else the newest one installed.
find_java() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        if [ "$(java_feature "$JAVA_HOME/bin/java")" -ge 17 ]; then
            printf '%s\n' "$JAVA_HOME/bin/java"
            return
        fi
        printf 'install.sh: JAVA_HOME (%s) is older than Java 17; looking for another JDK\n' "$JAVA_HOME" >&2
    fi
    local best="" best_version=0 candidate version
    for candidate in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
        "$(command -v java 2>/dev/null || true)"; do
        [ -x "$candidate" ] || continue
        version="$(java_feature "$candidate")"
        if [ "$version" -gt "$best_version" ]; then
            best="$(readlink -f "$candidate")"
            best_version="$version"
        fi
    done
    [ "$best_version" -ge 17 ] || die "no Java 17 or later found: install a JDK or set JAVA_HOME"
    printf '%s\n' "$best"
}

# Makes the class data for java $1 from a training run on the samples, and checks that the JVM
# really maps it. Sets ARCHIVE (the file, or empty when unusable) and ARCHIVE_OPTIONS.
ARCHIVE=""
ARCHIVE_OPTIONS=()
make_class_data() {
    local java="$1" training log check=()
    rm -f -- "$AOT_CACHE" "$CDS_ARCHIVE"
    local training_dir
    training_dir="$(mktemp -d "${TMPDIR:-/tmp}/folio-training.XXXXXX")"
    training="$training_dir/training.md"
    log="$training_dir/training.log"
    cat "$HERE"/samples/*.md "$HERE"/samples/*/*.md >"$training" 2>/dev/null || true
    # The samples' pictures beside it, so the run decodes and draws them too.
    cp -R "$HERE/samples/img" "$training_dir/" 2>/dev/null || true
    # Colour, hyperlinks and pictures in half blocks, as at a terminal, then the viewer on a
    # virtual screen: the classes and profiles of the paths a reader takes.
    local run=(-jar "$JAR" -p --color=always --hyperlinks=always --images=blocks -w 100 --rehearse-viewer "$training")
    if [ "$(java_feature "$java")" -ge 25 ]; then
        ARCHIVE="$AOT_CACHE"
        # shellcheck disable=SC2086 # JVM_OPTIONS is a list of words
        "$java" $JVM_OPTIONS -XX:AOTCacheOutput="$ARCHIVE" "${run[@]}" >/dev/null 2>"$log" || true
        check=(-XX:AOTMode=on -XX:AOTCache="$ARCHIVE")
        ARCHIVE_OPTIONS=("-XX:AOTCache=$ARCHIVE" "-Xlog:aot*=off" "-Xlog:cds*=off")
    else
        ARCHIVE="$CDS_ARCHIVE"
        # shellcheck disable=SC2086
        "$java" $JVM_OPTIONS -XX:ArchiveClassesAtExit="$ARCHIVE" "${run[@]}" >/dev/null 2>"$log" || true
        check=(-Xshare:on -XX:SharedArchiveFile="$ARCHIVE")
        ARCHIVE_OPTIONS=("-Xshare:auto" "-XX:SharedArchiveFile=$ARCHIVE" "-Xlog:cds*=off")
    fi
    # At run time a mismatched archive is silently ignored: insist on it here instead.
    # shellcheck disable=SC2086
    if [ -s "$ARCHIVE" ] && "$java" $JVM_OPTIONS "${check[@]}" -Xlog:class+load=info -jar "$JAR" --version 2>&1 |
        grep -q 'dev\.folio\.Main source: shared objects file'; then
        chmod 644 "$ARCHIVE"
        FILES+=("$ARCHIVE")
    else
        say "The class data for $java could not be made or used; folio starts without it (slower)."
        [ -s "$log" ] && sed 's/^/  /' "$log" | head -n 5
        rm -f -- "$ARCHIVE"
        ARCHIVE=""
        ARCHIVE_OPTIONS=()
    fi
    rm -rf -- "$training_dir"
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
    local java="$1" with_archive="" option
    for option in "${ARCHIVE_OPTIONS[@]+"${ARCHIVE_OPTIONS[@]}"}"; do
        with_archive="$with_archive $(quote "$option")"
    done
    put "$LAUNCHER" <<EOF
#!/bin/sh
# folio launcher, written by folio's install.sh.
JAR=$(quote "$JAR")
# The JDK chosen at install time (JAVA_HOME's, else the newest installed) and its class data.
INSTALLED_JAVA=$(quote "$java")
ARCHIVE=$(quote "$ARCHIVE")

# Whether the JDK in \$1 is Java 17 or later, by its release file (shell builtins only: no time lost).
java_17() {
    [ -r "\$1/release" ] || return 0
    while IFS='=' read -r key value; do
        if [ "\$key" = JAVA_VERSION ]; then
            value=\${value#\\"}
            major=\${value%%[!0-9]*}
            [ "\${major:-0}" -ge 17 ]
            return
        fi
    done <"\$1/release"
    return 0
}

JAVA=\$INSTALLED_JAVA
if [ -n "\${JAVA_HOME:-}" ] && [ -x "\$JAVA_HOME/bin/java" ] && java_17 "\$JAVA_HOME"; then
    JAVA=\$JAVA_HOME/bin/java
elif [ ! -x "\$JAVA" ]; then
    JAVA=\$(command -v java) || { echo "folio: java not found: install Java 17 or later, or set JAVA_HOME" >&2; exit 1; }
fi
# C1 only and the serial collector: a reader wants a quick start. The class data fits the
# installed JDK only; with another one folio starts without it.
if [ -n "\$ARCHIVE" ] && [ -f "\$ARCHIVE" ] && [ "\$JAVA" -ef "\$INSTALLED_JAVA" ]; then
    exec "\$JAVA" $JVM_OPTIONS $QUIET_VM$with_archive -jar "\$JAR" "\$@"
fi
exec "\$JAVA" $JVM_OPTIONS $QUIET_VM -Xshare:auto -jar "\$JAR" "\$@"
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
        printf '_bash_complete -F _complete_folio_equals -o default\n'
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
    say "Making class data for Java $(java_feature "$java") ($java)…"
    make_class_data "$java"
    write_launcher "$java"
    "$java" -jar "$JAR" --generate-man-page | put "$MAN_PAGE"
    "$java" -jar "$JAR" --generate-completion | put "$BASH_COMPLETION"
    write_zsh_completion "$java"
    link_onto_path
    write_manifest

    say ""
    say "Installed $("$java" -jar "$JAR" --version):"
    say "  program          $JAR"
    say "  Java             $java"
    if [ -n "$ARCHIVE" ]; then
        say "  class data       $ARCHIVE"
    fi
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
