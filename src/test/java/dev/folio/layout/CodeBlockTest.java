package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.text.Width;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code blocks: kept as written, indented, labelled, and wrapped only with a visible mark. */
class CodeBlockTest {

    @Test
    void codeIsIndentedLabelledAndNeverReflowed() {
        Page page = layout(40, code("java", "int a  =  1;\n\n    return a;"));
        assertEquals(List.of("  ‹java›", "  int a  =  1;", "", "      return a;"), lines(page));
        assertEquals(Role.CODE_INFO, page.lines().get(0).spans().get(1).role());
        assertEquals(Role.CODE_BLOCK, page.lines().get(1).spans().get(1).role());
    }

    @Test
    void aLineWiderThanThePageWrapsBehindAContinuationMarkKeepingEveryCharacter() {
        String line = "0123456789".repeat(10);
        Page page = layout(40, code("", line));
        List<String> shown = lines(page);
        assertEquals("  " + line.substring(0, 38), shown.get(0));
        assertEquals("  ↪" + line.substring(38, 75), shown.get(1));
        assertEquals("  ↪" + line.substring(75), shown.get(2));
        assertEquals(List.of(Line.Wrap.DIRECT, Line.Wrap.DIRECT, Line.Wrap.END), page.lines().stream().map(Line::wrap).toList());
        StringBuilder content = new StringBuilder();
        for (Line l : page.lines()) {
            content.append(l.content());
            assertTrue(l.spans().stream().anyMatch(s -> s.role() == Role.CODE_BLOCK));
        }
        assertEquals(line, content.toString(), "the mark is decoration; the code itself is intact");
        assertEquals(Role.CONTINUATION, page.lines().get(1).spans().get(1).role());
    }

    @Test
    void narrowPagesDropTheIndentButStillMarkContinuations() {
        Page page = layout(10, code("", "abcdefghijklmnop"));
        assertEquals(List.of("abcdefghij", "↪klmnop"), lines(page));
    }

    @Test
    void wideCharactersAreNeverSplitAndLinesFit() {
        String line = "日本語のコード".repeat(5);
        for (int width = 2; width <= 30; width++) {
            Page page = layout(width, code("", line));
            StringBuilder content = new StringBuilder();
            for (Line l : page.lines()) {
                assertTrue(Width.of(l.text()) <= width, l.text());
                content.append(l.content());
            }
            assertEquals(line, content.toString());
        }
    }

    @Test
    void tabsAreExpandedToFourColumnStops() {
        assertEquals(List.of("    x", "ab  c", "中  d"), lines(layout(20, code("", "\tx\nab\tc\n中\td"))));
    }

    @Test
    void controlCharactersInCodeAreShownAsPlaceholders() {
        Page page = layout(20, code("", "echo \u001b[2J"));
        assertEquals("echo \u241b[2J", page.lines().get(0).text());
    }
}
