package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;
import dev.folio.layout.Page;
import dev.folio.open.Target;
import java.util.List;
import java.util.Map;

/**
 * Everything the viewer knows, immutable. {@link Update} makes the next state; {@link View}
 * draws one. The page is laid out at {@link #columnWidth()}; the screen has {@code height} rows,
 * the last of them the status line.
 *
 * @param source    where the document came from (null before the first load)
 * @param top       index of the page line at the top of the screen
 * @param focus     id of the focused link, or -1
 * @param prompt    what is being typed ({@link Mode#SEARCH_INPUT}, {@link Mode#HINTS}), else null
 * @param selection the selected row of the outline or media list; the first shown row of help
 * @param pending   the target awaiting confirmation ({@link Mode#CONFIRM_OPEN}), else null
 * @param shelf     the collection around the document: library view, reading order, originals, bookmarks
 * @param messages  the messages shown so far, oldest first (at most {@link #MESSAGE_LOG} of them), for the log
 * @param followingEnd whether the screen stays at the end as the document grows ({@code G}
 *                  during a background load, a stream being written); moving up ends it
 * @param sideways  how far the wide code blocks of this document are scrolled sideways
 */
public record ViewerState(Collaborators env, ViewerOptions options, Source source, Document document, Page page,
                          int width, int height, int top, int focus, Mode mode, Search search, Prompt prompt,
                          History history, Status status, int selection, Target.NeedsConfirm pending,
                          Shelf shelf, boolean followingEnd, List<String> messages,
                          Sideways sideways) {
    public static final int NO_FOCUS = -1;
    /** Messages kept for the log. */
    public static final int MESSAGE_LOG = 100;

    public ViewerState {
        width = Math.max(1, width);
        height = Math.max(1, height);
        shelf = shelf == null ? Shelf.EMPTY : shelf;
        messages = messages == null ? List.of() : messages;
        sideways = sideways == null ? Sideways.NONE : sideways;
    }

    /** The state before the first document arrives: an empty page on a screen of this size. */
    public static ViewerState initial(Collaborators env, ViewerOptions options, int width, int height) {
        int column = Math.max(1, Math.min(options.maxWidth(), width));
        return new ViewerState(env, options, null, Document.empty(), emptyPage(column), width, height, 0, NO_FOCUS,
                Mode.READING, Search.NONE, null, History.EMPTY, Status.info("loading…"), 0, null, Shelf.EMPTY, false, List.of(), Sideways.NONE);
    }

    static Page emptyPage(int width) {
        return new Page(width, "", List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** Rows showing the page: all but the status line. */
    public int pageRows() {
        return Math.max(0, height - 1);
    }

    /** The width the page is laid out at: the screen, but at most {@link ViewerOptions#maxWidth()}. */
    public int columnWidth() {
        return Math.max(1, Math.min(options.maxWidth(), width));
    }

    /** The screen column where the reading column starts. */
    public int columnLeft() {
        return options.column() == ViewerOptions.Column.CENTRED ? (width - columnWidth()) / 2 : 0;
    }

    /** The largest top line: the last page of the document fills the screen. */
    public int maxTop() {
        return Math.max(0, page.size() - pageRows());
    }

    public boolean hasFocus() {
        return focus >= 0 && focus < page.links().size();
    }

    /** True when the line is on screen. */
    public boolean isVisible(int line) {
        return line >= top && line < top + pageRows();
    }

    public ViewerState withTop(int newTop) {
        int clamped = Math.max(0, Math.min(newTop, maxTop()));
        return new ViewerState(env, options, source, document, page, width, height, clamped, focus, mode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withFocus(int newFocus) {
        return new ViewerState(env, options, source, document, page, width, height, top, newFocus, mode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    /** Other collaborators (the image toggle swaps the layout); the caller lays the page out again. */
    ViewerState withEnv(Collaborators newEnv) {
        return new ViewerState(newEnv, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withMode(Mode newMode) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, newMode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withSearch(Search newSearch) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, newSearch,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withPrompt(Prompt newPrompt) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                newPrompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withHistory(History newHistory) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, newHistory, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    /** A new status; a message (not progress) also goes into the message log. */
    public ViewerState withStatus(Status newStatus) {
        List<String> log = messages;
        boolean message = newStatus.kind() == Status.Kind.INFO || newStatus.kind() == Status.Kind.ERROR;
        if (message && !newStatus.text().isEmpty() && !newStatus.equals(status)) {
            java.util.ArrayList<String> longer = new java.util.ArrayList<>(messages.subList(
                    Math.max(0, messages.size() - MESSAGE_LOG + 1), messages.size()));
            longer.add(newStatus.text());
            log = List.copyOf(longer);
        }
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, newStatus, selection, pending, shelf, followingEnd, log, sideways);
    }

    public ViewerState withSelection(int newSelection) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, newSelection, pending, shelf, followingEnd, messages, sideways);
    }

    /** Other column options (width, centring), the page not yet laid out again. */
    ViewerState withOptions(ViewerOptions newOptions) {
        return new ViewerState(env, newOptions, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withFollowingEnd(boolean follow) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, selection, pending, shelf, follow, messages, sideways);
    }

    /** Wide code blocks scrolled sideways so. */
    public ViewerState withSideways(Sideways newSideways) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, newSideways);
    }

    public ViewerState withPending(Target.NeedsConfirm newPending) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, selection, newPending, shelf, followingEnd, messages, sideways);
    }

    public ViewerState withShelf(Shelf newShelf) {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, mode, search,
                prompt, history, status, selection, pending, newShelf, followingEnd, messages, sideways);
    }

    /** The screen size changed; the caller lays the page out again. */
    ViewerState withSize(int newWidth, int newHeight) {
        return new ViewerState(env, options, source, document, page, newWidth, newHeight, top, focus, mode, search,
                prompt, history, status, selection, pending, shelf, followingEnd, messages, sideways);
    }

    /** Another document (or the same one laid out again); top and focus are the caller's to set. */
    ViewerState withDocument(Source newSource, Document newDocument, Page newPage) {
        return new ViewerState(env, options, newSource, newDocument, newPage, width, height, 0, NO_FOCUS, mode,
                search, prompt, history, status, selection, pending, shelf, followingEnd, messages,
                newSource != null && newSource.equals(source) ? sideways : Sideways.NONE);
    }

    /** Back to reading: no prompt, no overlay, nothing pending. */
    public ViewerState reading() {
        return new ViewerState(env, options, source, document, page, width, height, top, focus, Mode.READING, search,
                null, history, status, 0, null, shelf, followingEnd, messages, sideways);
    }

    /** The current place, as history keeps it. */
    public History.Entry position() {
        Document kept = source != null && source.path() == null ? document : null;
        return new History.Entry(source, kept, TextAnchor.at(page, top), hasFocus() ? focus : NO_FOCUS);
    }
}
