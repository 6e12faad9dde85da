package dev.folio.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One crash log for the whole program: where it lives, what the user sees, what is kept. */
class CrashLogTest {
    @TempDir
    Path dir;

    @Test
    void theLogLivesUnderXdgStateHomeElseUnderHome() {
        assertEquals(dir.resolve("state/folio/folio.log"),
                CrashLog.in(Map.of("XDG_STATE_HOME", dir.resolve("state").toString())::get, dir).file());
        assertEquals(dir.resolve(".local/state/folio/folio.log"), CrashLog.in(name -> null, dir).file());
        assertEquals(dir.resolve(".local/state/folio/folio.log"),
                CrashLog.in(Map.of("XDG_STATE_HOME", "relative/dir")::get, dir).file(), "relative paths are ignored");
    }

    @Test
    void aCrashIsOneSanitisedLineAndTheDetailsGoToTheLog() throws IOException {
        CrashLog log = CrashLog.in(name -> null, dir);

        String line = log.report(new IllegalStateException("bad \u001b]0;pwned\u0007\nsecond line"), List.of("-p", "a\u001bb.md"));

        assertEquals("folio: internal error: IllegalStateException: bad ␛]0;pwned␇ (details in " + log.file() + ")", line);
        String logged = Files.readString(log.file());
        assertTrue(logged.contains("java.lang.IllegalStateException: bad"), logged);
        assertTrue(logged.contains("arguments: -p a␛b.md"), logged);
        assertTrue(logged.contains(" at dev.folio.failure.CrashLogTest"), "the stack trace is kept");
        assertFalse(logged.chars().anyMatch(c -> c < 0x20 && c != '\n'), "the log holds no control character");
    }

    @Test
    void theLogIsRotatedWhenLarge() throws IOException {
        CrashLog log = CrashLog.in(name -> null, dir);
        Files.createDirectories(log.file().getParent());
        Files.writeString(log.file(), "x".repeat((int) CrashLog.MAX_BYTES + 1));

        log.report(new RuntimeException("y"), List.of());

        assertTrue(Files.size(log.file()) < CrashLog.MAX_BYTES);
        assertTrue(Files.exists(log.file().resolveSibling("folio.log.1")));
    }

    @Test
    void anUnwritableLogIsSaidOnTheSameLine() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where the directory should be");
        CrashLog log = CrashLog.in(Map.of("XDG_STATE_HOME", dir.resolve("blocker").toString())::get, dir);

        String line = log.report(new RuntimeException("x"), List.of());

        assertTrue(line.startsWith("folio: internal error: RuntimeException: x (could not write "), line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void aLongMessageIsCut() {
        String line = CrashLog.in(name -> null, dir).report(new RuntimeException("m".repeat(5000)), List.of());
        assertTrue(line.length() < 600, line);
    }
}
