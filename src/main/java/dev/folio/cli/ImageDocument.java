package dev.folio.cli;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;

/**
 * {@code folio picture.png} at a terminal: not a dead end but a document of the one image, which
 * the viewer draws when it draws images, lists under {@code m} (Enter opens it in the image
 * viewer) and {@code i} shows full-screen; the status line says so.
 */
final class ImageDocument {
    private ImageDocument() {}

    /** The document showing {@code fileName} (beside which it is read), an image of this {@code kind}. */
    static Document of(String fileName, String kind) {
        Inline image = new Inline.Media(MediaKind.IMAGE, fileName, fileName);
        return new Document(List.of(new Block.Paragraph(List.of(image), 1)), fileName);
    }

    /**
     * The document a link in the viewer leads to: the file's Markdown, or, for an image named as
     * no image (a file without an extension), the document of that image, as {@code folio IMAGE} shows.
     *
     * @throws java.io.IOException when it cannot be read or is binary and no image (its message is the status line's)
     */
    static Document orText(dev.folio.markdown.MarkdownParser parser, dev.folio.input.InputReader reader,
                           java.nio.file.Path path) throws java.io.IOException {
        try {
            String text = reader.regularFileText(path, path.getFileName().toString()).text();
            dev.folio.markdown.Complexity.of(text).refuseIfTooMuchToView(); // the viewer holds the whole page
            return parser.parse(text);
        } catch (dev.folio.markdown.TooComplexException e) {
            throw new java.io.IOException(e.getMessage(), e);
        } catch (dev.folio.input.InputException e) {
            if (e.image() != null) {
                return of(path.getFileName().toString(), e.image());
            }
            throw new java.io.IOException(e.getMessage(), e);
        }
    }

    /** What the status line says when it opens: what the file is, and how to open it. */
    static String notice(String fileName, String kind) {
        return fileName + ": " + kind + "; m Enter opens it";
    }
}
