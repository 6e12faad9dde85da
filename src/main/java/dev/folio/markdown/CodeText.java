package dev.folio.markdown;

import dev.folio.text.Graphemes;
import dev.folio.text.Width;

/** Code block text as the model wants it: tabs expanded, no final newline, never reflowed. */
final class CodeText {
    static final int TAB_STOP = 4;

    private CodeText() {}

    /** Expands tabs to the next multiple of {@link #TAB_STOP} display columns and drops the last newline. */
    static String of(CharSequence raw) {
        String text = raw.toString();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.indexOf('\t') < 0 ? text : expandTabs(text);
    }

    static String expandTabs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
                i++;
            } else if (c == '\n') {
                out.append(c);
                column = 0;
                i++;
            } else {
                int end = Graphemes.next(text, i);
                out.append(text, i, end);
                column += Width.cluster(text, i, end);
                i = end;
            }
        }
        return out.toString();
    }
}
