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
    COPY_LINK(Group.LINKS, "copy the selected link's address"),
    MEDIA(Group.LINKS, "list images, audio and video (Enter opens)"),
    BACK(Group.LINKS, "back to the previous place"),
    FORWARD(Group.LINKS, "forward again"),

    SEARCH(Group.SEARCH, "search (smart case)"),
    NEXT_MATCH(Group.SEARCH, "next match"),
    PREVIOUS_MATCH(Group.SEARCH, "previous match"),

    RELOAD(Group.OTHER, "reload the document"),
    HELP(Group.OTHER, "this help"),
    CLOSE(Group.OTHER, "close a list, prompt or message"),
    QUIT(Group.OTHER, "quit (q closes a list first)");

    private final Group group;
    private final String help;

    Action(Group group, String help) {
        this.group = group;
        this.help = help;
    }

    public Group group() {
        return group;
    }

    /** What the action does, as help and the README say it. */
    public String help() {
        return help;
    }

    /** Sections of the help screen. */
    public enum Group {
        MOVING("Moving"), LINKS("Links"), SEARCH("Search"), OTHER("Other");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
