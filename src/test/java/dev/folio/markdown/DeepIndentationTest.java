package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeepIndentationTest {
    private static final int MAX = DeepIndentation.MAX_COLUMNS;

    @Test
    void aSourceWithoutDeepLinesIsReturnedAsItIs() {
        String source = "# T\n\n" + " ".repeat(MAX) + "x\n\t\tcode\n";
        assertSame(source, DeepIndentation.cap(source));
    }

    @Test
    void deeperIndentationIsCappedAndEveryLineKeepsItsNumber() {
        String source = "a\n" + " ".repeat(MAX + 100) + "b\n" + "\t".repeat(MAX / 4) + " \tc\nd";
        assertEquals("a\n" + " ".repeat(MAX) + "b\n" + " ".repeat(MAX) + "c\nd", DeepIndentation.cap(source));
    }

    @Test
    void aTopLevelFencesLinesKeepTheirIndentation() {
        String deep = " ".repeat(MAX + 8) + "art\n";
        String source = "```text\n" + deep + "```\n" + deep + "~~~~\n" + deep + "~~~\n" + deep + "~~~~\n" + deep;
        assertEquals("```text\n" + deep + "```\n" + " ".repeat(MAX) + "art\n" + "~~~~\n" + deep + "~~~\n" + deep + "~~~~\n"
                + " ".repeat(MAX) + "art\n", DeepIndentation.cap(source));
    }

    @Test
    void aListNestedBeyondWhatIsKeptReadsTheSameWithTheCap() {
        // 400 levels: lines of up to 800 columns, deeper than the cap; nothing beyond 32 levels is shown as nesting.
        String source = IntStream.range(0, 400).mapToObj(i -> "  ".repeat(i) + "- w" + i).collect(Collectors.joining("\n", "", "\n"));
        MarkdownParser parser = new MarkdownParser();
        String normalised = SourceText.normalise(source);
        Document capped = parser.parseNormalised(DeepIndentation.cap(normalised));
        Document whole = parser.parseNormalised(normalised);
        assertEquals(whole.blocks(), capped.blocks());
        assertTrue(capped.blocks().toString().contains("w399"));
    }
}
