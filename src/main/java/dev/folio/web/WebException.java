package dev.folio.web;

import dev.folio.input.InputException;

/**
 * A web document that could not be fetched, told in one line after {@code folio: <url>:}
 * ({@code 404 Not Found}, {@code connection refused}, {@code timed out after 10 s}). It is an
 * {@link InputException}, so the command line reports it as it reports a missing file (exit 1).
 */
public final class WebException extends InputException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides whether a cached copy may stand in. */
    public enum Kind {
        /** The server could not be reached or did not answer in time: a cached copy may be shown. */
        UNREACHABLE,
        /** The server answered with an error status ({@link #status()}). */
        STATUS,
        /** Refused by folio's rules: a redirect to another scheme, too large, not a document, TLS. */
        REFUSED,
        /** The answer was broken: closed midway, undecodable, unsupported encoding. */
        BROKEN
    }

    private final Kind kind;
    private final int status;

    public WebException(String url, Kind kind, String why) {
        this(url, kind, 0, why, null);
    }

    public WebException(String url, Kind kind, String why, Throwable cause) {
        this(url, kind, 0, why, cause);
    }

    public WebException(String url, Kind kind, int status, String why, Throwable cause) {
        super(url, why, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status for {@link Kind#STATUS}, else 0. */
    public int status() {
        return status;
    }
}
