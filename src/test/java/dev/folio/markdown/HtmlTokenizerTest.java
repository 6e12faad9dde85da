package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlTokenizerTest {

    @Test
    void readsQuotedUnquotedAndBareAttributes() {
        List<HtmlToken> tokens = HtmlTokenizer.tokenize("<IMG Src=\"a b.png\" alt='it&apos;s' width=10 hidden/>");
        HtmlToken.StartTag tag = assertInstanceOf(HtmlToken.StartTag.class, tokens.get(0));
        assertEquals("img", tag.name());
        assertTrue(tag.selfClosing());
        assertEquals(Map.of("src", "a b.png", "alt", "it's", "width", "10", "hidden", ""), tag.attributes());
    }

    @Test
    void textEntitiesAreDecodedAndCommentsSkipped() {
        List<HtmlToken> tokens = HtmlTokenizer.tokenize("a &amp; b<!-- c --></P>");
        assertEquals("a & b", ((HtmlToken.Text) tokens.get(0)).text());
        assertInstanceOf(HtmlToken.Comment.class, tokens.get(1));
        assertEquals("p", ((HtmlToken.EndTag) tokens.get(2)).name());
    }

    @Test
    void brokenMarkupStaysText() {
        assertEquals(List.of(new HtmlToken.Text("a < b <c", 0)), HtmlTokenizer.tokenize("a < b <c"));
        assertEquals(List.of(new HtmlToken.Text("<a href=\"x>y", 0)), HtmlTokenizer.tokenize("<a href=\"x>y"));
    }

    @Test
    void scriptBodyIsOneTextToken() {
        List<HtmlToken> tokens = HtmlTokenizer.tokenize("<script>if (a<b) x()</script>");
        assertEquals(3, tokens.size());
        assertEquals("if (a<b) x()", ((HtmlToken.Text) tokens.get(1)).text());
    }

    @Test
    void tokensKnowTheirOffsets() {
        List<HtmlToken> tokens = HtmlTokenizer.tokenize("ab<br>cd");
        assertEquals(List.of(0, 2, 6), tokens.stream().map(HtmlToken::offset).toList());
    }

    @Test
    @Timeout(20)
    void brokenTagsInBulkTakeLinearTime() {
        String broken = "<a b=c ".repeat(50_000) + "</x ".repeat(50_000);
        List<HtmlToken> tokens = HtmlTokenizer.tokenize(broken + "</y>");
        assertEquals(2, tokens.size());
        assertEquals(broken, ((HtmlToken.Text) tokens.get(0)).text());
        assertEquals("y", ((HtmlToken.EndTag) tokens.get(1)).name());
    }
}
