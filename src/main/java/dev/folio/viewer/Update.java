package dev.folio.viewer;

import dev.folio.open.Target;
import java.util.Optional;

/**
 * The viewer's one transition function: a state and a message give the next state and the
 * effects the runtime must perform. Pure apart from what {@link Collaborators} supplies (layout,
 * and the executable bit of files about to be opened).
 */
public final class Update {
    /** Lines scrolled per wheel notch. */
    static final int WHEEL_LINES = 3;

    private Update() {}

    public static Step apply(ViewerState s, Msg msg) {
        if (msg instanceof Msg.KeyPressed) {
            // Leaving a document (a link, another article, the library, quitting) saves the place first.
            return Places.savingOnLeave(s, key(s, ((Msg.KeyPressed) msg).key()));
        }
        Step collection = Shelves.apply(s, msg);
        if (collection != null) {
            return collection;
        }
        if (msg instanceof Msg.Resized) {
            Msg.Resized r = (Msg.Resized) msg;
            return LongDocuments.resized(s, r.columns(), r.rows());
        }
        if (msg instanceof Msg.Loaded) {
            return Following.loaded(s, (Msg.Loaded) msg);
        }
        if (msg instanceof Msg.LoadFailed) {
            Msg.LoadFailed f = (Msg.LoadFailed) msg;
            String reason = f.reason() == null || f.reason().isBlank() ? "cannot open " + f.target() : f.reason();
            return Step.of(s.withStatus(Status.error(Following.shown(reason))));
        }
        if (msg instanceof Msg.Fetching f) {
            return Step.of(WebLinks.progress(s, f));
        }
        if (msg instanceof Msg.OpenResult) {
            Msg.OpenResult r = (Msg.OpenResult) msg;
            String text = Following.shown(r.message());
            return Step.of(s.withStatus(r.error() ? Status.error(text) : Status.info(text)));
        }
        if (msg instanceof Msg.Wheel) {
            return Step.of(EndFollowing.afterMove(s, wheel(s, ((Msg.Wheel) msg).notches()), false));
        }
        if (msg instanceof Msg.FileChanged) {
            return FileActions.changed(s, (Msg.FileChanged) msg);
        }
        if (msg instanceof Msg.Edited) {
            return FileActions.edited(s, (Msg.Edited) msg);
        }
        if (msg instanceof Msg.Parsed parsed) {
            return LongDocuments.parsed(s, parsed);
        }
        if (msg instanceof Msg.Found found) {
            return Step.of(SearchKeys.found(s, found));
        }
        if (msg instanceof Msg.Received received) {
            return Streams.received(s, received);
        }
        if (msg instanceof Msg.Laid laid) {
            return LongDocuments.laid(s, laid);
        }
        if (msg instanceof Msg.Clicked) {
            Msg.Clicked c = (Msg.Clicked) msg;
            return click(s, c.column(), c.row());
        }
        return Step.of(s);
    }

    private static Step key(ViewerState s, Key key) {
        Key k = KeyMap.normalise(key);
        if (k.kind() == Key.Kind.CHAR && k.ctrl() && k.ch() == 'c') {
            return Step.of(s, new Effect.Quit());
        }
        // A message lasts until the next key; progress lasts until the work is done.
        ViewerState t = s.status().kind() == Status.Kind.PROGRESS ? s : s.withStatus(Status.NONE);
        Optional<Action> action = s.env().keys().action(key);
        switch (s.mode()) {
            case SEARCH_INPUT:
                return SearchKeys.key(t, key);
            case HINTS:
                return Hints.key(t, key);
            case CONFIRM_OPEN:
                return confirm(t, key);
            case IMAGE:
                return action.map(a -> Pictures.key(t, a)).orElse(Step.of(t));
            case LIBRARY:
                return LibraryKeys.key(t, key);
            case COLLECTION_QUERY:
                return CollectionSearch.key(t, key);
            case SEARCH_RESULTS:
                return action.map(a -> Lists.key(t, a)).orElse(Step.of(t));
            case BOOKMARKS:
                if (isDelete(key)) {
                    return Places.delete(t);
                }
                return action.map(a -> Lists.key(t, a)).orElse(Step.of(t));
            case OUTLINE:
            case MEDIA_LIST:
            case HELP:
            case MESSAGES:
                return action.map(a -> Lists.key(t, a)).orElse(Step.of(t));
            default:
                return action.map(a -> {
                    Step step = reading(t, a);
                    return step.withState(EndFollowing.afterMove(t, step.state(), a == Action.BOTTOM));
                }).orElse(Step.of(t));
        }
    }

    private static Step reading(ViewerState s, Action action) {
        switch (action) {
            case LINE_DOWN: return Step.of(Navigation.scrollBy(s, 1));
            case LINE_UP: return Step.of(Navigation.scrollBy(s, -1));
            case PAGE_DOWN: return Step.of(Navigation.scrollBy(s, Navigation.fullPage(s)));
            case PAGE_UP: return Step.of(Navigation.scrollBy(s, -Navigation.fullPage(s)));
            case HALF_PAGE_DOWN: return Step.of(Navigation.scrollBy(s, Navigation.halfPage(s)));
            case HALF_PAGE_UP: return Step.of(Navigation.scrollBy(s, -Navigation.halfPage(s)));
            case TOP: return Step.of(s.withTop(0));
            case BOTTOM: return Step.of(s.withTop(s.maxTop()));
            case NEXT_HEADING: return Step.of(Navigation.nextHeading(s));
            case PREVIOUS_HEADING: return Step.of(Navigation.previousHeading(s));
            case OUTLINE: return Step.of(Lists.openOutline(s));
            case NEXT_LINK: return Step.of(Navigation.nextLink(s));
            case PREVIOUS_LINK: return Step.of(Navigation.previousLink(s));
            case FOLLOW: return Following.followFocused(s, Following.Intent.VIEW);
            case HINTS: return Step.of(Hints.start(s));
            case OPEN_EXTERNALLY: return Following.followFocused(s, Following.Intent.EXTERNAL);
            case READ_IN_FOLIO: return Following.followFocused(s, Following.Intent.READ);
            case COPY_LINK: return Following.copyFocused(s);
            case COPY_SECTION: return SectionLink.copy(s);
            case MEDIA: return Step.of(Lists.openMedia(s));
            case VIEW_IMAGE: return Pictures.view(s);
            case TOGGLE_IMAGES: return Pictures.toggle(s);
            case BACK:
                return LibraryKeys.backIsLibrary(s) ? LibraryKeys.returnTo(s, Places.save(s)) : Following.back(s);
            case FORWARD: return Following.forward(s);
            case SEARCH: return Step.of(SearchKeys.start(s));
            case NEXT_MATCH: return SearchKeys.next(s, 1);
            case PREVIOUS_MATCH: return SearchKeys.next(s, -1);
            case NEXT_ARTICLE: return Articles.next(s, 1);
            case PREVIOUS_ARTICLE: return Articles.next(s, -1);
            case COLLECTION_INDEX: return Articles.index(s);
            case LIBRARY: return LibraryKeys.openFromDocument(s, java.util.List.of());
            case ADD_BOOKMARK: return Places.addBookmark(s);
            case BOOKMARKS: return Places.list(s);
            case COLLECTION_SEARCH: return Step.of(CollectionSearch.start(s));
            case NARROWER: return ReadingColumn.narrower(s);
            case WIDER: return ReadingColumn.wider(s);
            case CENTRE: return ReadingColumn.toggleCentre(s);
            case MOUSE: return toggleMouse(s);
            case RELOAD: return reload(s);
            case EDIT: return FileActions.edit(s);
            case HELP: return Step.of(Lists.openHelp(s));
            case MESSAGES: return Step.of(Lists.openMessages(s));
            case CLOSE: return WebLinks.close(s);
            case QUIT: return Step.of(s, new Effect.Quit());
            default: return Step.of(s);
        }
    }

    /** {@code d} or Delete in the bookmark list. */
    private static boolean isDelete(Key key) {
        Key k = KeyMap.normalise(key);
        return k.kind() == Key.Kind.DELETE || k.kind() == Key.Kind.CHAR && !k.ctrl() && !k.alt() && k.ch() == 'd';
    }

    /** Gives the mouse to the terminal (its own selection and copy work) or takes it back. */
    private static Step toggleMouse(ViewerState s) {
        boolean capture = !s.options().mouse();
        String key = s.env().keys().firstKey(Action.MOUSE);
        String said = capture ? "mouse on: the wheel scrolls, clicks follow links"
                : "mouse released: select text with it; " + key + " takes it back";
        return Step.of(s.withOptions(s.options().withMouse(capture)).withStatus(Status.info(said)),
                new Effect.MouseCapture(capture));
    }

    private static Step reload(ViewerState s) {
        if (s.source() == null) {
            return Step.of(s);
        }
        if (s.source().path() == null && !s.source().isWeb()) {
            return Step.of(s.withStatus(Status.info(Following.shown(s.source().name()) + " cannot be read again")));
        }
        return Step.of(s.withStatus(s.source().isWeb() ? WebLinks.started(s.source().url()) : Status.info("reloading…")),
                Following.load(s.source(), Effect.Load.Reason.RELOAD));
    }

    /** {@link Mode#CONFIRM_OPEN}: {@code y} opens the target that was shown; any other key cancels. */
    private static Step confirm(ViewerState s, Key key) {
        Target.NeedsConfirm pending = s.pending();
        ViewerState reading = s.reading();
        if (pending != null && key.kind() == Key.Kind.CHAR && !key.ctrl() && !key.alt()
                && (key.ch() == 'y' || key.ch() == 'Y')) {
            return Following.open(reading, pending.external());
        }
        return Step.of(reading.withStatus(Status.info("not opened")));
    }

    private static ViewerState wheel(ViewerState s, int notches) {
        switch (s.mode()) {
            case READING:
                return Navigation.scrollBy(s, notches * WHEEL_LINES);
            case OUTLINE:
            case MEDIA_LIST:
            case BOOKMARKS:
            case SEARCH_RESULTS:
            case HELP:
            case MESSAGES:
                return Lists.wheel(s, notches);
            case LIBRARY:
                return s.shelf().library() == null ? s
                        : s.withShelf(s.shelf().withLibrary(s.shelf().library().moved(notches * WHEEL_LINES)));
            default:
                return s;
        }
    }

    /** A click on a link follows it; clicks elsewhere (or over a panel) do nothing. */
    private static Step click(ViewerState s, int column, int row) {
        if (s.mode() != Mode.READING || row < 0 || row >= s.pageRows()) {
            return Step.of(s);
        }
        int id = Navigation.linkAt(s, s.top() + row, column - s.columnLeft());
        if (id < 0 || id >= s.page().links().size()) {
            return Step.of(s);
        }
        return Following.follow(s.withStatus(Status.NONE), id, Following.Intent.VIEW);
    }
}
