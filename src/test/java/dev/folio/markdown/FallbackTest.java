package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When flexmark overflows the stack anyway, the source is shown as plain paragraphs. */
class FallbackTest {

    @Test
    @Timeout(30)
    void stackOverflowInTheParserFallsBackToPlainParagraphs() {
        MarkdownParser smallStack = new MarkdownParser(256 * 1024);
        // 20,000 nested list markers overflow a regular expression in flexmark. (Nested quotes no
        // longer do: it was the autolink extension's recursive walk, now replaced by AutolinkPass.)
        String deep = "- ".repeat(20_000) + "deep words\n\nsecond paragraph\n";
        Document doc = smallStack.parse(deep);
        assertEquals(2, doc.blocks().size());
        Block.Paragraph first = assertInstanceOf(Block.Paragraph.class, doc.blocks().get(0));
        assertTrue(Inlines.plainText(first.content()).endsWith("deep words"));
        assertEquals(3, doc.blocks().get(1).line());
    }

    @Test
    void theFallbackKeepsLinesAndParagraphs() {
        Document doc = PlainFallback.of("a\nb\n\n\nc");
        assertEquals(2, doc.blocks().size());
        assertEquals("a b", Inlines.plainText(((Block.Paragraph) doc.blocks().get(0)).content()));
        assertEquals(5, doc.blocks().get(1).line());
    }
}
