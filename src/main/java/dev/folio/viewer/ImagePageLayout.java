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
                       boolean shown, LayoutOptions.WideCode wideCode) implements PageLayout {
    @Override
    public Page layout(Document document, int width) {
        return Layout.of(document, options(width));
    }

    @Override
    public Page layout(Document document, int width, Source source) {
        LayoutOptions options = options(width);
        if (shown && source != null && source.base() != null) {
            options = options.withImages(images.apply(source.base()));
        }
        return Layout.of(document, options);
    }

    private LayoutOptions options(int width) {
        return LayoutOptions.of(width).withHighlighter(highlighter).withAmbiguous(ambiguous).withWideCode(wideCode);
    }

    @Override
    public PageLayout toggledImages() {
        return new ImagePageLayout(highlighter, ambiguous, images, !shown, wideCode);
    }

    @Override
    public boolean drawsImages() {
        return shown;
    }
}
