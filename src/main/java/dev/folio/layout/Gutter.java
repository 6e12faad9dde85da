package dev.folio.layout;

import java.util.List;

/**
 * What one container (quote, list item, indented section) draws in front of each of its lines:
 * {@code first} on its first line, {@code rest} on the others. Both are equally wide, so the
 * text beside them has one width. {@code role} styles the depth marker shown when the
 * container is nested too deeply to indent further.
 */
record Gutter(List<Span> first, List<Span> rest, Role role) {
    Gutter {
        first = List.copyOf(first);
        rest = List.copyOf(rest);
    }

    static Gutter bar(Role role) {
        List<Span> bar = List.of(new Span(Glyphs.QUOTE_BAR, role));
        return new Gutter(bar, bar, role);
    }

    static Gutter indent(int columns) {
        List<Span> pad = List.of(new Span(Fill.spaces(columns), Role.INDENT));
        return new Gutter(pad, pad, Role.INDENT);
    }

    /** A hanging indent: the marker on the first line, spaces as wide on the others. */
    static Gutter marker(List<Span> marker, Role role) {
        int w = 0;
        for (Span s : marker) {
            w += s.width();
        }
        return new Gutter(marker, List.of(new Span(Fill.spaces(w), Role.INDENT)), role);
    }

    int width() {
        int w = 0;
        for (Span s : first) {
            w += s.width();
        }
        return w;
    }

    /**
     * This gutter behind a depth marker {@code »N }: N levels are folded into it. A bar shows
     * the marker on every line; a list marker only on its first line, like the marker itself.
     */
    Gutter deeper(int hiddenLevels) {
        Span mark = new Span(Glyphs.DEEPER + hiddenLevels + " ", role);
        Span restMark = first.equals(rest) ? mark : new Span(Fill.spaces(mark.width()), Role.INDENT);
        return new Gutter(prepend(mark, first), prepend(restMark, rest), role);
    }

    /** Only the depth marker, when the gutter itself no longer fits. */
    static Gutter depthOnly(int hiddenLevels, Role role) {
        List<Span> mark = List.of(new Span(Glyphs.DEEPER + hiddenLevels + " ", role));
        return new Gutter(mark, mark, role);
    }

    static Gutter none(Role role) {
        return new Gutter(List.of(), List.of(), role);
    }

    private static List<Span> prepend(Span head, List<Span> tail) {
        Span[] all = new Span[tail.size() + 1];
        all[0] = head;
        for (int i = 0; i < tail.size(); i++) {
            all[i + 1] = tail.get(i);
        }
        return List.of(all);
    }
}
