package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11, items 3 and 4, at sizes that take minutes if the superlinear path comes back (each
 * was measured quadratic or worse at a quarter of this size): parsed and laid out, under a
 * generous timeout (a hang fails; speed is a benchmark's business), with the text intact.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputRound2IT {

    private static String laidOut(String markdown) {
        Document doc = Docs.parse(markdown);
        return Layout.of(doc, LayoutOptions.of(80)).lines().stream()
                .map(dev.folio.layout.Line::content).collect(Collectors.joining());
    }

    private static long count(String s, String what) {
        return (s.length() - s.replace(what, "").length()) / what.length();
    }

    @Test
    void inlineHtmlWithoutClosers() {
        // 50 KB of "a <? " took 6 s on this machine (quadratic): here 200 KB of each kind.
        for (String opener : new String[] {"<? ", "<![CDATA[ ", "<!A ", "<!-- "}) {
            String text = laidOut(("a " + opener).repeat(40_000));
            assertEquals(40_000, count(text, opener.strip()), opener);
        }
    }

    @Test
    void oneLetterWithAHundredThousandCombiningMarks() {
        String text = laidOut("a" + "\u0301".repeat(100_000) + " www.example.com");
        assertTrue(text.contains("www.example.com"));
    }

    @Test
    void closersTheRuleOfThreeRefuses() {
        String text = laidOut("a**b" + "c* ".repeat(160_000));
        assertEquals(160_000, count(text, "c"));
    }

    @Test
    void deeplyNestedStrikethroughAndEmphasis() {
        assertEquals(160_000, count(laidOut("~~a ".repeat(80_000) + "b" + " a~~".repeat(80_000)), "a"));
        assertEquals(160_000, count(laidOut("*a **a ".repeat(40_000) + "b" + " a** a*".repeat(40_000)), "a"));
    }

    @Test
    void backtickRunsOfEveryLength() {
        String markdown = IntStream.rangeClosed(1, 3_000).mapToObj(i -> "`".repeat(i) + "a").collect(Collectors.joining(" "));
        assertEquals(3_000, count(laidOut(markdown), "a"));
    }

    @Test
    void aListNestedThreeThousandLevelsByIndentation() {
        String text = laidOut(nestedList(3_000));
        assertTrue(text.contains("w0") && text.contains("w2999"));
    }

    /**
     * 12,000 levels, 144 MB of indentation: seconds with leading whitespace capped (DeepIndentation),
     * about a minute and a half without (flexmark scanned each line's indentation once per open block).
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aListNestedTwelveThousandLevelsByIndentation() {
        String text = laidOut(nestedList(12_000));
        assertTrue(text.contains("w0") && text.contains("w11999"));
    }

    /** A list {@code levels} deep by indentation: each item two spaces further in than the one before. */
    private static String nestedList(int levels) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            md.append("  ".repeat(i)).append("- w").append(i).append('\n');
        }
        return md.toString();
    }

    @Test
    void oneLongDefinitionUsedAHundredThousandTimes() {
        String markdown = "[a]: /" + "d".repeat(60_000) + " \"" + "t".repeat(60_000) + "\"\n\n" + "[a] ".repeat(100_000);
        Document doc = Docs.parse(markdown);
        long links = Docs.all(doc, Inline.Link.class).size();
        assertTrue(links >= 1 && links * 120_000 <= Math.max(markdown.length(), ReferenceTargets.MIN_BUDGET), "links: " + links);
        Layout.of(doc, LayoutOptions.of(80));
    }
}
