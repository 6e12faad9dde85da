package dev.folio.viewer;

import dev.folio.layout.HeadingAnchor;
import dev.folio.layout.MediaItem;
import dev.folio.layout.Span;

/** Keys in the outline, the media list and help: move the selection, choose, close. */
final class Lists {
    private Lists() {}

    static ViewerState openOutline(ViewerState s) {
        if (s.page().headings().isEmpty()) {
            return s.withStatus(Status.info("no headings in this document"));
        }
        return s.withMode(Mode.OUTLINE).withSelection(Math.max(0, Navigation.currentHeading(s)));
    }

    static ViewerState openMedia(ViewerState s) {
        if (s.page().media().isEmpty()) {
            return s.withStatus(Status.info("no images, audio or video here"));
        }
        return s.withMode(Mode.MEDIA_LIST).withSelection(0);
    }

    /** The message log, scrolled to its end (the newest message). */
    static ViewerState openMessages(ViewerState s) {
        if (s.messages().isEmpty()) {
            return s.withStatus(Status.info("no messages yet"));
        }
        ViewerState open = s.withMode(Mode.MESSAGES);
        int count = Panel.items(open).size();
        return open.withSelection(Math.max(0, count - Panel.of(open, count).bodyRows()));
    }

    static ViewerState openHelp(ViewerState s) {
        return s.withMode(Mode.HELP).withSelection(0);
    }

    static Step key(ViewerState s, Action action) {
        int count = Panel.items(s).size();
        Panel panel = Panel.of(s, count);
        // Help scrolls its text; the other lists move a selection.
        int last = s.mode().scrollsText() ? Math.max(0, count - panel.bodyRows()) : Math.max(0, count - 1);
        int page = Math.max(1, panel.bodyRows());
        switch (action) {
            case LINE_DOWN: return Step.of(select(s, s.selection() + 1, last));
            case LINE_UP: return Step.of(select(s, s.selection() - 1, last));
            case PAGE_DOWN: return Step.of(select(s, s.selection() + page, last));
            case PAGE_UP: return Step.of(select(s, s.selection() - page, last));
            case HALF_PAGE_DOWN: return Step.of(select(s, s.selection() + Math.max(1, page / 2), last));
            case HALF_PAGE_UP: return Step.of(select(s, s.selection() - Math.max(1, page / 2), last));
            case TOP: return Step.of(select(s, 0, last));
            case BOTTOM: return Step.of(select(s, last, last));
            case FOLLOW: return choose(s);
            case CLOSE: case QUIT: return Step.of(closed(s));
            case OUTLINE: return Step.of(s.mode() == Mode.OUTLINE ? closed(s) : s);
            case MEDIA: return Step.of(s.mode() == Mode.MEDIA_LIST ? closed(s) : s);
            case BOOKMARKS: return Step.of(s.mode() == Mode.BOOKMARKS ? closed(s) : s);
            case COLLECTION_SEARCH: return Step.of(s.mode() == Mode.SEARCH_RESULTS ? closed(s) : s);
            case HELP: return Step.of(s.mode() == Mode.HELP ? closed(s) : s);
            case MESSAGES: return Step.of(s.mode() == Mode.MESSAGES ? closed(s) : s);
            default: return Step.of(s);
        }
    }

    /** A list closed: back to the library view when it was opened from there, else to reading. */
    static ViewerState closed(ViewerState s) {
        ViewerState reading = s.reading();
        return LibraryKeys.isFolder(s.source()) && s.shelf().library() != null ? reading.withMode(Mode.LIBRARY) : reading;
    }

    /** The wheel over a list moves it like the arrow keys. */
    static ViewerState wheel(ViewerState s, int lines) {
        int count = Panel.items(s).size();
        int last = s.mode().scrollsText() ? Math.max(0, count - Panel.of(s, count).bodyRows()) : Math.max(0, count - 1);
        return select(s, s.selection() + lines, last);
    }

    private static ViewerState select(ViewerState s, int selection, int last) {
        return s.withSelection(Math.max(0, Math.min(selection, last)));
    }

    private static Step choose(ViewerState s) {
        if (s.mode() == Mode.BOOKMARKS) {
            return Places.open(s);
        }
        if (s.mode() == Mode.SEARCH_RESULTS) {
            return CollectionSearch.open(s);
        }
        int count = s.mode() == Mode.OUTLINE ? s.page().headings().size() : s.page().media().size();
        if (s.selection() < 0 || s.selection() >= count) {
            return Step.of(s.reading());
        }
        if (s.mode() == Mode.OUTLINE) {
            HeadingAnchor h = s.page().headings().get(s.selection());
            ViewerState remembered = s.reading().withHistory(s.history().push(s.position()));
            return Step.of(remembered.withTop(h.line()).withFocus(ViewerState.NO_FOCUS));
        }
        if (s.mode() == Mode.MEDIA_LIST) {
            MediaItem item = s.page().media().get(s.selection());
            ViewerState reading = s.reading();
            if (item.link() != Span.NO_LINK && item.link() < s.page().links().size()) {
                return Following.follow(reading, item.link(), Following.Intent.EXTERNAL);
            }
            if (item.target().isBlank()) {
                return Step.of(reading.withStatus(Status.info("nothing to open: it is embedded")));
            }
            return Following.followHref(reading, item.target(), Following.Intent.EXTERNAL);
        }
        return Step.of(s.reading());
    }
}
