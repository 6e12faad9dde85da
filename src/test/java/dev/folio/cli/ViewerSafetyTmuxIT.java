package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.markdown.MarkdownParser;
import dev.folio.viewer.ViewerOptions;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Update;
import dev.folio.viewer.View;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;
import dev.folio.doc.Source;
import dev.folio.viewer.ViewerState;
import dev.folio.testing.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents in the real viewer, in a real terminal (tmux): folio started the way a user
 * starts it. Every screen must be exactly the frame the viewer meant to draw (so no injected
 * clear, cursor move or overwrite happened), with placeholders where the document had controls;
 * the pane title stays as it was and no clipboard buffer appears. A second test follows hostile
 * links with a recording opener.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ViewerSafetyTmuxIT {
    private static final int COLUMNS = 100;
    private static final int ROWS = 30;

    @TempDir
    Path dir;
    private Tmux tmux;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @BeforeEach
    void startServer() {
        tmux = new Tmux();
    }

    @AfterEach
    void stopServer() throws IOException, InterruptedException {
        tmux.close();
    }

    /** Starts folio on {@code doc} in a pane whose title and clipboard are watched. */
    private void launch(Path doc) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = dir.resolve("start.sh");
        Files.writeString(script, String.join("\n",
                "while [ ! -e '" + dir.resolve("go") + "' ]; do sleep 0.1; done",
                "printf 'MARKER-BEFORE\\n'",
                "export FOLIO_OPENER='" + dir.resolve("record.sh") + "' XDG_STATE_HOME='" + dir.resolve("state") + "'",
                "'" + java + "' -cp '" + classPath + "' dev.folio.Main '" + doc + "'",
                "echo \"DONE $?\"",
                "sleep 600", ""));
        Files.writeString(dir.resolve("record.sh"), String.join("\n", "#!/bin/sh",
                "# A recording opener: one line with the argument count, then one line per argument.",
                "printf 'argc=%d\\n' \"$#\" >> '" + dir.resolve("opened.txt") + "'",
                "for a in \"$@\"; do printf 'arg=%s\\n' \"$a\" >> '" + dir.resolve("opened.txt") + "'; done", ""));
        dir.resolve("record.sh").toFile().setExecutable(true);
        tmux.start(COLUMNS, ROWS, dir, "sh '" + script + "'");
        tmux.command("set-option", "-g", "set-clipboard", "on");
        tmux.command("select-pane", "-t", "t", "-T", "before-title");
        Files.writeString(dir.resolve("go"), "");
    }

    /** The frames the viewer means to draw, driven by the same keys as the pane. */
    private static final class Expected {
        private ViewerState state;

        Expected(Path doc) throws IOException {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            ViewerState empty = ViewerState.initial(Collaborators.standard(),
                    new ViewerOptions(FolioCommand.DEFAULT_READING_WIDTH, ViewerOptions.Column.LEFT), COLUMNS, ROWS);
            state = Update.apply(empty, new Msg.Loaded(Source.file(doc), new MarkdownParser().parse(text), "",
                    Effect.Load.Reason.FOLLOW)).state();
        }

        void press(Key key) {
            state = Update.apply(state, new Msg.KeyPressed(key)).state();
        }

        String screen() {
            return trimmed(View.render(state).text());
        }

        boolean atBottom() {
            return state.top() + ROWS - 1 >= state.page().size();
        }
    }

    /**
     * The screen as compared: trailing spaces dropped, and combining marks too, since tmux keeps
     * only the first few stacked on one cell (the sample's Zalgo line has sixteen).
     */
    private static String trimmed(String screen) {
        List<String> lines = new ArrayList<>(screen.lines().map(l -> l.replaceAll("\\p{Mn}", "").stripTrailing()).toList());
        while (lines.size() > ROWS) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** Pages through the whole document, comparing every screen with the intended frame. */
    private String readWholeDocument(Path doc) throws IOException, InterruptedException {
        Expected expected = new Expected(doc);
        StringBuilder seen = new StringBuilder();
        for (int page = 0; page < 200; page++) {
            String want = expected.screen();
            String got = trimmed(tmux.waitFor(s -> trimmed(s).equals(want), 20_000));
            assertEquals(want, got, "screen " + page + " is not the frame folio drew");
            seen.append(got).append('\n');
            assertEquals("before-title", tmux.format("#{pane_title}"), "the title did not change");
            assertEquals("", tmux.buffers(), "nothing reached the clipboard");
            if (expected.atBottom()) {
                return seen.toString();
            }
            tmux.sendKeys("Space");
            expected.press(Key.ch(' '));
        }
        throw new AssertionError("did not reach the end");
    }

    private void quitAndCheckTheShellScreen() throws IOException, InterruptedException {
        tmux.sendKeys("q");
        String screen = tmux.waitFor(s -> s.contains("DONE "), 20_000);
        assertTrue(screen.contains("DONE 0"), screen);
        assertTrue(screen.contains("MARKER-BEFORE"), "the shell's screen was never cleared:\n" + screen);
        assertEquals("0", tmux.format("#{alternate_on}"));
        assertEquals("before-title", tmux.format("#{pane_title}"));
        assertEquals("", tmux.buffers());
    }

    @Test
    void theHostileSampleIsShownDefused() throws Exception {
        Path doc = Files.copy(Path.of("samples/hostile.md"), dir.resolve("hostile.md"));
        launch(doc);

        String seen = readWholeDocument(doc);

        assertTrue(seen.contains("␛]0;pwned␇"), seen);
        assertTrue(seen.contains("␛]52;c;cHduZWQ=␇"), seen);
        assertTrue(seen.contains("\uFFFD31mred?"), seen);
        quitAndCheckTheShellScreen();
    }

    @Test
    void aGeneratedDocumentWithRawControlsEverywhereIsShownDefused() throws Exception {
        StringBuilder text = new StringBuilder();
        for (Object[] construct : EscapeInjectionIT.CONSTRUCTS) {
            if (construct[0].equals("front matter")) {
                continue; // front matter must open the document; it has its own place below
            }
            for (String payload : List.of("\u001b]0;pwned\u0007", "\u001b[2J\u001b[H", "\u001b]52;c;cHduZWQ=\u0007",
                    "\u009b2J\u009d0;pwned\u009c", "\u001bP+q\u001b\\ \u0007\b\u007f", "&#27;]2;pwned&#7;")) {
                text.append(((String) construct[1]).replace("P", payload)).append('\n');
            }
        }
        Path doc = dir.resolve("generated.md");
        Files.writeString(doc, "---\ntitle: \u001b]0;pwned\u0007\n---\n\n" + text, StandardCharsets.UTF_8);
        launch(doc);

        String seen = readWholeDocument(doc);

        assertTrue(seen.contains("␛]0;pwned␇"), seen);
        assertFalse(seen.contains("\u001b"), "capture-pane shows no raw ESC: it was never sent");
        quitAndCheckTheShellScreen();
    }

    /** What the recording opener was called with: one list of arguments per call. */
    private List<List<String>> openerCalls() throws IOException {
        List<List<String>> calls = new ArrayList<>();
        Path log = dir.resolve("opened.txt");
        if (!Files.exists(log)) {
            return calls;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("argc=")) {
                calls.add(new ArrayList<>());
            } else {
                calls.get(calls.size() - 1).add(line.substring("arg=".length()));
            }
        }
        return calls;
    }

    /** Tab to the next link, Enter, and wait for the status line to say {@code what}. */
    private String follow(String what) throws IOException, InterruptedException {
        tmux.sendKeys("Tab");
        tmux.sendKeys("Enter");
        return tmux.waitFor(s -> s.contains(what), 20_000);
    }

    @Test
    void hostileLinksReachTheOpenerAsOneLiteralArgumentOrAreRefused() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("$(touch pwned).png"), "not really an image");
        Files.writeString(docs.resolve("\"; touch pwned; \".png"), "not really an image");
        Files.writeString(docs.resolve("`touch pwned`.png"), "not really an image");
        Files.writeString(docs.resolve("tool.png"), "#!/bin/sh\ntouch pwned\n");
        docs.resolve("tool.png").toFile().setExecutable(true);
        Files.writeString(docs.resolve("run.sh"), "#!/bin/sh\ntouch pwned\n");
        String[] opened = {
            "https://example.com/\";touch${IFS}pwned;\"",
            "https://example.com/?q=$(touch${IFS}pwned)",
            "https://example.com/`touch${IFS}pwned`",
            "$(touch%20pwned).png",
            "%22;%20touch%20pwned;%20%22.png",
            "`touch%20pwned`.png"};
        StringBuilder text = new StringBuilder("# Links\n\n");
        for (int i = 0; i < opened.length; i++) {
            text.append("- [open ").append(i).append("](").append(opened[i]).append(")\n");
        }
        text.append("- [script url](javascript:alert(1))\n- [shell script](run.sh)\n- [executable image](tool.png)\n");
        Path doc = Files.writeString(docs.resolve("links.md"), text.toString());
        launch(doc);
        tmux.waitFor(s -> s.contains("open 0"), 20_000);

        for (int i = 0; i < opened.length; i++) {
            follow("opened ");
            int calls = i + 1;
            tmux.waitFor(s -> { try { return openerCalls().size() == calls; } catch (IOException e) { return false; } }, 20_000);
        }
        String refusedScript = follow("refused javascript:alert(1)");
        String refusedProgram = follow("programs and scripts are never opened");
        String refusedExecutable = follow("executable files are never opened");

        List<List<String>> calls = openerCalls();
        assertEquals(opened.length, calls.size(), "refused links never reach the opener: " + calls);
        dev.folio.open.LinkResolver resolver = dev.folio.open.LinkResolver.system();
        for (int i = 0; i < opened.length; i++) {
            dev.folio.open.Target target = resolver.resolve(Source.file(doc), opened[i]);
            String expected = ((dev.folio.open.Target.External) target).target();
            assertEquals(List.of(expected), calls.get(i), "one literal argument for " + opened[i]);
            assertFalse(expected.startsWith("-"));
        }
        assertTrue(calls.get(3).get(0).endsWith("/docs/$(touch pwned).png"), calls.get(3).toString());
        assertTrue(calls.get(4).get(0).endsWith("/docs/\"; touch pwned; \".png"), calls.get(4).toString());
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equals("pwned")).toList(),
                    "no shell ran any of it");
        }
        assertTrue(refusedScript.contains("refused") && refusedProgram.contains("refused") && refusedExecutable.contains("refused"));
        quitAndCheckTheShellScreen();
    }

    @Test
    void theStatusLineShowsTheRealTargetDefusedBeforeItIsFollowed() throws Exception {
        Path doc = Files.writeString(dir.resolve("invoice.md"),
                "[invoice_\u202Efdp.exe](https://example.com/invoice_\u202Efdp.exe&#27;]0;pwned&#7;)\n");
        launch(doc);
        tmux.waitFor(s -> s.contains("invoice_"), 20_000);

        tmux.sendKeys("Tab");
        String screen = tmux.waitFor(s -> s.contains("→ https://"), 20_000);

        assertTrue(screen.contains("→ https://example.com/invoice_<U+202E>fdp.exe␛]0;pwned␇"), screen);
        assertEquals("before-title", tmux.format("#{pane_title}"));
        tmux.sendKeys("Enter");
        tmux.waitFor(s -> { try { return openerCalls().size() == 1; } catch (IOException e) { return false; } }, 20_000);
        assertEquals(List.of(List.of("https://example.com/invoice_%E2%80%AEfdp.exe%1B]0;pwned%07")), openerCalls(),
                "the opener gets the target with its controls and override percent-encoded");
        quitAndCheckTheShellScreen();
    }
}
