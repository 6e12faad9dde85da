package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blank lines between blocks, source lines, and the small blocks: rules, front matter, definitions, details. */
class BlockSpacingTest {

    @Test
    void oneBlankLineBetweenBlocksAndNoneAtTheEnds() {
        assertEquals(List.of("one", "", "two", "", "three"), lines(layout(20, para("one"), para("two"), para("three"))));
    }

    @Test
    void everyLineCarriesItsBlocksSourceLine() {
        Page page = layout(20, new Block.Paragraph(List.of(t("first para wraps here")), 3), new Block.ThematicBreak(7));
        assertEquals(List.of(3, 3, 7, 7), page.lines().stream().map(Line::sourceLine).toList());
    }

    @Test
    void aThematicBreakIsARuleAcrossTheWidth() {
        Page page = layout(12, new Block.ThematicBreak(1));
        assertEquals(List.of("────────────"), lines(page));
        assertEquals(Role.RULE, page.lines().get(0).spans().get(0).role());
    }

    @Test
    void frontMatterIsAHeader() {
        Block.FrontMatter fm = new Block.FrontMatter(List.of(new Block.Entry("title", "Folio"),
                new Block.Entry("author", "Ann"), new Block.Entry("date", "2024-05-06"), new Block.Entry("tags", "a, b")), 1);
        Page page = Layout.of(new Document(List.of(fm, para("body")), "Folio"), LayoutOptions.of(20));
        assertEquals(List.of("Folio", "by Ann · 2024-05-06", "tags: a, b", "────────────────────", "", "body"), lines(page));
        assertEquals(Role.META_TITLE, page.lines().get(0).spans().get(0).role());
        assertEquals(Role.META_KEY, page.lines().get(2).spans().get(0).role());
        assertEquals(Role.META_VALUE, page.lines().get(2).spans().get(1).role());
        assertEquals("Folio", page.title());
    }

    @Test
    void definitionsAreIndentedUnderTheirTerm() {
        Block.DefinitionList dl = new Block.DefinitionList(List.of(
                new Block.Definition(List.of(t("Term")), List.of(List.of(para("first meaning")), List.of(para("second")))),
                new Block.Definition(List.of(t("Other")), List.of(List.of(para("third"))))), 1);
        Page page = layout(30, dl);
        assertEquals(List.of("Term", "    first meaning", "", "    second", "", "Other", "    third"), lines(page));
        assertEquals(Role.DEFINITION_TERM, page.lines().get(0).spans().get(0).role());
    }

    @Test
    void detailsShowTheSummaryAndTheContentOpen() {
        Page page = layout(30, new Block.Details(List.of(t("More")), List.of(para("hidden"), para("text")), 1));
        assertEquals(List.of("▾ More", "  hidden", "", "  text"), lines(page));
        assertEquals(Role.DETAILS_SUMMARY, page.lines().get(0).spans().get(0).role());
    }
}
