package dev.folio.print;

import dev.folio.layout.Line;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a laid-out page to a stream: one line of text per page line, trailing spaces trimmed.
 * Without colour the output is the spans' text and newlines, nothing else. With colour each run
 * of equally styled text is wrapped in an SGR sequence and a reset; with hyperlinks each link is
 * wrapped in OSC 8. Those are the only escape sequences ever written: spans cannot hold control
 * characters, and hyperlink targets are percent-encoded.
 */
public final class PagePrinter {
    private final PrintOptions options;
    private final SgrEncoder sgr;

    public PagePrinter(PrintOptions options) {
        this.options = options;
        this.sgr = options.color() == ColorDepth.NONE ? null : new SgrEncoder(options.color());
    }

    /** Writes every line of {@code page}, each ended by {@code \n}. */
    public void print(Page page, Appendable out) {
        Map<Integer, Optional<String>> uris = new HashMap<>();
        try {
            List<Line> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                int box = imageLink(lines.get(i));
                if (box != Span.NO_LINK && options.images() != ImagePainter.NONE) {
                    i = printImage(page, i, box, out) - 1;
                    continue;
                }
                out.append(render(lines.get(i), page, uris)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the picture of the image box starting at line {@code first} (its rows are the
     * lines whose {@link Role#IMAGE} span carries link {@code link}), each row behind the line's
     * gutter; returns the index of the line after the box.
     */
    private int printImage(Page page, int first, int link, Appendable out) throws IOException {
        List<Line> lines = page.lines();
        int end = first;
        while (end < lines.size() && imageLink(lines.get(end)) == link) {
            end++;
        }
        Line top = lines.get(first);
        Span box = top.spans().stream().filter(s -> s.role() == Role.IMAGE).findFirst().orElseThrow();
        String target = link < page.links().size() ? page.links().get(link).target() : "";
        // In a table cell, text follows the box on its lines: only pictures of whole cells can stand there.
        boolean textAfter = !afterBox(top).isEmpty();
        List<String> picture = textAfter && !options.images().fillsCells() ? List.of()
                : options.images().paint(target, box.width(), end - first);
        if (picture.isEmpty()) {
            for (int i = first; i < end; i++) {
                out.append(render(lines.get(i), page)).append('\n');
            }
            return end;
        }
        for (int i = 0; i < picture.size(); i++) {
            Line gutter = lines.get(Math.min(end - 1, first + i));
            // Untrimmed: a list item's indent is spaces, and the picture must stand after them.
            out.append(render(gutterOf(gutter), page, new HashMap<>())).append(picture.get(i));
            if (textAfter) {
                out.append(render(trimTrailingSpaces(afterBox(gutter)), page, new HashMap<>()));
            }
            out.append('\n');
        }
        return end;
    }

    /** The spans before a line's image box (its list indent, quote bars). */
    private static List<Span> gutterOf(Line line) {
        List<Span> out = new ArrayList<>();
        for (Span s : line.spans()) {
            if (s.role() == Role.IMAGE) {
                break;
            }
            out.add(s);
        }
        return out;
    }

    /** The spans after a line's image box (the rest of a table row), or none. */
    private static List<Span> afterBox(Line line) {
        List<Span> spans = line.spans();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).role() == Role.IMAGE) {
                return spans.subList(i + 1, spans.size());
            }
        }
        return List.of();
    }

    /** The link of the image box on {@code line}, or {@link Span#NO_LINK} if it has none. */
    private static int imageLink(Line line) {
        for (Span s : line.spans()) {
            if (s.role() == Role.IMAGE) {
                return s.link();
            }
        }
        return Span.NO_LINK;
    }

    /** One line as written, without its newline. */
    public String render(Line line, Page page) {
        return render(line, page, new HashMap<>());
    }

    private String render(Line line, Page page, Map<Integer, Optional<String>> uris) {
        return render(trimTrailingSpaces(line.spans()), page, uris);
    }

    private String render(List<Span> spans, Page page, Map<Integer, Optional<String>> uris) {
        StringBuilder out = new StringBuilder();
        String openUri = null;
        int openId = Span.NO_LINK;
        int i = 0;
        while (i < spans.size()) {
            Span first = spans.get(i);
            String uri = hyperlink(first, page, uris);
            if (openUri != null && (uri == null || first.link() != openId)) {
                out.append(Osc8.close());
                openUri = null;
            }
            if (uri != null && openUri == null) {
                out.append(Osc8.open(uri, first.link()));
                openUri = uri;
                openId = first.link();
            }
            Style style = sgr == null ? Style.NONE : options.theme().style(first);
            int end = i + 1;
            while (end < spans.size() && spans.get(end).link() == first.link()
                    && (sgr == null || options.theme().style(spans.get(end)).equals(style))) {
                end++;
            }
            String open = sgr == null ? "" : sgr.open(style);
            out.append(open);
            for (int k = i; k < end; k++) {
                out.append(spans.get(k).text());
            }
            if (!open.isEmpty()) {
                out.append(SgrEncoder.RESET);
            }
            i = end;
        }
        if (openUri != null) {
            out.append(Osc8.close());
        }
        return out.toString();
    }

    private String hyperlink(Span span, Page page, Map<Integer, Optional<String>> uris) {
        if (options.hyperlinks() != PrintOptions.Hyperlinks.ON || !span.isLink()) {
            return null;
        }
        int id = span.link();
        if (id < 0 || id >= page.links().size()) {
            return null;
        }
        LinkRegion region = page.links().get(id);
        if (region.kind() == LinkRegion.Kind.FOOTNOTE) {
            return null;
        }
        return uris.computeIfAbsent(id, k -> options.links().uri(region.target())).orElse(null);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The spans without the spaces at the end of the line (a span of only spaces is dropped). */
    static List<Span> trimTrailingSpaces(List<Span> spans) {
        int last = spans.size() - 1;
        while (last >= 0 && isBlank(spans.get(last).text())) {
            last--;
        }
        if (last < 0) {
            return List.of();
        }
        if (last == spans.size() - 1 && !spans.get(last).text().endsWith(" ")) {
            return spans; // nothing to trim: most lines
        }
        List<Span> kept = new ArrayList<>(spans.subList(0, last + 1));
        Span end = kept.get(last);
        String text = end.text();
        int cut = text.length();
        while (cut > 0 && text.charAt(cut - 1) == ' ') {
            cut--;
        }
        if (cut < text.length()) {
            kept.set(last, new Span(text.substring(0, cut), end.role(), end.marks(), end.link()));
        }
        return kept;
    }
}
