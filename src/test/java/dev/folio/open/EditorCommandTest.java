package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorCommandTest {
    private static final Path DOC = Path.of("/docs/my notes.md");
    private final SystemOpenerTest.RecordingLauncher launcher = new SystemOpenerTest.RecordingLauncher();

    private List<String> argv(Map<String, String> env, int line) {
        return new EditorCommand(env::get, launcher).argv(DOC, line);
    }

    @Test
    void visualComesBeforeEditorAndViIsTheLastResort() {
        assertEquals(List.of("nvim", "+12", "/docs/my notes.md"), argv(Map.of("VISUAL", "nvim", "EDITOR", "nano"), 12));
        assertEquals(List.of("nano", "+12", "/docs/my notes.md"), argv(Map.of("EDITOR", "nano"), 12));
        assertEquals(List.of("nano", "+12", "/docs/my notes.md"), argv(Map.of("VISUAL", " ", "EDITOR", "nano"), 12));
        assertEquals(List.of("vi", "+1", "/docs/my notes.md"), argv(Map.of(), 0), "line 0 means the start");
    }

    @Test
    void anEditorWithArgumentsIsSplitIntoWordsNeverGivenToAShell() {
        assertEquals(List.of("emacsclient", "-t", "+7", "/docs/my notes.md"), argv(Map.of("EDITOR", "emacsclient -t"), 7));
        assertEquals(List.of("code", "--wait", "+7", "/docs/my notes.md"), argv(Map.of("EDITOR", "  code   --wait "), 7));
        assertEquals(List.of("vim;", "rm", "+7", "/docs/my notes.md"), argv(Map.of("EDITOR", "vim; rm"), 7),
                "a semicolon is just a character of a word");
    }

    @Test
    void theEditorRunsOnTheTerminalAndItsExitIsReported() {
        Opener.Outcome done = new EditorCommand(Map.of("EDITOR", "nano")::get, launcher).edit(DOC, 3);
        assertEquals(List.of(List.of("nano", "+3", "/docs/my notes.md")), launcher.inTerminal);
        assertTrue(done.opened());
        assertEquals("edited with nano", done.message());
    }

    /** Runs programs for real, without the terminal (tests have none). */
    private static final Launcher NO_TTY = new Launcher() {
        @Override
        public void start(List<String> argv) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int runInTerminal(List<String> argv) throws IOException, InterruptedException {
            return new ProcessBuilder(argv).start().waitFor();
        }
    };

    @Test
    void aFailingOrMissingEditorIsAMessage(@TempDir Path dir) throws IOException {
        Path failing = dir.resolve("failing-editor");
        Files.writeString(failing, "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwx------"));
        Opener.Outcome failed = new EditorCommand(Map.of("EDITOR", failing.toString())::get, NO_TTY).edit(DOC, 3);
        assertFalse(failed.opened());
        assertEquals("failing-editor exited with 3", failed.message());

        Opener.Outcome missing = new EditorCommand(Map.of("EDITOR", dir.resolve("nope").toString())::get, NO_TTY).edit(DOC, 3);
        assertFalse(missing.opened());
        assertTrue(missing.message().startsWith("no ") && missing.message().contains("set VISUAL or EDITOR"), missing.message());
    }
}
