package dev.folio.layout;

import dev.folio.text.Sanitizer;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Inline content flattened for line breaking: one buffer of visible text (safe to show; the only
 * control character it holds is {@code '\n'}, a forced line end), style runs over it, and tags
 * at positions (told the line they land on). Kept as parallel arrays rather than an object per
 * character so a 5 MB paragraph costs little more than its text.
 */
final class TextFlow {
    private final StringBuilder text = new StringBuilder();
    private int[] runStart = new int[4];
    private SpanStyle[] runStyle = new SpanStyle[4];
    private int runs;
    private int[] tagAt = new int[0];
    private IntConsumer[] tagOf = new IntConsumer[0];
    private int tags;
    private boolean pendingSoftBreak;
    /** A space is owed before what follows unless that is a space or closing punctuation. */
    private boolean pendingSeparator;

    /** Appends document text: newlines act as soft breaks, tabs as spaces, controls become placeholders. */
    void append(CharSequence raw, SpanStyle style) {
        int n = raw.length();
        int i = 0;
        if (atLineStart()) {
            // Spaces after a line break (or a media line) would indent the next line by accident.
            while (i < n && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
        }
        if (i == n) {
            return;
        }
        char first = raw.charAt(i);
        if (first != '\n' && first != '\r') {
            // The space of a soft break belongs to what came before: a link starting here must not cover it.
            resolveSoftBreak(Character.codePointAt(raw, i));
        }
        startRun(style);
        if (Sanitizer.isClean(raw)) {
            text.append(raw, i, n);
            return;
        }
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                softBreak();
            } else {
                resolveSoftBreak(Character.codePointAt(raw, i));
                text.append(c == '\t' ? ' ' : Sanitizer.placeholder(c));
            }
        }
    }

    /** Appends text with every line break and tab made a plain space (inline code, targets). */
    void appendFlat(CharSequence raw, SpanStyle style) {
        if (raw.length() == 0) {
            return;
        }
        StringBuilder flat = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            flat.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        append(flat, style);
    }

    /** A source line break: nothing between two Chinese or Japanese characters, otherwise a space (decided by what follows). */
    void softBreak() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            pendingSoftBreak = true;
        }
    }

    /** A space before what follows unless one is there already (a link shown in short form must not touch its neighbours). */
    void separate() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
            pendingSeparator = true;
        }
    }

    /** Ends the line here. */
    void hardBreak() {
        pendingSoftBreak = false;
        pendingSeparator = false;
        if (runs == 0) {
            startRun(SpanStyle.TEXT);
        }
        text.append('\n');
    }

    /** Ends the line here unless it is empty already (something that must stand on its own lines). */
    void breakLine() {
        pendingSoftBreak = false;
        pendingSeparator = false;
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            hardBreak();
        }
    }

    /** Calls {@code tag} with the page line on which the next appended character lands. */
    void tag(IntConsumer tag) {
        if (tags == tagAt.length) {
            int size = Math.max(4, tags * 2);
            tagAt = Arrays.copyOf(tagAt, size);
            tagOf = Arrays.copyOf(tagOf, size);
        }
        tagAt[tags] = text.length();
        tagOf[tags] = tag;
        tags++;
    }

    private boolean atLineStart() {
        return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    CharSequence text() {
        return text;
    }

    int runCount() {
        return runs;
    }

    int runStart(int run) {
        return runStart[run];
    }

    int runEnd(int run) {
        return run + 1 < runs ? runStart[run + 1] : text.length();
    }

    SpanStyle runStyle(int run) {
        return runStyle[run];
    }

    int tagCount() {
        return tags;
    }

    int tagPosition(int tag) {
        return tagAt[tag];
    }

    IntConsumer tag(int tag) {
        return tagOf[tag];
    }

    private void resolveSoftBreak(int next) {
        if (pendingSeparator) {
            pendingSeparator = false;
            if (!pendingSoftBreak && !Character.isWhitespace(next) && !BreakRules.isClosing(next)) {
                text.append(' ');
            }
        }
        if (!pendingSoftBreak) {
            return;
        }
        pendingSoftBreak = false;
        int before = Character.codePointBefore(text, text.length());
        if (!Character.isWhitespace(next) && !(BreakRules.joinsWithoutSpace(before) && BreakRules.joinsWithoutSpace(next))) {
            text.append(' ');
        }
    }

    private void startRun(SpanStyle style) {
        if (runs > 0 && runStyle[runs - 1].equals(style)) {
            return;
        }
        if (runs > 0 && runStart[runs - 1] == text.length()) {
            runStyle[runs - 1] = style;     // the previous run is still empty: restyle it
            return;
        }
        if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runStyle = Arrays.copyOf(runStyle, runs * 2);
        }
        runStart[runs] = text.length();
        runStyle[runs] = style;
        runs++;
    }
}
