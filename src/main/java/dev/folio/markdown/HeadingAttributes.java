package dev.folio.markdown;

import dev.folio.doc.Inline;
import dev.folio.text.AttributeLists;
import java.util.ArrayList;
import java.util.List;

/**
 * Attribute lists at the end of a heading, as Pandoc, kramdown, MkDocs and Hugo write them:
 * {@code ## Title {#id}}, {@code {: .class}}, {@code {#id .class key=v}}. They are taken off the
 * heading's text; an {@code #id} in them names the heading's anchor.
 */
final class HeadingAttributes {
    /** What was found: the content without the list, and the id (empty when none). */
    record Split(List<Inline> content, String id) {}

    private HeadingAttributes() {}

    static Split split(List<Inline> content) {
        if (content.isEmpty() || !(content.get(content.size() - 1) instanceof Inline.Text last)) {
            return new Split(content, "");
        }
        String trimmed = last.text().stripTrailing();
        int open = AttributeLists.trailingStart(trimmed);
        if (open < 0) {
            return new Split(content, "");
        }
        String id = AttributeLists.idOf(trimmed.substring(open + 1, trimmed.length() - 1));
        List<Inline> out = new ArrayList<>(content.subList(0, content.size() - 1));
        String before = trimmed.substring(0, open).stripTrailing();
        if (!before.isEmpty()) {
            out.add(new Inline.Text(before));
        }
        return new Split(Inlines.trim(out), id);
    }

    static boolean isAttributeList(String inside) {
        return AttributeLists.isAttributeList(inside);
    }

    /**
     * Text with kramdown's inline attribute lists ({@code text{: .cls }}) taken out; the same
     * string when it has none. Linear: each {@code {:} looks only as far as the next brace.
     */
    static String withoutInlineLists(String text) {
        int at = text.indexOf("{:");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            int close = -1;
            for (int i = at + 2; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '}') {
                    close = i;
                    break;
                }
                if (c == '{' || c == '\n') {
                    break;
                }
            }
            if (close < 0 || !isAttributeList(text.substring(at + 1, close))) {
                out.append(text, from, at + 2);
                from = at + 2;
            } else {
                out.append(text, from, at);
                from = close + 1;
            }
            at = text.indexOf("{:", from);
        }
        return out.append(text, from, text.length()).toString();
    }
}
