package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Footnote;
import dev.folio.doc.Block.Footnotes;
import dev.folio.doc.Block.Paragraph;
import java.util.List;

/**
 * The footnotes section: a rule, then each note as {@code 1. text ↩} with an anchor
 * {@code fn-N} on its first line and a back link to {@code #fnref-N}, where it was cited.
 */
final class FootnotesLayout {
    private FootnotesLayout() {}

    static void schedule(Footnotes footnotes, BlockWalker walker) {
        Context cx = walker.context();
        cx.rule(Role.RULE, Glyphs.RULE, footnotes.line());
        List<Footnote> notes = footnotes.notes();
        int labelWidth = 0;
        for (Footnote n : notes) {
            labelWidth = Math.max(labelWidth, (n.number() + ".").length());
        }
        for (int i = notes.size() - 1; i >= 0; i--) {
            Footnote note = notes.get(i);
            String label = Fill.spaces(labelWidth - (note.number() + ".").length()) + note.number() + ".";
            Gutter gutter = Gutter.marker(List.of(new Span(label, Role.FOOTNOTE_LABEL), new Span(" ", Role.INDENT)),
                    Role.FOOTNOTE_LABEL);
            walker.next(() -> walker.enter(gutter, () -> body(cx, walker, note, footnotes.line())));
        }
    }

    private static void body(Context cx, BlockWalker walker, Footnote note, int line) {
        cx.out().tagNextLine(at -> cx.page().anchor("fn-" + note.number(), at));
        int back = cx.page().newLink(LinkRegion.Kind.LINK, "#fnref-" + note.number(), Glyphs.BACK_LINK);
        SpanStyle backStyle = new SpanStyle(Role.LINK, 0, back);
        List<Block> content = note.content();
        Block last = content.isEmpty() ? null : content.get(content.size() - 1);
        if (last instanceof Paragraph p) {
            // The back link ends the note's last paragraph, as on GitHub.
            walker.next(() -> {
                TextFlow flow = cx.inlines().flatten(p.content(), SpanStyle.TEXT);
                flow.append(" ", SpanStyle.TEXT);
                flow.append(Glyphs.BACK_LINK, backStyle);
                cx.text(flow, p.line());
            });
            if (content.size() > 1) {
                walker.next(cx.out()::requestBlank);
            }
            walker.schedule(content.subList(0, content.size() - 1), true, 0);
        } else {
            walker.next(() -> cx.out().emit(Row.of(backStyle.span(Glyphs.BACK_LINK)), line));
            walker.schedule(content, true, 0);
        }
    }
}
