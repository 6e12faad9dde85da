package dev.folio.layout;

import dev.folio.doc.Block.CodeBlock;
import dev.folio.text.Graphemes;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Code blocks: never reflowed. Indented by two columns when there is room, a language label
 * above, and a line wider than the page cut by grapheme cluster with {@code ↪} at the start of
 * each continuation, so every character stays and the cut is visible.
 */
final class CodeLayout {
    private static final int INDENT = 2;
    private static final int TAB_STOP = 4;

    private CodeLayout() {}

    static void render(Context cx, CodeBlock code) {
        int width = cx.out().contentWidth();
        int indent = width >= 24 ? INDENT : 0;
        List<Span> lead = indent == 0 ? List.of() : List.of(new Span(Fill.spaces(indent), Role.INDENT));
        int inner = width - indent;
        List<Row> rows = new ArrayList<>();
        String info = code.info() == null ? "" : code.info().strip();
        if (!info.isEmpty() || !code.title().isEmpty()) {
            // The label line: the fence's title (a file name, usually) and its language.
            TextFlow label = new TextFlow();
            String title = Sanitizer.visible(code.title());
            String shown = title.isEmpty() ? "‹" + info + "›" : info.isEmpty() ? title : title + "  ‹" + info + "›";
            label.appendFlat(shown, SpanStyle.of(Role.CODE_INFO));
            for (Row r : LineBreaker.layout(label, inner)) {
                rows.add(r.withPrefix(lead));
            }
        }
        List<String> lines = shownLines(code.text());
        CodeRoles roles = CodeRoles.of(lines, cx.highlighter().highlight(language(info), lines));
        for (int i = 0; i < lines.size(); i++) {
            wrap(lines.get(i), i, roles, inner, lead, rows);
        }
        cx.out().emit(rows, code.line());
    }

    /** The lines of the code as shown: tabs expanded, control characters made visible. */
    static List<String> shownLines(String text) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(Sanitizer.visible(expandTabs(line)));
            start = end + 1;
        }
        return lines;
    }

    /** The language a code block names: the first word of its info string ({@code python3 title=x}). */
    static String language(String info) {
        int space = 0;
        while (space < info.length() && !Character.isWhitespace(info.charAt(space))) {
            space++;
        }
        return info.substring(0, space);
    }

    /** One source line as one or more rows: the first at full width, the others behind the mark. */
    static void wrap(String line, int lineIndex, CodeRoles roles, int width, List<Span> lead, List<Row> rows) {
        if (line.isEmpty()) {
            rows.add(Row.EMPTY);
            return;
        }
        int markWidth = Width.of(Glyphs.CONTINUATION);
        boolean marked = width - markWidth >= 2;
        int start = 0;
        boolean first = true;
        while (start < line.length()) {
            int room = first || !marked ? width : width - markWidth;
            int end = start;
            int used = 0;
            while (end < line.length()) {
                int next = Graphemes.next(line, end);
                int w = Width.cluster(line, end, next);
                if (used + w > room && end > start) {
                    break;
                }
                used += w;
                end = next;
            }
            List<Span> spans = new ArrayList<>(lead.size() + 2);
            spans.addAll(lead);
            if (!first && marked) {
                spans.add(new Span(Glyphs.CONTINUATION, Role.CONTINUATION));
            }
            if (used > room) {
                // Only a lone cluster wider than the whole room (CJK at width 1) can overflow: show '?'.
                spans.add(new Span(Fill.repeat("?", room), roles.at(lineIndex, start)));
            } else {
                addTokens(line, start, end, lineIndex, roles, spans);
            }
            Line.Wrap wrap = end < line.length() ? Line.Wrap.DIRECT : Line.Wrap.END;
            rows.add(new Row(spans, wrap, List.of()));
            start = end;
            first = false;
        }
    }

    /**
     * {@code line[start, end)} as spans of equal role. A cluster takes the role of its first
     * character, so spans are cut only between clusters and their widths add up to the piece's.
     */
    private static void addTokens(String line, int start, int end, int lineIndex, CodeRoles roles, List<Span> spans) {
        int runStart = start;
        Role runRole = roles.at(lineIndex, start);
        int i = start;
        while (i < end) {
            int next = Graphemes.next(line, i);
            Role role = roles.at(lineIndex, i);
            if (role != runRole) {
                spans.add(new Span(line.substring(runStart, i), runRole));
                runStart = i;
                runRole = role;
            }
            i = next;
        }
        spans.add(new Span(line.substring(runStart, end), runRole));
    }

    /** Tabs to spaces at 4-column stops, counted in display columns. */
    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length() + 16);
        int column = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '\t') {
                int pad = TAB_STOP - column % TAB_STOP;
                sb.append(Fill.spaces(pad));
                column += pad;
                i++;
                continue;
            }
            int next = Graphemes.next(line, i);
            sb.append(line, i, next);
            column += Width.cluster(line, i, next);
            i = next;
        }
        return sb.toString();
    }
}
