package dev.folio.layout;

import dev.folio.doc.Document;

/**
 * Lays a document out at a width. Pure: the same document and options give the same page.
 *
 * <p>Every line of the page is at most {@code options.width()} columns (by {@link
 * dev.folio.text.Width}), no span holds a control character, and every word of the document
 * appears on the page. Link, media and footnote regions, heading anchors and each line's source
 * line come with it, so the viewer can navigate without looking at the document again.
 */
public final class Layout {
    private Layout() {}

    public static Page of(Document document, LayoutOptions options) {
        LayoutSession session = new LayoutSession(options);
        session.add(document.blocks());
        return session.page(document.title());
    }
}
