package dev.folio.state;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A place a reader marked.
 *
 * @param file       the document's real path
 * @param sourceLine the source line (1-based)
 * @param section    the heading it is under ("" before the first)
 * @param text       the text of the line, shortened
 * @param created    when it was made (with the file and line, what tells bookmarks apart)
 */
public record Bookmark(Path file, int sourceLine, String section, String text, Instant created) {
    public static final int TEXT_CHARS = 120;

    public Bookmark {
        section = section == null ? "" : section;
        text = text == null ? "" : text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text;
    }

    /** A position to open the bookmark at. */
    public Position position() {
        return new Position(file, sourceLine, text, created);
    }
}
