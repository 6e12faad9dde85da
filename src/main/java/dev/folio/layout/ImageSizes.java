package dev.folio.layout;

import java.util.Optional;

/**
 * How large an image is on the screen, known before it is decoded (from its header), so the
 * layout reserves its box and nothing moves when the pixels arrive. Implementations must be
 * deterministic for a layout to stay pure: the same target and room, the same answer.
 */
@FunctionalInterface
public interface ImageSizes {
    /** No image is drawn: every image keeps its text line only. */
    ImageSizes NONE = (target, maxColumns) -> Optional.empty();

    /**
     * The cells image {@code target} (as written in the document) takes in at most {@code
     * maxColumns} columns, or empty to show only its text line (remote, missing, refused).
     */
    Optional<Cells> of(String target, int maxColumns);

    /** A size in terminal cells, at least 1 × 1. */
    record Cells(int columns, int rows) {
        public Cells {
            if (columns < 1 || rows < 1) {
                throw new IllegalArgumentException("empty image box: " + columns + "×" + rows);
            }
        }
    }
}
