package dev.folio.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a long source may be cut into parts that parse one after another exactly as the
 * whole does. A cut goes before an ATX heading at the start of a line that follows a blank line:
 * such a heading closes every open paragraph, list, quote, table and indented code block, so the
 * parser starts it from a clean state, except inside a fenced code block or an HTML block that
 * runs on across blank lines. Those cannot be told apart here; the parser checks each part's
 * last block and gives up cutting when one runs to the end of its part ({@link DocumentParts}).
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
            boolean cut = previousBlank && line - partStart >= minimum && isAtxHeading(source, line, nextLine);
            previousBlank = isBlank(source, line, end < 0 ? n : end);
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
