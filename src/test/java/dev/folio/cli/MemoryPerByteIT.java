package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 5: memory per input byte. folio runs as a separate JVM with a small heap, so the
 * shapes that once needed gigabytes (millions of tiny blocks in one flexmark tree) show up as an
 * {@code OutOfMemoryError} (exit 70) if they come back, after minutes of garbage collection (a
 * generous timeout catches that; no time is asserted). A document that still cannot fit is an
 * input error in one line, exit 1.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MemoryPerByteIT {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result print(Path doc, String heap) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.folio.Main", "-p", "--width=80", doc.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(280, TimeUnit.SECONDS), "folio did not end");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aMillionOneLetterParagraphsPrintIn128MegabytesOfHeap() throws Exception {
        // 3 MB and no heading: one flexmark tree of a million paragraphs needed over 500 MB.
        Path doc = Files.writeString(dir.resolve("paragraphs.md"), "a\n\n".repeat(1_000_000));
        Result r = print(doc, "128m");
        assertEquals(0, r.code(), r.err());
        assertEquals(1_000_000, r.out().lines().filter(l -> l.equals("a")).count());
    }

    @Test
    void aFileWithCrLineEndingsPrintsIn128MegabytesOfHeap() throws Exception {
        Path doc = dir.resolve("cr.md");
        Files.writeString(doc, "lorem ipsum dolor sit amet\r".repeat(40_000) + "\r\rlast words\r");
        Result r = print(doc, "128m");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("last words"));
        assertEquals(40_000, (r.out().length() - r.out().replace("lorem", "").length()) / 5);
    }

    @Test
    void aListTooLongForTheHeapIsAnInputErrorNotAnInternalOne() throws Exception {
        // One list cannot be cut into parts: 50,000 items with a link are more than 64 MB hold.
        String list = IntStream.range(0, 50_000).mapToObj(i -> "- item [link](http://example.com/" + i + ")\n")
                .collect(Collectors.joining());
        Path doc = Files.writeString(dir.resolve("list.md"), list);
        Result r = print(doc, "64m");
        assertEquals(1, r.code(), r.err());
        assertEquals("folio: " + doc + ": too complex to show: 50,000 blocks\n", r.err());
        assertFalse(r.err().contains("internal error"));
    }

    @Test
    void theSameListFitsABiggerHeap() throws Exception {
        String list = IntStream.range(0, 50_000).mapToObj(i -> "- item [link](http://example.com/" + i + ")\n")
                .collect(Collectors.joining());
        Path doc = Files.writeString(dir.resolve("list.md"), list);
        Result r = print(doc, "512m");
        assertEquals(0, r.code(), r.err());
        assertEquals(50_000, r.out().lines().filter(l -> l.contains("item link")).count(), r.out().substring(0, 200));
    }
}
