package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.LayoutOptions;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Width;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the document comes from and how it is shown: stdin, width, colour, hyperlinks, viewer. */
class OutputTest {
    static final String DOC = "# Title\ntext   \n<https://example.com/>\n";

    @TempDir
    Path dir;
    FakeEnvironment env;
    final List<LayoutOptions> layouts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), DOC);
    }

    Run folio(String... args) {
        return Run.folio(env, (text, options) -> {
            layouts.add(options);
            return Run.lines(text, options);
        }, Optional.empty(), args);
    }

    @Test
    void printsWithoutEscapesWhenStdoutIsNotATerminal() {
        Run run = folio("doc.md");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Title\ntext\nhttps://example.com/\n", run.out());
        assertEquals(80, layouts.get(0).width());
        assertEquals(LayoutOptions.LinkNotes.AFTER_BLOCK, layouts.get(0).linkNotes());
    }

    @Test
    void colourAndHyperlinksAtATerminal() {
        env.terminal(120);
        Run run = folio("-p", "doc.md");
        assertTrue(run.out().contains("\u001b["), run.out());
        assertTrue(run.out().contains("\u001b]8;id=folio-0;https://example.com/\u001b\\"), run.out());
        assertEquals(100, layouts.get(0).width(), "capped at 100");
        assertEquals(LayoutOptions.LinkNotes.NONE, layouts.get(0).linkNotes());
    }

    @Test
    void colourNeverWritesNoEscapeEvenAtATerminal() {
        env.terminal(60);
        Run run = folio("-p", "--color=never", "doc.md");
        assertFalse(run.out().contains("\u001b"), run.out());
        assertEquals(60, layouts.get(0).width());
    }

    @Test
    void noColorIsRespected() {
        env.terminal(80).set("NO_COLOR", "1");
        String out = folio("-p", "doc.md").out();
        assertFalse(out.matches("(?s).*\u001b\\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;[0-9;]*)?m.*"), "no colour: " + out);
    }

    @Test
    void emptyNoColorDoesNotCount() {
        env.terminal(80).set("NO_COLOR", "");
        assertTrue(folio("-p", "doc.md").out().contains("\u001b["));
    }

    @Test
    void colourAlwaysWinsOverNoColorAndPipes() {
        env.set("NO_COLOR", "1");
        Run run = folio("--color=ALWAYS", "doc.md");
        assertTrue(run.out().contains("\u001b["), run.out());
        assertFalse(run.out().contains("\u001b]8"), "hyperlinks stay off when stdout is not a terminal");
    }

    @Test
    void dumbTerminalGetsNoColour() {
        env.terminal(80).set("TERM", "dumb");
        assertFalse(folio("-p", "doc.md").out().contains("\u001b"));
    }

    @Test
    void hyperlinksCanBeTurnedOffAlone() {
        env.terminal(80);
        Run run = folio("-p", "--hyperlinks=never", "doc.md");
        assertTrue(run.out().contains("\u001b["));
        assertFalse(run.out().contains("\u001b]8"));
        assertEquals(LayoutOptions.LinkNotes.AFTER_BLOCK, layouts.get(0).linkNotes());
    }

    @Test
    void explicitWidthWins() {
        env.terminal(200);
        folio("-p", "-w", "33", "doc.md");
        folio("--width=7", "doc.md");
        assertEquals(33, layouts.get(0).width());
        assertEquals(7, layouts.get(1).width());
    }

    @Test
    void unknownTerminalWidthFallsBackTo80() {
        env.terminal(80);
        env.width = java.util.OptionalInt.empty();
        folio("-p", "doc.md");
        assertEquals(80, layouts.get(0).width());
    }

    @Test
    void dashReadsStdin() {
        env.stdin("# From stdin\nbody\n");
        env.stdinTerminal = true;
        Run run = folio("-");
        assertEquals(0, run.exit(), run.err());
        assertEquals("From stdin\nbody\n", run.out());
        assertTrue(run.err().contains("reading standard input") && run.err().contains("Ctrl-D"),
                "at a terminal, folio - says what it waits for and how to end it: " + run.err());
    }

    @Test
    void dashFromAPipeSaysNothing() {
        env.stdin("piped\n");
        Run run = folio("-p", "-");
        assertEquals("piped\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void noFileReadsStdinWhenItIsNotATerminal() {
        env.stdin("piped\n");
        Run run = folio("-p", "-w", "60");
        assertEquals("piped\n", run.out());
    }

    @Test
    void stdinIsDecodedLikeAFile() {
        env.stdin = "# 中文标题\nsee the project notes about 安装\n".getBytes(Charset.forName("GB18030"));
        Run run = folio("-p");
        assertEquals("中文标题\nsee the project notes about 安装\n", run.out());
    }

    @Test
    void encodingOptionOverridesDetection() throws Exception {
        Files.writeString(dir.resolve("latin.md"), "é\n");
        assertEquals("é\n", folio("latin.md").out());
        assertEquals("Ã©\n", folio("--encoding", "windows-1252", "latin.md").out());
    }

    @Test
    void ambiguousWideReachesTheLayoutAsAValueAndChangesNothingOutsideTheRun() {
        folio("--ambiguous-wide", "doc.md");
        assertEquals(AmbiguousWidth.WIDE, layouts.get(0).ambiguous());
        assertEquals(1, Width.of("①"), "no process-wide switch");
        folio("doc.md");
        assertEquals(AmbiguousWidth.NARROW, layouts.get(1).ambiguous());
    }

    @Test
    void theViewerIsUsedAtATerminalWhenTheBuildHasOne() {
        env.terminal(90);
        List<ViewRequest> requests = new ArrayList<>();
        ViewerLauncher viewer = request -> {
            requests.add(request);
            return 0;
        };
        Run run = Run.folio(env, Run.LINES, Optional.of(viewer), "doc.md");
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals(1, requests.size());
        assertEquals("doc.md", requests.get(0).source().name());
        assertEquals(dir.resolve("doc.md"), requests.get(0).source().path());
        assertEquals(DOC, requests.get(0).text());
    }

    @Test
    void printOptionSkipsTheViewer() {
        env.terminal(90);
        ViewerLauncher viewer = request -> {
            throw new AssertionError("viewer opened");
        };
        Run run = Run.folio(env, Run.LINES, Optional.of(viewer), "-p", "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Title"));
    }

    @Test
    void withoutAViewerFolioPrints() {
        env.terminal(90);
        Run run = Run.folio(env, Run.LINES, Optional.empty(), "doc.md");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Title"));
    }

    @Test
    void withoutATerminalForTheViewerFolioPrints() {
        env.terminal(90);
        ViewerLauncher noTerminal = request -> {
            throw new dev.folio.tui.NoTerminalException("no tty", null);
        };
        Run run = Run.folio(env, Run.LINES, Optional.of(noTerminal), "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Title"));
    }

    @Test
    void viewerIsAskedWithTheReadingOptions() {
        env.terminal(90);
        java.util.concurrent.atomic.AtomicReference<ViewRequest> asked = new java.util.concurrent.atomic.AtomicReference<>();
        ViewerLauncher recording = request -> {
            asked.set(request);
            return 0;
        };
        Run run = Run.folio(env, Run.LINES, Optional.of(recording), "--centre", "-w", "72", "--opener", "echo", "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertEquals(72, asked.get().maxWidth());
        assertTrue(asked.get().centred());
        assertEquals("echo", asked.get().opener());
        assertEquals("", run.out());
    }
}
