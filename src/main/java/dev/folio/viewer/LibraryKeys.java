package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;
import dev.folio.library.Entry;
import dev.folio.library.EntryKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The library view: a folder listed ({@link Msg.FolderListed}), its titles arriving, and its
 * keys. Printable keys type into the filter; the others are the library's own actions in the
 * key map ({@link Action#inLibrary()}: by default arrows, PgUp/PgDn, Home/End and Ctrl-N/Ctrl-P
 * move, Tab sorts, Enter opens, Backspace erases and with nothing typed goes back, Esc clears the
 * filter and then leaves, Ctrl-F searches inside the documents). While the view is shown, the state's source is the folder, so
 * the history entry of a document opened from it leads back to it.
 */
final class LibraryKeys {
    private LibraryKeys() {}

    /** A listing arrived: show it (a new place in history when something else was shown). */
    static Step listed(ViewerState s, Msg.FolderListed msg) {
        Library library = Library.of(msg.dir(), msg.entries(), msg.recent(), msg.select());
        History history = s.history();
        History.Entry last = history.lastBack();
        if (msg.back() && last != null && last.source() != null && msg.dir().equals(last.source().path())) {
            history = history.goBack(s.position());
        } else if (s.source() != null && !msg.dir().equals(s.source().path())) {
            history = history.push(s.position());
        }
        return Step.of(show(s.withHistory(history), library));
    }

    static Step failed(ViewerState s, Msg.FolderFailed msg) {
        return Step.of(s.withStatus(Status.error(Following.shown(msg.dir().toString()) + ": " + msg.reason())));
    }

    static ViewerState titles(ViewerState s, Msg.TitlesRead msg) {
        Library library = s.shelf().library();
        if (library == null || !library.dir().equals(msg.dir())) {
            return s;
        }
        ViewerState t = s.withShelf(s.shelf().withLibrary(library.withTitles(msg.entries())));
        if (s.mode() != Mode.LIBRARY) {
            return t;
        }
        return t.withStatus(msg.remaining() > 0 ? Status.progress("reading titles… " + msg.remaining() + " to go")
                : s.status().kind() == Status.Kind.PROGRESS ? Status.NONE : s.status());
    }

    /** Shows the library view of {@code library}: the folder becomes the state's source. */
    static ViewerState show(ViewerState s, Library library) {
        Source folder = new Source(library.dir(), name(library.dir()), library.dir());
        ViewerState shown = s.reading().withDocument(folder, Document.empty(), ViewerState.emptyPage(s.columnWidth()))
                .withSearch(Search.NONE).withMode(Mode.LIBRARY).withShelf(s.shelf().withLibrary(library));
        return library.titlesPending() > 0 ? shown.withStatus(Status.progress("reading titles…")) : shown.withStatus(Status.NONE);
    }

    /** Back from a document to the library view it was opened from, at the same entry. */
    static Step returnTo(ViewerState s, Effect save) {
        History history = s.history().goBack(s.position());
        ViewerState shown = show(s.withHistory(history), s.shelf().library());
        return save == null ? Step.of(shown) : Step.of(shown, save);
    }

    /** Whether the last history entry is the library view that is kept. */
    static boolean backIsLibrary(ViewerState s) {
        History.Entry back = s.history().lastBack();
        Library library = s.shelf().library();
        return back != null && library != null && isFolder(back.source()) && library.dir().equals(back.source().path());
    }

    static Step key(ViewerState s, Key key) {
        Library l = s.shelf().library();
        if (l == null) {
            return Step.of(s.reading());
        }
        java.util.Optional<Action> action = s.env().keys().libraryAction(key);
        if (action.isPresent()) {
            return act(s, l, action.get());
        }
        Key k = KeyMap.normalise(key);
        if (k.kind() == Key.Kind.CHAR && !k.ctrl() && !k.alt()) {
            return Step.of(with(s, l.typed(new String(Character.toChars(k.ch())))));
        }
        // A key that types nothing and is none of the library's: help, if it is the reader's help key (F1).
        if (s.env().keys().action(key).filter(a -> a == Action.HELP).isPresent()) {
            return Step.of(Lists.openHelp(s));
        }
        return Step.of(s);
    }

    private static Step act(ViewerState s, Library l, Action action) {
        int page = Math.max(1, s.pageRows() - 2);
        switch (action) {
            case LIBRARY_DOWN: return Step.of(with(s, l.moved(1)));
            case LIBRARY_UP: return Step.of(with(s, l.moved(-1)));
            case LIBRARY_PAGE_DOWN: return Step.of(with(s, l.moved(page)));
            case LIBRARY_PAGE_UP: return Step.of(with(s, l.moved(-page)));
            case LIBRARY_FIRST: return Step.of(with(s, l.movedTo(0)));
            case LIBRARY_LAST: return Step.of(with(s, l.movedTo(l.shown().size() - 1)));
            case LIBRARY_SORT: {
                Library sorted = l.nextSort();
                return Step.of(with(s, sorted).withStatus(Status.info("sorted by " + sorted.sort().label())));
            }
            case LIBRARY_ERASE:
                return l.filter().isEmpty() ? back(s) : Step.of(with(s, l.erased()));
            case LIBRARY_CLEAR:
                return l.filter().isEmpty() ? leave(s) : Step.of(with(s, l.withFilter("")));
            case LIBRARY_OPEN:
                return open(s, l);
            case LIBRARY_SEARCH:
                return Step.of(CollectionSearch.startWith(s, l.filter()));
            default:
                return Step.of(s);
        }
    }

    private static ViewerState with(ViewerState s, Library l) {
        return s.withShelf(s.shelf().withLibrary(l));
    }

    private static Step open(ViewerState s, Library l) {
        if (l.selected().isEmpty()) {
            return Step.of(s.withStatus(Status.info(l.filter().isEmpty() ? "nothing to open here" : "nothing matches the filter")));
        }
        Entry e = l.selected().get();
        if (e.kind() == EntryKind.FOLDER) {
            return Step.of(s.withStatus(Status.info("listing " + Following.shown(e.name()) + "…")),
                    new Effect.ListFolder(e.path(), null, false));
        }
        if (e.kind() == EntryKind.BINARY) {
            return Step.of(s.withStatus(Status.error(Following.shown(e.name()) + " is not text")));
        }
        if (e.kind() == EntryKind.UNREADABLE) {
            return Step.of(s.withStatus(Status.error(Following.shown(e.name()) + " cannot be read")));
        }
        return Step.of(s.withStatus(Status.info("loading " + Following.shown(e.name()) + "…")),
                new Effect.Load(e.path(), "", Effect.Load.Reason.FOLLOW));
    }

    /** Backspace with nothing typed: back where the reader came from (a document, a parent folder). */
    private static Step back(ViewerState s) {
        History.Entry back = s.history().lastBack();
        if (back == null || back.source() == null || back.source().path() == null) {
            String leave = s.env().keys().firstKey(Action.LIBRARY_CLEAR);
            return Step.of(s.withStatus(Status.info("type to filter" + (leave.isEmpty() ? "" : "; " + leave + " leaves"))));
        }
        if (isFolder(back.source())) {
            return Step.of(s, new Effect.ListFolder(back.source().path(), s.shelf().library().dir(), true));
        }
        return Following.back(s);
    }

    /** Esc with nothing typed: back to the document the view was opened from, else quit. */
    private static Step leave(ViewerState s) {
        if (s.history().lastBack() != null) {
            return back(s);
        }
        return Step.of(s, new Effect.Quit());
    }

    /** {@code L} in a document: the library view of its folder, with the document selected. */
    static Step openFromDocument(ViewerState s, List<Effect> before) {
        if (s.source() == null || s.source().path() == null) {
            return Step.of(s.withStatus(Status.info("this document is not in a folder")));
        }
        Path doc = s.source().path();
        List<Effect> effects = new ArrayList<>(before);
        effects.add(new Effect.ListFolder(doc.getParent(), doc, false));
        return new Step(s.withStatus(Status.info("listing the folder…")), effects);
    }

    /** A library view's place in history: its source is the folder itself (a document's is its file). */
    static boolean isFolder(Source source) {
        return source != null && source.path() != null && source.path().equals(source.base());
    }

    private static String name(Path dir) {
        Path n = dir.getFileName();
        return n == null ? dir.toString() : n.toString();
    }
}
