package dev.folio.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Anchors of headings in the reader view: the heading's own {@code id} (so the page's
 * {@code #fragment} links work), else the id of the section it opens, else a GitHub-style slug
 * of its text; unique in the document.
 */
final class ReaderAnchors {
    private final Set<String> used = new HashSet<>();
    /** The next suffix to try per base: a page of a thousand "Reply" headings must not count up from 1 each time. */
    private final java.util.Map<String, Integer> next = new java.util.HashMap<>();
    /** The id of the last container met: a {@code <section id=x><h2>} heading takes it. */
    private String pending = "";

    void remember(Element container) {
        if (!container.id().isBlank()) {
            pending = container.id().strip();
        }
    }

    String of(Element heading) {
        String id = heading.id().strip();
        if (id.isEmpty() && !pending.isEmpty() && heading.parent() != null && heading.parent().id().strip().equals(pending)
                && heading.elementSiblingIndex() == 0) {
            id = pending;
        }
        pending = "";
        String base = id.isEmpty() ? slug(heading.text()) : id;
        String candidate = base;
        int n = next.getOrDefault(base, 1);
        while (used.contains(candidate)) {
            candidate = base + "-" + n++;
        }
        next.put(base, n);
        used.add(candidate);
        return candidate;
    }

    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        text.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
