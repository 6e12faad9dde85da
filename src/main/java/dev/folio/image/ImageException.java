package dev.folio.image;

/**
 * Why an image is not shown, as one line for the user ({@code too large: 100000×100000 pixels}).
 * The message never holds the file's bytes.
 */
public final class ImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageException(String message) {
        super(message, null, false, false);
    }
}
