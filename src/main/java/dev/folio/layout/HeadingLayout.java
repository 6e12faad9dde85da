package dev.folio.layout;

import dev.folio.doc.Block.Heading;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Headings: h1 underlined with {@code ═} across the width, h2 with {@code ─} under its text,
 * h3–h6 behind a level glyph ({@code ◆ ◇ ▸ ▹}, never Markdown's {@code ###}, which reads as unrendered
 * source without colour) with a hanging indent. Each records its anchor and line.
 */
final class HeadingLayout {
    private HeadingLayout() {}

    static void render(Context cx, Heading h) {
        int level = Math.max(1, Math.min(6, h.level()));
        String plain = InlineText.plain(h.content());
        cx.out().tagNextLine(line -> {
            cx.page().heading(level, plain, h.anchor(), line);
            h.aliases().forEach(alias -> cx.page().anchor(alias, line));
        });
        TextFlow flow = cx.inlines().flatten(h.content(), SpanStyle.of(Role.heading(level)));
        int width = cx.out().contentWidth();
        List<Row> rows = level <= 2 ? underlined(flow, level, width) : marked(flow, level, width);
        cx.out().emit(rows, h.line());
        cx.notes().flush(cx.out(), h.line());
    }

    private static List<Row> underlined(TextFlow flow, int level, int width) {
        List<Row> rows = new ArrayList<>(LineBreaker.layout(flow, width));
        int textWidth = 1;
        for (Row r : rows) {
            textWidth = Math.max(textWidth, r.width());
        }
        if (rows.isEmpty()) {
            rows.add(Row.EMPTY);
        }
        String rule = level == 1 ? Fill.repeat(Glyphs.H1_RULE, width) : Fill.repeat(Glyphs.H2_RULE, textWidth);
        rows.add(Row.of(new Span(rule, Role.HEADING_MARKER)));
        return rows;
    }

    private static List<Row> marked(TextFlow flow, int level, int width) {
        String marker = Glyphs.headingMark(level) + " ";
        int indent = Width.of(marker);
        if (width - indent < 2) {
            List<Row> rows = LineBreaker.layout(flow, width);
            return rows.isEmpty() ? List.of(Row.EMPTY) : rows;
        }
        List<Row> rows = LineBreaker.layout(flow, width - indent);
        if (rows.isEmpty()) {
            return List.of(Row.of(new Span(marker.strip(), Role.HEADING_MARKER)));
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Span lead = i == 0 ? new Span(marker, Role.HEADING_MARKER) : new Span(Fill.spaces(indent), Role.INDENT);
            out.add(rows.get(i).withPrefix(List.of(lead)));
        }
        return out;
    }
}
