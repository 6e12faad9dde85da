package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.CodeHighlighter;
import dev.folio.open.LinkResolver;
import dev.folio.testing.Markdown;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Width;
import org.junit.jupiter.api.Test;

/** v shows the Markdown source instead of the rendering, and back, at the same place, with the same search. */
class SourceViewTest {
    private static String doc() {
        StringBuilder sb = new StringBuilder("# Title\n\n");
        for (int i = 1; i <= 30; i++) {
            sb.append("## Part ").append(i).append("\n\nParagraph ").append(i).append(" with *emphasis* and $E=\\frac{a}{m}$.\n\n");
        }
        return sb.append("$$\nx_{i}^2 + \\alpha\n$$\n").toString();
    }

    private static TestViewer open(String markdown, int width, int height, ViewerOptions options) {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN),
                PageLayout.highlighted(CodeHighlighter.NONE, AmbiguousWidth.NARROW));
        return TestViewer.open("a.md", Markdown.parse(markdown), width, height, env, options);
    }

    private static TestViewer open(String markdown) {
        return open(markdown, 60, 12, ViewerOptions.defaults());
    }

    @Test
    void vShowsTheSourceAsWrittenAndVAgainTheRendering() {
        TestViewer v = open(doc());
        assertFalse(v.screen().contains("# Title"), v.screen());
        v.type("v");
        String source = v.screen();
        assertTrue(source.contains(" 1 # Title"), source);
        assertTrue(source.contains("Paragraph 1 with *emphasis* and $E=\\frac{a}{m}$."), "math as written: " + source);
        assertTrue(v.status().startsWith("Markdown source"), v.status());
        assertTrue(v.statusRow().contains("source 1/"), "the status line counts source lines: " + v.statusRow());
        v.type("v");
        assertFalse(v.screen().contains("# Title"), v.screen());
        assertTrue(v.screen().contains("Title"), v.screen());
    }

    @Test
    void displayMathShowsItsTexSource() {
        TestViewer v = open(doc()).type("G");
        assertFalse(v.screen().contains("\\alpha"), "the rendering reads TeX as text: " + v.screen());
        v.type("v").type("G");
        assertTrue(v.screen().contains("x_{i}^2 + \\alpha"), v.screen());
        assertTrue(v.screen().contains("$$"), v.screen());
    }

    @Test
    void thePlaceIsKeptBothWaysByTheBlockAtTheTop() {
        TestViewer v = open(doc());
        v.type("]]]]]]]"); // to a heading, so a block starts at the top
        String heading = v.frame().rows().get(0).text().strip();
        int renderedTop = v.top();
        v.type("v");
        String sourceTop = v.frame().rows().get(0).text();
        assertTrue(sourceTop.endsWith("## " + heading), sourceTop + " for " + heading);
        v.type("v");
        assertEquals(renderedTop, v.top());
        v.type("v").type("jjj").type("v");
        assertTrue(v.frame().rows().get(0).text().contains("Paragraph") || v.frame().rows().get(1).text().contains("Paragraph"),
                "three source lines down is the paragraph after the heading: " + v.screen());
    }

    @Test
    void theSearchGoesOnInTheSource() {
        TestViewer v = open(doc()).type("/emphasis").key(Key.Kind.ENTER);
        assertEquals("match 1/30", v.status());
        v.type("v").type("n");
        assertTrue(v.status().startsWith("match 2/30"), v.status());
        v.type("/\\frac").key(Key.Kind.ENTER);
        assertEquals("match 1/30", v.status(), "TeX is text in the source");
    }

    @Test
    void escapesAndControlCharactersAreNeutralised() {
        TestViewer v = open("# T\n\nA \u001b[31mred\u001b[0m word\tand\u0007 bell\n").type("v");
        String screen = v.screen();
        assertFalse(screen.chars().anyMatch(c -> c < 0x20 && c != '\n'), screen);
        assertTrue(screen.contains("␛[31mred"), screen);
    }

    @Test
    void lineNumbersAreOptionalAndLongLinesWrapWithin() {
        String longLine = "word ".repeat(30).strip();
        TestViewer numbered = open("# T\n\n" + longLine + "\n", 40, 12, ViewerOptions.defaults()).type("v");
        assertTrue(numbered.screen().contains("3 word word"), numbered.screen());
        assertTrue(numbered.screen().contains("↪"), numbered.screen());
        for (Frame.Row r : numbered.frame().rows()) {
            assertTrue(Width.of(r.text()) <= 40, r.text());
        }
        TestViewer plain = open("# T\n\n" + longLine + "\n", 40, 12, ViewerOptions.defaults().withLineNumbers(false)).type("v");
        assertTrue(plain.screen().startsWith("# T\n"), plain.screen());
    }

    @Test
    void aResizeInTheSourceViewLaysTheSourceOutAgain() {
        TestViewer v = open(doc()).type("v");
        v.send(new Msg.Resized(30, 12));
        assertTrue(v.screen().contains("# Title"), v.screen());
        for (Frame.Row r : v.frame().rows()) {
            assertTrue(Width.of(r.text()) <= 30, r.text());
        }
    }

    @Test
    void aDocumentWithoutMarkdownSaysSo() {
        TestViewer v = open("x");
        v.send(new Msg.Loaded(dev.folio.doc.Source.file(TestViewer.DIR.resolve("b.md")),
                new dev.folio.doc.Document(Markdown.parse("# B\n").blocks(), "B"), "", Effect.Load.Reason.FOLLOW));
        v.type("v");
        assertEquals(SourceView.NO_SOURCE, v.status());
        assertTrue(Width.of(SourceView.NO_SOURCE) <= 40);
    }
}
