package dev.folio.theme;

/** A theme that cannot be used: an unknown name, or a theme file with a mistake (its message names the line). */
public final class ThemeException extends Exception {
    public ThemeException(String message) {
        super(message);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
