package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and the one-line messages of input and usage errors. */
class ErrorsAndUsageTest {
    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() {
        env = new FakeEnvironment(dir);
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = Run.folio(env, "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Exit status:"), run.out());
        String exitStatus = run.out().substring(run.out().indexOf("Exit status:"));
        for (String code : List.of("0", "1", "2", "70")) {
            assertTrue(exitStatus.lines().anyMatch(l -> l.matches("\\s*" + code + "\\s{2,}\\S.*")), "exit code " + code);
        }
        assertTrue(run.out().contains("--max-size=SIZE") && run.out().contains("NO_COLOR"));
        assertFalse(run.out().contains("--generate"), "hidden options stay hidden");
        assertEquals("", run.err());
    }

    @Test
    void versionComesFromBuildMetadata() {
        Run run = Run.folio(env, "--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("folio \\d+\\.\\d+\\.\\d+\\S*\n"), run.out());
    }

    @Test
    void missingFileIsOneLineAndExitOne() {
        Run run = Run.folio(env, "-p", "missing.md");
        assertEquals(1, run.exit());
        assertEquals("folio: missing.md: no such file\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aDirectoryIsListedWhenPrinted() throws Exception {
        // Issue 16: a folder is a collection (the library view at a terminal), no longer an error.
        Files.createDirectories(dir.resolve("docs/sub"));
        Files.writeString(dir.resolve("docs/a.md"), "# 中文标题\n\ntext\n");
        Files.write(dir.resolve("docs/b.md"), new byte[] {0, 1, 2});
        Run run = Run.folio(env, "-p", "docs");
        assertEquals(0, run.exit(), run.err());
        assertEquals("docs/sub/\t(folder)\ndocs/a.md\t中文标题\ndocs/b.md\t(binary, not text)\n", run.out());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Run run = Run.folio(env, "-p", "logo.png");
        assertEquals(1, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("folio: logo.png: a PNG image, not text: open it in an image viewer"), run.err());
        assertFalse(run.err().contains("UTF-16"), "an image is not mistaken text: " + run.err());
    }

    @Test
    void inputOverTheSizeLimitIsRefused() throws Exception {
        Files.writeString(dir.resolve("big.md"), "x".repeat(3000));
        Run run = Run.folio(env, "-p", "--max-size", "2K", "big.md");
        assertEquals(1, run.exit());
        assertEquals("folio: big.md: is 2.9 KiB, over the 2 KiB limit (--max-size)\n", run.err());
    }

    @Test
    void stdinOverTheSizeLimitIsRefused() {
        env.stdin("y".repeat(5000));
        Run run = Run.folio(env, "-p", "--max-size=1k", "-");
        assertEquals(1, run.exit());
        assertEquals("folio: stdin: is over the 1 KiB limit (--max-size)\n", run.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        Run run = Run.folio(env, "--bogus", "a.md");
        assertEquals(2, run.exit());
        assertEquals(List.of("folio: Unknown option: '--bogus'", "Try 'folio --help' for more information."), run.errLines());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10001", "abc", ""})
    void widthMustBeAPositiveNumber(String width) {
        Run run = Run.folio(env, "-p", "-w", width, "a.md");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("folio: "), run.err());
        assertFalse(run.err().contains(" at dev.folio."), "no stack trace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--color=purple", "--hyperlinks=sometimes", "--encoding=no-such", "--max-size=0", "--max-size=5G", "--theme=neon"})
    void badOptionValuesAreUsageErrors(String option) {
        Run run = Run.folio(env, "-p", option, "a.md");
        assertEquals(2, run.exit(), run.err());
        assertEquals(2, run.errLines().size(), run.err());
    }

    @Test
    void twoFilesAreAUsageError() {
        assertEquals(2, Run.folio(env, "a.md", "b.md").exit());
    }

    @Test
    void controlCharactersInTheFileNameNeverReachStderr() {
        Run run = Run.folio(env, "-p", "evil\u001b]0;pwned\u0007\u202Egpj.md");
        assertEquals(1, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertFalse(run.err().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202E), run.err());
        assertTrue(run.err().endsWith(": no such file\n"));
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = Run.folio(env, "--debug", "-p", "missing.md");
        assertEquals(1, run.exit());
        assertTrue(run.errLines().contains("folio: missing.md: no such file"), run.err());
        assertTrue(run.err().contains("\n at dev.folio."), run.err());
    }

    @Test
    void noFileAtATerminalShowsTheBuiltInGuide() {
        env.terminal(80);
        Run run = Run.folio(env, "-p");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("folio"), run.out());
        assertTrue(run.out().contains("samples/README.md"), run.out());
    }
}
