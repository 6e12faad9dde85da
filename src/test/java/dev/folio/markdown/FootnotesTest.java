package dev.folio.markdown;

import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootnotesTest {

    private static Block.Footnotes footnotes(Document doc) {
        return assertInstanceOf(Block.Footnotes.class, doc.blocks().get(doc.blocks().size() - 1));
    }

    @Test
    void numbersFollowTheOrderOfFirstReference() {
        Document doc = parse("""
                First[^b], second[^a], again[^b].

                [^a]: Note A.
                [^b]: Note B.
                [^unused]: Never referenced.
                """);
        List<Inline.FootnoteRef> refs = Docs.all(doc, Inline.FootnoteRef.class);
        assertEquals(List.of(new Inline.FootnoteRef("b", 1), new Inline.FootnoteRef("a", 2), new Inline.FootnoteRef("b", 1)), refs);
        Block.Footnotes notes = footnotes(doc);
        assertEquals(List.of("b", "a"), notes.notes().stream().map(Block.Footnote::label).toList());
        assertEquals(List.of(1, 2), notes.notes().stream().map(Block.Footnote::number).toList());
        Block.Paragraph body = assertInstanceOf(Block.Paragraph.class, notes.notes().get(0).content().get(0));
        assertEquals("Note B.", Inlines.plainText(body.content()));
        assertEquals(2, doc.blocks().size());
    }

    @Test
    void definitionsStayOutOfTheTextAndFootnotesComeLast() {
        Document doc = parse("Text[^1].\n\n[^1]: The note.\n\n## Later heading\n");
        assertEquals(List.of(Block.Paragraph.class, Block.Heading.class, Block.Footnotes.class),
                doc.blocks().stream().map(Object::getClass).toList());
        assertEquals(3, footnotes(doc).line());
    }

    @Test
    void referencesInsideNotesAreNumberedAfterTheirNote() {
        Document doc = parse("A[^x].\n\n[^x]: See also[^y].\n[^y]: Deeper.\n");
        assertEquals(List.of("x", "y"), footnotes(doc).notes().stream().map(Block.Footnote::label).toList());
    }

    @Test
    void undefinedReferenceStaysAsWrittenAndNoSectionIsAdded() {
        Document doc = parse("Missing[^nope] note.\n");
        assertEquals(1, doc.blocks().size());
        assertTrue(Docs.text(doc).contains("[^nope]"));
    }
}
