package dev.folio.layout;

import dev.folio.doc.Inline;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** The plain text of inline content (heading titles, link texts), whitespace collapsed. */
final class InlineText {
    private InlineText() {}

    /** Walks the inlines with an explicit stack: hostile documents nest styles very deeply. */
    static String plain(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        Deque<Iterator<Inline>> stack = new ArrayDeque<>();
        stack.push(content.iterator());
        while (!stack.isEmpty()) {
            Iterator<Inline> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Inline in = it.next();
            if (in instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (in instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (in instanceof Inline.Math m) {
                sb.append(m.shown());
            } else if (in instanceof Inline.Styled s) {
                stack.push(s.children().iterator());
            } else if (in instanceof Inline.Link l) {
                stack.push(l.children().iterator());
            } else if (in instanceof Inline.Media m) {
                sb.append(m.label());
            } else if (in instanceof Inline.SoftBreak || in instanceof Inline.HardBreak) {
                sb.append(' ');
            }
        }
        return collapse(sb);
    }

    /** True when the content shows no text of its own (only media, or nothing): a link then shows its target. */
    static boolean hasNoText(List<Inline> content) {
        Deque<Iterator<Inline>> stack = new ArrayDeque<>();
        stack.push(content.iterator());
        while (!stack.isEmpty()) {
            Iterator<Inline> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Inline in = it.next();
            if (in instanceof Inline.Text t && !t.text().isBlank()) {
                return false;
            } else if (in instanceof Inline.Code c && !c.text().isBlank()) {
                return false;
            } else if (in instanceof Inline.FootnoteRef) {
                return false;
            } else if (in instanceof Inline.Styled s) {
                stack.push(s.children().iterator());
            } else if (in instanceof Inline.Link l) {
                stack.push(l.children().iterator());
            }
        }
        return true;
    }

    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
