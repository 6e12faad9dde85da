package dev.folio.layout;

import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered link references for print without hyperlinks: a mark {@code [1]} after the link
 * text, and after the block a list {@code [1] https://…}. Numbers run through the page.
 */
final class LinkNotes {
    private final boolean enabled;
    private final List<String> pending = new ArrayList<>();
    private int next = 1;
    private int firstPending = 1;

    LinkNotes(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The note number for a link, or 0 when it needs none: notes off, no target, a target the
     * text already shows (autolinks), or an anchor in this page (print cannot follow it). Text
     * only "shows" a target that has no control or bidirectional character: {@code photo_‮gnp.exe}
     * as text reads {@code photo_exe.png}, so its note shows the override.
     */
    int note(String text, String target) {
        boolean shownByText = (text.equals(target) || ("mailto:" + text).equals(target))
                && Sanitizer.target(target).equals(target);
        if (!enabled || target.isBlank() || target.startsWith("#") || shownByText) {
            return 0;
        }
        pending.add(target);
        return next++;
    }

    static String mark(int number) {
        return "[" + number + "]";
    }

    /** Emits the pending notes under the block just laid out. */
    void flush(Emitter out, int sourceLine) {
        if (pending.isEmpty()) {
            return;
        }
        int width = out.contentWidth();
        out.pushAlignment(dev.folio.doc.Block.Alignment.LEFT); // notes line up on the left, even under centred text
        for (String target : pending) {
            out.emit(rows(firstPending++, target, width), sourceLine);
        }
        out.popAlignment();
        pending.clear();
    }

    /** {@code [n] target}, the target wrapped anywhere with a hanging indent when it is long. */
    private static List<Row> rows(int number, String target, int width) {
        SpanStyle style = SpanStyle.of(Role.LINK_REFERENCE);
        String label = mark(number) + " ";
        int indent = Width.of(label);
        if (width - indent < 8) {
            indent = 0;
        }
        TextFlow flow = new TextFlow();
        if (indent == 0) {
            flow.append(label, style);
        }
        flow.appendFlat(Sanitizer.target(target), style);
        List<Row> rows = LineBreaker.layout(flow, width - indent);
        if (indent == 0) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String lead = i == 0 ? label : Fill.spaces(indent);
            out.add(rows.get(i).withPrefix(List.of(new Span(lead, i == 0 ? Role.LINK_REFERENCE : Role.INDENT))));
        }
        return out;
    }
}
