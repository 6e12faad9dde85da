package dev.folio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.Markdown;
import dev.folio.text.Width;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With WideCode.SCROLL a code line wider than the column is one page line, and the whole line is kept for the viewer. */
class WideCodeTest {
    private static final String LONG = "let answer = compute(alpha, beta, gamma, delta); // 中文注释 and more words";

    private static Page page(String markdown, int width, LayoutOptions.WideCode wide) {
        return Layout.of(Markdown.parse(markdown), LayoutOptions.of(width).withWideCode(wide));
    }

    @Test
    void insideAQuoteAndAListTheCodeStartsAfterTheGutters() {
        for (String markdown : List.of("```\n" + LONG + "\nshort\n```\n", "> ```\n> " + LONG + "\n> short\n> ```\n",
                "- item\n\n  ```\n  " + LONG + "\n  short\n  ```\n")) {
            Page page = page(markdown, 30, LayoutOptions.WideCode.SCROLL);
            assertEquals(1, page.wide().size(), markdown);
            WideBlock block = page.wide().get(0);
            assertEquals(2, block.lines().size());
            for (int i = 0; i < page.size(); i++) {
                assertTrue(page.lines().get(i).width() <= 30, page.lines().get(i).text());
            }
            Line first = page.lines().get(block.firstLine());
            WideBlock.Part part = block.part(block.firstLine());
            String whole = page.whole(block.firstLine()).content();
            assertTrue(whole.endsWith(LONG), "the whole line is kept: " + whole);
            assertEquals(30, part.column() + block.room(), "the window reaches the right edge");
            assertEquals(Width.of(LONG), part.width());
            assertTrue(first.text().contains("let answer"), first.text());
            assertEquals(block.firstLine() + 1, block.lastLine());
        }
    }

    @Test
    void wrappingIsTheDefaultAndKeepsEveryCharacterOnThePage() {
        Page page = Layout.of(Markdown.parse("```\n" + LONG + "\n```\n"), LayoutOptions.of(30));
        assertEquals(List.of(), page.wide());
        StringBuilder all = new StringBuilder();
        page.lines().forEach(l -> all.append(l.content()));
        assertEquals(LONG, all.toString());
        assertTrue(page.size() > 2, "wrapped into several lines");
    }

    @Test
    void aBlockThatFitsIsNoWideBlock() {
        assertEquals(List.of(), page("```\nshort\n```\n", 30, LayoutOptions.WideCode.SCROLL).wide());
    }
}
