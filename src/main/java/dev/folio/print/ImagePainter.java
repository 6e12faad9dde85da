package dev.folio.print;

import java.util.List;

/**
 * What a printer writes in place of an image's box: the lines of the picture, made by folio's
 * own encoder (never bytes of the file). The printer puts the line's gutter (list indent,
 * quote bar) in front of each. Implemented outside this package, which knows no image format.
 */
@FunctionalInterface
public interface ImagePainter {
    /** Leaves every box blank (its caption follows). */
    ImagePainter NONE = (target, columns, rows) -> List.of();

    /**
     * The lines that replace the {@code rows} blank lines of the box of image {@code target}
     * ({@code columns} wide): usually {@code rows} lines of half blocks; one line when a
     * graphics protocol moves the cursor itself; an empty list to keep the blank lines.
     */
    List<String> paint(String target, int columns, int rows);

    /**
     * Whether every line {@link #paint} returns is exactly {@code columns} cells of text (half
     * blocks), so text may follow it on the same line: an image in a table cell, with the
     * other cells and the borders after it. Graphics protocols move the cursor their own way.
     */
    default boolean fillsCells() {
        return false;
    }
}
