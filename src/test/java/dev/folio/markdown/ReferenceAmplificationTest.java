package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One long definition used many times: its text is shared, and what the uses expand to is capped. */
class ReferenceAmplificationTest {

    @Test
    void usesOfOneDefinitionShareItsDestinationAndTitle() {
        Document doc = Docs.parse("[a]: /x \"t\"\n\n[a] [b][a] [c][a]");
        List<Inline.Link> links = Docs.all(doc, Inline.Link.class);
        assertEquals(3, links.size());
        assertSame(links.get(0).target(), links.get(2).target());
        assertSame(links.get(0).title(), links.get(1).title());
        assertEquals("/x", links.get(0).target());
    }

    @Test
    void usesPastTheBudgetStayAsWritten() {
        // 40,000-character destination and title: the first use is 80,000 characters, the second would pass 100,000.
        String markdown = "[a]: /" + "d".repeat(40_000) + " \"" + "t".repeat(40_000) + "\"\n\n" + "[a] ".repeat(1_000);
        Document doc = Docs.parse(markdown);
        assertEquals(1, Docs.all(doc, Inline.Link.class).size());
        String text = Docs.text(doc);
        assertEquals(999, text.split("\\[a]", -1).length - 1, "the rest are their brackets and label");
    }

    @Test
    void aLongDocumentMayExpandAsMuchAsItsOwnLength() {
        String markdown = "[a]: /" + "d".repeat(1_000) + "\n\n" + "[a] ".repeat(100) + "x".repeat(200_000);
        assertEquals(100, Docs.all(Docs.parse(markdown), Inline.Link.class).size());
        assertTrue(ReferenceTargets.MIN_BUDGET < markdown.length());
    }
}
