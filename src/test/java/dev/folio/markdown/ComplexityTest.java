package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The count a document is refused by before parsing (issue 11, item 5) counts what the parser will build. */
class ComplexityTest {
    @Test
    void blocksAreTheLinesThatStartOne() {
        Complexity c = Complexity.of("a\n\nb\ncontinued\n- x\n- y\n  1. z\n> q\n# h\n| t |\n\n");
        assertEquals(8, c.blocks()); // a, b, x, y, z, q, h, t: "continued" goes on b's paragraph
        assertEquals(3, c.items());
        assertEquals(9, c.lines());
        assertEquals(11, c.allLines());
    }

    @Test
    void notEveryDashOrNumberIsAnItem() {
        Complexity c = Complexity.of("a\n-b\n1.5 m\n10)x\n");
        assertEquals(1, c.blocks());
        assertEquals(0, c.items());
    }

    @Test
    void theMessageNamesTheBlocksOrTheLinesOfTheOneBlock() {
        assertEquals("too complex to show: 3,000,000 blocks", new TooComplexException(3_000_000, 3_000_000).getMessage());
        assertEquals("too complex to show: one block of 400,000 lines", new TooComplexException(1, 400_000).getMessage());
    }

    @Test
    void aParseBeyondTheHeapIsRefused() {
        long blocks = Complexity.budget() / Complexity.PARSE_BYTES_PER_BLOCK + 1;
        Complexity tooMany = new Complexity(blocks, 0, blocks, blocks);
        assertThrows(TooComplexException.class, tooMany::refuseIfTooMuchToParse);
        new Complexity(1_000, 0, 1_000, 2_000).refuseIfTooMuchToParse();
    }
}
