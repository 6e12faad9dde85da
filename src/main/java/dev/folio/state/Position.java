package dev.folio.state;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Where a reader was in a document: the source line at the top of the screen and the text that
 * starts there, so the place is found again at any width and after edits above it.
 *
 * @param file       the document's real path
 * @param sourceLine the source line (1-based) of the block at the top of the screen
 * @param anchor     a little of the text at that place (may be empty)
 * @param saved      when it was saved
 * @param run        which stretch of lines from that source line (0: the first), as the viewer counts them
 * @param offset     characters of the block before the line that was at the top (0: its start), so
 *                   the same line of a wrapped paragraph comes back at any width
 */
public record Position(Path file, int sourceLine, String anchor, Instant saved, int run, int offset) {
    /** Text kept as anchor: enough to be unique in an article, short enough for the file. */
    public static final int ANCHOR_CHARS = 48;

    public Position {
        anchor = anchor == null ? "" : anchor.length() > ANCHOR_CHARS ? anchor.substring(0, ANCHOR_CHARS) : anchor;
        run = Math.max(0, run);
        offset = Math.max(0, offset);
    }

    /** A position at the start of its block. */
    public Position(Path file, int sourceLine, String anchor, Instant saved) {
        this(file, sourceLine, anchor, saved, 0, 0);
    }

    /**
     * The source line (1-based) where this position is in the document's current text: the
     * line holding the anchor nearest the saved line, else the saved line (within the text).
     */
    public int lineIn(String text) {
        // A final newline ends the last line; it does not start another.
        String[] lines = text.split("\r\n|\n|\r");
        int saved = Math.max(1, Math.min(sourceLine, lines.length));
        String probe = anchor.strip();
        if (probe.isEmpty()) {
            return saved;
        }
        for (int distance = 0; distance < lines.length; distance++) {
            int up = saved - distance;
            int down = saved + distance;
            if (up >= 1 && lines[up - 1].contains(probe)) {
                return up;
            }
            if (down <= lines.length && distance > 0 && lines[down - 1].contains(probe)) {
                return down;
            }
            if (up < 1 && down > lines.length) {
                break;
            }
        }
        return saved;
    }
}
