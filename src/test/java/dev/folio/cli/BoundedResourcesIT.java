package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.InputReader;
import dev.folio.text.Width;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bounded resources (issue 4), through the whole program: {@code folio -p} reads the file,
 * decodes, parses, lays out and prints. Hostile shapes must finish (the timeouts are generous:
 * they catch hangs and quadratic blow-ups, not speed), within the width, without an error.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedResourcesIT {
    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() {
        env = new FakeEnvironment(dir);
    }

    /** Prints {@code text} at 80 columns and checks the exit, stderr and the width of every line. */
    private String print(String text) throws Exception {
        Files.writeString(dir.resolve("doc.md"), text, StandardCharsets.UTF_8);
        return print();
    }

    private String print() {
        Run run = EndToEndTest.folio(env, "-p", "-w", "80", "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        run.out().lines().forEach(l -> assertTrue(Width.of(l) <= 80, () -> Width.of(l) + " columns: " + l));
        return run.out();
    }

    @Test
    void fiveThousandNestedQuotes() throws Exception {
        String out = print("> ".repeat(5_000) + "bottom of the well\n");
        assertTrue(out.contains("bottom of the well"), out);
        assertTrue(out.contains("»"), "past a readable depth a marker says how deep: " + out);
        assertTrue(print(">".repeat(5_000) + " tight\n").contains("tight"));
    }

    @Test
    void fiveThousandNestedQuotesOnTheirOwnLines() throws Exception {
        StringBuilder doc = new StringBuilder();
        for (int depth = 1; depth <= 5_000; depth++) {
            doc.append(">".repeat(depth)).append(" level ").append(depth).append('\n');
        }
        assertTrue(print(doc.toString()).contains("level 5000"));
    }

    @Test
    void threeThousandNestedLists() throws Exception {
        // Markers beyond the nesting limit stay as text, so the words may wrap: compare with spaces folded.
        assertTrue(print("- ".repeat(3_000) + "deepest item\n").replaceAll("\\s+", " ").contains("deepest item"));
        assertTrue(print("1. ".repeat(3_000) + "deepest number\n").replaceAll("\\s+", " ").contains("deepest number"));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void threeThousandNestedListsEachItemIndentedOnItsOwnLine() throws Exception {
        // 9 MB of indentation: flexmark checks every open list on every line, so this is the slowest.
        StringBuilder doc = new StringBuilder();
        for (int depth = 0; depth < 3_000; depth++) {
            doc.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
        }
        String out = print(doc.toString());
        assertTrue(out.contains("item 2999"), out.substring(Math.max(0, out.length() - 500)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*a |200000", "[|100000", "`|50000", "x `|50000", "`a|50000", "[a](|50000", "![a](|50000",
        "&#27;[2J|100000", "&amp;x|100000", "www.a|100000", "a.|300000", "**a*|100000", "_*|100000", "<a |100000",
        "\\|200000", "[a][|100000", "[^|100000", "~~a|100000", ":a|100000", "|a|100000",
        "1) |40000", "- [ ] |40000", "> - |40000", "> ``` |40000"})
    void pathologicalInlineInput(String spec) throws Exception {
        int bar = spec.lastIndexOf('|');
        String unit = spec.substring(0, bar);
        int times = Integer.parseInt(spec.substring(bar + 1));
        print(unit.repeat(times) + "\n");
    }

    @Test
    void twoMegabyteLineWithoutSpaces() throws Exception {
        String line = "abcdefghij".repeat(200_000);
        String out = print(line + "\n");
        assertEquals(line, out.replace("\n", ""));
    }

    @Test
    void fiveMegabyteLineOfChinese() throws Exception {
        String line = "中文排版需要在任意两个汉字之间换行，".repeat(5_000_000 / 54);
        String out = print(line + "\n");
        assertEquals(line, out.replace("\n", ""));
    }

    @Test
    void emptyALoneBomAndWhitespaceOnlyPrintNothing() throws Exception {
        assertEquals("", print(""));
        Files.write(dir.resolve("doc.md"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertEquals("", print());
        Files.write(dir.resolve("doc.md"), new byte[] {(byte) 0xFF, (byte) 0xFE});
        assertEquals("", print(), "a lone UTF-16 BOM");
        assertEquals("", print("   \n\n\t\n \n\r\n"));
    }

    @Test
    void inputOverTheDefaultLimitIsRefusedWithAClearMessage() throws Exception {
        assertEquals(64L << 20, InputReader.DEFAULT_MAX_SIZE.bytes(), "the limit --help states");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.md").toFile(), "rw")) {
            big.setLength((64L << 20) + 1); // sparse: the size is checked before anything is read
        }
        Run run = EndToEndTest.folio(env, "-p", "big.md");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("folio: big.md: is 64 MiB, over the 64 MiB limit (--max-size)\n", run.err());
        Run help = EndToEndTest.folio(env, "--help");
        assertTrue(help.out().contains("default 64M"), help.out());
    }
}
