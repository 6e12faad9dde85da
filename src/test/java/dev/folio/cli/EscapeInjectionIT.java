package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.TerminalOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Escape injection in print mode (issue 4): every control sequence a document can carry, raw or
 * as an entity, in every Markdown construct, through the whole program ({@code folio -p}). With
 * colour off the output holds no ESC byte and no control character at all; with colour and
 * hyperlinks on it holds nothing but text, SGR and OSC 8 ({@link TerminalOutput}). Where the
 * construct shows its text, the control is visible as a placeholder.
 */
class EscapeInjectionIT {
    /** What a hostile document writes: terminal sequences and lone controls, raw and as entities. */
    static final List<String> PAYLOADS = List.of(
            "\u001b[31mred\u001b[0m", "\u001b[2J\u001b[H", "\u001b]0;pwned\u0007", "\u001b]2;pwned\u001b\\",
            "\u001b]52;c;cHduZWQ=\u0007", "\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\",
            "\u001bP+q544e\u001b\\", "\u001b[?1049l", "\u001bc", "\u009b2J", "\u009d0;pwned\u009c", "\u0085\u008d\u0090x\u009c",
            "bell\u0007", "back\b\b\bspace", "carriage\roverwrite", "del\u007f", "nul\u0000", "vt\u000bff\u000c",
            "&#27;]0;pwned&#7;", "&#x1b;[2J", "&#X1B;[31m", "&#155;2J", "&#x9b;31m", "&#157;0;t&#156;",
            "&#0027;[5m", "&#127;", "&#0;", "&#8;&#8;", "&#13;x");

    /** Every construct, with the payload P in it; true where print shows the payload's text. */
    static final List<Object[]> CONSTRUCTS = List.of(
            new Object[] {"paragraph", "text P text\n", true},
            new Object[] {"heading", "# head P\n", true},
            new Object[] {"setext heading", "head P\n====\n", true},
            new Object[] {"emphasis", "*em P* and **strong P** and ~~del P~~\n", true},
            new Object[] {"code span", "`code P`\n", true},
            new Object[] {"fenced code", "```P\ncode P\n```\n", true},
            new Object[] {"indented code", "    code P\n", true},
            new Object[] {"link text", "[text P](https://example.com/)\n", true},
            new Object[] {"link target", "[text](https://example.com/P)\n", false},
            new Object[] {"link title", "[text](https://example.com/ \"title P\")\n", false},
            new Object[] {"reference link", "[text][r]\n\n[r]: https://example.com/P \"t P\"\n", false},
            new Object[] {"autolink", "<https://example.com/P>\n", false},
            new Object[] {"bare url", "see https://example.com/P now\n", false},
            new Object[] {"image", "![alt P](img/P.png \"title P\")\n", true},
            new Object[] {"table", "| head P | b |\n|---|---|\n| cell P | x |\n", true},
            new Object[] {"front matter", "---\ntitle: front P\nkey P: value\n---\n\ntext\n", true},
            new Object[] {"inline html", "a <b title=\"P\">bold P</b> <span>span P</span>\n", true},
            new Object[] {"html block", "<div>\nblock P\n</div>\n", true},
            new Object[] {"details", "<details><summary>sum P</summary>\n\nbody P\n\n</details>\n", true},
            new Object[] {"footnote", "note[^n]\n\n[^n]: footnote P\n", true},
            new Object[] {"quote", "> quote P\n", true},
            new Object[] {"alert", "> [!WARNING]\n> alert P\n", true},
            new Object[] {"list", "- item P\n  1. ordered P\n- [ ] task P\n", true},
            new Object[] {"definition", "term P\n: definition P\n", true},
            new Object[] {"hard break", "line P\\\nnext P  \nlast\n", true});

    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() {
        env = new FakeEnvironment(dir);
    }

    static Stream<Arguments> hostileDocuments() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] construct : CONSTRUCTS) {
            for (String payload : PAYLOADS) {
                String doc = ((String) construct[1]).replace("P", payload);
                out.add(Arguments.of(construct[0], payload, doc, construct[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("hostileDocuments")
    void colourOffWritesNoEscapeAndNoControl(String construct, String payload, String doc, boolean shown) throws Exception {
        Files.writeString(dir.resolve("doc.md"), doc, StandardCharsets.UTF_8);
        if (refusedAsBinary(payload)) {
            return;
        }
        Run run = null;
        for (String width : new String[] {"1", "80"}) {
            run = EndToEndTest.folio(env, "-p", "--color=never", "-w", width, "doc.md");
            assertEquals(0, run.exit(), run.err());
            String out = run.out();
            assertFalse(out.contains("\u001b"), () -> "ESC in " + construct + ": " + out);
            TerminalOutput.parse(out);
        }
        String out = run.out();
        if (visibleAsPlaceholder(construct, payload, shown)) {
            assertTrue(out.chars().anyMatch(c -> (c >= 0x2400 && c <= 0x2421) || c == 0xFFFD),
                    () -> "no placeholder for the control in " + construct + ":\n" + out);
        }
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("hostileDocuments")
    void colourOnWritesOnlySgrAndOsc8(String construct, String payload, String doc, boolean shown) throws Exception {
        Files.writeString(dir.resolve("doc.md"), doc, StandardCharsets.UTF_8);
        if (refusedAsBinary(payload)) {
            return;
        }
        for (String width : new String[] {"1", "80"}) {
            Run run = EndToEndTest.folio(env, "-p", "--color=always", "--hyperlinks=always", "-w", width, "doc.md");
            assertEquals(0, run.exit(), run.err());
            TerminalOutput.parse(run.out());
        }
    }

    /** A raw NUL byte makes the file binary: refused with a message, nothing printed. */
    private boolean refusedAsBinary(String payload) {
        if (!payload.contains("\u0000")) {
            return false;
        }
        Run run = EndToEndTest.folio(env, "-p", "--color=always", "doc.md");
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("folio: doc.md: ") && run.err().contains("binary"), run.err());
        return true;
    }

    /**
     * Whether the control must show as a placeholder. Not for a lone CR or an entity for one
     * (line structure: a soft break); not for entities where Markdown does not decode them (code,
     * front matter), which stay as typed; not for VT and FF inside HTML, which HTML collapses as
     * whitespace.
     */
    private static boolean visibleAsPlaceholder(String construct, String payload, boolean shown) {
        boolean literal = construct.contains("code") || construct.equals("front matter");
        boolean htmlWhitespace = construct.startsWith("html") && payload.startsWith("vt");
        return shown && !payload.contains("\r") && !payload.contains("&#13;")
                && !(literal && payload.startsWith("&#")) && !htmlWhitespace;
    }

    @Test
    void theHostileSampleWithColourAndHyperlinks() throws Exception {
        Path sample = Path.of("samples/hostile.md");
        Files.copy(sample, dir.resolve("hostile.md"));
        Run run = EndToEndTest.folio(env, "-p", "--color=always", "--hyperlinks=always", "hostile.md");
        assertEquals(0, run.exit(), run.err());
        TerminalOutput out = TerminalOutput.parse(run.out());
        assertTrue(out.sequences().stream().anyMatch(s -> s.startsWith("\u001b]8;")), "hyperlinks are there");
        String text = String.join("\n", out.lines());
        assertTrue(text.contains("␛]0;pwned␇"), text);
        assertTrue(text.contains("\uFFFD31mred?"), "C1 CSI from &#155; is a placeholder");
        assertTrue(text.contains("␛]8;;https://example.com/evil␛\\click me"), "the document's own OSC 8 is text");
    }

    @Test
    void hyperlinkTargetsArePercentEncodedEvenFromAHostileDirectoryName() throws Exception {
        Path hostileDir = Files.createDirectories(dir.resolve("d\u001b]0;x\u0007\u202Eir"));
        Files.writeString(hostileDir.resolve("doc.md"), "[rel](other.md) [abs](https://e.example/a\u001bb)\n");
        Run run = EndToEndTest.folio(env, "-p", "--color=always", "--hyperlinks=always", hostileDir.resolve("doc.md").toString());
        assertEquals(0, run.exit(), run.err());
        TerminalOutput out = TerminalOutput.parse(run.out());
        assertTrue(out.sequences().stream().anyMatch(s -> s.contains("%1B%5D0;x%07%E2%80%AEir/other.md")), out.sequences().toString());
    }

    @Test
    void aHostileFileNameInAnErrorIsDefused() {
        Run run = EndToEndTest.folio(env, "-p", "missing\u001b]0;pwned\u0007\u202E.md");
        assertEquals(1, run.exit());
        assertEquals("folio: missing␛]0;pwned␇<U+202E>.md: no such file\n", run.err());
    }

    @Test
    void aHostileArgumentInAUsageErrorIsDefused() {
        Run run = EndToEndTest.folio(env, "-p", "--width", "1\u001b[2J");
        assertEquals(2, run.exit());
        assertFalse(run.err().contains("\u001b"), run.err());
        TerminalOutput.parse(run.err());
    }

    @Test
    void debugOutputIsDefusedToo() throws Exception {
        Path named = dir.resolve("n\u001b]0;x\u0007\u202E.md");
        Files.writeString(named, "# x\n");
        Run run = EndToEndTest.folio(env, "-p", "--debug", named.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("\u001b") || run.err().contains("\u202E"), run.err());
        TerminalOutput.parse(run.err());
    }
}
