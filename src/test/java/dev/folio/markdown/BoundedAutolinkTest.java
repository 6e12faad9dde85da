package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bare URLs are still linked; the inputs that made flexmark's autolinking quadratic are not slow. */
class BoundedAutolinkTest {
    private final MarkdownParser parser = new MarkdownParser();

    private List<String> targets(String markdown) {
        List<String> out = new ArrayList<>();
        for (Block b : parser.parse(markdown).blocks()) {
            if (b instanceof Block.Paragraph p) {
                collect(p.content(), out);
            }
        }
        return out;
    }

    private static void collect(List<Inline> inlines, List<String> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Link l) {
                out.add(l.target());
            } else if (i instanceof Inline.Styled s) {
                collect(s.children(), out);
            }
        }
    }

    @Test
    void bareUrlsWwwAndMailAreStillLinked() {
        // An entity inside a bare URL still belongs to it (flexmark joins the nodes).
        List<String> joined = targets("see https://example.com/a?b=1&amp;c=2 now");
        assertEquals(1, joined.size());
        assertTrue(joined.get(0).startsWith("https://example.com/a?b=1&") && joined.get(0).endsWith("c=2"), joined.get(0));
        assertEquals(1, targets("go to www.example.com today").size());
        assertEquals(1, targets("write to someone@example.com please").size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyEntitiesWithoutSpacesAreLinear() {
        // 2,500 of these took a minute before; 100,000 now take about a second.
        String text = "&#27;[2J".repeat(100_000);
        assertEquals(List.of(), targets(text));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLongRunOfWordCharactersAndDotsIsLinear() {
        assertEquals(List.of(), targets("a." .repeat(300_000)));
        targets("www.a".repeat(100_000));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyEscapesInOneTextAreLinear() {
        // 200,000 escaped backslashes took 17 s before.
        assertEquals(List.of(), targets("\\\\".repeat(200_000)));
    }

    @Test
    void theRunCheckCountsEntitiesAsLetters() {
        assertEquals(-1, BoundedAutolink.schemeRun("a".repeat(BoundedAutolink.MAX_SCHEME_RUN + 1), 0));
        assertEquals(3, BoundedAutolink.schemeRun("x:abc", 0));
        assertEquals(5, BoundedAutolink.schemeRun("abc", 2));
    }
}
