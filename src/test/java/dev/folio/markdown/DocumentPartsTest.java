package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document parsed in parts has exactly the blocks, anchors, lines and title of the whole. */
class DocumentPartsTest {
    private final MarkdownParser parser = new MarkdownParser();

    /** Parses with a cut at every place the splitter allows. */
    private List<Block> inParts(String source, List<Integer> cuts, String[] title) {
        DocumentParts parts = new DocumentParts(source, parser, cuts);
        List<Block> blocks = new ArrayList<>();
        while (parts.hasNext()) {
            blocks.addAll(parts.next());
        }
        title[0] = parts.title();
        assertEquals(source.length(), parts.parsedLength());
        return blocks;
    }

    private void assertSameAsWhole(String raw) {
        Document whole = parser.parse(raw);
        String source = PrePasses.apply(SourceText.normalise(raw)); // as parser.parts(raw) does
        String[] title = new String[1];
        List<Block> blocks = inParts(source, SourceSplitter.cuts(source, 1, 1), title);
        assertEquals(whole.blocks(), blocks, source);
        assertEquals(whole.title(), title[0]);
    }

    @Test
    void sectionsOfEveryKindMatchTheWhole() {
        assertSameAsWhole("""
                intro *text* www.example.com

                # One
                para with [link](a.md) and `code`

                - item
                  - nested

                # One
                > quote
                lazy

                ## Two
                | a | b |
                |---|---|
                | 1 | 2 |

                ### Three
                    indented code

                # Four
                Term
                : definition

                # Five
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "```\ncode\n\n# not a heading\n\nmore\n```\n\n# after\n",
        "~~~~\ncode\n\n# inside\n~~~\n\n# still inside\n~~~~\n\n# after\n",
        "```\nnever closed\n\n# inside\n\n# inside too\n",
        "<!--\n<b>x</b>\n\n# in a comment\n\n-->\n\n# after\n",
        "<script>\nlet a = 1;\n\n# in a script\n\n</script>\n\n# after\n",
        "<pre>\n\n# in pre\n\n</pre>\n\n# after\n",
        "<?php\n\n# in php\n\n?>\n\n# after\n",
        "<!DOCTYPE html\n\n# in a declaration\n>\n\n# after\n",
        "<![CDATA[\n\n# in cdata\n]]>\n\n# after\n",
        "<div>\n\n# after a div\n</div>\n\n# and\n",
        "---\ntitle: T\n\n# a yaml comment\n---\n\n# Heading\n\ntext\n",
        "- list\n\n  ```\n  fence in a list\n\n# heading ends the list\n\n```\n\n# inside a top fence\n```\n\n# after\n",
        "> ```\n> quoted fence\n\n# heading\n\n# another\n",
        "<details>\n<summary>S</summary>\n\n# inside details\n\n</details>\n\n# after\n",
        "[ref]\n\n# h\n\n[ref]: https://example.com\n",
        "Footnote[^1]\n\n# h\n\n[^1]: the note\n",
        "#no space\n\n#\n\n# \n\n####### seven\n\n#\ttab\n",
        "# Same\n\n# Same\n\n# Same\n",
        // Cuts before paragraphs: a term joins the definition list above, "---" would open front matter.
        "Term\n: def\n\nanother term\nTerm\n: def\n",
        "Term\n: def\n\nTerm two\n\n: def two\n",
        "text\n\n---\ntitle: no\n---\n\nmore\n",
        "- a\n\n- b\n\npara\n\n1. one\n\n2. two\n",
        "```\ncode\n\nnot a paragraph\n```\n\npara\n",
    })
    void unsafeOrSpecialCutsMatchTheWhole(String source) {
        assertSameAsWhole(source);
    }

    @Test
    void randomDocumentsMatchTheWhole() {
        String[] pieces = {"# H\n", "## Same\n", "\n", "\n\n", "text *em* **b**\n", "- item\n", "  - sub\n", "> q\n",
            "```\n", "~~~\n", "    code\n", "<!--\n", "-->\n", "<div>\n", "| a | b |\n|---|---|\n", "www.x.com a@b.co\n",
            "1. one\n", "Term\n: def\n", "***\n", "---\n", "<pre>\n", "</pre>\n", "中文段落\n", "\t# tab\n", "   # three\n",
            // Paragraphs are cut before too: what may join a block above across a blank line.
            "$$\n", "!!! note\n", "    body\n", "::: tip\n", ":::\n", "Term\n\n: def\n", "2) two\n", "+ plus\n",
            "* star\n", "a\n===\n", "> [!NOTE]\n", "<script>\n", "</script>\n", "$$ x $$\n", "para\n", "\n\npara\n",
            "~~~~\n", "````\n", "```js\n", "  ```\n", "<p>\n", "</div>\n", "<!-- c -->\n", ": lone\n"};
        Random random = new Random(3);
        for (int round = 0; round < Integer.getInteger("rounds", 1000); round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsWhole(text.toString());
        }
    }

    @Test
    void aLongDocumentIsCutIntoParts() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 2 * DocumentParts.SPLIT_FROM; i++) {
            text.append("# Section ").append(i).append("\n\n").append("Some text, 中文。\n".repeat(40)).append('\n');
        }
        DocumentParts parts = parser.parts(text.toString());
        int count = 0;
        while (parts.hasNext()) {
            assertFalse(parts.next().isEmpty());
            count++;
        }
        assertTrue(count > 2, "parts: " + count);
    }

    @Test
    void shortDocumentsAreOnePart() {
        DocumentParts parts = parser.parts("# Title\n\ntext\n\n# Two\n");
        assertEquals(parser.parse("# Title\n\ntext\n\n# Two\n").blocks(), parts.next());
        assertFalse(parts.hasNext());
        assertEquals("Title", parts.title());
    }
}
