package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target full of shell syntax reaches a real opener program as one literal argument and runs
 * nothing: the opener is started from an argument list, never through a shell.
 */
class ShellInjectionTest {
    @TempDir
    Path dir;

    @Test
    void shellSyntaxInATargetIsOneLiteralArgument() throws Exception {
        Path record = dir.resolve("args");
        Path script = dir.resolve("record-opener");
        // Writes each argument followed by NUL, then renames, so the test never reads a half-written file.
        Files.writeString(script, "#!/bin/bash\nprintf '%s\\0' \"$@\" > '" + record + ".tmp' && mv '" + record + ".tmp' '" + record + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Path pwned = dir.resolve("pwned");
        List<String> targets = List.of(
                dir + "/a\"; touch " + pwned + "; \".png",
                "https://example.com/$(touch " + pwned + ")",
                dir + "/`touch " + pwned + "`.mp3",
                dir + "/x'; touch " + pwned + "; echo '.png",
                dir + "/a b | touch " + pwned + " && c.png");
        Platform platform = new Platform(Map.of("FOLIO_OPENER", script.toString(), "PATH", "/usr/bin:/bin"), "Linux", "");
        SystemOpener opener = new SystemOpener(null, platform, Launcher.system());
        for (String target : targets) {
            Files.deleteIfExists(record);
            Opener.Outcome outcome = opener.open(target, TargetKind.IMAGE);
            assertTrue(outcome.opened(), outcome.message());
            List<String> args = awaitArguments(record);
            assertEquals(List.of(target), args, "exactly one argument, exactly the target");
            assertFalse(Files.exists(pwned), "nothing ran: " + target);
        }
        assertFalse(Files.exists(Path.of("pwned")));
    }

    private static List<String> awaitArguments(Path record) throws IOException, InterruptedException {
        for (int i = 0; i < 200 && !Files.exists(record); i++) {
            Thread.sleep(25);
        }
        String raw = Files.readString(record, StandardCharsets.UTF_8);
        assertTrue(raw.endsWith("\0"));
        return Arrays.asList(raw.substring(0, raw.length() - 1).split("\0", -1));
    }
}
