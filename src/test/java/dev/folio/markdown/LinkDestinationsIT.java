package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** folio's link destination scan agrees with flexmark's, and stays linear where flexmark's was not. */
class LinkDestinationsIT {
    private static final LinkDestinationParser FLEXMARK = new LinkDestinationParser(true, false, false, false);

    private static int flexmarkEnd(String s, int start) {
        return start + FLEXMARK.parseLinkDestination(BasedSequence.of(s), start).length();
    }

    @Test
    void agreesWithFlexmarkOnShortDestinations() {
        for (String s : new String[] {"a)", "(a))", "a b", "a\\)b) c", "\\\\)x", "((a)", "<a>", "x\u0001y", "", ")", "a\\"}) {
            for (int start = 0; start <= s.length(); start++) {
                assertEquals(flexmarkEnd(s, start), new LinkDestinations().end(s, start), s + " from " + start);
            }
        }
    }

    @Test
    void agreesWithFlexmarkInsideLongIndexedRuns() {
        Random random = new Random(4);
        String alphabet = "(((())))\\\\ab[]<>!";
        for (int round = 0; round < 20; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 3 * LinkDestinations.DIRECT_LIMIT; i++) {
                sb.append(random.nextInt(400) == 0 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            LinkDestinations shared = new LinkDestinations();
            for (int start = 0; start < s.length(); start += 1 + random.nextInt(7)) {
                assertEquals(flexmarkEnd(s, start), shared.end(s, start), "round " + round + " from " + start);
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyUnclosedLinksInOneRunAreLinear() {
        String s = "[a](".repeat(200_000);
        MarkdownParser parser = new MarkdownParser();
        String text = dev.folio.layout.Layout.of(parser.parse(s), dev.folio.layout.LayoutOptions.of(80))
                .lines().get(0).content();
        assertTrue(text.startsWith("[a]([a]("), text);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunLongerThanOneIndexWindowIsIndexedAWindowAtATime() {
        String s = "[a](x".repeat(LinkDestinations.MAX_INDEXED / 5 * 3);
        LinkDestinations shared = new LinkDestinations();
        for (int start = 4; start < s.length(); start += 5) {
            int end = shared.end(s, start);
            assertTrue(end > start && end <= s.length(), "from " + start);
        }
        assertEquals(s.length(), shared.end(s, s.length() - 1));
    }
}
