package dev.folio.layout;

/**
 * Where an image is drawn on the page: rows {@code firstLine …} {@code firstLine + rows - 1},
 * columns {@code column …} {@code column + columns - 1}. Those lines hold blank {@link
 * Role#IMAGE} spans there, which a printer or the viewer paints over with the picture; its
 * caption line follows.
 */
public record ImageBox(int firstLine, int column, int columns, int rows) {
    /** No box: the media item is shown as its text line only. */
    public static final ImageBox NONE = new ImageBox(-1, 0, 0, 0);

    public boolean isPresent() {
        return rows > 0;
    }

    /** Whether page line {@code line} is one of the box's rows. */
    public boolean covers(int line) {
        return rows > 0 && line >= firstLine && line < firstLine + rows;
    }
}
