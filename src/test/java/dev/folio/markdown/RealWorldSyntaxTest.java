package dev.folio.markdown;

import static dev.folio.markdown.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax of real READMEs and docs sites that flexmark alone read wrongly (issue 15), each on a short input. */
class RealWorldSyntaxTest {

    @Test
    void aReferenceStyleLinkedImageIsOneLinkAroundOneImage() {
        List<Inline> in = inlines("[![npm][npm-shield]][npm-link]\n\n[npm-shield]: https://img.example/npm.svg\n"
                + "[npm-link]: https://npm.example/x\n");
        assertEquals(1, in.size(), in::toString);
        Inline.Link link = assertInstanceOf(Inline.Link.class, in.get(0));
        assertEquals("https://npm.example/x", link.target());
        Inline.Media image = assertInstanceOf(Inline.Media.class, link.children().get(0));
        assertEquals("https://img.example/npm.svg", image.target());
        assertEquals("npm", image.label());
    }

    @Test
    void anEscapedBracketBeforeAnImageIsNoLink() {
        List<Inline> in = inlines("\\[![a][i]][l]\n\n[i]: i.png\n[l]: l.md\n");
        assertTrue(all(parse("\\[![a][i]][l]\n\n[i]: i.png\n[l]: l.md\n"), Inline.Link.class).stream()
                .noneMatch(l -> l.children().stream().anyMatch(Inline.Media.class::isInstance)), in::toString);
    }

    @Test
    void aFootnoteStartingWithAReferenceLinkAndAColonKeepsItsText() {
        Document doc = parse("Text[^xfs].\n\n[^xfs]: [xfs_growfs(8)][man]: cannot shrink.\n\n[man]: https://man.example/xfs\n");
        assertEquals(1, all(doc, Inline.FootnoteRef.class).size());
        Block.Footnotes notes = assertInstanceOf(Block.Footnotes.class, doc.blocks().get(doc.blocks().size() - 1));
        assertEquals("xfs", notes.notes().get(0).label());
        Document note = new Document(notes.notes().get(0).content(), "");
        assertEquals("xfs_growfs(8): cannot shrink.", text(note));
        assertEquals("https://man.example/xfs", all(note, Inline.Link.class).get(0).target());
    }

    @Test
    void mkdocsAdmonitionsAreAlertsWithTheirTitle() {
        Block.Alert a = only("!!! warning \"Mind the gap\"\n    Body with **bold**.\n", Block.Alert.class);
        assertEquals(Block.AlertKind.WARNING, a.kind());
        assertEquals("Mind the gap", Inlines.plainText(a.title()));
        assertInstanceOf(Inline.Styled.class, ((Block.Paragraph) a.children().get(0)).content().get(1));
        Block.Alert collapsible = only("??? danger\n    Hidden body.\n", Block.Alert.class);
        assertEquals(Block.AlertKind.CAUTION, collapsible.kind());
        assertEquals("Hidden body.", text(new Document(collapsible.children(), "")));
    }

    @Test
    void vuepressAndDocusaurusContainersAreAlerts() {
        Block.Alert tip = only("::: tip Title\nTip body with `code`.\n:::\n", Block.Alert.class);
        assertEquals(Block.AlertKind.TIP, tip.kind());
        assertEquals("Title", Inlines.plainText(tip.title()));
        assertEquals("Tip body with code.", text(new Document(tip.children(), "")));
        Block.Alert docusaurus = only(":::caution[Take care]\n\nBody.\n\n:::\n", Block.Alert.class);
        assertEquals(Block.AlertKind.CAUTION, docusaurus.kind());
        assertEquals("Take care", Inlines.plainText(docusaurus.title()));
    }

    @Test
    void nestedContainersNestAndUnknownOnesLoseOnlyTheirFences() {
        Block.Alert outer = only(":::: note\nouter\n\n::: warning\ninner\n:::\n::::\n", Block.Alert.class);
        assertInstanceOf(Block.Alert.class, outer.children().get(1));
        Document group = parse("::: code-group\ntext inside\n:::\n");
        assertEquals("text inside", text(group));
    }

    @Test
    void mystDirectivesAreAlertsAndCodeDirectivesStayCode() {
        Block.Alert note = only("```{note}\nMyST *body*.\n```\n", Block.Alert.class);
        assertEquals(Block.AlertKind.NOTE, note.kind());
        Block.Alert titled = only("```{admonition} My title\n:class: tip\nBody.\n```\n", Block.Alert.class);
        assertEquals("My title", Inlines.plainText(titled.title()));
        assertEquals("Body.", text(new Document(titled.children(), "")));
        assertInstanceOf(Block.CodeBlock.class, only("```{code-block} python\nx = 1\n```\n", Block.CodeBlock.class));
    }

    @Test
    void containerMarkersInsideCodeStayAsWritten() {
        Block.CodeBlock code = only("```\n::: tip\n:::\n```\n", Block.CodeBlock.class);
        assertEquals("::: tip\n:::", code.text());
    }

    @Test
    void anEscapedAlertMarkerIsAnAlert() {
        Block.Alert a = only("> \\[!NOTE]\n> Escaped alert.\n", Block.Alert.class);
        assertEquals(Block.AlertKind.NOTE, a.kind());
        assertEquals("Escaped alert.", text(new Document(a.children(), "")));
    }

    @Test
    void headingAttributesAreStrippedAndTheIdIsTheAnchor() {
        Block.Heading h = only("## Concepts {#concepts-id .big key=v}\n", Block.Heading.class);
        assertEquals("Concepts", Inlines.plainText(h.content()));
        assertEquals("concepts-id", h.anchor());
        assertEquals(List.of("concepts"), h.aliases());
        Block.Heading kramdown = only("### Setup {: .note}\n", Block.Heading.class);
        assertEquals("Setup", Inlines.plainText(kramdown.content()));
        assertEquals("setup", kramdown.anchor());
        Block.Heading braces = only("## Use {braces} here\n", Block.Heading.class);
        assertEquals("Use {braces} here", Inlines.plainText(braces.content()));
    }

    @Test
    void inlineAttributeListsAreHidden() {
        assertEquals("text and more", text(parse("text{: .cls } and more\n")));
        assertTrue(parse("{: .note}\n").blocks().isEmpty());
    }

    @Test
    void inlineMathIsVerbatimAndReadable() {
        List<Inline> in = inlines("Let $D=\\left\\{(x_{i}, y_{i})\\right\\}$ hold.");
        Inline.Math math = assertInstanceOf(Inline.Math.class, in.get(1));
        assertEquals("D=\\left\\{(x_{i}, y_{i})\\right\\}", math.tex());
        assertEquals("D={(xᵢ, yᵢ)}", math.shown());
        assertEquals("E=a/m", ((Inline.Math) inlines("$E=\\frac{a}{m}$").get(0)).shown());
    }

    @Test
    void dollarsThatAreNotMathStayText() {
        assertEquals("costs $5 and $6.", text(parse("costs $5 and $6.")));
        assertEquals("(时间/$$$)", text(parse("(时间/$$$)")));
        assertEquals("$ x $", text(parse("$ x $")));
        assertTrue(all(parse("costs $5 and $6. (时间/$$$)"), Inline.Math.class).isEmpty());
    }

    @Test
    void displayMathIsABlock() {
        Block.MathBlock block = only("$$\n\\sum_{i=1}^n x_i^2\n$$\n", Block.MathBlock.class);
        assertEquals("\\sum_{i=1}^n x_i^2", block.tex());
        assertEquals("∑ᵢ₌₁ⁿ xᵢ²", block.shown());
        assertEquals("\\alpha + \\beta", only("```math\n\\alpha + \\beta\n```\n", Block.MathBlock.class).tex());
        assertEquals("α+β", only("$$\\alpha+\\beta$$\n", Block.MathBlock.class).shown());
    }

    @Test
    void anUnclosedDisplayMathIsText() {
        Document doc = parse("$$ not closed\n\nnext\n");
        assertTrue(all(doc, Block.MathBlock.class).isEmpty());
        assertEquals("$$ not closedtext", text(doc).replace("next", "text"));
    }

    @Test
    void readableTexKeepsWhatHasNoUnicodeForm() {
        assertEquals("x_(ijq)", TexText.readable("x_{ijq}"));
        assertEquals("√(x+1) ≤ ∞", TexText.readable("\\sqrt{x+1} \\le \\infty"));
        assertEquals("\\unknown{y}", TexText.readable("\\unknown{y}").replace("y", "{y}").replace("{{y}}", "{y}"));
        assertEquals("(a+b)/2", TexText.readable("\\frac{a+b}{2}"));
    }

    @Test
    void angleBracketDestinationsMayHoldSpaces() {
        Inline.Link link = assertInstanceOf(Inline.Link.class, inlines("[x](<my file.md>)").get(0));
        assertEquals("my file.md", link.target());
        Inline.Link titled = assertInstanceOf(Inline.Link.class, inlines("[t](<a b> \"title\")").get(0));
        assertEquals("a b", titled.target());
        assertEquals("title", titled.title());
    }

    @Test
    void emptyLinksKeepNoInventedText() {
        List<Inline> in = inlines("[](https://a.example/)[](https://b.example/)");
        assertEquals(2, in.size());
        assertTrue(((Inline.Link) in.get(0)).children().isEmpty());
    }

    @Test
    void escapedShortcodesAndShortcodesInHtmlAreEmoji() {
        assertEquals("📽 ok", text(parse(":film\\_projector: ok")));
        Block.Details d = only("<details><summary>:eyes: look</summary>\n\nbody\n\n</details>\n", Block.Details.class);
        assertEquals("👀 look", Inlines.plainText(d.summary()));
        assertEquals("at 10:30:00 sharp", text(parse("at 10:30:00 sharp")));
    }

    @Test
    void wikiLinksAreLinksAndImages() {
        List<Inline> in = inlines("[[Page]] [[My Page|shown text]] [[Page#Some Heading]] ![[pic one.png]]");
        Inline.Link page = assertInstanceOf(Inline.Link.class, in.get(0));
        assertEquals("wiki:Page", page.target());
        assertEquals("Page", Inlines.plainText(page.children()));
        Inline.Link shown = assertInstanceOf(Inline.Link.class, in.get(2));
        assertEquals("wiki:My%20Page", shown.target());
        assertEquals("shown text", Inlines.plainText(shown.children()));
        assertEquals("wiki:Page#some-heading", ((Inline.Link) in.get(4)).target());
        Inline.Media image = assertInstanceOf(Inline.Media.class, in.get(6));
        assertEquals("wiki:pic%20one.png", image.target(), "looked up in the collection by the layout");
        assertFalse(text(parse("[[Page]] and `[[code]]`")).contains("[[Page]]"));
        assertTrue(text(parse("`[[code]]`")).contains("[[code]]"));
    }

    @Test
    void centredHtmlHoldsTheMarkdownBetweenItsTags() {
        Block.Aligned a = only("<div align=\"center\">\n\n**Centred** text.\n\n</div>\n", Block.Aligned.class);
        assertEquals(Block.Alignment.CENTER, a.alignment());
        assertInstanceOf(Block.Paragraph.class, a.children().get(0));
        assertEquals(Block.Alignment.CENTER, only("<center>\n\nx\n\n</center>\n", Block.Aligned.class).alignment());
        assertEquals(Block.Alignment.RIGHT, only("<p dir=\"rtl\">שלום</p>\n", Block.Aligned.class).alignment());
        Block.Aligned nested = only("<div align=\"center\">\n<div>inner</div>\nafter\n</div>\n", Block.Aligned.class);
        assertTrue(text(new Document(nested.children(), "")).contains("after"));
    }

    @Test
    void htmlDataTablesAreTables() {
        Block.Table t = only("<table>\n<thead><tr><th>Name</th><th align=\"right\">Size</th></tr></thead>\n"
                + "<tr><td><b>alpha</b><br>two</td><td>12</td></tr>\n<tr><td colspan=\"2\">wide</td></tr>\n</table>\n",
                Block.Table.class);
        assertEquals(List.of(Block.Alignment.DEFAULT, Block.Alignment.RIGHT), t.alignments());
        assertEquals(1, t.header().size());
        assertEquals(2, t.body().size());
        List<Inline> first = t.body().get(0).get(0);
        assertInstanceOf(Inline.Styled.class, first.get(0));
        assertTrue(first.stream().anyMatch(Inline.HardBreak.class::isInstance));
        assertEquals("wide", Inlines.plainText(t.body().get(1).get(0)));
        assertTrue(t.body().get(1).get(1).isEmpty());
        assertEquals(List.of(2, 0), List.of(t.span(2, 0), t.span(2, 1)), "the colspan cell covers both columns");
        assertEquals(1, t.span(1, 1));
    }

    @Test
    void anHtmlTableRunsOverBlankLinesAndItsCellsHoldMarkdown() {
        Document doc = parse("<table>\n<tr><td>\n\n**markdown** here\n\n</td><td>b</td></tr>\n</table>\n\nAfter.\n");
        Block.Table t = assertInstanceOf(Block.Table.class, doc.blocks().get(0));
        assertInstanceOf(Inline.Styled.class, t.body().get(0).get(0).get(0));
        assertEquals("After.", text(new Document(List.of(doc.blocks().get(1)), "")));
    }

    @Test
    void aLayoutTableGivesItsCellsInOrder() {
        Document doc = parse("<table><tr><td>\n\n## Left\n\n- one\n\n</td><td>right</td></tr></table>\n");
        assertTrue(all(doc, Block.Table.class).isEmpty());
        assertInstanceOf(Block.Heading.class, doc.blocks().get(0));
        assertTrue(text(doc).endsWith("right"));
    }

    @Test
    void aTermlessDefinitionHoldingAnAdmonitionIsTheAdmonition() {
        Document doc = parse("<!-- md:option type:note -->\n\n:   !!! note\n\n        Lorem ipsum.\n\nAfter.\n");
        Block.Alert a = assertInstanceOf(Block.Alert.class, doc.blocks().get(0));
        assertEquals("Lorem ipsum.", text(new Document(a.children(), "")));
        assertEquals(2, doc.blocks().size());
    }

    @Test
    void preFormattedLinesKeepTheirNumbers() {
        String source = "::: tip\na\n:::\n```{note}\nb\n```\n";
        assertEquals(source.split("\n", -1).length, PrePasses.apply(source).split("\n", -1).length);
        Block.Alert second = assertInstanceOf(Block.Alert.class, parse(source).blocks().get(1));
        assertEquals(4, second.line());
    }
}
