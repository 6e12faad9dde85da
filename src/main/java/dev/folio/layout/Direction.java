package dev.folio.layout;

import dev.folio.doc.Inline;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The base direction of a paragraph by the Unicode rule browsers use for {@code dir="auto"}: its
 * first strong character. Arabic or Hebrew first makes it right-to-left (shown right-aligned; the
 * characters stay in logical order, the terminal does the rest).
 */
final class Direction {
    private Direction() {}

    static boolean isRightToLeft(List<Inline> content) {
        Deque<Inline> pending = new ArrayDeque<>(content);
        while (!pending.isEmpty()) {
            Inline in = pending.pop();
            String text = null;
            if (in instanceof Inline.Text t) {
                text = t.text();
            } else if (in instanceof Inline.Code c) {
                text = c.text();
            } else if (in instanceof Inline.Styled s) {
                pushAll(pending, s.children());
            } else if (in instanceof Inline.Link l) {
                pushAll(pending, l.children());
            }
            if (text != null) {
                Boolean rtl = firstStrong(text);
                if (rtl != null) {
                    return rtl;
                }
            }
        }
        return false;
    }

    private static void pushAll(Deque<Inline> pending, List<Inline> children) {
        for (int i = children.size() - 1; i >= 0; i--) {
            pending.push(children.get(i));
        }
    }

    /** True for right-to-left, false for left-to-right, null when {@code text} has no strong character. */
    static Boolean firstStrong(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
