package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write errors on stdout: a closed pipe stops the rendering quietly, any other failure is reported. */
class WriteErrorsTest {
    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() throws IOException {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), "line\n".repeat(100_000));
    }

    /** Fails every write with {@code message}, counting the attempts. */
    private static final class Failing extends OutputStream {
        final String message;
        final AtomicInteger writes = new AtomicInteger();

        Failing(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes.incrementAndGet();
            throw new IOException(message);
        }
    }

    private Run folio(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        int exit = new FolioCommand(env, Run.LINES, Optional::empty)
                .execute(GuardedOutput.writer(stdout), new PrintWriter(err), args);
        return new Run(exit, "", err.toString());
    }

    @Test
    void aFullDiskIsAWriteErrorWithExitOne() {
        Run run = folio(new Failing("No space left on device"), "-p", "doc.md");
        assertEquals(1, run.exit());
        assertEquals("folio: write error: No space left on device\n", run.err());
    }

    @Test
    void aClosedPipeStopsAtTheFirstFailedWriteAndSaysNothing() {
        Failing pipe = new Failing("Broken pipe");
        Run run = folio(pipe, "-p", "doc.md");
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        assertEquals(1, pipe.writes.get(), "100,000 lines, but no write after the first failure");
    }

    @Test
    void usageOutputThatCannotBeWrittenIsAWriteErrorToo() {
        Run run = folio(new Failing("Bad file descriptor"), "--help");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("folio: write error: Bad file descriptor"), run.exit() + " " + run.err());
    }
}
