package dev.folio.html;

import org.jsoup.nodes.Element;

/**
 * Where an image or video really is. Lazy-loading pages keep the real address in
 * {@code data-src} (and its variants) or {@code data-srcset} and put a placeholder (a blurred
 * thumbnail, a {@code data:} pixel) in {@code src}, so those come first; from a {@code srcset} the
 * largest candidate is taken.
 */
final class ReaderMedia {
    private ReaderMedia() {}

    static String source(Element e) {
        for (String attr : new String[] {"data-src", "data-original", "data-lazy-src"}) {
            String v = attribute(e, attr);
            if (!v.isEmpty()) {
                return v;
            }
        }
        if (!e.attr("data-srcset").isBlank()) {
            return largest(e, e.attr("data-srcset"));
        }
        String src = attribute(e, "src");
        if (!src.isEmpty()) {
            return src;
        }
        if (!e.attr("srcset").isBlank()) {
            return largest(e, e.attr("srcset"));
        }
        Element source = e.selectFirst("source[src]");
        if (source != null) {
            return source.absUrl("src").isEmpty() ? source.attr("src") : source.absUrl("src");
        }
        return "";
    }

    private static String attribute(Element e, String attr) {
        String v = e.attr(attr).strip();
        if (v.isEmpty() || v.startsWith("data:")) {
            return "";
        }
        return e.absUrl(attr).isEmpty() ? v : e.absUrl(attr);
    }

    /** The candidate of a {@code srcset} ({@code "a.jpg 640w, b.jpg 1280w"} or {@code 1x}/{@code 2x}) with the largest descriptor. */
    private static String largest(Element e, String srcset) {
        String best = "";
        double bestSize = -1;
        for (String candidate : srcset.strip().split(",\\s+")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || parts[0].startsWith("data:")) {
                continue;
            }
            double size = 1;
            if (parts.length > 1 && parts[1].matches("[0-9.]+[wxh]")) {
                try {
                    size = Double.parseDouble(parts[1].substring(0, parts[1].length() - 1));
                } catch (NumberFormatException ignored) {
                    size = 1;
                }
            }
            if (size > bestSize) {
                best = parts[0];
                bestSize = size;
            }
        }
        if (best.isEmpty()) {
            return "";
        }
        Element probe = new Element("img").attr("src", best);
        probe.setBaseUri(e.baseUri());
        return probe.absUrl("src").isEmpty() ? best : probe.absUrl("src");
    }
}
