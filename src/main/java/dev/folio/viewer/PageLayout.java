package dev.folio.viewer;

import dev.folio.doc.Document;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;

/** Lays a document out at a column width; the viewer's only way to reach the layout. */
@FunctionalInterface
public interface PageLayout {
    Page layout(Document document, int width);

    /** The real layout ({@link Layout#of}). */
    static PageLayout standard() {
        return (document, width) -> Layout.of(document, LayoutOptions.of(width));
    }
}
