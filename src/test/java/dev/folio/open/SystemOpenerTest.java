package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemOpenerTest {
    @TempDir
    Path bin;

    /** Records what would be started; programs named in {@code missing} fail to start. */
    static final class RecordingLauncher implements Launcher {
        final List<List<String>> started = new ArrayList<>();
        final List<List<String>> inTerminal = new ArrayList<>();
        final Set<String> missing;
        /** Programs that exit at once with this code (a GUI opener with no desktop); others keep running. */
        final Map<String, Integer> exits = new HashMap<>();
        int terminalExit;

        RecordingLauncher(String... missing) {
            this.missing = Set.of(missing);
        }

        @Override
        public java.util.OptionalInt startAndWatch(List<String> argv) throws IOException {
            start(argv);
            Integer code = exits.get(argv.get(0));
            return code == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(code);
        }

        @Override
        public void start(List<String> argv) throws IOException {
            if (missing.contains(argv.get(0))) {
                throw new IOException("no such program: " + argv.get(0));
            }
            started.add(argv);
        }

        @Override
        public int runInTerminal(List<String> argv) {
            inTerminal.add(argv);
            return terminalExit;
        }
    }

    private Platform linux(Map<String, String> extra, String... programs) throws IOException {
        for (String p : programs) {
            Path f = Files.writeString(bin.resolve(p), "#!/bin/sh\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", bin.toString());
        return new Platform(env, "Linux", "Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org)");
    }

    @Test
    void onLinuxWithADesktopXdgOpenIsUsedDetached() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        SystemOpener opener = new SystemOpener(null, linux(Map.of("DISPLAY", ":0"), "xdg-open", "gio"), launcher);
        Opener.Outcome outcome = opener.open("/d/img/a.png", TargetKind.IMAGE);
        assertEquals(List.of(List.of("xdg-open", "/d/img/a.png")), launcher.started);
        assertTrue(outcome.opened());
        assertEquals("opened /d/img/a.png with xdg-open", outcome.message());
        assertFalse(opener.needsTerminal("/d/img/a.png", TargetKind.IMAGE));
    }

    @Test
    void withoutADesktopXdgOpenNeedsTheTerminal() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        SystemOpener opener = new SystemOpener(null, linux(Map.of(), "xdg-open"), launcher);
        assertTrue(opener.needsTerminal("https://example.com/", TargetKind.WEB));
        opener.open("https://example.com/", TargetKind.WEB);
        assertEquals(List.of(List.of("xdg-open", "https://example.com/")), launcher.inTerminal);
        assertTrue(launcher.started.isEmpty());
    }

    @Test
    void gioIsTheFallbackOnLinux() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        new SystemOpener(null, linux(Map.of("WAYLAND_DISPLAY", "wayland-0"), "gio"), launcher).open("/d/a.pdf", TargetKind.DOCUMENT);
        assertEquals(List.of(List.of("gio", "open", "/d/a.pdf")), launcher.started);
    }

    @Test
    void browserIsAListTriedInOrderWithSubstitution() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher("no-such-browser");
        Platform p = linux(Map.of("DISPLAY", ":0", "BROWSER", "no-such-browser:firefox --new-tab=%s"), "xdg-open");
        Opener.Outcome outcome = new SystemOpener(null, p, launcher).open("https://example.com/a", TargetKind.WEB);
        assertEquals(List.of(List.of("firefox", "--new-tab=https://example.com/a")), launcher.started);
        assertEquals("opened https://example.com/a with firefox", outcome.message());
    }

    @Test
    void browserIsOnlyForWebPages() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        Platform p = linux(Map.of("DISPLAY", ":0", "BROWSER", "firefox"), "xdg-open");
        new SystemOpener(null, p, launcher).open("/d/song.mp3", TargetKind.AUDIO);
        assertEquals(List.of(List.of("xdg-open", "/d/song.mp3")), launcher.started);
    }

    @Test
    void aTextBrowserNeedsTheTerminal() throws IOException {
        Platform p = linux(Map.of("DISPLAY", ":0", "BROWSER", "w3m"), "xdg-open");
        assertTrue(new SystemOpener(null, p, new RecordingLauncher()).needsTerminal("https://x.org/", TargetKind.WEB));
    }

    @Test
    void theOverrideOpensEveryKindAndTheOptionBeatsTheVariable() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        Platform p = linux(Map.of("DISPLAY", ":0", "FOLIO_OPENER", "env-opener --flag", "BROWSER", "firefox"), "xdg-open");
        new SystemOpener(null, p, launcher).open("https://example.com/", TargetKind.WEB);
        new SystemOpener("cli-opener", p, launcher).open("/d/a.png", TargetKind.IMAGE);
        assertEquals(List.of(List.of("env-opener", "--flag", "https://example.com/"), List.of("cli-opener", "/d/a.png")),
                launcher.started);
    }

    @Test
    void macOsUsesOpenAndWslUsesWslview() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        new SystemOpener(null, new Platform(Map.of(), "Mac OS X", ""), launcher).open("/Users/r/a.png", TargetKind.IMAGE);
        Platform wsl = new Platform(linux(Map.of(), "wslview", "xdg-open").env(), "Linux",
                "Linux version 5.15.90.1-microsoft-standard-WSL2");
        new SystemOpener(null, wsl, launcher).open("https://example.com/", TargetKind.WEB);
        assertEquals(List.of(List.of("open", "/Users/r/a.png"), List.of("wslview", "https://example.com/")), launcher.started);
    }

    @Test
    void noOpenerIsReported() {
        RecordingLauncher launcher = new RecordingLauncher();
        Opener.Outcome outcome = new SystemOpener(null, new Platform(Map.of("PATH", bin.toString()), "Linux", ""), launcher)
                .open("/d/a.png", TargetKind.IMAGE);
        assertFalse(outcome.opened());
        assertTrue(outcome.message().startsWith("no opener found for /d/a.png"), outcome.message());
        assertTrue(outcome.message().contains("--opener") && outcome.message().contains("FOLIO_OPENER")
                && outcome.message().contains("[opener]"), "says how to set one: " + outcome.message());
    }

    @Test
    void aGuiOpenerThatExitsWithAnErrorIsAFailureNotOpened() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        launcher.exits.put("xdg-open", 3);
        launcher.exits.put("gio", 2);
        Opener.Outcome outcome = new SystemOpener(null, linux(Map.of("DISPLAY", ":0"), "xdg-open"), launcher)
                .open("/d/img/a.png", TargetKind.IMAGE);
        assertFalse(outcome.opened(), outcome.message());
        assertTrue(outcome.message().startsWith("xdg-open exited with 3 for /d/img/a.png"), outcome.message());
        assertTrue(outcome.message().contains("--opener CMD, FOLIO_OPENER, or [opener] in folio.toml"), outcome.message());
    }

    @Test
    void theDefaultOpenersFailureWithoutADesktopSaysHowToSetOne() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        launcher.terminalExit = 2;
        Opener.Outcome outcome = new SystemOpener(null, linux(Map.of(), "gio"), launcher).open("/d/a.pdf", TargetKind.OTHER);
        assertFalse(outcome.opened());
        assertTrue(outcome.message().startsWith("gio exited with 2"), outcome.message());
        assertTrue(outcome.message().contains("FOLIO_OPENER"), outcome.message());
    }

    @Test
    void aProgramThatCannotStartIsReported() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher("broken");
        Opener.Outcome outcome = new SystemOpener("broken", linux(Map.of()), launcher).open("/d/a.png", TargetKind.IMAGE);
        assertFalse(outcome.opened());
        assertTrue(outcome.message().contains("could not start broken"), outcome.message());
    }

    @Test
    void aTargetStartingWithADashIsNeverPassed() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        Opener.Outcome outcome = new SystemOpener("cli-opener", linux(Map.of()), launcher).open("--help", TargetKind.OTHER);
        assertFalse(outcome.opened());
        assertTrue(launcher.started.isEmpty());
    }

    @Test
    void theDocumentCannotChooseTheProgram() throws IOException {
        RecordingLauncher launcher = new RecordingLauncher();
        Platform p = linux(Map.of("DISPLAY", ":0", "BROWSER", "%s"), "xdg-open");
        new SystemOpener(null, p, launcher).open("https://evil.example/", TargetKind.WEB);
        assertEquals("%s", launcher.started.get(0).get(0), "the target is never the program");
    }
}
