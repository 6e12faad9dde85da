package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config file's opener commands per kind, and how --opener / FOLIO_OPENER override them. */
class OpenerPerKindTest {
    private static final Map<OpenerKind, String> CONFIGURED = Map.of(
            OpenerKind.BROWSER, "w3m -no-mouse",
            OpenerKind.IMAGE, "feh --scale-down %s --auto-zoom",
            OpenerKind.AUDIO, "mpv --no-video",
            OpenerKind.VIDEO, "mpv",
            OpenerKind.OTHER, "zathura");
    private final Platform linux = new Platform(Map.of("BROWSER", "firefox", "DISPLAY", ":0"), "Linux", "");
    private final SystemOpenerTest.RecordingLauncher launcher = new SystemOpenerTest.RecordingLauncher();

    @Test
    void eachKindOfTargetGoesToItsOwnCommand() {
        SystemOpener opener = new SystemOpener(null, CONFIGURED, linux, launcher);
        assertEquals(List.of(new SystemOpener.Command(List.of("w3m", "-no-mouse", "https://example.com/"))),
                opener.commands("https://example.com/", TargetKind.WEB), "before $BROWSER");
        assertEquals(List.of("feh", "--scale-down", "/d/a.png", "--auto-zoom"), opener.commands("/d/a.png", TargetKind.IMAGE).get(0).argv());
        assertEquals(List.of("mpv", "--no-video", "/d/a.mp3"), opener.commands("/d/a.mp3", TargetKind.AUDIO).get(0).argv());
        assertEquals(List.of("mpv", "https://example.com/v.webm"),
                opener.commands("https://example.com/v.webm", TargetKind.VIDEO).get(0).argv(), "a remote video is still a video");
        assertEquals(List.of("zathura", "/d/a.pdf"), opener.commands("/d/a.pdf", TargetKind.DOCUMENT).get(0).argv());
        assertEquals(List.of("zathura", "mailto:a@b.c"), opener.commands("mailto:a@b.c", TargetKind.MAIL).get(0).argv());
    }

    @Test
    void aKindWithoutACommandFallsBackToTheSystem() {
        SystemOpener opener = new SystemOpener(null, Map.of(OpenerKind.IMAGE, "feh"), linux, launcher);
        assertEquals("firefox", opener.commands("https://example.com/", TargetKind.WEB).get(0).argv().get(0));
    }

    @Test
    void theOpenerOptionOrVariableOverridesEveryKind() {
        SystemOpener option = new SystemOpener("my-open", CONFIGURED, linux, launcher);
        SystemOpener variable = new SystemOpener(null, CONFIGURED,
                new Platform(Map.of("FOLIO_OPENER", "env-open"), "Linux", ""), launcher);
        for (TargetKind kind : TargetKind.values()) {
            assertEquals(List.of("my-open", "/d/x"), option.commands("/d/x", kind).get(0).argv(), kind.name());
            assertEquals(List.of("env-open", "/d/x"), variable.commands("/d/x", kind).get(0).argv(), kind.name());
        }
    }

    @Test
    void aConfiguredTextBrowserGetsTheTerminal() {
        SystemOpener opener = new SystemOpener(null, CONFIGURED, linux, launcher);
        assertTrue(opener.needsTerminal("https://example.com/", TargetKind.WEB));
        assertFalse(opener.needsTerminal("/d/a.png", TargetKind.IMAGE));
        opener.open("https://example.com/", TargetKind.WEB);
        assertEquals(List.of(List.of("w3m", "-no-mouse", "https://example.com/")), launcher.inTerminal);
    }

    @Test
    void kindsHaveTheConfigFilesNames() {
        assertEquals(OpenerKind.AUDIO, OpenerKind.fromConfigName("Audio").orElseThrow());
        assertTrue(OpenerKind.fromConfigName("pdf").isEmpty());
        assertEquals(OpenerKind.OTHER, OpenerKind.of(TargetKind.DOCUMENT));
    }
}
