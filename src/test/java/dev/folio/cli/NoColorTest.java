package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Style;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NO_COLOR forbids colour, not emphasis: print and viewer both use the plain theme's attributes. */
class NoColorTest {
    private static final String DOC = "# Title\n\n*soft* **hard** [link](https://example.com/) ~~gone~~ `code`\n";
    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;]*)m");

    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), DOC);
    }

    @Test
    void printingAtATerminalKeepsBoldUnderlineAndReverseButNoColour() {
        env.terminal(80).set("NO_COLOR", "1");
        String out = Run.folio(env, Pipeline.markdown(), Optional.empty(), "-p", "doc.md").out();

        List<String> params = sgrParameters(out);
        assertTrue(params.contains("1"), "bold: " + params);
        assertTrue(params.contains("4"), "underline: " + params);
        assertTrue(params.contains("7"), "reverse: " + params);
        for (String p : params) {
            int n = Integer.parseInt(p);
            assertFalse(n >= 30 && n <= 49 || n >= 90 && n <= 107, "a colour: " + n + " in " + params);
        }
    }

    @Test
    void colourNeverAndPipesStillWriteNoEscapeAtAll() {
        env.terminal(80).set("NO_COLOR", "1");
        assertFalse(Run.folio(env, Pipeline.markdown(), Optional.empty(), "-p", "--color=never", "doc.md").out()
                .contains("\u001b"));
        FakeEnvironment piped = new FakeEnvironment(dir).set("NO_COLOR", "1");
        assertFalse(Run.folio(piped, Pipeline.markdown(), Optional.empty(), "doc.md").out().contains("\u001b"));
    }

    @Test
    void theViewerGetsThePlainThemeWithoutColour() {
        env.terminal(80).set("NO_COLOR", "1");
        List<ViewRequest> requests = new ArrayList<>();
        Run.folio(env, Pipeline.markdown(), Optional.of(request -> {
            requests.add(request);
            return 0;
        }), "--theme=dark", "doc.md");
        assertEquals("plain", requests.get(0).theme().name());
        assertFalse(requests.get(0).color().hasColour());
    }

    @Test
    void plainTellsEmphasisLinksAndStrikethroughApart() throws Exception {
        Theme plain = Themes.load("auto", Optional.empty(), ColorDepth.MONOCHROME, () -> {
            throw new AssertionError("no colour, no question to the terminal");
        });
        Style emphasis = plain.style(Role.TEXT, Span.EMPHASIS);
        Style link = plain.style(Role.LINK, 0);
        Style strike = plain.style(Role.TEXT, Span.STRIKE);
        Style text = plain.style(Role.TEXT, 0);
        assertEquals(4, List.of(emphasis, link, strike, text).stream().distinct().count(),
                emphasis + " " + link + " " + strike);
        assertNotEquals(plain.style(Role.TEXT, Span.STRONG), emphasis);
    }

    private static List<String> sgrParameters(String out) {
        List<String> params = new ArrayList<>();
        Matcher m = SGR.matcher(out);
        while (m.find()) {
            for (String p : m.group(1).split(";")) {
                if (!p.isEmpty()) {
                    params.add(String.valueOf(Integer.parseInt(p)));
                }
            }
        }
        return params;
    }
}
