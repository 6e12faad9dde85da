package dev.folio.markdown;

import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/** Small operations on inline lists of the model. */
final class Inlines {
    private Inlines() {}

    /** The text a reader sees, without styling: for slugs, titles, alt text and labels. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Code c) {
                out.append(c.text());
            } else if (inline instanceof Inline.Math m) {
                out.append(m.shown());
            } else if (inline instanceof Inline.Styled s) {
                appendPlain(s.children(), out);
            } else if (inline instanceof Inline.Link l) {
                appendPlain(l.children(), out);
            } else if (inline instanceof Inline.Media m) {
                out.append(m.label());
            } else if (inline instanceof Inline.SoftBreak || inline instanceof Inline.HardBreak) {
                out.append(' ');
            }
        }
    }

    /** True when nothing in the list would show: only blank text and line breaks. */
    static boolean isBlank(List<Inline> inlines) {
        for (Inline inline : inlines) {
            boolean blank = inline instanceof Inline.Text t && t.text().isBlank()
                    || inline instanceof Inline.SoftBreak || inline instanceof Inline.HardBreak;
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** Drops leading and trailing blank text and line breaks, and the outer spaces of the end texts. */
    static List<Inline> trim(List<Inline> inlines) {
        int from = 0;
        int to = inlines.size();
        while (from < to && isBlank(inlines.subList(from, from + 1))) {
            from++;
        }
        while (to > from && isBlank(inlines.subList(to - 1, to))) {
            to--;
        }
        List<Inline> out = new ArrayList<>(inlines.subList(from, to));
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            out.set(0, new Inline.Text(t.text().stripLeading()));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Inline.Text t) {
            out.set(last, new Inline.Text(t.text().stripTrailing()));
        }
        return out;
    }

    /** The list with {@code f} applied to the text of every Text inline (inside styles and links too). */
    static List<Inline> mapText(List<Inline> inlines, java.util.function.UnaryOperator<String> f) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                String mapped = f.apply(t.text());
                if (!mapped.isEmpty()) {
                    out.add(mapped.equals(t.text()) ? t : new Inline.Text(mapped));
                }
            } else if (inline instanceof Inline.Styled st) {
                out.add(new Inline.Styled(st.decoration(), mapText(st.children(), f)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.target(), l.title(), mapText(l.children(), f)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
