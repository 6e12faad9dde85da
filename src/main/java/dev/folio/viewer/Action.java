package dev.folio.viewer;

/** Everything a key can do in the viewer; {@link KeyMap} says which keys, help says what. */
public enum Action {
    LINE_DOWN(Group.MOVING, "down one line"),
    LINE_UP(Group.MOVING, "up one line"),
    PAGE_DOWN(Group.MOVING, "down one page"),
    PAGE_UP(Group.MOVING, "up one page"),
    HALF_PAGE_DOWN(Group.MOVING, "down half a page"),
    HALF_PAGE_UP(Group.MOVING, "up half a page"),
    TOP(Group.MOVING, "to the top"),
    BOTTOM(Group.MOVING, "to the end"),
    NEXT_HEADING(Group.MOVING, "to the next heading"),
    PREVIOUS_HEADING(Group.MOVING, "to the previous heading"),
    OUTLINE(Group.MOVING, "outline of headings (Enter jumps)"),

    NEXT_LINK(Group.LINKS, "select the next link"),
    PREVIOUS_LINK(Group.LINKS, "select the previous link"),
    FOLLOW(Group.LINKS, "follow the selected link"),
    HINTS(Group.LINKS, "number the visible links; type a number to follow"),
    OPEN_EXTERNALLY(Group.LINKS, "open the selected link in an external program"),
    READ_IN_FOLIO(Group.LINKS, "read the selected web link in folio (HTML as a reader view)"),
    COPY_LINK(Group.LINKS, "copy the selected link's address"),
    COPY_SECTION(Group.LINKS, "copy a link to the current section (file.md#heading)"),
    MEDIA(Group.LINKS, "list images, audio and video (Enter opens)"),
    VIEW_IMAGE(Group.LINKS, "view the selected or first visible image full-screen"),
    TOGGLE_IMAGES(Group.LINKS, "images on or off (their text lines stay)"),
    BACK(Group.LINKS, "back to the previous place"),
    FORWARD(Group.LINKS, "forward again"),

    SEARCH(Group.SEARCH, "search (smart case)"),
    NEXT_MATCH(Group.SEARCH, "next match"),
    PREVIOUS_MATCH(Group.SEARCH, "previous match"),

    NEXT_ARTICLE(Group.COLLECTION, "next article"),
    PREVIOUS_ARTICLE(Group.COLLECTION, "previous article"),
    COLLECTION_INDEX(Group.COLLECTION, "collection index"),
    LIBRARY(Group.COLLECTION, "the folder's documents (library view)"),
    COLLECTION_SEARCH(Group.COLLECTION, "search the whole collection (results as a list)"),
    ADD_BOOKMARK(Group.COLLECTION, "bookmark this place"),
    BOOKMARKS(Group.COLLECTION, "list bookmarks (Enter opens, d deletes)"),

    NARROWER(Group.VIEW, "narrow the reading column"),
    WIDER(Group.VIEW, "widen the reading column"),
    CENTRE(Group.VIEW, "centre the reading column, or put it back at the left"),
    MOUSE(Group.VIEW, "release the mouse to select and copy text, or take it back"),

    RELOAD(Group.OTHER, "reload the document (a web page from the network)"),
    EDIT(Group.OTHER, "edit the document in $VISUAL or $EDITOR at this line"),
    HELP(Group.OTHER, "this help"),
    MESSAGES(Group.OTHER, "the messages shown so far"),
    CLOSE(Group.OTHER, "close a list or message; hide matches; stop a load or search"),
    QUIT(Group.OTHER, "quit (q closes a list first)"),

    // The library view's own keys: printable keys type into its filter, so these are the others.
    LIBRARY_DOWN(Group.LIBRARY, "library: the next entry"),
    LIBRARY_UP(Group.LIBRARY, "library: the previous entry"),
    LIBRARY_PAGE_DOWN(Group.LIBRARY, "library: down one page"),
    LIBRARY_PAGE_UP(Group.LIBRARY, "library: up one page"),
    LIBRARY_FIRST(Group.LIBRARY, "library: the first entry"),
    LIBRARY_LAST(Group.LIBRARY, "library: the last entry"),
    LIBRARY_SORT(Group.LIBRARY, "library: sort by name, title or date"),
    LIBRARY_OPEN(Group.LIBRARY, "library: open the entry (a folder: list it)"),
    LIBRARY_ERASE(Group.LIBRARY, "library: erase a character; with none, go back"),
    LIBRARY_CLEAR(Group.LIBRARY, "library: clear the filter, then leave"),
    LIBRARY_SEARCH(Group.LIBRARY, "library: search inside the documents for the filter's text");

    private final Group group;
    private final String help;

    Action(Group group, String help) {
        this.group = group;
        this.help = help;
    }

    public Group group() {
        return group;
    }

    /** The action's name in the config file's {@code [keys]} table: {@code line-down}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The action a config file names ({@code line-down}; {@code line_down} too), if any. */
    public static java.util.Optional<Action> fromConfigName(String name) {
        String wanted = name.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (Action a : values()) {
            if (a.configName().equals(wanted)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the action is one of the library view's, looked up apart from the others'. */
    public boolean inLibrary() {
        return group == Group.LIBRARY;
    }

    /** What the action does, as help and the README say it. */
    public String help() {
        return help;
    }

    /** Sections of the help screen. */
    public enum Group {
        MOVING("Moving"), LINKS("Links"), SEARCH("Search"), VIEW("View"), COLLECTION("Collection"), OTHER("Other"),
        /** Keys of the library view only: they may be the same as other actions' keys. */
        LIBRARY("Library view");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
