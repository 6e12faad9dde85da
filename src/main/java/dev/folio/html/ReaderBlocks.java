package dev.folio.html;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleaned HTML into folio's blocks: headings, paragraphs, lists, quotes, code, tables, figures,
 * definition lists, details and rules. Containers ({@code div}, {@code section} …) are walked
 * through; text and inline elements loose in a container become paragraphs, so no text of the
 * article is lost.
 */
final class ReaderBlocks {
    /** Deeper nesting is read as text: the layout indents each level, and pages can nest thousands. */
    private static final int MAX_DEPTH = 64;

    private final ReaderAnchors anchors = new ReaderAnchors();

    List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        children(root, out, 0);
        return out;
    }

    private void children(Element parent, List<Block> out, int depth) {
        List<Node> loose = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && !ReaderContent.isInline(e)) {
                flush(loose, out);
                block(e, out, depth);
            } else if (n instanceof TextNode || n instanceof Element) {
                loose.add(n);
            }
        }
        flush(loose, out);
    }

    private static void flush(List<Node> loose, List<Block> out) {
        if (loose.isEmpty()) {
            return;
        }
        List<Inline> content = ReaderInlines.of(loose);
        loose.clear();
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(content, 0));
        }
    }

    private void block(Element e, List<Block> out, int depth) {
        if (depth > MAX_DEPTH) {
            paragraph(e, out);
            return;
        }
        String tag = e.tagName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                withoutPermalinks(e);
                List<Inline> content = ReaderInlines.of(e);
                if (!content.isEmpty()) {
                    out.add(new Block.Heading(tag.charAt(1) - '0', content, anchors.of(e), 0));
                }
            }
            case "p" -> paragraph(e, out);
            case "blockquote" -> {
                List<Block> inner = new ArrayList<>();
                children(e, inner, depth + 1);
                if (!inner.isEmpty()) {
                    out.add(new Block.Quote(inner, 0));
                }
            }
            case "ul", "ol", "menu" -> list(e, out, depth);
            case "pre" -> out.add(code(e));
            case "hr" -> out.add(new Block.ThematicBreak(0));
            case "table" -> table(e, out, depth);
            case "dl" -> definitions(e, out, depth);
            case "details" -> details(e, out, depth);
            case "figure" -> {
                Element caption = e.selectFirst("figcaption");
                if (caption != null) {
                    caption.remove();
                }
                children(e, out, depth + 1);
                if (caption != null) {
                    List<Inline> text = ReaderInlines.of(caption);
                    if (!text.isEmpty()) {
                        out.add(new Block.Paragraph(List.of(new Inline.Styled(Inline.Decoration.EMPHASIS, text)), 0));
                    }
                }
            }
            case "svg", "math" -> paragraph(e, out);
            default -> {
                // A container (div, section, article, header, span-like unknown tags): its id may be a link target.
                anchors.remember(e);
                Block.AlertKind kind = ReaderAdmonitions.kind(e);
                if (kind != null) {
                    admonition(e, kind, out, depth);
                } else {
                    children(e, out, depth + 1);
                }
            }
        }
    }

    /** The title says the kind's own name ("tip", "Note") or the author's title, which the alert then shows. */
    private void admonition(Element e, Block.AlertKind kind, List<Block> out, int depth) {
        Element title = ReaderAdmonitions.title(e);
        List<Inline> label = List.of();
        if (title != null) {
            title.remove();
            if (!title.text().strip().equalsIgnoreCase(kind.name())) {
                label = ReaderInlines.of(title);
            }
        }
        List<Block> inner = new ArrayList<>();
        children(e, inner, depth + 1);
        out.add(new Block.Alert(kind, label, inner, 0));
    }

    /** A heading's link to itself ("¶", "#", or an invisible space, shown on hover) is not part of its text. */
    private static void withoutPermalinks(Element heading) {
        for (Element a : heading.select("a[href^=#]")) {
            String text = a.text().replace("\u200B", "").strip();
            if (text.isEmpty() || text.equals("#") || text.equals("¶") || text.equals("§") || text.equals("🔗")) {
                a.remove();
            }
        }
    }

    private static void paragraph(Element e, List<Block> out) {
        List<Inline> content = ReaderInlines.of(e);
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(content, 0));
        }
    }

    private void list(Element e, List<Block> out, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Element li : e.children()) {
            List<Block> inner = new ArrayList<>();
            if (li.tagName().equals("li")) {
                children(li, inner, depth + 1);
            } else {
                block(li, inner, depth + 1);
            }
            Block.Task task = Block.Task.NONE;
            Element box = li.selectFirst("> input[type=checkbox], > p > input[type=checkbox]");
            if (box != null) {
                task = box.hasAttr("checked") ? Block.Task.DONE : Block.Task.OPEN;
            }
            if (!inner.isEmpty() || task != Block.Task.NONE) {
                items.add(new Block.ListItem(task, inner));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        boolean ordered = e.tagName().equals("ol");
        int start = 1;
        if (ordered && e.hasAttr("start")) {
            try {
                start = Integer.parseInt(e.attr("start").strip());
            } catch (NumberFormatException ignored) {
                start = 1;
            }
        }
        boolean tight = e.select("> li > p").isEmpty();
        out.add(new Block.ListBlock(ordered, start, tight, items, 0));
    }

    /** {@code <pre>}, with the language from {@code class="language-x"} on it or its {@code <code>}. */
    private static Block code(Element pre) {
        String info = "";
        for (Element e : new Element[] {pre, pre.selectFirst("> code")}) {
            if (e == null) {
                continue;
            }
            for (String c : e.classNames()) {
                String lower = c.toLowerCase(Locale.ROOT);
                for (String prefix : new String[] {"language-", "lang-", "highlight-source-", "brush:"}) {
                    if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                        info = lower.substring(prefix.length());
                    }
                }
            }
            if (info.isEmpty() && !e.attr("data-lang").isBlank()) {
                info = e.attr("data-lang").strip();
            }
        }
        String text = preText(pre);
        if (text.startsWith("\n")) {
            text = text.substring(1); // a newline right after <pre> is not content
        }
        text = text.replace("\t", "    ").stripTrailing();
        return new Block.CodeBlock(info, text, 0);
    }

    /** The text of a {@code <pre>} as shown, {@code <br>} as a newline. */
    private static String preText(Element pre) {
        StringBuilder b = new StringBuilder();
        for (Node n : pre.childNodes()) {
            appendPre(n, b);
        }
        return b.toString().replace("\r\n", "\n");
    }

    private static void appendPre(Node n, StringBuilder b) {
        if (n instanceof TextNode t) {
            b.append(t.getWholeText());
        } else if (n instanceof Element e) {
            if (e.tagName().equals("br")) {
                b.append('\n');
            } else {
                for (Node c : e.childNodes()) {
                    appendPre(c, b);
                }
            }
        }
    }

    private void table(Element table, List<Block> out, int depth) {
        Block t = ReaderTable.of(table);
        Element caption = table.selectFirst("> caption");
        if (t != null && caption != null) {
            // The caption says what the table is: it leads, as a figure's caption follows its picture.
            List<Inline> text = ReaderInlines.of(caption);
            if (!text.isEmpty()) {
                out.add(new Block.Paragraph(List.of(new Inline.Styled(Inline.Decoration.EMPHASIS, text)), 0));
            }
        }
        if (t != null) {
            out.add(t);
        } else {
            // A layout table: its cells are read as blocks.
            for (Element cell : table.select("td, th")) {
                if (cell.closest("table") == table) {
                    children(cell, out, depth + 1);
                }
            }
        }
    }

    private void definitions(Element dl, List<Block> out, int depth) {
        List<Block.Definition> defs = new ArrayList<>();
        List<Inline> term = null;
        List<List<Block>> bodies = new ArrayList<>();
        for (Element c : dl.select("> dt, > dd, > div > dt, > div > dd")) {
            if (c.tagName().equals("dt")) {
                if (term != null) {
                    defs.add(new Block.Definition(term, bodies));
                }
                term = ReaderInlines.of(c);
                bodies = new ArrayList<>();
            } else {
                List<Block> inner = new ArrayList<>();
                children(c, inner, depth + 1);
                bodies.add(inner);
                if (term == null) {
                    term = List.of();
                }
            }
        }
        if (term != null) {
            defs.add(new Block.Definition(term, bodies));
        }
        if (!defs.isEmpty()) {
            out.add(new Block.DefinitionList(defs, 0));
        }
    }

    private void details(Element e, List<Block> out, int depth) {
        Element summary = e.selectFirst("> summary");
        List<Inline> label = summary == null ? List.of() : ReaderInlines.of(summary);
        if (summary != null) {
            summary.remove();
        }
        List<Block> inner = new ArrayList<>();
        children(e, inner, depth + 1);
        out.add(new Block.Details(label, inner, 0));
    }
}
