package dev.folio.markdown;

import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Thousands of nested containers parse without StackOverflowError into a model of bounded depth. */
@Timeout(30)
class DeepNestingIT {
    /** Blocks plus inlines: each conversion has its own bound. */
    private static final int DEEPEST_MODEL = BlockConverter.MAX_DEPTH + InlineConverter.MAX_DEPTH + 4;

    private static void assertBoundedWithText(Document doc, String word) {
        assertTrue(Docs.depth(doc) <= DEEPEST_MODEL, () -> "depth " + Docs.depth(doc));
        assertTrue(Docs.text(doc).contains(word));
    }

    @Test
    void fiveThousandNestedQuotes() {
        Document doc = parse(">".repeat(5000) + " deepest\n");
        assertBoundedWithText(doc, "deepest");
        assertTrue(Docs.depth(doc) >= BlockConverter.MAX_DEPTH - 1, "nesting is kept up to the bound");
        assertTrue(doc.blocks().get(0) instanceof Block.Quote);
    }

    @Test
    void fiveHundredNestedQuotesWithTextAtEveryLevel() {
        StringBuilder md = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            md.append("> ".repeat(i)).append("level").append(i).append("\n\n");
        }
        Document doc = parse(md.toString());
        assertBoundedWithText(doc, "level500");
        assertTrue(Docs.text(doc).contains("level1level2"));
    }

    @Test
    void threeThousandNestedListLevels() {
        assertBoundedWithText(parse("- ".repeat(3000) + "bottom\n"), "bottom");
        assertBoundedWithText(parse("1. ".repeat(3000) + "bottom\n"), "bottom");
    }

    @Test
    void deeplyIndentedListLevels() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            md.append("  ".repeat(i)).append("- item").append(i).append('\n');
        }
        Document doc = parse(md.toString());
        assertBoundedWithText(doc, "item999");
        assertEquals(1000, Docs.all(doc, Block.Paragraph.class).size());
    }

    @Test
    void twentyThousandNestedEmphases() {
        assertBoundedWithText(parse("*".repeat(20_000) + "core" + "*".repeat(20_000)), "core");
    }

    @Test
    void nestedHtmlElements() {
        assertBoundedWithText(parse("<b>".repeat(100_000) + "inner"), "inner");
        assertBoundedWithText(parse("<details>\n".repeat(50_000) + "inside\n"), "inside");
        assertBoundedWithText(parse("<div>" + "<details><summary>s</summary>".repeat(10_000) + "x</div>\n"), "x");
    }
}
