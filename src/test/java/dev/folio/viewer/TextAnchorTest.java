package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextAnchorTest {
    /** As the real layout makes it: the blank line before a block carries that block's source line. */
    private static Page page() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int source = 2 * i + 1;
            if (i > 0) {
                lines.add(Line.blank(source));
            }
            lines.add(new Line(List.of(new Span("para " + i, Role.TEXT)), source, Line.Wrap.END));
        }
        return new Page(80, "", lines, List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void aTextLineAfterABlankWithTheSameSourceLineStaysAtTheTop() {
        Page page = page();
        for (int line = 0; line < page.size(); line += 2) {
            assertEquals(line, TextAnchor.at(page, line).lineIn(page), page.lines().get(line).text());
        }
    }

    @Test
    void aBlankLineAtTheTopStaysAtTheTopAboveTheTextItIntroduces() {
        Page page = page();
        assertEquals(3, TextAnchor.at(page, 3).lineIn(page), "the same line, not the text below it");
    }
}
