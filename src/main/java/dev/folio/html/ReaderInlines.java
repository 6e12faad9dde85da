package dev.folio.html;

import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline content of HTML elements: text with white space collapsed as a browser does,
 * emphasis, code, links and images with absolute addresses, line breaks. Block elements met
 * inside inline content are read for their text (nothing of the article is dropped).
 */
final class ReaderInlines {
    private final List<Inline> out = new ArrayList<>();
    /** Deeper inline nesting is read as plain text: a page can nest thousands of elements. */
    private static final int MAX_DEPTH = 100;

    /** Whether the last character emitted was white space (HTML collapses runs of it). */
    private boolean space = true;
    private int depth;

    /** The inlines of {@code nodes}, trimmed. */
    static List<Inline> of(List<Node> nodes) {
        ReaderInlines b = new ReaderInlines();
        for (Node n : nodes) {
            b.node(n);
        }
        return b.finish();
    }

    static List<Inline> of(Element e) {
        return of(e.childNodes());
    }

    private List<Inline> finish() {
        return trim(out);
    }

    private void node(Node n) {
        if (n instanceof TextNode t) {
            text(t.getWholeText());
        } else if (n instanceof Element e) {
            element(e);
        }
    }

    private void text(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c == '\u00A0' ? ' ' : c);
                space = c == '\u00A0';
            }
        }
        if (b.length() > 0) {
            out.add(new Inline.Text(b.toString()));
        }
    }

    private void element(Element e) {
        if (depth >= MAX_DEPTH) {
            text(e.text() + " ");
            return;
        }
        depth++;
        try {
            elementWithin(e);
        } finally {
            depth--;
        }
    }

    private void elementWithin(Element e) {
        switch (e.tagName()) {
            case "br" -> {
                out.add(new Inline.HardBreak());
                space = true;
            }
            case "em", "i", "cite", "dfn", "var" -> styled(Inline.Decoration.EMPHASIS, e);
            case "strong", "b" -> styled(Inline.Decoration.STRONG, e);
            case "del", "s", "strike" -> styled(Inline.Decoration.STRIKETHROUGH, e);
            case "kbd" -> styled(Inline.Decoration.KBD, e);
            case "sub" -> styled(Inline.Decoration.SUBSCRIPT, e);
            case "sup" -> styled(Inline.Decoration.SUPERSCRIPT, e);
            case "code", "samp", "tt" -> {
                String code = e.wholeText().replaceAll("\\s+", " ");
                if (!code.isBlank()) {
                    out.add(new Inline.Code(code));
                    space = false;
                }
            }
            case "a" -> link(e);
            case "img" -> media(MediaKind.IMAGE, ReaderMedia.source(e), e.attr("alt").isBlank() ? e.attr("title") : e.attr("alt"));
            case "picture" -> {
                Element img = e.selectFirst("img");
                if (img != null) {
                    element(img);
                }
            }
            case "video" -> media(MediaKind.VIDEO, ReaderMedia.source(e), e.attr("title"));
            case "audio" -> media(MediaKind.AUDIO, ReaderMedia.source(e), e.attr("title"));
            case "wbr" -> { }
            default -> {
                for (Node c : e.childNodes()) {
                    node(c);
                }
            }
        }
    }

    private void styled(Inline.Decoration decoration, Element e) {
        List<Inline> children = nested(e);
        if (!children.isEmpty()) {
            out.add(new Inline.Styled(decoration, children));
        }
    }

    private void link(Element e) {
        String href = e.hasAttr("href") ? e.absUrl("href") : "";
        if (href.isEmpty() && e.attr("href").startsWith("#")) {
            href = e.attr("href");
        } else if (href.isEmpty()) {
            href = e.attr("href").strip();
        }
        List<Inline> children = nested(e);
        if (href.isEmpty() || href.toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
            out.addAll(children);
            return;
        }
        if (children.isEmpty()) {
            return;
        }
        out.add(new Inline.Link(inPageAnchor(href, e), e.attr("title"), children));
    }

    /** A link to a fragment of this very page stays {@code #id}, so the viewer jumps within it. */
    private static String inPageAnchor(String href, Element e) {
        String base = e.baseUri();
        int hash = href.indexOf('#');
        if (hash > 0 && !base.isEmpty()) {
            String page = base.contains("#") ? base.substring(0, base.indexOf('#')) : base;
            if (href.substring(0, hash).equals(page)) {
                return href.substring(hash);
            }
        }
        return href;
    }

    private void media(MediaKind kind, String target, String label) {
        if (target.isEmpty() && label.isBlank()) {
            return;
        }
        MediaKind k = kind == MediaKind.IMAGE && target.toLowerCase(java.util.Locale.ROOT).matches(".*\\.svg([?#].*)?") ? MediaKind.SVG : kind;
        out.add(new Inline.Media(k, target, label.strip()));
        space = false;
    }

    /** The inlines inside {@code e}, sharing this builder's white-space state. */
    private List<Inline> nested(Element e) {
        int mark = out.size();
        for (Node c : e.childNodes()) {
            node(c);
        }
        List<Inline> children = new ArrayList<>(out.subList(mark, out.size()));
        out.subList(mark, out.size()).clear();
        return children;
    }

    /** Without white space at the start and end (of the first and last text). */
    static List<Inline> trim(List<Inline> inlines) {
        List<Inline> list = new ArrayList<>(inlines);
        while (!list.isEmpty() && (list.get(0) instanceof Inline.HardBreak || isBlankText(list.get(0)))) {
            list.remove(0);
        }
        while (!list.isEmpty() && (list.get(list.size() - 1) instanceof Inline.HardBreak || isBlankText(list.get(list.size() - 1)))) {
            list.remove(list.size() - 1);
        }
        if (!list.isEmpty() && list.get(0) instanceof Inline.Text t) {
            list.set(0, new Inline.Text(t.text().stripLeading()));
        }
        if (!list.isEmpty() && list.get(list.size() - 1) instanceof Inline.Text t) {
            list.set(list.size() - 1, new Inline.Text(t.text().stripTrailing()));
        }
        return list;
    }

    private static boolean isBlankText(Inline i) {
        return i instanceof Inline.Text t && t.text().isBlank();
    }
}
