package dev.folio.layout;

import dev.folio.doc.Document;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Width;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three layout invariants, on generated documents at every width from 1 to 200: no line
 * wider than the width, no control character in any span, every word of the source on the page.
 * Regions must also point inside the lines they name. An integration test: thousands of pages
 * take several seconds. The assertions are {@link PageInvariants}.
 */
class InvariantsIT {
    private static final int DOCUMENTS_PER_WIDTH = 4;

    static IntStream widths() {
        return IntStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "width {0}")
    @MethodSource("widths")
    void generatedDocumentsKeepTheInvariants(int width) {
        for (int i = 0; i < DOCUMENTS_PER_WIDTH; i++) {
            long seed = width * 7919L + i;
            Document doc = new DocGen(seed).document();
            LayoutOptions.LinkNotes notes = i % 2 == 0 ? LayoutOptions.LinkNotes.NONE : LayoutOptions.LinkNotes.AFTER_BLOCK;
            Page page = Layout.of(doc, new LayoutOptions(width, notes));
            String where = "seed " + seed + " width " + width + "\n";
            PageInvariants.assertLinesFit(page, width, where);
            PageInvariants.assertNoControls(page, where);
            PageInvariants.assertWordsPresent(SourceWords.of(doc), page, width, where);
            PageInvariants.assertRegionsInside(page, where);
        }
    }

    /** With East Asian Ambiguous characters two columns wide, bars, rules and borders double: lines must still fit. */
    @ParameterizedTest(name = "width {0}, ambiguous wide")
    @MethodSource("someWidths")
    void invariantsHoldWhenAmbiguousCharactersAreWide(int width) {
        for (int i = 0; i < DOCUMENTS_PER_WIDTH; i++) {
            long seed = width * 104729L + i;
            Document doc = new DocGen(seed).document();
            Page page = Layout.of(doc, new LayoutOptions(width, LayoutOptions.LinkNotes.AFTER_BLOCK)
                    .withAmbiguous(AmbiguousWidth.WIDE));
            String where = "ambiguous wide, seed " + seed + " width " + width + "\n";
            // the page is measured as it was laid out: ambiguous characters two columns wide
            try (Width.Scope wide = Width.counting(AmbiguousWidth.WIDE)) {
                PageInvariants.assertLinesFit(page, width, where);
                PageInvariants.assertWordsPresent(SourceWords.of(doc), page, width, where);
                PageInvariants.assertRegionsInside(page, where);
            }
        }
    }

    static IntStream someWidths() {
        return IntStream.of(1, 2, 3, 4, 5, 7, 10, 13, 20, 33, 40, 57, 80, 101, 150, 200);
    }
}
