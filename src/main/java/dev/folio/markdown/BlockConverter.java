package dev.folio.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.folio.doc.Block;
import dev.folio.doc.Block.AlertKind;
import dev.folio.doc.Block.Task;
import dev.folio.doc.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Converts flexmark block nodes into the model's blocks. Nesting is bounded: containers deeper
 * than {@link #MAX_DEPTH} are not reproduced; their leaf blocks are added, in order, to the
 * container at that depth, found by an explicit stack instead of recursion.
 */
final class BlockConverter {
    static final int MAX_DEPTH = 64;

    private final ConversionContext context;
    private final InlineConverter inlines;
    private final HtmlBlockConverter html;
    private final TableConverter tables;
    private final HtmlTableBlocks htmlTables;

    BlockConverter(ConversionContext context) {
        this.context = context;
        this.inlines = new InlineConverter(context);
        this.html = new HtmlBlockConverter(context);
        this.tables = new TableConverter(inlines);
        this.htmlTables = new HtmlTableBlocks(context, html);
    }

    /** The blocks of {@code parent}'s children, at container nesting {@code depth}. */
    List<Block> children(Node parent, int depth) {
        BlockSink sink = new BlockSink(MAX_DEPTH - depth);
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (HtmlTableBlocks.startsTable(child)) {
                child = htmlTables.convert(child, sink); // may run over the siblings up to </table>
                continue;
            }
            block(child, sink, depth);
        }
        return sink.finish();
    }

    private void block(Node node, BlockSink sink, int depth) {
        if (isLeaf(node)) {
            leaf(node, sink);
        } else if (depth + 1 >= MAX_DEPTH) {
            flatten(node, sink);
        } else {
            container(node, sink, depth + 1);
        }
    }

    /** Blocks converted as a whole; everything else is a container whose children are blocks. */
    private static boolean isLeaf(Node node) {
        boolean knownLeaf = node instanceof Paragraph || node instanceof Heading || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof ThematicBreak || node instanceof HtmlBlock
                || node instanceof HtmlCommentBlock || node instanceof TableBlock || node instanceof YamlFrontMatterBlock
                || node instanceof FootnoteBlock || node instanceof Reference || node instanceof MathNodes.MathBlock;
        boolean knownContainer = node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem
                || node instanceof DefinitionList || node instanceof DefinitionTerm || node instanceof AdmonitionBlock;
        return knownLeaf || !knownContainer && !node.hasChildren();
    }

    private void leaf(Node node, BlockSink sink) {
        int line = lineOf(node);
        if (node instanceof Paragraph) {
            List<Inline> content = Inlines.trim(Inlines.mapText(inlines.children(node, 0), HeadingAttributes::withoutInlineLists));
            Block.MathBlock math = MathBlocks.ofParagraph(content, line);
            if (math != null) {
                sink.add(math);
            } else if (!Inlines.isBlank(content)) {
                sink.add(new Block.Paragraph(content, line));
            }
        } else if (node instanceof Heading heading) {
            HeadingAttributes.Split split = HeadingAttributes.split(Inlines.trim(inlines.children(node, 0)));
            List<Inline> content = split.content();
            String slug = context.anchorFor(Inlines.plainText(content));
            sink.add(split.id().isEmpty() ? new Block.Heading(heading.getLevel(), content, slug, line)
                    : new Block.Heading(heading.getLevel(), content, split.id(), List.of(slug), line));
        } else if (node instanceof MathNodes.MathBlock math) {
            sink.add(MathBlocks.of(math, line));
        } else if (node instanceof FencedCodeBlock code && infoWord(code).equalsIgnoreCase("math")) {
            String tex = CodeText.of(code.getContentChars());
            sink.add(new Block.MathBlock(tex, TexText.readable(tex), line));
        } else if (node instanceof FencedCodeBlock code) {
            sink.add(new Block.CodeBlock(infoWord(code), CodeText.of(code.getContentChars()), line,
                    FenceTitles.of(code.getInfo().unescape())));
        } else if (node instanceof IndentedCodeBlock code) {
            sink.add(new Block.CodeBlock("", CodeText.of(code.getContentChars().toString().stripTrailing()), line));
        } else if (node instanceof ThematicBreak) {
            sink.add(new Block.ThematicBreak(line));
        } else if (node instanceof HtmlBlock) {
            html.convert(node.getChars(), line, sink);
        } else if (node instanceof TableBlock table) {
            sink.add(tables.convert(table, line));
        } else if (node instanceof YamlFrontMatterBlock) {
            sink.add(new Block.FrontMatter(FrontMatterReader.read(node.getChars().toString()), line));
        } else if (node instanceof HtmlCommentBlock || node instanceof FootnoteBlock || node instanceof Reference) {
            return; // hidden, or shown elsewhere (footnotes at the end)
        } else if (!node.getChars().isBlank()) {
            sink.add(new Block.Paragraph(List.of(new Inline.Text(node.getChars().trim().unescape())), line));
        }
    }

    private void container(Node node, BlockSink sink, int depth) {
        int line = lineOf(node);
        if (node instanceof BlockQuote quote) {
            sink.add(quote(quote, depth, line));
        } else if (node instanceof AdmonitionBlock admonition) {
            sink.add(new Block.Alert(Alerts.kindOfType(admonition.getInfo().toString()),
                    admonitionTitle(admonition), children(admonition, depth), line));
        } else if (node instanceof DefinitionList) {
            sink.add(new Block.DefinitionList(definitions(node, depth), line)); // before ListBlock: a subclass
        } else if (node instanceof ListBlock list) {
            sink.add(list(list, depth, line));
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, sink, depth); // an unknown container: keep what it holds
            }
        }
    }

    private Block quote(BlockQuote quote, int depth, int line) {
        List<Block> children = children(quote, depth);
        AlertKind kind = Alerts.kindOf(quote);
        List<Block> alertChildren = kind == null ? null : Alerts.withoutMarker(kind, children);
        return alertChildren != null ? new Block.Alert(kind, alertChildren, line) : new Block.Quote(children, line);
    }

    private Block list(ListBlock list, int depth, int line) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Task task = Task.NONE;
            if (item instanceof TaskListItem t) {
                task = t.isItemDoneMarker() ? Task.DONE : Task.OPEN;
            }
            items.add(new Block.ListItem(task, item instanceof ListItem ? children(item, depth) : leafBlocks(item)));
        }
        int start = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
        return new Block.ListBlock(list instanceof OrderedList, start, list.isTight(), items, line);
    }

    /** The author's title ({@code !!! note "Title"}); none when it is absent or given as empty. */
    private static List<Inline> admonitionTitle(AdmonitionBlock admonition) {
        String title = admonition.getTitle().isNull() ? "" : admonition.getTitle().toString().strip();
        if (title.isEmpty() && admonition.getTitleOpeningMarker().isNull()) {
            // No title given: a type other than the alert kinds names itself ("Example", "Question").
            String type = admonition.getInfo().toString().strip().toLowerCase(java.util.Locale.ROOT);
            boolean ownName = Alerts.kindOfType(type).name().equalsIgnoreCase(type) || type.isEmpty();
            title = ownName ? "" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
        }
        return title.isEmpty() ? List.of() : List.of(new Inline.Text(HtmlEntities.decode(title)));
    }

    private List<Block.Definition> definitions(Node list, int depth) {
        List<Block.Definition> out = new ArrayList<>();
        List<Inline> term = null;
        List<List<Block>> meanings = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof DefinitionTerm) {
                if (term != null) {
                    out.add(new Block.Definition(term, meanings));
                }
                term = termContent(child);
                meanings = new ArrayList<>();
            } else if (child instanceof DefinitionItem) {
                meanings.add(children(child, depth));
            }
        }
        if (term != null || !meanings.isEmpty()) {
            out.add(new Block.Definition(term == null ? List.of() : term, meanings));
        }
        return out;
    }

    /** A term's inline content: its paragraphs, joined by line breaks. */
    private List<Inline> termContent(Node term) {
        List<Inline> content = new ArrayList<>();
        for (Node child = term.getFirstChild(); child != null; child = child.getNext()) {
            if (!content.isEmpty()) {
                content.add(new Inline.HardBreak());
            }
            content.addAll(child instanceof Paragraph ? inlines.children(child, 0)
                    : List.of(new Inline.Text(child.getChars().trim().unescape())));
        }
        return content;
    }

    private List<Block> leafBlocks(Node node) {
        BlockSink sink = new BlockSink(0);
        flatten(node, sink);
        return sink.finish();
    }

    /** Adds every leaf block under {@code root} to {@code sink}, in order, without recursion. */
    private void flatten(Node root, BlockSink sink) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (isLeaf(node)) {
                leaf(node, sink);
            } else {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
    }

    private static String infoWord(FencedCodeBlock code) {
        String info = code.getInfo().unescape().strip();
        int end = 0;
        while (end < info.length() && !Character.isWhitespace(info.charAt(end))) {
            end++;
        }
        return info.substring(0, end);
    }

    private int lineOf(Node node) {
        return context.lineOf(node);
    }
}
