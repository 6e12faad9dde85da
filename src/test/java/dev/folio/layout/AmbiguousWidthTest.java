package dev.folio.layout;

import static dev.folio.layout.Docs.doc;
import static dev.folio.layout.Docs.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Document;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Width;
import org.junit.jupiter.api.Test;

/** Ambiguous width is a layout option: the page depends on it and on nothing the caller's thread set. */
class AmbiguousWidthTest {
    private static final Document CIRCLED = doc(para("①②③④⑤⑥"));

    private static Page at(AmbiguousWidth ambiguous) {
        return Layout.of(CIRCLED, LayoutOptions.of(6).withAmbiguous(ambiguous));
    }

    @Test
    void wideAmbiguousCharactersWrapWhereNarrowOnesFit() {
        assertEquals(1, at(AmbiguousWidth.NARROW).size());
        assertEquals(2, at(AmbiguousWidth.WIDE).size(), "six circled digits are twelve columns when wide");
    }

    @Test
    void theLayoutIgnoresHowTheCallingThreadCounts() {
        Page narrow = at(AmbiguousWidth.NARROW);
        try (Width.Scope wide = Width.counting(AmbiguousWidth.WIDE)) {
            assertEquals(PageText.render(narrow), PageText.render(at(AmbiguousWidth.NARROW)));
        }
        assertEquals(AmbiguousWidth.NARROW, Width.ambiguous(), "the layout restored the caller's count");
    }
}
