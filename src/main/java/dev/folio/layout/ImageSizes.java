package dev.folio.layout;

/**
 * How large an image is on the screen, known before it is decoded (from its header), so the
 * layout reserves its box and nothing moves when the pixels arrive. Implementations must be
 * deterministic for a layout to stay pure: the same target and room, the same answer.
 */
@FunctionalInterface
public interface ImageSizes {
    /** No image is drawn: every image keeps its text line only. */
    ImageSizes NONE = (target, maxColumns) -> Answer.TEXT_ONLY;

    /**
     * What image {@code target} (as written in the document) takes in at most {@code
     * maxColumns} columns: a box of cells, a reason it cannot be shown, or its text line only.
     */
    Answer of(String target, int maxColumns);

    /**
     * These sizes on a screen of {@code rows} rows, for sizes whose height limit is a share of
     * the screen (recomputed on every resize); the same sizes when the limit is fixed.
     */
    default ImageSizes forScreenRows(int rows) {
        return this;
    }

    /** The answer for one image. */
    sealed interface Answer permits Cells, Refused, TextOnly {
        Answer TEXT_ONLY = new TextOnly();
    }

    /** A box of terminal cells, at least 1 × 1. */
    record Cells(int columns, int rows) implements Answer {
        public Cells {
            if (columns < 1 || rows < 1) {
                throw new IllegalArgumentException("empty image box: " + columns + "×" + rows);
            }
        }
    }

    /** The image cannot be shown; {@code reason} is one line ({@code no such file}) shown under its caption. */
    record Refused(String reason) implements Answer {}

    /** Only the text line (a remote image, or images turned off). */
    record TextOnly() implements Answer {}
}
