package dev.folio.layout;

import dev.folio.text.Sanitizer;

/**
 * How a link without text is shown: {@code ↗ a.example} for a web address, {@code ↗ page.md}
 * for a path, {@code ↗ #part} for an anchor. The whole address would glue neighbouring empty
 * links into one unreadable URL; the full target stays in the region (status line, notes).
 */
final class EmptyLinks {
    static final String ARROW = "↗";

    private EmptyLinks() {}

    static String shortForm(String target) {
        String t = Sanitizer.target(target).strip();
        int scheme = t.indexOf("://");
        if (scheme > 0) {
            String rest = t.substring(scheme + 3);
            int end = 0;
            while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            String host = rest.substring(0, end);
            int at = host.lastIndexOf('@');
            host = at >= 0 ? host.substring(at + 1) : host;
            host = host.startsWith("www.") ? host.substring(4) : host;
            return ARROW + " " + (host.isEmpty() ? t : host);
        }
        if (t.startsWith("mailto:")) {
            return ARROW + " " + t.substring("mailto:".length());
        }
        if (t.startsWith("#")) {
            return ARROW + " " + t;
        }
        String name = InlineFlattener.fileName(t);
        return ARROW + " " + (name.isEmpty() ? t : name);
    }
}
