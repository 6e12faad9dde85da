package dev.folio.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a document stands among its collection's articles: in its index's order when the
 * collection has one, else in its folder's order by file name.
 *
 * @param documents the articles in order
 * @param position  the document's place in them (0-based), or -1 when it is not one of them
 *                  (the index itself: next goes to the first article)
 * @param index     the collection's index; empty when the order is the folder's
 */
public record ReadingOrder(List<Path> documents, int position, Optional<Path> index) {
    public ReadingOrder {
        documents = List.copyOf(documents);
    }

    public Optional<Path> next() {
        int at = position + 1;
        return at < documents.size() ? Optional.of(documents.get(at)) : Optional.empty();
    }

    public Optional<Path> previous() {
        return position > 0 ? Optional.of(documents.get(position - 1)) : Optional.empty();
    }

    /**
     * {@code article 214/12915}, or empty when the document is not an article of the collection
     * or alone in its folder (one document is not a collection).
     */
    public Optional<String> label() {
        return position >= 0 && documents.size() > 1
                ? Optional.of("article " + (position + 1) + "/" + documents.size()) : Optional.empty();
    }
}
