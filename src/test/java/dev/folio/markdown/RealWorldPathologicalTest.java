package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pre-passes and post-processors for real-world syntax on hostile shapes: each must stay
 * about linear. Timeouts catch hangs and quadratic blow-ups, not speed (a quadratic scan of
 * these inputs takes minutes).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealWorldPathologicalTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    @Test
    void manyDollarsWithoutClosers() {
        Document doc = PARSER.parse("$a ".repeat(60_000));
        assertTrue(Docs.all(doc, Inline.Math.class).isEmpty());
        assertTrue(Docs.text(doc).startsWith("$a $a"));
    }

    @Test
    void manyInlineFormulas() {
        Document doc = PARSER.parse("$x_{i}$ and ".repeat(20_000));
        assertEquals(20_000, Docs.all(doc, Inline.Math.class).size());
    }

    @Test
    void manyUnclosedDisplayOpenings() {
        Document doc = PARSER.parse("$$ x\n".repeat(30_000));
        assertTrue(Docs.all(doc, Block.MathBlock.class).size() <= 1);
    }

    @Test
    void manyUnclosedContainers() {
        String source = "::: tip\ntext\n".repeat(10_000);
        assertEquals(ContainerBlocks.rewrite(source).split("\n", -1).length, source.split("\n", -1).length);
        Document doc = PARSER.parse(source);
        assertTrue(Docs.text(doc).contains("text"));
        assertTrue(Docs.depth(doc) < 40, "containers stop nesting at their limit");
    }

    @Test
    void manyWikiOpenings() {
        Document doc = PARSER.parse("[[a ".repeat(50_000));
        assertTrue(Docs.all(doc, Inline.Link.class).isEmpty());
    }

    @Test
    void manyAngleDestinationsWithoutEnd() {
        Document doc = PARSER.parse("[a](<b c ".repeat(30_000));
        assertTrue(Docs.text(doc).contains("[a]"));
    }

    @Test
    void manyShortcodeColons() {
        String text = ":a_b\\_c".repeat(40_000);
        assertTrue(EmojiText.shortcodes(text).length() >= text.length() - 10);
        assertTrue(HeadingAttributes.withoutInlineLists("{: x ".repeat(40_000)).startsWith("{: x"));
    }

    @Test
    void deeplyNestedTex() {
        String tex = "{".repeat(50_000) + "x" + "}".repeat(50_000);
        assertTrue(TexText.readable(tex).contains("x"));
        assertTrue(TexText.readable("\\frac".repeat(20_000)).length() > 0);
    }

    @Test
    void manyHtmlTablesUnclosed() {
        Document doc = PARSER.parse("<table><tr><td>a\n\n".repeat(1_000));
        assertTrue(Docs.text(doc).contains("a"));
    }
}
