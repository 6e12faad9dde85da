package dev.folio.viewer;

import dev.folio.doc.Document;
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.text.AmbiguousWidth;

/** Lays a document out at a column width; the viewer's only way to reach the layout. */
@FunctionalInterface
public interface PageLayout {
    Page layout(Document document, int width);

    /** The real layout ({@link Layout#of}). */
    static PageLayout standard() {
        return highlighted(CodeHighlighter.NONE);
    }

    /** The real layout, with code highlighted by {@code highlighter}. */
    static PageLayout highlighted(CodeHighlighter highlighter) {
        return highlighted(highlighter, AmbiguousWidth.NARROW);
    }

    /** The real layout, with code highlighted, ambiguous characters as wide as the terminal draws them. */
    static PageLayout highlighted(CodeHighlighter highlighter, AmbiguousWidth ambiguous) {
        return (document, width) -> Layout.of(document,
                LayoutOptions.of(width).withHighlighter(highlighter).withAmbiguous(ambiguous));
    }
}
