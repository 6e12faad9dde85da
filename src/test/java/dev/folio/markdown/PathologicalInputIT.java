package dev.folio.markdown;

import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs known to make Markdown parsers hang. Each must finish (the timeout is generous: a hang
 * fails, speed is not asserted) with its text intact.
 */
@Timeout(20)
class PathologicalInputIT {

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Test
    void twoHundredThousandOpenEmphases() {
        String text = Docs.text(parse("*a ".repeat(200_000)));
        assertEquals(200_000, count(text, 'a'));
        assertEquals(200_000, count(text, '*'));
    }

    @Test
    void hundredThousandOpenBrackets() {
        assertEquals(100_000, count(Docs.text(parse("[".repeat(100_000))), '['));
        assertEquals(50_000, count(Docs.text(parse("[a](".repeat(50_000))), 'a'));
    }

    @Test
    void fiftyThousandBackticks() {
        parse("`".repeat(50_000));
        String text = Docs.text(parse("x " + "`".repeat(50_000) + " y"));
        assertEquals(50_000, count(text, '`'));
        assertEquals(50_000, count(Docs.text(parse("`a".repeat(50_000))), 'a'));
    }

    @Test
    void hundredThousandEntitiesInOneParagraph() {
        assertEquals(100_000, count(Docs.text(parse("&amp;".repeat(100_000))), '&'));
    }

    @Test
    void hundredThousandLinksInOneParagraph() {
        assertEquals(100_000, Docs.all(parse("[a](b) ".repeat(100_000)), dev.folio.doc.Inline.Link.class).size());
    }

    @Test
    void hundredThousandCodeSpansInOneParagraph() {
        assertEquals(100_000, Docs.all(parse("`c` ".repeat(100_000)), dev.folio.doc.Inline.Code.class).size());
    }

    @Test
    void tableOfFiftyThousandRows() {
        Document table = parse("| a | b |\n|---|---|\n" + "| x | y |\n".repeat(50_000));
        assertEquals(50_000, ((Block.Table) table.blocks().get(0)).body().size());
    }

    @Test
    void paragraphOfPunctuationLedLines() {
        String text = Docs.text(parse("-x\n+y\n1 z\n(w)\n".repeat(30_000)));
        assertEquals(30_000, count(text, '+'));
        assertEquals(30_000, count(text, '('));
    }

    @Test
    void hugeLines() {
        assertEquals(2_000_000, Docs.text(parse("a".repeat(2_000_000))).length());
        assertEquals(1_700_000, Docs.text(parse("中文".repeat(850_000))).length());
    }

    @Test
    void manyBlocksAndFootnotes() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            md.append("[^n").append(i).append("] ");
        }
        md.append("\n\n");
        for (int i = 0; i < 20_000; i++) {
            md.append("[^n").append(i).append("]: note ").append(i).append('\n');
        }
        Document doc = parse(md.toString());
        assertEquals(20_000, ((Block.Footnotes) doc.blocks().get(doc.blocks().size() - 1)).notes().size());
    }

    @Test
    void emptyInputs() {
        assertTrue(parse("").blocks().isEmpty());
        assertTrue(parse("\uFEFF").blocks().isEmpty());
        assertTrue(parse(" \n\t\n\r\n   ").blocks().isEmpty());
        assertTrue(parse(null).blocks().isEmpty());
    }
}
