package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.text.Graphemes;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's Markdown source as a page, for the viewer's source view: every source line as
 * written (tabs expanded; control and escape characters made visible, as in every span), each
 * page line carrying its source line, so a place maps between the source and the rendering.
 * A line wider than the column wraps, at a space when it has one, behind {@code ↪}; nothing is
 * dropped. Line numbers, when asked for and when the column has room, stand in a gutter.
 * Top-level headings are headings of this page too, so the outline and {@code ] [} work here.
 */
public final class SourceLayout {
    /** Text columns the numbers must leave. */
    private static final int ROOM = 16;

    private SourceLayout() {}

    /** The source of {@code document} ({@link Document#markdown()}, which must not be null). */
    public static Page of(Document document, LayoutOptions options, boolean numbers) {
        try (Width.Scope scope = Width.counting(options.ambiguous())) {
            return layout(document, options.width(), numbers);
        }
    }

    private static Page layout(Document document, int width, boolean numbers) {
        List<String> lines = lines(document.markdown());
        int digits = String.valueOf(Math.max(1, lines.size())).length();
        int gutter = numbers && width - (digits + 1) >= ROOM ? digits + 1 : 0;
        PageBuilder page = new PageBuilder(new ImageRows(ImageSizes.NONE));
        int[] firstLine = new int[lines.size() + 2];
        for (int i = 0; i < lines.size(); i++) {
            firstLine[i + 1] = page.size();
            String number = gutter == 0 ? "" : pad(String.valueOf(i + 1), digits) + " ";
            wrap(page, Sanitizer.visible(CodeLayout.expandTabs(lines.get(i))), i + 1, number, width);
        }
        firstLine[lines.size() + 1] = page.size();
        for (Block b : document.blocks()) {
            if (b instanceof Block.Heading h && h.line() >= 1 && h.line() <= lines.size()) {
                page.heading(Math.max(1, Math.min(6, h.level())), InlineText.plain(h.content()), h.anchor(),
                        firstLine[h.line()]);
            }
        }
        return page.build(width, document.title());
    }

    /** The lines of the text: any line ending ends a line; no line after a final line ending. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** One source line as rows: the number (or nothing) before the first, {@code ↪} before the others. */
    private static void wrap(PageBuilder page, String line, int sourceLine, String number, int width) {
        List<Span> lead = number.isEmpty() ? List.of() : List.of(new Span(number, Role.CODE_INFO));
        List<Span> restLead = number.isEmpty() ? List.of() : List.of(new Span(Fill.spaces(number.length()), Role.INDENT));
        int gutter = number.length();
        boolean marked = width - gutter - Width.of(Glyphs.CONTINUATION) >= 2;
        int start = 0;
        boolean first = true;
        do {
            int room = Math.max(1, width - gutter - (first || !marked ? 0 : Width.of(Glyphs.CONTINUATION)));
            int end = cut(line, start, room);
            List<Span> spans = new ArrayList<>(first ? lead : restLead);
            if (!first && marked) {
                spans.add(new Span(Glyphs.CONTINUATION, Role.CONTINUATION));
            }
            String piece = line.substring(start, end);
            if (Width.of(piece) > room) {
                piece = Fill.repeat("?", room); // a lone character wider than the whole room
            }
            if (!piece.isEmpty()) {
                spans.add(new Span(piece, Role.TEXT));
            }
            page.add(new Line(spans, sourceLine, end < line.length() ? Line.Wrap.DIRECT : Line.Wrap.END));
            start = end;
            first = false;
        } while (start < line.length());
    }

    /** Where the row starting at {@code start} ends: after the last space that fits, else as many clusters as fit (at least one). */
    private static int cut(String line, int start, int room) {
        int end = start;
        int used = 0;
        int afterSpace = -1;
        while (end < line.length()) {
            int next = Graphemes.next(line, end);
            int w = Width.cluster(line, end, next);
            if (used + w > room && end > start) {
                return afterSpace > start ? afterSpace : end;
            }
            used += w;
            if (line.charAt(end) == ' ') {
                afterSpace = next;
            }
            end = next;
        }
        return end;
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
