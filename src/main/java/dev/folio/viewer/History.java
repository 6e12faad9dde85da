package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the reader has been (back) and where they came back from (forward). Immutable; at most
 * {@link #LIMIT} entries each way.
 */
public record History(List<Entry> back, List<Entry> forward) {
    public static final int LIMIT = 200;
    public static final History EMPTY = new History(List.of(), List.of());

    public History {
        back = List.copyOf(back);
        forward = List.copyOf(forward);
    }

    /**
     * A place in a document. {@code document} is kept only for sources that cannot be read again
     * (stdin, the guide); files are reloaded so the reader sees their current text.
     *
     * @param focus the focused link id, or -1
     */
    public record Entry(Source source, Document document, TextAnchor position, int focus) {
        public boolean sameDocumentAs(Source other) {
            return other != null && source.path() != null && source.path().equals(other.path());
        }
    }

    /** A new place was visited: {@code current} goes on the back stack and forward is forgotten. */
    public History push(Entry current) {
        return new History(append(back, current), List.of());
    }

    /** Moving back to the last back entry, leaving {@code current} on the forward stack. */
    public History goBack(Entry current) {
        return new History(back.subList(0, back.size() - 1), append(forward, current));
    }

    /** Moving forward to the last forward entry, leaving {@code current} on the back stack. */
    public History goForward(Entry current) {
        return new History(append(back, current), forward.subList(0, forward.size() - 1));
    }

    public Entry lastBack() {
        return back.isEmpty() ? null : back.get(back.size() - 1);
    }

    public Entry lastForward() {
        return forward.isEmpty() ? null : forward.get(forward.size() - 1);
    }

    private static List<Entry> append(List<Entry> list, Entry entry) {
        List<Entry> out = new ArrayList<>(list.size() + 1);
        int from = list.size() >= LIMIT ? list.size() - LIMIT + 1 : 0;
        out.addAll(list.subList(from, list.size()));
        out.add(entry);
        return out;
    }
}
