package dev.folio.markdown;

import static dev.folio.markdown.Docs.only;
import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {

    @Test
    void detailsSpanTheMarkdownBetweenItsTags() {
        Document doc = parse("""
                <details>
                <summary>Click to open</summary>

                Hidden **markdown** here.

                - and a list

                </details>

                After.
                """);
        assertEquals(2, doc.blocks().size());
        Block.Details details = assertInstanceOf(Block.Details.class, doc.blocks().get(0));
        assertEquals("Click to open", Inlines.plainText(details.summary()));
        assertEquals(2, details.children().size());
        assertInstanceOf(Block.ListBlock.class, details.children().get(1));
        assertEquals(1, details.line());
        assertInstanceOf(Block.Paragraph.class, doc.blocks().get(1));
    }

    @Test
    void nestedAndUnclosedDetails() {
        Document doc = parse("<details><summary>outer</summary>\n\ntext\n\n<details><summary>inner</summary>\n\nmore\n");
        Block.Details outer = assertInstanceOf(Block.Details.class, doc.blocks().get(0));
        Block.Details inner = assertInstanceOf(Block.Details.class, outer.children().get(1));
        assertEquals("inner", Inlines.plainText(inner.summary()));
    }

    @Test
    void centredParagraphWithImage() {
        Block.Aligned centred = only("<p align=\"center\">\n  <img src=\"logo.svg\" alt=\"Logo\">\n</p>\n", Block.Aligned.class);
        assertEquals(Block.Alignment.CENTER, centred.alignment());
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, centred.children().get(0));
        assertEquals(List.of(new Inline.Media(MediaKind.SVG, "logo.svg", "Logo")), p.content());
    }

    @Test
    void headingsPreAndRulesKeepTheirMeaning() {
        Document doc = parse("<div>\n<h2>Html Title</h2>\n<pre>\n  code\tx &lt;b&gt;\n</pre>\n<hr>\ntext\n</div>\n");
        Block.Heading h = assertInstanceOf(Block.Heading.class, doc.blocks().get(0));
        assertEquals(2, h.level());
        assertEquals("html-title", h.anchor());
        assertEquals(2, h.line());
        assertEquals("  code  x <b>", assertInstanceOf(Block.CodeBlock.class, doc.blocks().get(1)).text());
        assertInstanceOf(Block.ThematicBreak.class, doc.blocks().get(2));
        assertEquals("text", Inlines.plainText(((Block.Paragraph) doc.blocks().get(3)).content()));
    }

    @Test
    void whitespaceCollapsesAndLineBreaksBecomeSoftBreaks() {
        Block.Paragraph p = only("<div>\n  one   two\n  three <b>four</b>\n</div>\n", Block.Paragraph.class);
        assertEquals(List.of(new Inline.Text("one two"), new Inline.SoftBreak(), new Inline.Text("three "),
                new Inline.Styled(Inline.Decoration.STRONG, List.of(new Inline.Text("four")))), p.content());
    }

    @Test
    void commentsAndStylesAreHiddenAndTableCellsKeepTheirWords() {
        Document doc = parse("<!-- a comment -->\n\n<table>\n<tr><td>c1</td><td>c2</td></tr>\n</table>\n\n<style>p { color: red }</style>\n");
        assertEquals(1, doc.blocks().size());
        Block.Table table = assertInstanceOf(Block.Table.class, doc.blocks().get(0));
        assertEquals("c1", Inlines.plainText(table.body().get(0).get(0)));
        assertEquals("c2", Inlines.plainText(table.body().get(0).get(1)));
    }

    @Test
    void multiLineSvgBlockIsOneMediaItem() {
        Block.Paragraph p = only("<svg width=\"10\">\n  <title>Logo\n  mark</title>\n  <text>not shown</text>\n</svg>\n", Block.Paragraph.class);
        assertEquals(List.of(new Inline.Media(MediaKind.SVG, "", "Logo mark")), p.content());
    }

    @Test
    void linesInsideABlockAreCounted() {
        Document doc = parse("# T\n\n<div>\n<p>first</p>\n\n");
        assertEquals(4, doc.blocks().get(1).line());
        assertTrue(doc.blocks().get(1) instanceof Block.Paragraph);
    }
}
