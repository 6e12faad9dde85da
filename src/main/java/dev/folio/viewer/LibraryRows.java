package dev.folio.viewer;

import dev.folio.theme.Highlight;
import dev.folio.layout.Role;
import dev.folio.library.Entry;
import dev.folio.library.EntryKind;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the library view's page rows: a title row naming the folder, then one row per entry
 * (title, file name and size; the selected one highlighted), scrolled so the selection shows.
 */
final class LibraryRows {
    /** Under this width only titles are shown. */
    private static final int NAMES_FROM = 60;

    private LibraryRows() {}

    /** The rows for {@code rows} screen rows at {@code width} columns. */
    static List<List<Segment>> render(Library l, int width, int rows) {
        List<List<Segment>> out = new ArrayList<>(rows);
        if (rows <= 0) {
            return out;
        }
        out.add(List.of(Cells.padded(" " + heading(l), width, Highlight.OVERLAY_TITLE)));
        int body = rows - 1;
        int first = firstShown(l.selection(), l.shown().size(), body);
        for (int r = 0; r < body; r++) {
            int index = first + r;
            if (index >= l.shown().size()) {
                out.add(List.of(Cells.blank(width)));
                continue;
            }
            out.add(row(l, index, width));
        }
        if (l.shown().isEmpty() && body > 0) {
            String why = l.filter().isBlank() ? "no Markdown or text documents here" : "nothing matches the filter";
            out.set(1, List.of(Cells.padded("   " + why, width, Highlight.OVERLAY_DIM)));
        }
        return out;
    }

    /** The first entry shown, keeping the selection on screen (and in the middle when jumping). */
    static int firstShown(int selection, int count, int body) {
        if (body <= 0 || count <= body) {
            return 0;
        }
        int first = selection - body / 2;
        return Math.max(0, Math.min(first, count - body));
    }

    private static String heading(Library l) {
        int documents = 0;
        for (Entry e : l.entries()) {
            if (e.kind() != EntryKind.FOLDER) {
                documents++;
            }
        }
        String name = Sanitizer.target(l.dir().toString());
        return name + "  (" + documents + (documents == 1 ? " document" : " documents") + ", by " + l.sort().label() + ")";
    }

    private static List<Segment> row(Library l, int index, int width) {
        Entry e = l.shown().get(index);
        boolean selected = index == l.selection();
        Highlight main = selected ? Highlight.OVERLAY_SELECTED : Highlight.NONE;
        Highlight dim = selected ? Highlight.OVERLAY_SELECTED : Highlight.OVERLAY_DIM;
        String marker = l.isRecentRow(index) ? " ↺ " : e.kind() == EntryKind.FOLDER ? " ▸ " : "   ";
        boolean recent = l.isRecentRow(index);
        String right = !recent ? detail(e) : e.kind() == EntryKind.FOLDER ? "last folder" : "recent";
        boolean elsewhere = recent && !l.dir().equals(e.path().getParent());
        // A folder's row names it in its title; a recent one of elsewhere shows where it is too.
        String name = e.kind() == EntryKind.FOLDER && !recent ? "" : Sanitizer.target(elsewhere ? elsewhere(e) : e.name());
        List<Segment> row = new ArrayList<>();
        // File names get up to two fifths of a wide screen, cut at the end when longer; a recent
        // document of another folder shows that folder too, cut in the middle so both ends show.
        int rightWidth = width >= NAMES_FROM ? Math.min(width * 2 / 5, Width.of(name) + 3 + Width.of(right)) : 0;
        int titleWidth = Math.max(0, width - Width.of(marker) - rightWidth);
        row.add(new Segment(marker, Role.TEXT, 0, main));
        row.add(Cells.padded(title(e), titleWidth, main));
        if (rightWidth > 0) {
            String sizeText = "  " + right + " ";
            int nameWidth = Math.max(0, rightWidth - Width.of(sizeText));
            row.add(Cells.padded(elsewhere ? Cells.ellipsizeMiddle(name, nameWidth) : name, nameWidth, dim));
            row.add(Cells.padded(sizeText, rightWidth - nameWidth, dim));
        }
        return Cells.fit(row, width);
    }

    /** A document of another folder: its folder's name and its own, {@code notes/a.md}. */
    private static String elsewhere(Entry e) {
        java.nio.file.Path parent = e.path().getParent();
        java.nio.file.Path folder = parent == null ? null : parent.getFileName();
        return folder == null ? e.name() : folder + "/" + e.name();
    }

    private static String title(Entry e) {
        return switch (e.kind()) {
            case BINARY -> e.name() + "  (binary, not text)";
            case UNREADABLE -> e.name() + "  (cannot be read)";
            default -> e.shownTitle();
        };
    }

    private static String detail(Entry e) {
        if (e.kind() == EntryKind.FOLDER) {
            return "folder";
        }
        return size(e.size());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
