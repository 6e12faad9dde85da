package dev.folio.markdown;

/**
 * CommonMark's {@code <…>} link destination, which may hold spaces ({@code [x](<my file.md>)},
 * as Obsidian and VS Code write links to file names with spaces); flexmark's own pattern allows
 * none unless spaces are allowed in every destination. Linear: the scan stops at the first
 * {@code >}, {@code <} or line end, so later attempts never rescan the same characters.
 */
final class AngleDestination {
    private AngleDestination() {}

    /** The end (exclusive, after {@code >}) of the destination at {@code start}, or -1 when there is none. */
    static int end(CharSequence s, int start) {
        if (start >= s.length() || s.charAt(start) != '<') {
            return -1;
        }
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) != '\n') {
                i++;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
