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
 * @param images     the image sizes for documents in a directory (images are found relative to it)
 * @param screenRows the screen's rows, which limit an image's height (0: as {@code images} says)
 */
record ImagePageLayout(CodeHighlighter highlighter, AmbiguousWidth ambiguous, Function<Path, ImageSizes> images,
                       boolean shown, int screenRows) implements PageLayout {
    ImagePageLayout(CodeHighlighter highlighter, AmbiguousWidth ambiguous, Function<Path, ImageSizes> images, boolean shown) {
        this(highlighter, ambiguous, images, shown, 0);
    }

    @Override
    public Page layout(Document document, int width) {
        return Layout.of(document, options(width));
    }

    @Override
    public Page layout(Document document, int width, Source source) {
        LayoutOptions options = PageLayout.wikiFor(options(width), source);
        if (shown && source != null && source.base() != null) {
            ImageSizes sizes = images.apply(source.base());
            options = options.withImages(screenRows > 0 ? sizes.forScreenRows(screenRows) : sizes);
        }
        return Layout.of(document, options);
    }

    private LayoutOptions options(int width) {
        return LayoutOptions.of(width).withHighlighter(highlighter).withAmbiguous(ambiguous);
    }

    @Override
    public PageLayout toggledImages() {
        return new ImagePageLayout(highlighter, ambiguous, images, !shown, screenRows);
    }

    @Override
    public PageLayout forScreenRows(int rows) {
        return rows == screenRows ? this : new ImagePageLayout(highlighter, ambiguous, images, shown, rows);
    }

    @Override
    public boolean drawsImages() {
        return shown;
    }
}
