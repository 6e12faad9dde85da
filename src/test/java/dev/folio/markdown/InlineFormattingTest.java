package dev.folio.markdown;

import static dev.folio.markdown.Docs.inlines;
import static dev.folio.markdown.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Inline;
import dev.folio.doc.Inline.Decoration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineFormattingTest {

    private static Inline styled(Decoration d, Inline... children) {
        return new Inline.Styled(d, List.of(children));
    }

    @Test
    void emphasisStrongAndStrikethroughNest() {
        assertEquals(List.of(styled(Decoration.EMPHASIS, text("em")), text(" "), styled(Decoration.STRONG, text("strong")),
                text(" "), styled(Decoration.STRIKETHROUGH, text("gone")), text(" "),
                styled(Decoration.STRONG, text("a "), styled(Decoration.EMPHASIS, text("b")))),
                inlines("*em* **strong** ~~gone~~ **a _b_**"));
    }

    @Test
    void softAndHardBreaks() {
        assertEquals(List.of(text("a"), new Inline.SoftBreak(), text("b"), new Inline.HardBreak(), text("c"),
                new Inline.HardBreak(), text("d")), inlines("a\nb  \nc\\\nd"));
    }

    @Test
    void adjacentTextIsMergedIntoOneRun() {
        assertEquals(List.of(text("a & b * c")), inlines("a &amp; b \\* c"));
    }
}
