package dev.folio.viewer;

/** The messages about the collection around the document: listings, titles, order, places, bookmarks. */
final class Shelves {
    private Shelves() {}

    /** The next step for a collection message, or null when {@code msg} is not one. */
    static Step apply(ViewerState s, Msg msg) {
        if (msg instanceof Msg.FolderListed listed) {
            return Places.savingOnLeave(s, LibraryKeys.listed(s, listed));
        }
        if (msg instanceof Msg.FolderFailed failed) {
            return LibraryKeys.failed(s, failed);
        }
        if (msg instanceof Msg.TitlesRead titles) {
            return Step.of(LibraryKeys.titles(s, titles));
        }
        if (msg instanceof Msg.CollectionFound found) {
            return Step.of(Articles.found(s, found));
        }
        if (msg instanceof Msg.PositionFound position) {
            return Step.of(Places.found(s, position));
        }
        if (msg instanceof Msg.BookmarksListed bookmarks) {
            return Step.of(Places.listed(s, bookmarks));
        }
        if (msg instanceof Msg.SearchProgress progress) {
            return Step.of(CollectionSearch.progress(s, progress));
        }
        if (msg instanceof Msg.SearchResults results) {
            return Step.of(CollectionSearch.results(s, results));
        }
        if (msg instanceof Msg.Notice notice) {
            String text = Following.shown(notice.text());
            return Step.of(s.withStatus(notice.error() ? Status.error(text) : Status.info(text)));
        }
        return null;
    }
}
