package dev.folio.markdown;

/**
 * A pre-pass that caps a line's leading whitespace at {@value #MAX_COLUMNS} columns. flexmark
 * rescans the rest of a line's indentation once for every block open on it, so a list nested
 * 3,000 levels by indentation (9 MB, lines of 6,000 spaces) took 16 s even with nesting capped
 * by {@link NestingGuard}: 65 open blocks times 6,000 columns, every line (issue 11, item 3).
 *
 * <p>Nothing a reader can see is lost: the model keeps 32 list levels, and a list item's text
 * starts at most 14 columns in from its marker's (nine digits, the delimiter, four spaces), so
 * 32 levels and an indented code block inside them use at most 452 columns. Deeper lines
 * continue a paragraph, whose lines are stripped of their indentation anyway, or sit in a code
 * block that deep, which keeps 512 columns of it. Lines of a top-level fenced code block are left
 * as they are: their indentation is their text. Tabs count to the next multiple of four. Every
 * line keeps its number; one pass, and none at all when no line is that deep.
 */
final class DeepIndentation {
    static final int MAX_COLUMNS = 512;

    private DeepIndentation() {}

    static String cap(String source) {
        if (!hasDeepLine(source)) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        char fence = 0;
        int fenceLength = 0;
        int start = 0;
        int n = source.length();
        while (start < n) {
            int end = source.indexOf('\n', start);
            end = end < 0 ? n : end + 1;
            int text = start;
            int columns = 0;
            while (text < end && (source.charAt(text) == ' ' || source.charAt(text) == '\t')) {
                columns = source.charAt(text) == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
                text++;
            }
            if (columns <= 3 && text < end && (source.charAt(text) == '`' || source.charAt(text) == '~')) {
                int run = run(source, text, end);
                if (fence == 0 && run >= 3) {
                    fence = source.charAt(text);
                    fenceLength = run;
                } else if (fence == source.charAt(text) && run >= fenceLength && source.substring(text + run, end).isBlank()) {
                    fence = 0;
                }
            }
            if (columns > MAX_COLUMNS && fence == 0) {
                out.append(" ".repeat(MAX_COLUMNS)).append(source, text, end);
            } else {
                out.append(source, start, end);
            }
            start = end;
        }
        return out.toString();
    }

    private static int run(String source, int from, int end) {
        char c = source.charAt(from);
        int i = from;
        while (i < end && source.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** Whether some line starts with more than {@link #MAX_COLUMNS} columns of whitespace. */
    private static boolean hasDeepLine(String source) {
        int columns = 0;
        boolean leading = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                columns = 0;
                leading = true;
            } else if (leading && (c == ' ' || c == '\t')) {
                columns = c == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
                if (columns > MAX_COLUMNS) {
                    return true;
                }
            } else {
                leading = false;
            }
        }
        return false;
    }
}
