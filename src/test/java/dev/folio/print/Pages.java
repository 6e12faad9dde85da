package dev.folio.print;

import dev.folio.layout.Line;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Hand-built pages and output checks for printer tests. */
final class Pages {
    /** folio's own sequences: SGR, and OSC 8 terminated by ST. */
    static final Pattern OWN_SEQUENCE = Pattern.compile("\u001b\\[[0-9;]*m|\u001b]8;[\\x21-\\x7e]*;[\\x21-\\x7e]*\u001b\\\\");

    private Pages() {}

    static Line line(Span... spans) {
        return new Line(List.of(spans), 1, Line.Wrap.END);
    }

    static Span text(String s) {
        return new Span(s, Role.TEXT);
    }

    static Span link(String s, int id) {
        return new Span(s, Role.LINK, 0, id);
    }

    static Page page(List<Line> lines, List<LinkRegion> links) {
        return new Page(40, "test", lines, links, List.of(), List.of(), Map.of());
    }

    static LinkRegion region(int id, String target) {
        return new LinkRegion(id, target, "t", LinkRegion.Kind.LINK, List.of(new LinkRegion.Part(0, 0, 1)));
    }

    static String print(Page page, PrintOptions options) {
        StringBuilder out = new StringBuilder();
        new PagePrinter(options).print(page, out);
        return out.toString();
    }

    /** The output with folio's own sequences removed. */
    static String strip(String output) {
        return OWN_SEQUENCE.matcher(output).replaceAll("");
    }

    /** The first control character (other than newline) left after removing folio's sequences, or -1. */
    static int firstForeignControl(String output) {
        String rest = strip(output);
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }
}
