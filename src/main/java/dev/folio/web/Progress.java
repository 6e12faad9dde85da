package dev.folio.web;

/**
 * Told as a body arrives, on the client's threads: bytes so far and the length the server
 * announced (-1 when it did not). Must be quick and thread-safe.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (received, total) -> {};

    void update(long received, long total);
}
