package dev.folio.doc;

import java.util.List;

/**
 * Block content of a document: immutable, width-free. {@code line} is the 1-based line of the
 * source where the block starts (0 when unknown), so the viewer can map screen lines back to it.
 */
public sealed interface Block {
    int line();

    /**
     * h1–h6. {@code anchor} is the GitHub-style slug, unique in the document ({@code -1}, {@code -2} …),
     * or the id the author gave ({@code ## Title {#id}}); {@code aliases} are further names that
     * reach it (the generated slug when an id was given).
     */
    record Heading(int level, List<Inline> content, String anchor, List<String> aliases, int line) implements Block {
        public Heading {
            content = List.copyOf(content);
            aliases = List.copyOf(aliases);
        }

        public Heading(int level, List<Inline> content, String anchor, int line) {
            this(level, content, anchor, List.of(), line);
        }
    }

    record Paragraph(List<Inline> content, int line) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    record Quote(List<Block> children, int line) implements Block {
        public Quote {
            children = List.copyOf(children);
        }
    }

    /**
     * A GitHub alert ({@code > [!NOTE]} and friends) or an admonition of another dialect (MkDocs
     * {@code !!! note "Title"}, VuePress {@code ::: tip}, MyST {@code {note}}). {@code title} is
     * the author's title, empty for the kind's own name.
     */
    record Alert(AlertKind kind, List<Inline> title, List<Block> children, int line) implements Block {
        public Alert {
            title = List.copyOf(title);
            children = List.copyOf(children);
        }

        public Alert(AlertKind kind, List<Block> children, int line) {
            this(kind, List.of(), children, line);
        }
    }

    /** Blocks centred ({@code align="center"}, {@code <center>}) or right-aligned ({@code dir="rtl"}) in their column. */
    record Aligned(Alignment alignment, List<Block> children, int line) implements Block {
        public Aligned {
            children = List.copyOf(children);
        }
    }

    /**
     * Display math ({@code $$…$$}, a {@code math} fence): {@code tex} as written, {@code shown} the
     * readable form (Greek letters, operators, sub- and superscripts where Unicode has them).
     */
    record MathBlock(String tex, String shown, int line) implements Block {}

    /** An ordered ({@code start} is the first number) or bullet list. */
    record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items, int line) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(Task task, List<Block> children) {
        public ListItem {
            children = List.copyOf(children);
        }
    }

    /**
     * Fenced or indented code, text as written (tabs already expanded), without final newline.
     *
     * @param info  the language word of the fence ({@code py}), or empty
     * @param title the fence's {@code title="a.py"} (MkDocs, Docusaurus, VitePress), or empty
     */
    record CodeBlock(String info, String text, int line, String title) implements Block {
        public CodeBlock {
            title = title == null ? "" : title;
        }

        public CodeBlock(String info, String text, int line) {
            this(info, text, line, "");
        }
    }

    /**
     * A table; every row has exactly {@code alignments.size()} cells.
     *
     * @param spans how many columns each cell covers, for the header rows then the body rows (an
     *              HTML {@code colspan}): a cell covering k columns is followed by k-1 cells of
     *              span 0, which are empty; an empty list means every cell covers one column
     */
    record Table(List<Alignment> alignments, List<List<List<Inline>>> header, List<List<List<Inline>>> body, int line,
                 List<List<Integer>> spans) implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            header = header.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            body = body.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            spans = spans == null ? List.of() : spans.stream().map(List::copyOf).toList();
        }

        public Table(List<Alignment> alignments, List<List<List<Inline>>> header, List<List<List<Inline>>> body, int line) {
            this(alignments, header, body, line, List.of());
        }

        /** How many columns the cell at ({@code row}, {@code column}) covers; rows count the header's first. */
        public int span(int row, int column) {
            if (row >= spans.size() || column >= spans.get(row).size()) {
                return 1;
            }
            return spans.get(row).get(column);
        }
    }

    record ThematicBreak(int line) implements Block {}

    /** YAML front matter: entries in source order (title, author, date are shown prominently). */
    record FrontMatter(List<Entry> entries, int line) implements Block {
        public FrontMatter {
            entries = List.copyOf(entries);
        }
    }

    record Entry(String key, String value) {}

    /** A definition list: each term with one or more definitions. */
    record DefinitionList(List<Definition> definitions, int line) implements Block {
        public DefinitionList {
            definitions = List.copyOf(definitions);
        }
    }

    record Definition(List<Inline> term, List<List<Block>> definitions) {
        public Definition {
            term = List.copyOf(term);
            definitions = definitions.stream().map(List::copyOf).toList();
        }
    }

    /** HTML {@code <details>}: shown open, the summary as a label. */
    record Details(List<Inline> summary, List<Block> children, int line) implements Block {
        public Details {
            summary = List.copyOf(summary);
            children = List.copyOf(children);
        }
    }

    /** Footnote definitions, collected at the end of the document in reference order. */
    record Footnotes(List<Footnote> notes, int line) implements Block {
        public Footnotes {
            notes = List.copyOf(notes);
        }
    }

    record Footnote(String label, int number, List<Block> content) {
        public Footnote {
            content = List.copyOf(content);
        }
    }

    enum Task { NONE, OPEN, DONE }

    enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

    enum AlertKind { NOTE, TIP, IMPORTANT, WARNING, CAUTION }
}
