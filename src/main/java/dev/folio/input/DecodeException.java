package dev.folio.input;

/** Bytes that are not text folio can show: binary data, or undecodable in the asked charset. */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of image the bytes are ({@code a PNG image}), or null. */
    private final String image;

    public DecodeException(String reason) {
        this(reason, null);
    }

    public DecodeException(String reason, String image) {
        super(reason);
        this.image = image;
    }

    /** The kind of image the bytes are ({@code a PNG image}), or null when they are no image. */
    public String image() {
        return image;
    }

    /** Names the input, for the one-line error the user sees. */
    public InputException about(String inputName) {
        return new InputException(inputName, getMessage(), this);
    }
}
