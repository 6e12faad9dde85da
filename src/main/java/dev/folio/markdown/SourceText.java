package dev.folio.markdown;

/** Prepares decoded text for the Markdown parser. */
final class SourceText {
    private SourceText() {}

    /** Turns CRLF and lone CR into LF and drops a leading byte-order mark. */
    static String normalise(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (text.indexOf('\r') < 0) {
            return start == 0 ? text : text.substring(start);
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
