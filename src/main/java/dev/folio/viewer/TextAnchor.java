package dev.folio.viewer;

import dev.folio.layout.Line;
import dev.folio.layout.Page;
import java.util.List;

/**
 * A reading position that survives a new layout: the source block of a page line (its source
 * line, and which run of lines with that source line) and how many characters of that block
 * come before it. Resize, reload and history use it so the same text stays at the top.
 *
 * @param line  the page line it was taken from, and {@code size} the page's length: the
 *              fallback (same proportion) when the block cannot be found
 * @param above blank lines of the block shown above its first text line (the space the layout
 *              puts before a block): a top line that was blank comes back blank, not one lower
 */
public record TextAnchor(int sourceLine, int run, int offset, int line, int size, int above) {

    public static TextAnchor at(Page page, int line) {
        List<Line> lines = page.lines();
        if (lines.isEmpty()) {
            return new TextAnchor(0, 0, 0, 0, 0, 0);
        }
        int top = Math.max(0, Math.min(line, lines.size() - 1));
        int text = top;
        while (text + 1 < lines.size() && length(lines.get(text)) == 0
                && lines.get(text + 1).sourceLine() == lines.get(top).sourceLine()) {
            text++;
        }
        if (text != top && length(lines.get(text)) > 0) {
            TextAnchor below = at(page, text);
            return new TextAnchor(below.sourceLine, below.run, below.offset, top, lines.size(), text - top);
        }
        int source = lines.get(top).sourceLine();
        if (source <= 0) {
            return new TextAnchor(0, 0, 0, top, lines.size(), 0);
        }
        int start = top;
        while (start > 0 && lines.get(start - 1).sourceLine() == source) {
            start--;
        }
        int run = 0;
        for (int i = 0; i < start; i++) {
            if (startsRun(lines, i, source)) {
                run++;
            }
        }
        int offset = 0;
        for (int i = start; i < top; i++) {
            offset += length(lines.get(i));
        }
        return new TextAnchor(source, run, offset, top, lines.size(), 0);
    }

    /** The line of {@code page} holding the anchored text (the first character of the old top line). */
    public int lineIn(Page page) {
        int text = textLineIn(page);
        if (sourceLine <= 0) {
            return text;
        }
        // Back up over as many blank lines as were shown above the text, if they are still there.
        List<Line> lines = page.lines();
        int shown = text;
        while (shown > 0 && text - shown < above && length(lines.get(shown - 1)) == 0) {
            shown--;
        }
        return shown;
    }

    private int textLineIn(Page page) {
        List<Line> lines = page.lines();
        if (lines.isEmpty()) {
            return 0;
        }
        int start = sourceLine <= 0 ? -1 : runStart(lines);
        if (start < 0) {
            return size == 0 ? 0 : (int) Math.min(lines.size() - 1L, (long) line * lines.size() / size);
        }
        // The first line that holds text past the offset: a blank line the layout puts before a
        // block carries the block's source line, and must not take the text's place at the top.
        int chars = 0;
        int i = start;
        for (; i < lines.size() && lines.get(i).sourceLine() == sourceLine; i++) {
            int length = length(lines.get(i));
            if (chars + length > offset) {
                return i;
            }
            chars += length;
        }
        return i - 1;
    }

    private int runStart(List<Line> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (startsRun(lines, i, sourceLine)) {
                if (seen == run) {
                    return i;
                }
                seen++;
            }
        }
        return -1;
    }

    private static boolean startsRun(List<Line> lines, int i, int source) {
        return lines.get(i).sourceLine() == source && (i == 0 || lines.get(i - 1).sourceLine() != source);
    }

    /** Characters of the document on a line, counting the space a soft wrap dropped. */
    private static int length(Line line) {
        return line.content().length() + (line.wrap() == Line.Wrap.SPACE ? 1 : 0);
    }
}
