package dev.folio.viewer;

/** What the keyboard is talking to: the page, a prompt, or one overlay. */
public enum Mode {
    /** The page: scrolling, links, everything in {@link KeyMap}. */
    READING,
    /** Typing a search query after {@code /}. */
    SEARCH_INPUT,
    /** Numbers shown on the visible links; typing one follows it. */
    HINTS,
    /** The list of headings. */
    OUTLINE,
    /** The list of images, audio, video and embedded items. */
    MEDIA_LIST,
    /** A folder's documents (the library view): typing filters, Enter opens. */
    LIBRARY,
    /** The list of bookmarks across documents. */
    BOOKMARKS,
    /** Typing a search over the whole collection. */
    COLLECTION_QUERY,
    /** The documents a collection search found. */
    SEARCH_RESULTS,
    /** The key list, generated from {@link KeyMap}. */
    HELP,
    /** The messages shown so far, newest last. */
    MESSAGES,
    /** A risky target is shown in full; {@code y} opens it, anything else cancels. */
    CONFIRM_OPEN,
    /** One image fills the screen ({@code selection} is its media item); Esc returns. */
    IMAGE;

    /** True for the modes drawn as a panel over the page. */
    public boolean isOverlay() {
        return this == OUTLINE || this == MEDIA_LIST || this == BOOKMARKS || this == SEARCH_RESULTS || this == HELP || this == MESSAGES || this == CONFIRM_OPEN;
    }

    /** Panels whose text scrolls (help, the message log), rather than a selection moving. */
    public boolean scrollsText() {
        return this == HELP || this == MESSAGES;
    }
}
