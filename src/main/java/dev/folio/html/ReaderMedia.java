package dev.folio.html;

import org.jsoup.nodes.Element;

/** Where an image or video really is: lazy-loading pages keep it in {@code data-src} or {@code srcset}. */
final class ReaderMedia {
    private ReaderMedia() {}

    static String source(Element e) {
        for (String attr : new String[] {"src", "data-src", "data-original", "data-lazy-src"}) {
            String v = e.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("data:")) {
                return e.absUrl(attr).isEmpty() ? v : e.absUrl(attr);
            }
        }
        String srcset = e.attr("srcset").isBlank() ? e.attr("data-srcset") : e.attr("srcset");
        if (!srcset.isBlank()) {
            String first = srcset.strip().split("[\\s,]+")[0];
            Element probe = new Element("img").attr("src", first);
            probe.setBaseUri(e.baseUri());
            return probe.absUrl("src").isEmpty() ? first : probe.absUrl("src");
        }
        Element source = e.selectFirst("source[src]");
        if (source != null) {
            return source.absUrl("src").isEmpty() ? source.attr("src") : source.absUrl("src");
        }
        return "";
    }
}
