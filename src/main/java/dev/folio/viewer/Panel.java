package dev.folio.viewer;

import dev.folio.layout.HeadingAnchor;
import dev.folio.layout.MediaItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The panel drawn over the page for a list (outline, media, help) or a confirmation: where it
 * sits and what its rows say. Shared by {@link Update} (paging moves by the rows shown) and
 * {@link View} (drawing).
 *
 * A panel is a framed rectangle that covers the page completely: the title sits in its top
 * border, the keys that drive it in the bottom one, and every cell inside is painted.
 *
 * @param left     first screen column (the left border)
 * @param top      first screen row (the top border, with the title)
 * @param bodyRows rows for items, between the borders
 * @param footer   whether the bottom border names the keys (there is room for it)
 */
record Panel(int left, int width, int top, int bodyRows, boolean footer) {
    /** The current heading's mark in the outline. */
    static final String CURRENT = "• ";
    /** Border and padding: one column of frame and one of space on each side. */
    static final int SIDES = 4;

    static Panel of(ViewerState s, int items) {
        int width = s.width() <= 44 ? s.width() : Math.min(84, s.width() - 4);
        int rows = s.pageRows();
        int margin = rows >= 10 ? 1 : 0;
        int room = Math.max(1, rows - 2 * margin - 2);
        return new Panel((s.width() - width) / 2, width, margin, Math.min(room, Math.max(1, items)), width >= 24);
    }

    /** Columns for text inside the frame. */
    int inner() {
        return Math.max(1, width - SIDES);
    }

    /** The first item shown, so that the selected one is in view. */
    int firstShown(int selection, int items) {
        if (bodyRows <= 0) {
            return 0;
        }
        int first = selection - bodyRows + 1;
        return Math.max(0, Math.min(first, items - bodyRows));
    }

    static String title(Mode mode) {
        switch (mode) {
            case OUTLINE: return "Outline";
            case MEDIA_LIST: return "Media";
            case HELP: return "Keys";
            case BOOKMARKS: return "Bookmarks";
            case SEARCH_RESULTS: return "Found in the collection";
            case MESSAGES: return "Messages";
            default: return "Open with an external program?";
        }
    }

    /** The footer of a panel, naming the keys that really drive it. */
    static String footer(Mode mode, KeyMap keys) {
        String choose = keys.firstKey(Action.FOLLOW);
        String close = keys.firstKey(Action.CLOSE);
        String closes = close.isEmpty() ? "" : " · " + close + " closes";
        switch (mode) {
            case OUTLINE: return choose + " jumps" + closes;
            case MEDIA_LIST: return choose + " opens" + closes;
            case BOOKMARKS: return choose + " opens · d deletes" + closes;
            case SEARCH_RESULTS: return choose + " opens at the match, then n goes on" + closes;
            case HELP: case MESSAGES: return (keys.firstKey(Action.LINE_DOWN) + " " + keys.firstKey(Action.LINE_UP)).strip() + " scroll" + closes;
            default: return "y opens it · Esc cancels";
        }
    }

    /** The rows of a list overlay, one per item. */
    static List<String> items(ViewerState s) {
        switch (s.mode()) {
            case OUTLINE:
                return outline(s);
            case MEDIA_LIST:
                return media(s);
            case BOOKMARKS:
                return Places.items(s);
            case SEARCH_RESULTS:
                return CollectionSearch.items(s);
            case HELP:
                return s.env().keys().helpLines(of(s, 1).inner());
            case MESSAGES:
                return messages(s, of(s, 1).inner());
            default:
                return List.of();
        }
    }

    private static List<String> outline(ViewerState s) {
        int current = Navigation.currentHeading(s);
        List<String> out = new ArrayList<>();
        List<HeadingAnchor> headings = s.page().headings();
        for (int i = 0; i < headings.size(); i++) {
            HeadingAnchor h = headings.get(i);
            String indent = "  ".repeat(Math.max(0, Math.min(5, h.level() - 1)));
            out.add(indent + (i == current ? CURRENT : "  ") + h.text());
        }
        return out;
    }

    /** Each message wrapped at spaces, its next lines indented. */
    private static List<String> messages(ViewerState s, int width) {
        List<String> out = new ArrayList<>();
        for (String m : s.messages()) {
            out.addAll(dev.folio.text.WordWrap.hanging("• ", "  ", Following.shown(m), width));
        }
        return out;
    }

    private static List<String> media(ViewerState s) {
        List<String> out = new ArrayList<>();
        for (MediaItem item : s.page().media()) {
            String kind = item.kind().name().toLowerCase(java.util.Locale.ROOT);
            String label = item.label().isBlank() ? "" : item.label() + "  ";
            String target = item.target().isEmpty() ? "(inline)" : Following.shown(item.target());
            out.add(kind + "  " + label + target);
        }
        return out;
    }
}
