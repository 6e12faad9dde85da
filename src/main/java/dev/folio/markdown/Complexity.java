package dev.folio.markdown;

/**
 * What a stretch of source will cost in memory once parsed and laid out, counted before parsing
 * (one pass, no allocation), so that a document too complex for the heap is refused at once
 * with {@link TooComplexException} instead of ending, after a minute of garbage collection, in
 * an {@code OutOfMemoryError}.
 *
 * <p>{@code blocks} counts the lines that start a block: the first line after a blank one, and
 * every line that opens a list item, a quote, a heading or a table row; {@code items} the list
 * items among them. {@code lines} counts the non-blank lines, {@code allLines} every line. The costs per block and per line are measured (issue 11, item 5; see
 * docs/benchmarks.md): flexmark's tree, folio's model and the laid-out lines of one parse, and,
 * for the viewer, the model and the page of the whole document, twice over while a new layout
 * replaces the old one.
 */
public record Complexity(long blocks, long items, long lines, long allLines) {
    /**
     * Bytes per block, per list item (on top of its block) and per line while one stretch is
     * parsed, converted and laid out at once: flexmark alone keeps about 600 bytes per paragraph
     * (a heap histogram of a million one-letter paragraphs), a list item with a link costs about
     * 2 KB in all (the least heap that prints 100,000 of them).
     */
    static final long PARSE_BYTES_PER_BLOCK = 600;
    static final long PARSE_BYTES_PER_ITEM = 1_200;
    static final long PARSE_BYTES_PER_LINE = 500;
    /** Bytes per block and per source line (blank ones too) the viewer keeps for the whole document. */
    static final long VIEW_BYTES_PER_BLOCK = 300;
    static final long VIEW_BYTES_PER_LINE = 120;
    /** The share of the heap a document may take: the rest is the program, the screen and the garbage collector's room. */
    static final double HEAP_SHARE = 0.7;

    /** Counts {@code text[from, to)}. */
    static Complexity of(CharSequence text, int from, int to) {
        long blocks = 0;
        long items = 0;
        long lines = 0;
        long all = 0;
        boolean previousBlank = true;
        int i = from;
        while (i < to) {
            int start = i;
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            boolean blank = i >= to || text.charAt(i) == '\n';
            if (!blank) {
                lines++;
                int opens = opens(text, i, to);
                if (previousBlank || opens != NONE) {
                    blocks++;
                }
                if (opens == ITEM) {
                    items++;
                }
            }
            all++;
            previousBlank = blank;
            while (i < to && text.charAt(i) != '\n') {
                i++;
            }
            i++;
            if (i <= start) {
                break;
            }
        }
        return new Complexity(blocks, items, lines, all);
    }

    public static Complexity of(CharSequence text) {
        return of(text, 0, text.length());
    }

    private static final int NONE = 0;
    private static final int BLOCK = 1;
    private static final int ITEM = 2;

    /** Whether the line from {@code i} (past its indentation) opens a list item, another block, or none. */
    private static int opens(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (c == '>' || c == '#' || c == '|') {
            return BLOCK;
        }
        int j = i;
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (j < to && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j == i || j >= to || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                return NONE;
            }
            j++;
        }
        return j >= to || text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\n' ? ITEM : NONE;
    }

    /** Memory one parse of this stretch needs, its tree, model and lines alive at once. */
    long parseBytes() {
        return blocks * PARSE_BYTES_PER_BLOCK + items * PARSE_BYTES_PER_ITEM + lines * PARSE_BYTES_PER_LINE;
    }

    /** Memory the viewer needs to hold this document, laid out. */
    long viewBytes() {
        return blocks * VIEW_BYTES_PER_BLOCK + allLines * VIEW_BYTES_PER_LINE;
    }

    /** The memory a document may take in this JVM. */
    static long budget() {
        return (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    }

    /** Throws when one parse of this stretch would not fit in the heap. */
    void refuseIfTooMuchToParse() {
        if (parseBytes() > budget()) {
            throw new TooComplexException(blocks, lines);
        }
    }

    /** Throws when the viewer could not hold this document. */
    public void refuseIfTooMuchToView() {
        if (viewBytes() > budget()) {
            throw new TooComplexException(blocks, lines);
        }
    }
}
