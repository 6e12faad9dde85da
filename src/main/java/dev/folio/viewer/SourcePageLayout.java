package dev.folio.viewer;

import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.layout.SourceLayout;
import dev.folio.text.AmbiguousWidth;

/**
 * The source view's layout: a document's Markdown as written, in place of its rendering, which
 * it keeps so that {@code v} can go back to it. Every relayout (resize, a longer document, the
 * column keys, another document) then shows the source too. A document without Markdown (an
 * HTML page's reader view) is shown rendered.
 */
record SourcePageLayout(PageLayout rendering, boolean numbers) implements PageLayout {
    @Override
    public Page layout(Document document, int width) {
        return layout(document, width, null);
    }

    @Override
    public Page layout(Document document, int width, Source source) {
        if (document.markdown() == null) {
            return rendering.layout(document, width, source);
        }
        return SourceLayout.of(document, LayoutOptions.of(width).withAmbiguous(rendering.ambiguous()), numbers);
    }

    @Override
    public PageLayout toggledImages() {
        return new SourcePageLayout(rendering.toggledImages(), numbers);
    }

    @Override
    public PageLayout forScreenRows(int rows) {
        PageLayout sized = rendering.forScreenRows(rows);
        return sized == rendering ? this : new SourcePageLayout(sized, numbers);
    }

    @Override
    public AmbiguousWidth ambiguous() {
        return rendering.ambiguous();
    }

    @Override
    public boolean showsSource() {
        return true;
    }
}
