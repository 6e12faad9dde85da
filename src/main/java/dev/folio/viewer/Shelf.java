package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.library.Originals;
import dev.folio.library.ReadingOrder;
import dev.folio.library.SearchHit;
import dev.folio.state.Bookmark;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the viewer knows of the collection around the document: the library view (kept while a
 * document opened from it is read, so Backspace returns to the same entry), the document's
 * reading order, the web originals of the collection's documents, the document's own source
 * address, and the bookmarks being listed.
 *
 * @param library   the library view, or null when none was opened
 * @param order     the reading order of {@code orderOf}, or null while it is not known
 * @param sourceUrl the shown document's web original, or null
 * @param opening   the bookmark whose document is being loaded (its line goes to the top), or null
 * @param pendingSearch the text to search for in that document once loaded (a collection search's match), or null
 * @param hits      the last collection search's results ({@code hitsQuery}), best first
 */
public record Shelf(Library library, Path orderOf, ReadingOrder order, Originals originals, String sourceUrl,
                    List<Bookmark> bookmarks, Bookmark opening, String pendingSearch, String hitsQuery,
                    List<SearchHit> hits) {
    public static final Shelf EMPTY = new Shelf(null, null, null, Originals.empty(), null, List.of(), null, null, "", List.of());

    public Shelf {
        originals = originals == null ? Originals.empty() : originals;
        bookmarks = List.copyOf(bookmarks);
        hits = List.copyOf(hits);
    }

    /** The reading order, when it is the one of {@code document}. */
    public Optional<ReadingOrder> orderOf(Path document) {
        return order != null && document != null && document.equals(orderOf) ? Optional.of(order) : Optional.empty();
    }

    public Shelf withLibrary(Library newLibrary) {
        return new Shelf(newLibrary, orderOf, order, originals, sourceUrl, bookmarks, opening, pendingSearch, hitsQuery, hits);
    }

    public Shelf withCollection(Path document, ReadingOrder newOrder, Originals newOriginals, String newSourceUrl) {
        return new Shelf(library, document, newOrder, newOriginals, newSourceUrl, bookmarks, opening, pendingSearch, hitsQuery, hits);
    }

    public Shelf withBookmarks(List<Bookmark> newBookmarks) {
        return new Shelf(library, orderOf, order, originals, sourceUrl, newBookmarks, opening, pendingSearch, hitsQuery, hits);
    }

    public Shelf withOpening(Bookmark newOpening) {
        return new Shelf(library, orderOf, order, originals, sourceUrl, bookmarks, newOpening, pendingSearch, hitsQuery, hits);
    }

    public Shelf withPendingSearch(String text) {
        return new Shelf(library, orderOf, order, originals, sourceUrl, bookmarks, opening, text, hitsQuery, hits);
    }

    public Shelf withHits(String query, List<SearchHit> newHits) {
        return new Shelf(library, orderOf, order, originals, sourceUrl, bookmarks, opening, pendingSearch, query, newHits);
    }
}
