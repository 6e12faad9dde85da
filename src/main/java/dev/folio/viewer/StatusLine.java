package dev.folio.viewer;

import dev.folio.theme.Highlight;
import dev.folio.layout.HeadingAnchor;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * The last screen row: the prompt while one is open; otherwise the document's title and current
 * section on the left, the focused link's real target or a message in the middle, and the
 * position on the right ({@code line 12/340  8%}).
 */
final class StatusLine {
    private static final String GAP = "  ";

    private StatusLine() {}

    /** The prompt row and where its cursor goes, or null when no prompt is open. */
    record Prompted(List<Segment> row, int cursor) {}

    static Prompted prompt(ViewerState s) {
        if (s.mode() == Mode.SEARCH_INPUT) {
            return promptRow(s.width(), "/", s.prompt().text(), SearchKeys.hint(s));
        }
        if (s.mode() == Mode.HINTS) {
            return promptRow(s.width(), "follow link: ", s.prompt().text(), "   (number, Enter; Esc cancels)");
        }
        if (s.mode() == Mode.COLLECTION_QUERY) {
            return promptRow(s.width(), "search the collection: ", s.prompt().text(), "");
        }
        if (s.mode() == Mode.LIBRARY && s.shelf().library() != null && !s.shelf().library().filter().isEmpty()) {
            Library l = s.shelf().library();
            return promptRow(s.width(), "filter: ", l.filter(), "   " + l.shown().size() + " of " + l.entries().size());
        }
        return null;
    }

    /** Shows the end of the typed text if it is too long, so the cursor stays on screen. */
    private static Prompted promptRow(int width, String label, String typed, String hint) {
        String text = Sanitizer.visible(typed);
        int room = Math.max(0, width - Width.of(label) - 1);
        String shown = text;
        while (Width.of(shown) > room && !shown.isEmpty()) {
            shown = shown.substring(dev.folio.text.Graphemes.next(shown, 0));
        }
        String line = label + shown;
        int cursor = Math.min(width - 1, Width.of(line));
        List<Segment> row = List.of(Cells.padded(line + hint, width, Highlight.PROMPT));
        return new Prompted(row, cursor);
    }

    /**
     * The status line, and above it the first part of a message too long for one row (which
     * then takes a second row over the page's last one). One row or two, top first.
     */
    static List<List<Segment>> rows(ViewerState s) {
        Status status = s.status();
        int width = s.width();
        if (status.isEmpty() || s.mode() == Mode.CONFIRM_OPEN || s.pageRows() < 2) {
            return List.of(render(s));
        }
        String text = Sanitizer.visible(status.text());
        String position = position(s, width);
        int room = width - Width.of(position) - (position.isEmpty() ? 0 : GAP.length());
        if (Width.of(text) <= room - Math.min(Width.of(where(s)), room / 3) - GAP.length()) {
            return List.of(render(s));
        }
        List<String> lines = dev.folio.text.WordWrap.lines(text, width);
        String first = lines.get(0);
        String rest = text.substring(Math.min(text.length(), first.length())).strip();
        Highlight h = status.kind() == Status.Kind.ERROR ? Highlight.STATUS_ERROR : Highlight.STATUS_MESSAGE;
        List<Segment> top = List.of(Cells.padded(first, width, h));
        List<Segment> bottom;
        if (rest.isEmpty()) {
            bottom = render(s.withStatus(Status.NONE));
        } else if (Width.of(rest) + GAP.length() <= room) {
            // The rest of the message, then the position: no title, the message matters more.
            bottom = Cells.fit(List.of(Cells.padded(rest, room, h),
                    new Segment(position.isEmpty() ? "" : GAP + position, dev.folio.layout.Role.TEXT, 0, Highlight.STATUS_DIM)), width);
        } else {
            bottom = List.of(Cells.padded(rest, width, h)); // all of the row for the message, this once
        }
        return List.of(top, bottom);
    }

    static List<Segment> render(ViewerState s) {
        int width = s.width();
        String position = position(s, width);
        int room = Math.max(0, width - Width.of(position) - (position.isEmpty() ? 0 : GAP.length()));
        String left = where(s);
        Highlight middleHighlight = Highlight.STATUS;
        String middle = "";
        if (s.mode() == Mode.CONFIRM_OPEN) {
            middle = "open it? y opens · any other key cancels";
            middleHighlight = Highlight.PROMPT;
        } else if (!s.status().isEmpty()) {
            middle = s.status().text();
            middleHighlight = s.status().kind() == Status.Kind.ERROR ? Highlight.STATUS_ERROR : Highlight.STATUS_MESSAGE;
        } else if (s.mode() == Mode.LIBRARY) {
            middle = libraryHint(s.env().keys());
        } else if (s.hasFocus()) {
            middle = "→ "; // the target is fitted below, host first and whole, once its room is known
        }
        List<Segment> row = new ArrayList<>();
        if (middle.isEmpty()) {
            row.add(Cells.padded(left, room, Highlight.STATUS));
        } else {
            // The message or target matters more than the title: the title gets a third at most.
            int leftWidth = Math.min(Width.of(Sanitizer.visible(left)), room / 3);
            if (leftWidth > 0) {
                row.add(Cells.padded(left, leftWidth, Highlight.STATUS));
                row.add(new Segment(GAP, dev.folio.layout.Role.TEXT, 0, Highlight.STATUS));
            }
            int middleRoom = Math.max(0, room - Cells.width(row));
            if (middle.equals("→ ") && s.hasFocus()) {
                middle += dev.folio.text.TargetText.shown(s.page().links().get(s.focus()).target(), middleRoom - 2);
            }
            row.add(Cells.padded(middle, middleRoom, middleHighlight));
        }
        if (!position.isEmpty()) {
            row.add(new Segment(GAP + position, dev.folio.layout.Role.TEXT, 0, Highlight.STATUS_DIM));
        }
        return Cells.fit(row, width);
    }

    /** Title (or file name) and the section the top line is in. */
    private static String where(ViewerState s) {
        String title = s.page().title();
        if (s.source() != null && s.source().isWeb()) {
            // A web document is known by its address: the title could claim to be any site.
            title = Sanitizer.target(s.source().url().toString());
        }
        if (title == null || title.isBlank()) {
            title = s.document().title();
        }
        if ((title == null || title.isBlank()) && s.source() != null) {
            title = Sanitizer.target(s.source().name());
        }
        title = title == null ? "" : title;
        int h = Navigation.currentHeading(s);
        if (h < 0) {
            return title;
        }
        HeadingAnchor heading = s.page().headings().get(h);
        return heading.text().equals(title) ? title : title + " › " + heading.text();
    }

    /** {@code line L/N  P%}; shorter on narrow screens; empty when nothing fits. */
    static String position(ViewerState s, int width) {
        if (s.mode() == Mode.LIBRARY && s.shelf().library() != null) {
            Library l = s.shelf().library();
            return l.shown().isEmpty() ? "" : (l.selection() + 1) + "/" + l.shown().size();
        }
        if (View.isEmpty(s)) {
            return "empty".length() + GAP.length() < width ? "empty" : "";
        }
        String article = Articles.label(s);
        String full = positionOnly(s, width);
        if (article.isEmpty()) {
            return full;
        }
        String both = article + GAP + full;
        return Width.of(both) * 2 <= width ? both : Width.of(article) * 3 <= width ? article : full;
    }

    private static String positionOnly(ViewerState s, int width) {
        int total = s.page().size();
        int line = total == 0 ? 0 : s.top() + 1;
        int percent = total == 0 ? 100 : (int) Math.min(100, (long) (s.top() + s.pageRows()) * 100 / total);
        String full = "line " + line + "/" + total + "  " + percent + "%";
        if (Width.of(full) * 3 <= width) {
            return full;
        }
        String shortForm = percent + "%";
        return shortForm.length() + GAP.length() < width ? shortForm : "";
    }

    /** The library view's hint, with the keys as configured: type to filter · Enter opens · Tab sorts · Ctrl-F searches · Esc leaves. */
    static String libraryHint(KeyMap keys) {
        List<String> parts = new ArrayList<>();
        parts.add("type to filter");
        List<java.util.Map.Entry<Action, String>> actions = List.of(java.util.Map.entry(Action.LIBRARY_OPEN, "opens"),
                java.util.Map.entry(Action.LIBRARY_SORT, "sorts"), java.util.Map.entry(Action.LIBRARY_SEARCH, "searches"),
                java.util.Map.entry(Action.LIBRARY_CLEAR, "leaves"));
        for (java.util.Map.Entry<Action, String> a : actions) {
            String key = keys.firstKey(a.getKey());
            if (!key.isEmpty()) {
                parts.add(key + " " + a.getValue());
            }
        }
        return String.join(" · ", parts);
    }
}
