package dev.folio.layout;

import dev.folio.doc.Document;

/** Lays a document out at a width. Pure: the same document and options give the same page. */
public final class Layout {
    private Layout() {}

    public static Page of(Document document, LayoutOptions options) {
        throw new UnsupportedOperationException("not yet written");
    }
}
