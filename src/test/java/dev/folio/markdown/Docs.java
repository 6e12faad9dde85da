package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Helpers for parser tests: parse, pick blocks, walk the model without recursion. */
final class Docs {
    private static final MarkdownParser PARSER = new MarkdownParser();

    private Docs() {}

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The only block of a one-block document, as the expected type. */
    static <T extends Block> T only(String markdown, Class<T> type) {
        List<Block> blocks = parse(markdown).blocks();
        assertEquals(1, blocks.size(), () -> "blocks: " + blocks);
        return assertInstanceOf(type, blocks.get(0));
    }

    /** The content of a one-paragraph document. */
    static List<Inline> inlines(String markdown) {
        return only(markdown, Block.Paragraph.class).content();
    }

    /** Every block and inline in the document, in order (children after their parent). */
    static List<Object> walk(Document doc) {
        List<Object> out = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        for (int i = doc.blocks().size() - 1; i >= 0; i--) {
            pending.push(doc.blocks().get(i));
        }
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            out.add(node);
            List<Object> children = children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return out;
    }

    /** All items of one type anywhere in the document. */
    static <T> List<T> all(Document doc, Class<T> type) {
        return walk(doc).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The text of all Text and Code inlines, in order, without separators. */
    static String text(Document doc) {
        StringBuilder out = new StringBuilder();
        for (Object node : walk(doc)) {
            if (node instanceof Inline.Text t) {
                out.append(t.text());
            } else if (node instanceof Inline.Code c) {
                out.append(c.text());
            } else if (node instanceof Block.CodeBlock c) {
                out.append(c.text());
            }
        }
        return out.toString();
    }

    /** The deepest nesting of blocks and inlines, counted without recursion. */
    static int depth(Document doc) {
        int max = 0;
        Deque<Object> nodes = new ArrayDeque<>(doc.blocks());
        Deque<Integer> depths = new ArrayDeque<>();
        doc.blocks().forEach(b -> depths.add(1));
        while (!nodes.isEmpty()) {
            Object node = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Object child : children(node)) {
                nodes.push(child);
                depths.push(d + 1);
            }
        }
        return max;
    }

    private static List<Object> children(Object node) {
        List<Object> out = new ArrayList<>();
        if (node instanceof Block.Heading h) {
            out.addAll(h.content());
        } else if (node instanceof Block.Paragraph p) {
            out.addAll(p.content());
        } else if (node instanceof Block.Quote q) {
            out.addAll(q.children());
        } else if (node instanceof Block.Alert a) {
            out.addAll(a.title());
            out.addAll(a.children());
        } else if (node instanceof Block.Aligned a) {
            out.addAll(a.children());
        } else if (node instanceof Block.ListBlock l) {
            l.items().forEach(item -> out.addAll(item.children()));
        } else if (node instanceof Block.Table t) {
            t.header().forEach(row -> row.forEach(out::addAll));
            t.body().forEach(row -> row.forEach(out::addAll));
        } else if (node instanceof Block.DefinitionList d) {
            d.definitions().forEach(def -> {
                out.addAll(def.term());
                def.definitions().forEach(out::addAll);
            });
        } else if (node instanceof Block.Details d) {
            out.addAll(d.summary());
            out.addAll(d.children());
        } else if (node instanceof Block.Footnotes f) {
            f.notes().forEach(n -> out.addAll(n.content()));
        } else if (node instanceof Inline.Styled s) {
            out.addAll(s.children());
        } else if (node instanceof Inline.Link l) {
            out.addAll(l.children());
        }
        return out;
    }

    static Inline.Text text(String s) {
        return new Inline.Text(s);
    }
}
