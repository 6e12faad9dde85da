package dev.folio.viewer;

/** A one-line message for the status bar, until the next key. */
public record Status(String text, Kind kind) {
    public static final Status NONE = new Status("", Kind.NONE);

    /** PROGRESS: work still going on (a long document being read); it outlasts keys. */
    public enum Kind { NONE, INFO, ERROR, PROGRESS }

    public static Status info(String text) {
        return new Status(text, Kind.INFO);
    }

    public static Status progress(String text) {
        return new Status(text, Kind.PROGRESS);
    }

    public static Status error(String text) {
        return new Status(text, Kind.ERROR);
    }

    public boolean isEmpty() {
        return kind == Kind.NONE || text.isEmpty();
    }
}
