package dev.folio.input;

/** Bytes that are not text folio can show: binary data, or undecodable in the asked charset. */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    public DecodeException(String reason) {
        super(reason);
    }

    /** Names the input, for the one-line error the user sees. */
    public InputException about(String inputName) {
        return new InputException(inputName, getMessage(), this);
    }
}
