package dev.folio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A line of content before the gutter (quote bars, list markers) is put in front of it.
 * {@code tags} are told the page line index once the row has been placed, which is how
 * anchors, headings and media items learn their line.
 */
record Row(List<Span> spans, Line.Wrap wrap, List<IntConsumer> tags) {
    static final Row EMPTY = new Row(List.of(), Line.Wrap.END, List.of());

    Row {
        spans = List.copyOf(spans);
        tags = List.copyOf(tags);
    }

    static Row of(List<Span> spans) {
        return new Row(spans, Line.Wrap.END, List.of());
    }

    static Row of(Span... spans) {
        return of(List.of(spans));
    }

    int width() {
        int w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        return w;
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /** This row with {@code prefix} in front and {@code suffix} after. */
    Row around(List<Span> prefix, List<Span> suffix) {
        List<Span> all = new ArrayList<>(prefix.size() + spans.size() + suffix.size());
        all.addAll(prefix);
        all.addAll(spans);
        all.addAll(suffix);
        return new Row(all, wrap, tags);
    }

    Row withPrefix(List<Span> prefix) {
        return around(prefix, List.of());
    }

    Row withTag(IntConsumer tag) {
        List<IntConsumer> all = new ArrayList<>(tags);
        all.add(tag);
        return new Row(spans, wrap, all);
    }
}
