package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.text.Width;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole program with the real parser and layout, as a user runs it. */
class EndToEndTest {
    static final Pattern OWN_SEQUENCE = Pattern.compile("\u001b\\[[0-9;]*m|\u001b]8;[\\x21-\\x7e]*;[\\x21-\\x7e]*\u001b\\\\");

    @TempDir
    Path dir;
    FakeEnvironment env;
    Path seed;

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        seed = Files.copy(dev.folio.testing.Seed.article(), dir.resolve("seed.txt"));
    }

    static Run folio(FakeEnvironment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new FolioCommand(env, Pipeline.markdown(), Optional::empty).execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80})
    void seedPrintsWithinTheWidth(int width) {
        Run run = folio(env, "-p", "-w", String.valueOf(width), "seed.txt");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertFalse(run.out().contains("\u001b"));
        run.out().lines().forEach(l -> assertTrue(Width.of(l) <= width, width + ": " + l));
        assertTrue(run.out().replace("\n", "").contains("AWS"), run.out());
        assertTrue(run.out().contains("亚马逊"), run.out());
    }

    @Test
    void stdinInGb18030PrintsLikeTheFile() throws Exception {
        String fromFile = folio(env, "-p", "-w", "60", "seed.txt").out();
        env.stdin = Files.readString(seed, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
        Run piped = folio(env, "-p", "-w", "60");
        assertEquals(0, piped.exit(), piped.err());
        assertEquals(fromFile, piped.out());
    }

    @Test
    void hostileDocumentLeavesOnlyFolioSequences() throws Exception {
        String hostile = "# T\u001b]0;title\u0007\n\ntext \u001b[31mred &#27;[2J &#x1b;]52;c;eA== &#155;31m \u009b1m\n\n"
                + "[link](https://e.example/\u001b]8;;evil\u001b\\) ![alt\u0007](img\u001b.png)\n\n```\ncode \u001b[5m\n```\n";
        Files.writeString(dir.resolve("hostile.md"), hostile);
        Run coloured = folio(env, "-p", "--color=always", "--hyperlinks=always", "hostile.md");
        Run plain = folio(env, "-p", "--color=never", "hostile.md");
        assertEquals(0, coloured.exit(), coloured.err());
        String rest = OWN_SEQUENCE.matcher(coloured.out()).replaceAll("");
        assertFalse(rest.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)), rest);
        assertFalse(plain.out().chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)), plain.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "   \n\t\n  "})
    void emptyInputsPrintNothingAndSucceed(String content) throws Exception {
        Files.writeString(dir.resolve("empty.md"), content);
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> folio(env, "-p", "empty.md"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().isBlank(), run.out());
    }
}
