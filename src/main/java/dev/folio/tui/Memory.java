package dev.folio.tui;

import dev.folio.state.Xdg;

/**
 * Where folio keeps what it remembers between runs, and whether reading positions are kept.
 *
 * @param dirs     folio's state, data and cache folders; null: nothing is remembered (tests, rehearsal)
 * @param remember whether reading positions are saved and put back ({@code --no-remember}, config {@code remember})
 */
public record Memory(Xdg dirs, boolean remember) {
    /** Nothing is read or written: no positions, bookmarks or recent documents. */
    public static final Memory NONE = new Memory(null, false);

    public boolean enabled() {
        return dirs != null;
    }
}
