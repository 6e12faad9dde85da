package dev.folio.library;

/**
 * What the first lines of a document say about it.
 *
 * @param title     its first heading, else its front matter's title; null when it has neither
 * @param sourceUrl the web original it was translated or copied from ({@code 原文：}, {@code Source:},
 *                  {@code Original:} near the top, or front matter {@code source}, {@code url},
 *                  {@code original}, {@code canonical_url}); null when none
 * @param kind      {@link EntryKind#DOCUMENT}, or {@link EntryKind#BINARY} / {@link EntryKind#UNREADABLE}
 */
public record Head(String title, String sourceUrl, EntryKind kind) {
    static final Head BINARY = new Head(null, null, EntryKind.BINARY);
    static final Head UNREADABLE = new Head(null, null, EntryKind.UNREADABLE);
}
