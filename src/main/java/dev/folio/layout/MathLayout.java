package dev.folio.layout;

import dev.folio.doc.Block.MathBlock;
import java.util.List;

/**
 * Display math: its readable form on lines of its own, indented like a code block and in the
 * math style; a line wider than the column wraps at its spaces (or, failing that, anywhere).
 */
final class MathLayout {
    private static final int INDENT = 2;

    private MathLayout() {}

    static void render(Context cx, MathBlock math) {
        int width = cx.out().contentWidth();
        int indent = width > INDENT * 4 ? INDENT : 0;
        List<Span> lead = indent == 0 ? List.of() : List.of(new Span(Fill.spaces(indent), Role.INDENT));
        for (String line : math.shown().split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            TextFlow flow = new TextFlow();
            flow.appendFlat(line.strip(), SpanStyle.of(Role.MATH));
            for (Row row : LineBreaker.layout(flow, width - indent)) {
                cx.out().emit(row.withPrefix(lead), math.line());
            }
        }
    }
}
