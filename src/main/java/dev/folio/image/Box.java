package dev.folio.image;

/** A size in terminal cells: what an image takes on the screen. */
public record Box(int columns, int rows) {
    public Box {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("empty box: " + columns + "×" + rows);
        }
    }
}
