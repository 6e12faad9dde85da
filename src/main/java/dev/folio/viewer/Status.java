package dev.folio.viewer;

/** A one-line message for the status bar, until the next key. */
public record Status(String text, Kind kind) {
    public static final Status NONE = new Status("", Kind.NONE);

    public enum Kind { NONE, INFO, ERROR }

    public static Status info(String text) {
        return new Status(text, Kind.INFO);
    }

    public static Status error(String text) {
        return new Status(text, Kind.ERROR);
    }

    public boolean isEmpty() {
        return kind == Kind.NONE || text.isEmpty();
    }
}
