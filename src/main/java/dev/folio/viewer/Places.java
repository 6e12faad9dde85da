package dev.folio.viewer;

import dev.folio.layout.Line;
import dev.folio.layout.Span;
import dev.folio.state.Bookmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembered places: the reading position saved whenever the reader leaves a document (quit,
 * a link, another article, the library) and put back when it is opened again, and bookmarks.
 * Positions are source lines, so they survive another width; the runtime finds the line again
 * by its text after edits above it.
 */
final class Places {
    private Places() {}

    /**
     * The source line (1-based) of the text at the top of the screen (a blank line there belongs
     * to the block below it), or 0 when there is none.
     */
    static int sourceLineAtTop(ViewerState s) {
        List<Line> lines = s.page().lines();
        for (int i = s.top(); i < Math.min(lines.size(), s.top() + s.pageRows()); i++) {
            if (lines.get(i).sourceLine() > 0) {
                return lines.get(i).sourceLine();
            }
        }
        for (int i = Math.min(s.top(), lines.size() - 1); i >= 0; i--) {
            if (lines.get(i).sourceLine() > 0) {
                return lines.get(i).sourceLine();
            }
        }
        return 0;
    }

    /** The page line showing source line {@code sourceLine}: the start of the block holding it. */
    static int pageLineOf(ViewerState s, int sourceLine) {
        List<Line> lines = s.page().lines();
        int best = 0;
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).sourceLine();
            if (at > sourceLine) {
                break;
            }
            if (at > 0 && (i == 0 || lines.get(i - 1).sourceLine() != at)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether {@code s} shows a file whose position is worth keeping. */
    static boolean showsFile(ViewerState s) {
        return s.mode() != Mode.LIBRARY && s.source() != null && s.source().path() != null
                && !LibraryKeys.isFolder(s.source()) && !s.page().lines().isEmpty();
    }

    /** The effect that saves where the reader is, or null when nothing is to be saved. */
    static Effect save(ViewerState s) {
        if (!showsFile(s)) {
            return null;
        }
        // The exact line within its block (a wrapped paragraph's third line stays the third
        // line's text at another width); the block's first text line when there is no anchor.
        TextAnchor at = TextAnchor.at(s.page(), s.top());
        if (at.sourceLine() > 0) {
            return new Effect.SavePosition(s.source().path(), at.sourceLine(), at.run(), at.offset());
        }
        int line = sourceLineAtTop(s);
        return line > 0 ? new Effect.SavePosition(s.source().path(), line) : null;
    }

    /**
     * The step with the reading position saved first when it leaves the document: it loads
     * another, lists a folder, or quits.
     */
    static Step savingOnLeave(ViewerState before, Step step) {
        if (!showsFile(before)) {
            return step;
        }
        boolean leaves = false;
        for (Effect e : step.effects()) {
            leaves |= e instanceof Effect.Load load && load.reason() != Effect.Load.Reason.RELOAD
                    || e instanceof Effect.ListFolder || e instanceof Effect.OpenFolder || e instanceof Effect.Quit;
        }
        Effect save = save(before);
        if (!leaves || save == null) {
            return step;
        }
        List<Effect> effects = new ArrayList<>();
        effects.add(save);
        effects.addAll(step.effects());
        return new Step(step.state(), effects);
    }

    /** A remembered position or a chosen bookmark for the document just loaded. */
    static ViewerState found(ViewerState s, Msg.PositionFound msg) {
        if (s.source() == null || !msg.document().equals(s.source().path()) || s.mode() == Mode.LIBRARY) {
            return s;
        }
        if (!msg.chosen() && s.top() != 0) {
            return s; // the reader has moved since: their choice wins
        }
        int line = within(s, pageLineOf(s, msg.sourceLine()), msg);
        if (line == 0 && !msg.chosen()) {
            return s;
        }
        ViewerState moved = s.withTop(line);
        String hint = s.env().keys().firstKey(Action.TOP);
        return moved.withStatus(Status.info(msg.chosen() ? "at the bookmark"
                : "back where you stopped reading" + (hint.isEmpty() ? "" : " (" + hint + ": the top)")));
    }

    /**
     * The line within the block at page line {@code blockStart} that the saved place names, when
     * the block is the one saved (its source line unchanged); else the block's start.
     */
    private static int within(ViewerState s, int blockStart, Msg.PositionFound msg) {
        List<Line> lines = s.page().lines();
        if (msg.run() == 0 && msg.offset() == 0 || blockStart >= lines.size()
                || lines.get(blockStart).sourceLine() != msg.sourceLine()) {
            return blockStart;
        }
        return new TextAnchor(msg.sourceLine(), msg.run(), msg.offset(), blockStart, lines.size(), 0).lineIn(s.page());
    }

    static Step addBookmark(ViewerState s) {
        if (!showsFile(s)) {
            return Step.of(s.withStatus(Status.info("only a file's places can be bookmarked")));
        }
        int line = sourceLineAtTop(s);
        int h = Navigation.currentHeading(s);
        String section = h < 0 ? "" : s.page().headings().get(h).text();
        String text = textAt(s, s.top());
        return Step.of(s.withStatus(Status.info("bookmarked" + (section.isEmpty() ? "" : ": " + section))),
                new Effect.AddBookmark(s.source().path(), Math.max(1, line), section, text));
    }

    static Step list(ViewerState s) {
        return Step.of(s.withStatus(Status.info("reading bookmarks…")), new Effect.ListBookmarks());
    }

    static ViewerState listed(ViewerState s, Msg.BookmarksListed msg) {
        ViewerState t = s.withShelf(s.shelf().withBookmarks(msg.bookmarks()));
        if (msg.bookmarks().isEmpty()) {
            String add = s.env().keys().firstKey(Action.ADD_BOOKMARK);
            return t.withStatus(Status.info("no bookmarks yet" + (add.isEmpty() ? "" : " (" + add + " adds one)")));
        }
        if (s.mode() != Mode.READING && s.mode() != Mode.LIBRARY && s.mode() != Mode.BOOKMARKS) {
            return t;
        }
        return t.withStatus(Status.NONE).withMode(Mode.BOOKMARKS).withSelection(Math.min(s.mode() == Mode.BOOKMARKS
                ? s.selection() : 0, msg.bookmarks().size() - 1));
    }

    /** Enter in the list: the bookmark's document at its line. */
    static Step open(ViewerState s) {
        List<Bookmark> marks = s.shelf().bookmarks();
        if (s.selection() < 0 || s.selection() >= marks.size()) {
            return Step.of(s.reading());
        }
        Bookmark b = marks.get(s.selection());
        ViewerState reading = s.reading();
        if (s.source() != null && b.file().equals(s.source().path()) && showsFile(reading)) {
            ViewerState remembered = reading.withHistory(reading.history().push(reading.position()));
            return Step.of(found(remembered, new Msg.PositionFound(b.file(), b.sourceLine(), true)));
        }
        ViewerState opening = reading.withShelf(reading.shelf().withOpening(b));
        return Step.of(opening.withStatus(Status.info("loading " + Following.shown(b.file().getFileName().toString()) + "…")),
                new Effect.Load(b.file(), "", Effect.Load.Reason.FOLLOW));
    }

    /** A document arrived: put the bookmark being opened at the top, if it is that document. */
    static ViewerState arrived(ViewerState s, Msg.Loaded msg) {
        Bookmark opening = s.shelf().opening();
        if (opening == null) {
            return s;
        }
        String search = s.shelf().pendingSearch();
        ViewerState cleared = s.withShelf(s.shelf().withOpening(null).withPendingSearch(null));
        if (!opening.file().equals(msg.source().path())) {
            return cleared;
        }
        ViewerState placed = found(cleared, new Msg.PositionFound(opening.file(), opening.sourceLine(), true));
        return search == null ? placed : CollectionSearch.searched(placed, search).withStatus(
                Status.info("at the match; " + placed.env().keys().firstKey(Action.NEXT_MATCH) + " goes on"));
    }

    /**
     * Whether the remembered position of a document just loaded is wanted: not for a bookmark, an
     * anchor, a reload, or going back and forth (they have their own places).
     */
    static boolean restores(ViewerState before, Msg.Loaded msg) {
        boolean bookmark = before.shelf().opening() != null && before.shelf().opening().file().equals(msg.source().path());
        return !bookmark && (msg.anchor() == null || msg.anchor().isEmpty())
                && (msg.reason() == Effect.Load.Reason.FOLLOW || msg.reason() == Effect.Load.Reason.LOCAL_ORIGINAL);
    }

    /** A key in the list deletes the selected bookmark. */
    static Step delete(ViewerState s) {
        List<Bookmark> marks = new ArrayList<>(s.shelf().bookmarks());
        if (s.selection() < 0 || s.selection() >= marks.size()) {
            return Step.of(s);
        }
        Bookmark gone = marks.remove(s.selection());
        ViewerState t = s.withShelf(s.shelf().withBookmarks(marks)).withStatus(Status.info("bookmark deleted"));
        if (marks.isEmpty()) {
            t = t.reading().withStatus(Status.info("bookmark deleted; none left"));
        } else {
            t = t.withSelection(Math.min(s.selection(), marks.size() - 1));
        }
        return Step.of(t, new Effect.RemoveBookmark(gone));
    }

    /** The bookmarks as the list shows them: file:line, section, text. */
    static List<String> items(ViewerState s) {
        List<String> out = new ArrayList<>();
        for (Bookmark b : s.shelf().bookmarks()) {
            Path name = b.file().getFileName();
            String where = (name == null ? b.file().toString() : name.toString()) + ":" + b.sourceLine();
            String section = b.section().isEmpty() ? "" : "  " + b.section();
            out.add(Following.shown(where) + section + (b.text().isEmpty() ? "" : "  — " + b.text()));
        }
        return out;
    }

    /** The text of page line {@code line}, for a bookmark's label. */
    private static String textAt(ViewerState s, int line) {
        List<Line> lines = s.page().lines();
        for (int i = Math.max(0, line); i < lines.size() && i < line + 5; i++) {
            StringBuilder b = new StringBuilder();
            for (Span span : lines.get(i).spans()) {
                b.append(span.text());
            }
            String text = b.toString().strip();
            // A heading's rule (───) or a blank line says nothing about the place: the next line will.
            if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return text;
            }
        }
        return "";
    }

}
