package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linear replacements of flexmark's inline HTML, code span and delimiter processing give the
 * same document as flexmark's own inline parser, on inputs at the edges of each rule. (How fast
 * they are on hostile input is checked by {@code PathologicalInputIT}.)
 */
class LinearInlineParserTest {
    private static final MarkdownParser FOLIO = new MarkdownParser();

    /** flexmark with folio's options but its own inline parser. */
    private static Document stock(String markdown) {
        FlexmarkSetup setup = FOLIO.setup(java.util.EnumSet.allOf(ExtensionScan.Extension.class));
        MutableDataSet options = new MutableDataSet(setup.options);
        options.set(Parser.HEADING_PARSER, true);
        options.set(Parser.BLOCK_QUOTE_PARSER, true);
        options.set(Parser.LIST_BLOCK_PARSER, true);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, true);
        Parser parser = Parser.builder(options).build();
        return new DocumentConverter(parser.parse(markdown), new EmojiText(setup.options)).convert();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // inline HTML of the four kinds a closer bounds, closed, unclosed and nested
        "a <? b ?> c", "a <? b", "a <? b <? c ?> d", "a <?> b ?>", "<??>",
        "a <!-- b --> c", "a <!-- b", "<!----> x", "<!--> x -->", "<!---> x -->", "a <!-- b -- c --> d",
        "a <![CDATA[ b ]]> c", "a <![cdata[ b ]]> c", "a <![CDATA[ b ]] c", "a <![CDATA[ b\nc ]]> d",
        "a <!DOCTYPE html> b", "a <!A b", "a <!A b> <!B c", "a <!> b", "a <!1 b>",
        "<a href=\"x>y\">t</a>", "<a b='c\nd'>", "x <a b=\" y", "</b> <b/> <b c=d>",
        // code spans: every run length, escaped openers, runs inside runs
        "`a`", "``a ` b``", "` `` `", "```a``", "``a```b``", "`a` ``b`` `c", "\\`a`", "\\``a``",
        "` a ``` b ` c ```", "`a\nb`", "x ` y", "````", "`` ` ``",
        // delimiters: the rule of three, strikethrough lengths, nesting and leftovers
        "a**b c* d", "a**b c* d* e**", "*foo**bar*", "*foo**bar**baz*", "**foo*bar*baz**", "foo***bar***baz",
        "*a **b** c*", "***a***", "***a** b*", "***a* b**", "**a *b***", "*a *b* c*", "_a __b__ c_", "a_b_c",
        "*a _b* c_", "**a**b**c**", "*(*foo*)*", "**foo \"*bar*\" foo**", "*foo *bar**", "foo******bar*********baz",
        "~~a~~", "~a~", "~~~a~~~", "~~a ~b~ c~~", "~~a ~~b~~ c~~", "~~a", "a ~~b ~ c~~", "~~~~a~~ b~~",
        "*a [b*](c) d*", "[*a*](b) *c", "**a [b** c](d)", "*a `*` b*", "*a <b c=\"*\"> d*",
    })
    void sameDocumentAsFlexmark(String markdown) {
        assertEquals(stock(markdown), FOLIO.parse(markdown), markdown);
    }

    @Test
    void anUnclosedInstructionIsTextAndALaterOneStillCloses() {
        Document doc = FOLIO.parse("a <? b <? c ?> d");
        assertEquals(stock("a <? b <? c ?> d"), doc);
        assertTrue(Docs.text(doc).contains("d"));
    }

    @Test
    void codeSpanClosersAreFoundByExactLength() {
        List<Inline.Code> spans = Docs.all(FOLIO.parse("`a ``b`` c` ``d` e``"), Inline.Code.class);
        assertEquals(List.of(new Inline.Code("a ``b`` c"), new Inline.Code("d` e")), spans);
    }
}
