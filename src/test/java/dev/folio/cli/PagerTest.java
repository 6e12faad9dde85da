package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagerTest {
    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), "# Title\ntext\n");
    }

    @Test
    void lessAlwaysGetsCapitalRAndNeverLowerR() {
        assertEquals(List.of("less", "-R"), Pager.argv(null));
        assertEquals(List.of("less", "-R"), Pager.argv("  "));
        assertEquals(List.of("less", "-R"), Pager.argv("less"));
        assertEquals(List.of("/usr/bin/less", "-R", "-S"), Pager.argv("/usr/bin/less -S"));
        assertEquals(List.of("less", "-FRX"), Pager.argv("less -FRX"));
        assertEquals(List.of("less", "-R"), Pager.argv("less -r"));
        assertEquals(List.of("less", "--RAW-CONTROL-CHARS"), Pager.argv("less --RAW-CONTROL-CHARS"));
        assertEquals(List.of("most", "-s"), Pager.argv("most -s"), "other pagers are left as they are");
        assertEquals(List.of("more;", "rm"), Pager.argv("more; rm"), "words, never a shell");
    }

    @Test
    void thePagerReadsTheTextOnItsInputAndFolioWaitsForIt() throws Exception {
        Path got = dir.resolve("got.txt");
        int status = Pager.run(List.of("sh", "-c", "sleep 0.2; cat > \"$0\"; exit 4", got.toString()), "中文 ✅\n");
        assertEquals(4, status);
        assertEquals("中文 ✅\n", Files.readString(got));
    }

    @Test
    void aPagerQuitBeforeReadingEverythingIsNoError() throws Exception {
        assertEquals(0, Pager.run(List.of("true"), "x".repeat(1 << 20)));
    }

    @Test
    void atATerminalTheStyledRenderingGoesThroughThePager() {
        env.terminal(80).set("PAGER", "less -F");
        Run run = Run.folio(env, "--pager", "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of(List.of("less", "-R", "-F")), env.pagers);
        assertTrue(env.paged.toString().contains("Title"));
        assertTrue(env.paged.toString().contains("\u001b["), "styled, as printing to a terminal is");
    }

    @Test
    void withoutATerminalThePagerIsLeftOut() {
        Run run = Run.folio(env, "--pager", "doc.md");
        assertEquals(0, run.exit());
        assertEquals("Title\ntext\n", run.out());
        assertTrue(env.pagers.isEmpty());
    }

    @Test
    void thePagersExitStatusIsFolios() {
        env.terminal(80);
        env.pagerExit = 3;
        assertEquals(3, Run.folio(env, "--pager", "doc.md").exit());
    }

    @Test
    void aPagerThatCannotStartIsSaidAndTheTextPrintedAnyway() {
        env.terminal(80).set("PAGER", "nopager");
        env.pagerExit = -1;
        Run run = Run.folio(env, "--pager", "doc.md");
        assertEquals(0, run.exit());
        assertTrue(run.err().startsWith("folio: cannot start the pager nopager"), run.err());
        assertTrue(run.out().contains("Title"));
    }
}
