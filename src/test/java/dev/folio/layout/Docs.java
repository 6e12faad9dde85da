package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Short builders for hand-made documents (the layout tests do not depend on the parser). */
final class Docs {
    private Docs() {}

    static Document doc(Block... blocks) {
        return new Document(List.of(blocks), "");
    }

    static Inline.Text t(String text) {
        return new Inline.Text(text);
    }

    static Block.Paragraph para(Inline... content) {
        return new Block.Paragraph(List.of(content), 1);
    }

    static Block.Paragraph para(String text) {
        return para(t(text));
    }

    static Block.Heading heading(int level, String text, String anchor) {
        return new Block.Heading(level, List.of(t(text)), anchor, 1);
    }

    static Inline.Link link(String target, Inline... children) {
        return new Inline.Link(target, "", List.of(children));
    }

    static Inline.Styled styled(Inline.Decoration d, Inline... children) {
        return new Inline.Styled(d, List.of(children));
    }

    static Inline.Media media(MediaKind kind, String target, String label) {
        return new Inline.Media(kind, target, label);
    }

    static Block.Quote quote(Block... children) {
        return new Block.Quote(List.of(children), 1);
    }

    static Block.ListItem item(Block... children) {
        return new Block.ListItem(Block.Task.NONE, List.of(children));
    }

    static Block.ListBlock bullets(Block.ListItem... items) {
        return new Block.ListBlock(false, 1, true, List.of(items), 1);
    }

    static Block.ListBlock numbered(int start, Block.ListItem... items) {
        return new Block.ListBlock(true, start, true, List.of(items), 1);
    }

    static Block.CodeBlock code(String info, String text) {
        return new Block.CodeBlock(info, text, 1);
    }

    /** A table from plain strings: first row is the header. */
    static Block.Table table(List<Block.Alignment> alignments, String[]... rows) {
        List<List<List<Inline>>> header = new ArrayList<>();
        List<List<List<Inline>>> body = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<List<Inline>> cells = new ArrayList<>();
            for (String cell : rows[r]) {
                cells.add(cell.isEmpty() ? List.of() : List.of(t(cell)));
            }
            (r == 0 ? header : body).add(cells);
        }
        return new Block.Table(alignments, header, body, 1);
    }

    static List<Block.Alignment> align(Block.Alignment... a) {
        return Arrays.asList(a);
    }

    static Page layout(Document doc, int width) {
        return Layout.of(doc, LayoutOptions.of(width));
    }

    static Page layout(int width, Block... blocks) {
        return layout(doc(blocks), width);
    }

    static List<String> lines(Page page) {
        List<String> out = new ArrayList<>();
        for (Line l : page.lines()) {
            out.add(l.text());
        }
        return out;
    }
}
