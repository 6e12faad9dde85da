package dev.folio.layout;

import static dev.folio.layout.Docs.code;
import static dev.folio.layout.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Highlighting through the {@link CodeHighlighter} interface: roles change, nothing else does. */
class CodeHighlightingTest {
    /** Gives every character a role of its own, alternating: the most cuts a highlighter can ask for. */
    private static final CodeHighlighter EVERY_CHARACTER = (language, lines) -> {
        List<TokenRun> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int c = 0; c < lines.get(i).length(); c++) {
                runs.add(new TokenRun(i, c, c + 1, c % 2 == 0 ? Role.CODE_KEYWORD : Role.CODE_STRING));
            }
        }
        return runs;
    };

    /** Runs past the end of lines, and for lines that do not exist. */
    private static final CodeHighlighter OUT_OF_RANGE = (language, lines) ->
            List.of(new TokenRun(0, 2, 10_000, Role.CODE_COMMENT), new TokenRun(lines.size() + 3, 0, 5, Role.CODE_TYPE));

    private static final String TRICKY = "a\tb = \"日本語\"; // 👨‍👩‍👧 e\u0301 🇨🇳 1️⃣ \u0007 ctrl\n"
            + "\tindented " + "long ".repeat(30) + "\n\n中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 23, 24, 40, 80, 200})
    void cutsAtEveryCharacterKeepTextWidthsAndWrapping(int width) {
        Page coloured = assertSameButRoles(doc(code("java", TRICKY)), width, EVERY_CHARACTER);
        assertTrue(coloured.lines().stream().flatMap(l -> l.spans().stream()).anyMatch(s -> s.role() == Role.CODE_STRING));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 30, 80})
    void runsOutsideTheLinesAreCutOrDropped(int width) {
        assertSameButRoles(doc(code("java", TRICKY)), width, OUT_OF_RANGE);
    }

    @Test
    void theHighlighterGetsTheFirstWordOfTheInfoAndTheLinesAsShown() {
        AtomicReference<String> language = new AtomicReference<>();
        AtomicReference<List<String>> lines = new AtomicReference<>();
        CodeHighlighter spy = (lang, ls) -> {
            language.set(lang);
            lines.set(ls);
            return List.of();
        };
        Layout.of(doc(code("python3 title=\"x.py\"", "\tx = 1\u001b\r\nlast")), LayoutOptions.of(40).withHighlighter(spy));

        assertEquals("python3", language.get());
        assertEquals(List.of("    x = 1\u241b", "last"), lines.get());
    }

    @Test
    void aClusterTakesTheRoleOfItsFirstCharacter() {
        CodeHighlighter splitFamily = (lang, ls) -> List.of(new TokenRun(0, 0, 1, Role.CODE_STRING),
                new TokenRun(0, 1, ls.get(0).length(), Role.CODE_COMMENT));
        Page page = Layout.of(doc(code("", "👨‍👩‍👧x")), LayoutOptions.of(40).withHighlighter(splitFamily));

        List<Span> spans = page.lines().get(0).spans();
        assertEquals("👨‍👩‍👧", spans.get(1).text());
        assertEquals(Role.CODE_STRING, spans.get(1).role());
        assertEquals(new Span("x", Role.CODE_COMMENT), spans.get(2));
    }

    private static Page assertSameButRoles(Document document, int width, CodeHighlighter highlighter) {
        Page plain = Layout.of(document, LayoutOptions.of(width));
        Page coloured = Layout.of(document, LayoutOptions.of(width).withHighlighter(highlighter));
        assertEquals(PageText.render(plain), PageText.render(coloured));
        assertEquals(plain.lines().size(), coloured.lines().size());
        for (int i = 0; i < plain.lines().size(); i++) {
            Line a = plain.lines().get(i);
            Line b = coloured.lines().get(i);
            assertEquals(a.width(), b.width(), "line " + i);
            assertEquals(a.wrap(), b.wrap(), "line " + i);
            assertEquals(a.sourceLine(), b.sourceLine(), "line " + i);
            assertEquals(a.content(), b.content(), "line " + i);
        }
        return coloured;
    }
}
