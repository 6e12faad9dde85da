package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio -p FIFO} (and {@code folio <(cmd)}) waits for the writer like {@code cat}, and says
 * on stderr that it is waiting, so it never looks like a hang. The writer here writes only once
 * folio has said so: a folio that says nothing fails the test.
 */
@Timeout(60)
class FifoArgumentTest {
    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            assumeTrue(false, "no mkfifo here");
            return null;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return fifo;
    }

    /** Runs {@code folio args…} and, once stderr shows {@code notice}, writes the document into the FIFO. */
    private String[] run(Path fifo, String notice, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread folio = new Thread(() -> exit[0] = new FolioCommand(new FakeEnvironment(dir), Pipeline.markdown(), Optional::empty)
                .execute(new PrintWriter(out), new PrintWriter(err, true), args));
        folio.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!err.toString().contains(notice)) {
            assertTrue(System.nanoTime() < deadline, "folio did not say it waits for the pipe: " + err);
            Thread.sleep(20);
        }
        try (OutputStream writer = Files.newOutputStream(fifo)) {
            writer.write("# From a pipe\n".getBytes(StandardCharsets.UTF_8));
        }
        folio.join(20_000);
        assertEquals(0, exit[0], err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void aFifoIsReadLikeCatAndFolioSaysItIsWaiting() throws Exception {
        Path fifo = fifo();
        String[] outErr = run(fifo, "waiting for", "-p", "--color=never", fifo.toString());
        assertTrue(outErr[0].contains("From a pipe"), outErr[0]);
        assertTrue(outErr[1].contains("folio: waiting for") && outErr[1].contains("(a pipe)"), outErr[1]);
    }

    @Test
    void withDebugItSaysSoAtOnce() throws Exception {
        Path fifo = fifo();
        String[] outErr = run(fifo, "is not a regular file", "-p", "--debug", "--color=never", fifo.toString());
        assertTrue(outErr[0].contains("From a pipe"), outErr[0]);
    }
}
