package dev.folio.viewer;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;

/** Short-hand for building documents in tests. */
final class Docs {
    private Docs() {}

    static Document doc(String title, Block... blocks) {
        return new Document(List.of(blocks), title);
    }

    static Block h(int level, String text, String anchor, int line) {
        return new Block.Heading(level, List.of(new Inline.Text(text)), anchor, line);
    }

    static Block p(int line, Inline... content) {
        return new Block.Paragraph(List.of(content), line);
    }

    static Block p(int line, String text) {
        return p(line, new Inline.Text(text));
    }

    static Block quote(int line, Block... children) {
        return new Block.Quote(List.of(children), line);
    }

    static Block image(int line, String target, String label) {
        return p(line, new Inline.Media(MediaKind.IMAGE, target, label));
    }

    static Block notes(int line, String... texts) {
        List<Block.Footnote> notes = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            notes.add(new Block.Footnote(Integer.toString(i + 1), i + 1, List.of(p(line + i, texts[i]))));
        }
        return new Block.Footnotes(notes, line);
    }

    static Inline text(String t) {
        return new Inline.Text(t);
    }

    static Inline link(String text, String target) {
        return new Inline.Link(target, "", List.of(new Inline.Text(text)));
    }

    static Inline note(int number) {
        return new Inline.FootnoteRef(Integer.toString(number), number);
    }

    /** {@code count} paragraphs "para N" at source lines 1, 3, 5 … */
    static Document paragraphs(int count) {
        Block[] blocks = new Block[count];
        for (int i = 0; i < count; i++) {
            blocks[i] = p(2 * i + 1, "para " + i);
        }
        return doc("Many", blocks);
    }
}
