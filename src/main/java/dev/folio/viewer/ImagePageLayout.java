package dev.folio.viewer;

import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.ImageSizes;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.text.AmbiguousWidth;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The real layout with image boxes when {@code shown}, their text lines only when not.
 *
 * @param images the image sizes for documents in a directory (images are found relative to it)
 */
record ImagePageLayout(CodeHighlighter highlighter, AmbiguousWidth ambiguous, Function<Path, ImageSizes> images,
                       boolean shown) implements PageLayout {
    @Override
    public Page layout(Document document, int width) {
        return Layout.of(document, options(width));
    }

    @Override
    public Page layout(Document document, int width, Source source) {
        LayoutOptions options = PageLayout.wikiFor(options(width), source);
        if (shown && source != null && source.base() != null) {
            options = options.withImages(images.apply(source.base()));
        }
        return Layout.of(document, options);
    }

    private LayoutOptions options(int width) {
        return LayoutOptions.of(width).withHighlighter(highlighter).withAmbiguous(ambiguous);
    }

    @Override
    public PageLayout toggledImages() {
        return new ImagePageLayout(highlighter, ambiguous, images, !shown);
    }

    @Override
    public boolean drawsImages() {
        return shown;
    }
}
