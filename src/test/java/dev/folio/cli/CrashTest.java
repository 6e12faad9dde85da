package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unexpected failures: one line for the user, the details in the log. */
class CrashTest {
    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), "text\n");
    }

    @Test
    void anExceptionBecomesOneLineAndALogEntry() throws Exception {
        Pipeline broken = (text, options) -> {
            throw new IllegalStateException("boom \u001b[2J");
        };
        Run run = Run.folio(env, broken, Optional.empty(), "-p", "doc.md");

        Path log = dir.resolve("state/folio/folio.log");
        assertEquals(70, run.exit());
        assertEquals("folio: internal error: IllegalStateException: boom \u241b[2J (details in " + log + ")\n", run.err());
        String logged = Files.readString(log);
        assertTrue(logged.contains("java.lang.IllegalStateException: boom"), logged);
        assertTrue(logged.contains("\n at dev.folio."), "the stack trace is in the log");
    }

    @Test
    void anErrorIsCaughtToo() {
        Pipeline deep = (text, options) -> {
            throw new StackOverflowError();
        };
        Run run = Run.folio(env, deep, Optional.empty(), "-p", "doc.md");
        assertEquals(70, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("folio: internal error: StackOverflowError (details in "), run.err());
    }

    @Test
    void aFailingViewerIsAnInternalError() {
        env.terminal(80);
        ViewerLauncher viewer = request -> {
            throw new java.io.IOException("tty gone");
        };
        Run run = Run.folio(env, Run.LINES, Optional.of(viewer), "doc.md");
        assertEquals(70, run.exit());
        assertTrue(run.err().startsWith("folio: internal error: IOException: tty gone"), run.err());
    }

    @Test
    void defaultLogDirectoryIsUnderHome() {
        env.variables.remove("XDG_STATE_HOME");
        Run run = Run.folio(env, (t, o) -> {
            throw new RuntimeException("x");
        }, Optional.empty(), "doc.md");
        assertTrue(Files.exists(env.home.resolve(".local/state/folio/folio.log")), run.err());
    }

    @Test
    void anUnwritableLogIsReportedOnTheSameLine() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file where the directory should be");
        env.set("XDG_STATE_HOME", dir.resolve("blocker").toString());
        Run run = Run.folio(env, (t, o) -> {
            throw new RuntimeException("x");
        }, Optional.empty(), "doc.md");
        assertEquals(70, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("could not write"), run.err());
    }

    @Test
    void debugShowsTheStackTraceToo() {
        Run run = Run.folio(env, (t, o) -> {
            throw new RuntimeException("x");
        }, Optional.empty(), "--debug", "doc.md");
        assertTrue(run.err().contains("\n at dev.folio."), run.err());
        assertFalse(run.out().contains(" at dev.folio."));
    }
}
