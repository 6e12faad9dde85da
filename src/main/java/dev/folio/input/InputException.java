package dev.folio.input;

import dev.folio.text.Sanitizer;

/**
 * An input that cannot be read or decoded, told the way the user sees it: {@code what} names the
 * input ({@code notes.md}, {@code stdin}) and {@code why} says what is wrong with it
 * ({@code no such file}). Both are sanitised, so the message is always one safe line.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final String why;

    public InputException(String what, String why) {
        this(what, why, null);
    }

    public InputException(String what, String why, Throwable cause) {
        super(Sanitizer.target(what) + ": " + Sanitizer.visible(why), cause);
        this.what = Sanitizer.target(what);
        this.why = Sanitizer.visible(why);
    }

    /** The input's name as shown (file name as given, or {@code stdin}). */
    public String what() {
        return what;
    }

    /** The kind of image the input is ({@code a PNG image}) when that is why it is no text, else null. */
    public String image() {
        return getCause() instanceof DecodeException d ? d.image() : null;
    }

    /** What is wrong with it, in a few words. */
    public String why() {
        return why;
    }
}
