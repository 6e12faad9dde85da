package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import dev.folio.doc.Document;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AutolinkPass} links exactly what flexmark's autolink extension links. */
class AutolinkPassTest {
    private static final FlexmarkSetup FOLIO = new FlexmarkSetup();
    /** folio's parser with flexmark's own autolink extension instead of the pass. */
    private static final Parser STOCK = Parser.builder(FOLIO.options)
            .customBlockParserFactory(new GuardedHeadingFactory())
            .customInlineParserFactory(LinearInlineParser.FACTORY)
            .extensions(List.of(AutolinkExtension.create()))
            .build();

    private static final String[] FRAGMENTS = {
        "https://example.com/a?b=1", "www.example.org", "WWW.UPPER.COM", "someone@example.com", "a@b", "ftp:// ",
        "https\\://escaped.com", "foo\\@bar.com", "&#64;", "&#58;//", "&amp;", "&colon;", "http", "www", "ww", "w.",
        "`https://code.com`", "[text https://in.link](https://out.link)", "*em www.em.com*", "**", "~~a@b.co~~",
        "(https://paren.com/a_(b))", "\"https://q.com\".", "<https://angle.com>", "<m@angle.com>", "请访问https://例子.中国/路径，",
        "用户@例子.中国", ":smile:", "12:30", "a:b", " ", " ", "  \n", "\n", "\n\n", "- ", "> ", "| x | y |\n|---|---|\n| ",
        "mailto:x@y.z", "file:///etc", "[^1]", "\n[^1]: note www.note.com\n", "word", "中文", "![img](https://img.png)",
    };

    @Test
    void linksTheSameAsFlexmarksExtensionOnHandWrittenCases() {
        String text = """
                Visit https://example.com/path?q=1, or www.example.org. Mail someone@example.com!
                Escaped: https\\://not.example.com and foo\\@bar.com; entities: foo&#64;bar.com http&#58;//e.com
                Scheme only: ftp:// then space. `https://code.com` [a https://inner.com](https://outer.com)
                *https://em.com/x* **www.bold.com** ~~a@b.co~~ WWW.UPPER.COM Www.Mixed.com <https://angle.com>
                """;
        Document folio = parse(text);
        assertEquals(stock(text), folio);
        assertTrue(folio.toString().contains("someone@example.com"));
    }

    @Test
    void linksTheSameAsFlexmarksExtensionOnRandomText() {
        Random random = new Random(6);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(40);
            for (int i = 0; i < parts; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String source = text.toString();
            assertEquals(stock(source), parse(source), source);
        }
    }

    @Test
    void onlyTextThatCanHoldALinkIsHandedOver() {
        Parser parser = FOLIO.parser;
        assertFalse(AutolinkPass.mayHoldLink(firstText(parser, "plain words without anything")));
        assertFalse(AutolinkPass.mayHoldLink(firstText(parser, "two ww only")));
        assertTrue(AutolinkPass.mayHoldLink(firstText(parser, "see wWw.x")));
        assertTrue(AutolinkPass.mayHoldLink(firstText(parser, "a@b")));
        assertTrue(AutolinkPass.mayHoldLink(firstText(parser, "x:y")));
    }

    private static com.vladsch.flexmark.util.ast.Node firstText(Parser parser, String text) {
        return parser.parse(text).getFirstChild().getFirstChild();
    }

    private static Document parse(String text) {
        return new DocumentConverter(FOLIO.parser.parse(text), new EmojiText(FOLIO.options)).convert();
    }

    private static Document stock(String text) {
        return new DocumentConverter(STOCK.parse(text), new EmojiText(FOLIO.options)).convert();
    }
}
