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

    /**
     * {@code document}, which came from {@code source}, at {@code width}: a layout that draws
     * images finds them relative to the source's directory.
     */
    default Page layout(Document document, int width, dev.folio.doc.Source source) {
        return layout(document, width);
    }

    /** The same layout with images drawn if this one leaves them out, and the other way round (the toggle key). */
    default PageLayout toggledImages() {
        return this;
    }

    /** This layout on a screen of {@code rows} rows (an image may take a share of them); the same when that does not matter. */
    default PageLayout forScreenRows(int rows) {
        return this;
    }

    /** Whether this layout reserves boxes for images (and so whether there are pictures to draw). */
    default boolean drawsImages() {
        return false;
    }

    /** The real layout, with boxes for images of the sizes {@code images} tells (drawn by the runtime). */
    static PageLayout withImages(CodeHighlighter highlighter, AmbiguousWidth ambiguous,
                                 java.util.function.Function<java.nio.file.Path, dev.folio.layout.ImageSizes> images) {
        return new ImagePageLayout(highlighter, ambiguous, images, true);
    }

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
        return new PageLayout() {
            @Override
            public Page layout(Document document, int width) {
                return Layout.of(document, options(width));
            }

            @Override
            public Page layout(Document document, int width, dev.folio.doc.Source source) {
                return Layout.of(document, wikiFor(options(width), source));
            }

            private LayoutOptions options(int width) {
                return LayoutOptions.of(width).withHighlighter(highlighter).withAmbiguous(ambiguous);
            }
        };
    }

    /** {@code options} with wiki links looked up beside a file's source (web pages and stdin have none). */
    static LayoutOptions wikiFor(LayoutOptions options, dev.folio.doc.Source source) {
        if (source == null || source.path() == null || source.isWeb() || source.base() == null) {
            return options;
        }
        return options.withWiki(WikiLookup.beside(source.base(), dev.folio.open.LinkResolver.system()));
    }
}
