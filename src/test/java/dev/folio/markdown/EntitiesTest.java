package dev.folio.markdown;

import static dev.folio.markdown.Docs.inlines;
import static dev.folio.markdown.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    @Test
    void namedAndNumericEntitiesAreDecoded() {
        assertEquals(List.of(text("a & b < c © d")), inlines("a &amp; b &lt; c &copy; d"));
    }

    @Test
    void decodedControlCharactersAreKeptAsTextForTheLayoutToNeutralise() {
        String s = Inlines.plainText(inlines("x&#27;[31my &#x1b;]0;t&#7; &#155;z"));
        assertEquals("x\u001b[31my \u001b]0;t\u0007 \u009bz", s);
    }

    @Test
    void nulAndOutOfRangeReferencesBecomeReplacementCharacters() {
        assertEquals(List.of(text("a\uFFFDb")), inlines("a&#0;b"));
        assertEquals("a\uFFFDb", HtmlEntities.decode("a&#x110000;b"));
    }

    @Test
    void unknownEntitiesAndBackslashEscapesStayLiteral() {
        assertEquals(List.of(text("&bogus; *not em*")), inlines("&bogus; \\*not em\\*"));
    }

    @Test
    void entitiesInLinksAndHtmlAreDecodedToo() {
        Inline.Link link = (Inline.Link) inlines("[a](x?a=1&amp;b=2 \"T&#27;\")").get(0);
        assertEquals("x?a=1&b=2", link.target());
        assertEquals("T\u001b", link.title());
        String html = Inlines.plainText(Docs.only("<div>esc&#27;here</div>\n", dev.folio.doc.Block.Paragraph.class).content());
        assertTrue(html.contains("\u001b"));
    }
}
