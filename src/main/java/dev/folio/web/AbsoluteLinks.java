package dev.folio.web;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A web document's relative links and images made absolute against its address (after
 * redirects), so that following them, opening them and print mode's link notes all see the real
 * target. Links within the document ({@code #id}) stay as they are.
 */
public final class AbsoluteLinks {
    private final URI base;

    private AbsoluteLinks(URI base) {
        this.base = base;
    }

    public static Document of(Document doc, URI base) {
        AbsoluteLinks a = new AbsoluteLinks(WebAddress.withoutFragment(base));
        return new Document(a.blocks(doc.blocks()), doc.title());
    }

    /** {@code href} resolved against {@code base}; unchanged when it is absolute, an anchor, or not a valid reference. */
    public static String resolve(URI base, String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || hasScheme(h)) {
            return href;
        }
        try {
            return WebAddress.withoutFragment(base).resolve(new URI(LinkEncoding.encode(h))).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return href;
        }
    }

    private static boolean hasScheme(String h) {
        int colon = h.indexOf(':');
        if (colon < 1) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = h.charAt(i);
            boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok || c > 127) {
                return false;
            }
        }
        return true;
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(block(b));
        }
        return out;
    }

    private Block block(Block b) {
        if (b instanceof Block.Heading h) {
            return new Block.Heading(h.level(), inlines(h.content()), h.anchor(), h.line());
        } else if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(inlines(p.content()), p.line());
        } else if (b instanceof Block.Quote q) {
            return new Block.Quote(blocks(q.children()), q.line());
        } else if (b instanceof Block.Alert a) {
            return new Block.Alert(a.kind(), blocks(a.children()), a.line());
        } else if (b instanceof Block.ListBlock l) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Block.ListItem i : l.items()) {
                items.add(new Block.ListItem(i.task(), blocks(i.children())));
            }
            return new Block.ListBlock(l.ordered(), l.start(), l.tight(), items, l.line());
        } else if (b instanceof Block.Table t) {
            return new Block.Table(t.alignments(), rows(t.header()), rows(t.body()), t.line(), t.spans());
        } else if (b instanceof Block.DefinitionList d) {
            List<Block.Definition> defs = new ArrayList<>();
            for (Block.Definition def : d.definitions()) {
                defs.add(new Block.Definition(inlines(def.term()), def.definitions().stream().map(this::blocks).toList()));
            }
            return new Block.DefinitionList(defs, d.line());
        } else if (b instanceof Block.Details d) {
            return new Block.Details(inlines(d.summary()), blocks(d.children()), d.line());
        } else if (b instanceof Block.Footnotes f) {
            List<Block.Footnote> notes = new ArrayList<>();
            for (Block.Footnote n : f.notes()) {
                notes.add(new Block.Footnote(n.label(), n.number(), blocks(n.content())));
            }
            return new Block.Footnotes(notes, f.line());
        }
        return b;
    }

    private List<List<List<Inline>>> rows(List<List<List<Inline>>> rows) {
        return rows.stream().map(r -> r.stream().map(this::inlines).toList()).toList();
    }

    private List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline i : inlines) {
            if (i instanceof Inline.Link l) {
                out.add(new Inline.Link(resolve(base, l.target()), l.title(), inlines(l.children())));
            } else if (i instanceof Inline.Media m) {
                out.add(new Inline.Media(m.kind(), m.target().isEmpty() ? "" : resolve(base, m.target()), m.label()));
            } else if (i instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.decoration(), inlines(s.children())));
            } else {
                out.add(i);
            }
        }
        return out;
    }
}
