package dev.folio.markdown;

import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Entry;
import dev.folio.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void frontMatterIsTheFirstBlockWithEntriesInOrder() {
        Document doc = parse("""
                ---
                title: "Hello: world"
                author: Ada
                date: 2024-05-01
                tags:
                  - java
                  - cli
                keywords: [a, 'b c']
                ---

                # Heading
                """);
        Block.FrontMatter fm = assertInstanceOf(Block.FrontMatter.class, doc.blocks().get(0));
        assertEquals(List.of(new Entry("title", "Hello: world"), new Entry("author", "Ada"), new Entry("date", "2024-05-01"),
                new Entry("tags", "java, cli"), new Entry("keywords", "a, b c")), fm.entries());
        assertEquals(1, fm.line());
        assertEquals("Hello: world", doc.title());
        assertEquals(11, doc.blocks().get(1).line());
    }

    @Test
    void withoutATitleEntryTheFirstHeadingIsTheTitle() {
        assertEquals("Heading", parse("---\nauthor: Ada\n---\n\n# Heading\n").title());
    }

    @Test
    void foldedValuesAndStrayLinesKeepTheirWords() {
        List<Entry> entries = FrontMatterReader.read("---\ndescription: >\n  folded\n  text\nnested:\n  key: value\n---\n");
        assertEquals(List.of(new Entry("description", "folded text"), new Entry("nested", "key: value")), entries);
    }

    @Test
    void aRuleLaterInTheDocumentIsNotFrontMatter() {
        Document doc = parse("text\n\n---\ntitle: x\n---\n");
        assertEquals(0, Docs.all(doc, Block.FrontMatter.class).size());
    }
}
