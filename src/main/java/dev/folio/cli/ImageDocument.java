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

    /** What the status line says when it opens: what the file is, and how to open it. */
    static String notice(String fileName, String kind) {
        return fileName + ": " + kind + "; m Enter opens it";
    }
}
