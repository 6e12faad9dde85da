package dev.folio.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a long source may be cut into parts that parse one after another exactly as the
 * whole does. A cut goes before a line that follows a blank line and starts at column 0 with an
 * ATX heading or with anything that cannot continue what came before: not a list marker (it could
 * be the next item of a list, whose looseness would then change), not a definition marker
 * ({@code :}, {@code ~}) nor a term (followed by one, it may join a definition list above), not {@code ---} (at the start of a part it would open front matter). After a blank line nothing is lazy, so such a line closes every open
 * paragraph, list, quote, table and indented code block, and the parser starts it from a clean
 * state, except inside a fenced code block or an HTML block that runs on across blank lines.
 * Top-level fences are followed here (no cut inside one); the parser checks each part's last
 * block anyway and gives up cutting when one runs to the end of its part ({@link DocumentParts}).
 * Paragraphs count too, not only headings: a document of a million short paragraphs and no
 * heading must not become one flexmark tree.
 *
 * <p>Nothing is cut when a reference or footnote definition ({@code ]:}) appears anywhere (they
 * are document-wide) or an HTML {@code <details>} (it may enclose the blocks up to a later end
 * tag), nor inside front matter.
 */
final class SourceSplitter {
    private final String source;
    /** Start of the next line to look at; -1 when the source cannot be cut (any more). */
    private int line;
    private boolean previousBlank;
    /**
     * A part also ends after this many lines, however few characters they hold: a part of tiny
     * paragraphs ("a", blank, "a" …) is a flexmark node or three per byte.
     */
    static final int MAX_LINES = 16_384;
    private int linesInPart;
    /** The top-level code fence open at {@link #line} ({@code ``` } or {@code ~~~}), 0 when none. */
    private char fence;
    private int fenceLength;

    /** Checks the whole source for what forbids cutting; the cuts themselves are found as asked for. */
    SourceSplitter(String source) {
        this.source = source;
        this.line = source.contains("]:") || containsDetails(source) ? -1 : afterFrontMatter(source);
    }

    /**
     * The next cut at least {@code minimum} characters after {@code partStart} (the previous
     * cut), or -1 when there is none. Scans only as far as that cut: a long document's first
     * part is found without reading the rest.
     */
    int next(int partStart, int minimum) {
        int n = source.length();
        while (line >= 0 && line < n) {
            int end = source.indexOf('\n', line);
            int nextLine = end < 0 ? n : end + 1;
            boolean longEnough = line - partStart >= minimum || linesInPart >= MAX_LINES;
            boolean cut = fence == 0 && previousBlank && longEnough && startsAfresh(source, line, nextLine);
            linesInPart = cut ? 0 : linesInPart + 1;
            previousBlank = isBlank(source, line, end < 0 ? n : end);
            followFence(line, end < 0 ? n : end);
            int here = line;
            line = nextLine;
            if (cut) {
                return here;
            }
        }
        return -1;
    }

    /**
     * Offsets where parts start, after the first (which starts at 0): the first part at least
     * {@code first} characters long, the others at least {@code rest}. Empty when the source
     * cannot be cut.
     */
    static List<Integer> cuts(String source, int first, int rest) {
        SourceSplitter splitter = new SourceSplitter(source);
        List<Integer> cuts = new ArrayList<>();
        for (int cut = splitter.next(0, first); cut >= 0; cut = splitter.next(cut, rest)) {
            cuts.add(cut);
        }
        return cuts;
    }

    /** Where cutting may begin: 0, past the closing line of front matter, or -1 when it never closes. */
    private static int afterFrontMatter(String source) {
        int firstEnd = lineEnd(source, 0);
        if (!source.substring(0, firstEnd).strip().equals("---")) {
            return 0;
        }
        int line = Math.min(source.length(), firstEnd + 1);
        while (line < source.length()) {
            int end = lineEnd(source, line);
            String text = source.substring(line, end).strip();
            if (text.equals("---") || text.equals("...")) {
                return Math.min(source.length(), end + 1);
            }
            line = end + 1;
        }
        return -1;
    }

    private static boolean containsDetails(String source) {
        for (int i = source.indexOf('<'); i >= 0; i = source.indexOf('<', i + 1)) {
            if (source.regionMatches(true, i + 1, "details", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** Opens or closes a top-level fence: up to three spaces, then three or more backticks or tildes. */
    private void followFence(int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && source.charAt(i) == ' ') {
            i++;
        }
        if (i >= to || (source.charAt(i) != '`' && source.charAt(i) != '~')) {
            return;
        }
        char c = source.charAt(i);
        int run = i;
        while (run < to && source.charAt(run) == c) {
            run++;
        }
        int length = run - i;
        if (length < 3) {
            return;
        }
        if (fence == 0) {
            if (c == '`' && source.indexOf('`', run) >= 0 && source.indexOf('`', run) < to) {
                return; // a backtick fence's info string holds no backtick: this is inline code
            }
            fence = c;
            fenceLength = length;
        } else if (c == fence && length >= fenceLength && isBlank(source, run, to)) {
            fence = 0;
        }
    }

    /**
     * Whether a line after a blank line begins a block that owes nothing to what came before: an
     * ATX heading, or a line at column 0 that is neither a list item nor a definition.
     */
    static boolean startsAfresh(String source, int line, int next) {
        if (isAtxHeading(source, line, next)) {
            return true;
        }
        if (line >= next || line >= source.length()) {
            return false;
        }
        char c = source.charAt(line);
        // '-', '+', '*': a list item, or a "---" that at the start of a part would open front matter.
        if (c == ' ' || c == '\t' || c == '\n' || c == ':' || c == '~' || c == '-' || c == '+' || c == '*') {
            return false;
        }
        return !isListMarker(source, line, next) && !opensDefinition(source, line);
    }

    /**
     * Whether a definition marker ({@code :} or {@code ~}, up to three spaces in) starts a line of
     * the paragraph from {@code next} on, or the first line after the blank lines that end it:
     * that paragraph is then a term, and a term joins a definition list above it, blank lines
     * between or not. Each line is looked at once or twice, so cutting stays linear.
     */
    private static boolean opensDefinition(String source, int next) {
        int n = source.length();
        int i = next;
        boolean blankSeen = false;
        while (i < n) {
            int end = lineEnd(source, i);
            if (isBlank(source, i, end)) {
                blankSeen = true;
            } else {
                int j = i;
                while (j < end && j - i < 3 && source.charAt(j) == ' ') {
                    j++;
                }
                if (j < end && (source.charAt(j) == ':' || source.charAt(j) == '~')) {
                    return true;
                }
                if (blankSeen) {
                    return false;
                }
            }
            i = end + 1;
        }
        return false;
    }

    /** An ordered list marker: up to nine digits and {@code .} or {@code )}, then a space, a tab or the line end. */
    private static boolean isListMarker(String source, int line, int next) {
        int i = line;
        while (i < next && i - line < 10 && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
            i++;
        }
        if (i == line || i - line > 9 || i >= next || (source.charAt(i) != '.' && source.charAt(i) != ')')) {
            return false;
        }
        i++;
        return i >= source.length() || source.charAt(i) == ' ' || source.charAt(i) == '\t' || source.charAt(i) == '\n';
    }

    /** {@code #} to {@code ######} at column 0, then a space, a tab or the line end. */
    static boolean isAtxHeading(String source, int line, int next) {
        int i = line;
        while (i < next && i - line < 7 && source.charAt(i) == '#') {
            i++;
        }
        int hashes = i - line;
        if (hashes < 1 || hashes > 6) {
            return false;
        }
        return i == source.length() || source.charAt(i) == ' ' || source.charAt(i) == '\t' || source.charAt(i) == '\n';
    }

    private static boolean isBlank(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
