package dev.folio.web;

import java.util.Map;

/** The reason phrase of an HTTP status, which the JDK's client does not pass on. */
final class StatusText {
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private StatusText() {}

    /** {@code 404 Not Found}, or {@code HTTP status 599}. */
    static String of(int status) {
        String phrase = PHRASES.get(status);
        return phrase == null ? "HTTP status " + status : status + " " + phrase;
    }
}
