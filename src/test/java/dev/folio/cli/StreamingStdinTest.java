package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code … | folio -p} with a writer that pauses between chunks: each block is printed once it is
 * complete, while the writer is still writing. The writer only goes on once folio has printed
 * what it must have printed by then, so a folio that waits for the end fails here.
 */
@Timeout(60)
class StreamingStdinTest {
    @TempDir
    Path dir;

    /** Stdin fed by the test, and stdout as folio has written it so far. */
    private final class Session implements AutoCloseable {
        final PipedOutputStream writer = new PipedOutputStream();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final Thread folio;
        volatile int exit = -1;

        Session(String... args) throws IOException {
            FakeEnvironment env = new FakeEnvironment(dir);
            env.stdinTerminal = false;
            env.stdinStream = new PipedInputStream(writer, 64 * 1024);
            folio = new Thread(() -> exit = new FolioCommand(env, Pipeline.markdown(), Optional::empty)
                    .execute(new PrintWriter(out), new PrintWriter(err), args));
            folio.start();
        }

        void write(String text) throws IOException {
            writer.write(text.getBytes(StandardCharsets.UTF_8));
            writer.flush();
        }

        /** Waits (up to 20 s) until stdout shows what {@code shown} wants. */
        String printedSoFar(Predicate<String> shown, String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!shown.test(out.toString())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not printed while the writer still writes: " + what + "\nso far:\n" + out);
                }
                Thread.sleep(20);
            }
            return out.toString();
        }

        int end() throws IOException, InterruptedException {
            writer.close();
            folio.join(20_000);
            return exit;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    @Test
    void printModeShowsEachBlockOnceItIsComplete() throws Exception {
        try (Session s = new Session("-p", "--color=never", "--width=40")) {
            s.write("# Streamed\n\nThe first para");
            String first = s.printedSoFar(o -> o.contains("Streamed"), "the heading, complete at its line end");
            assertTrue(!first.contains("first"), "a paragraph still being written waits:\n" + first);
            s.write("graph.\n\n```\nunclosed fence");
            s.printedSoFar(o -> o.contains("The first paragraph."), "a paragraph ended by a blank line");
            s.write("\n```\n\n[site]: https://example.com/\n\nA link to the [site] defined before it.\n");
            String out = s.printedSoFar(o -> o.contains("unclosed fence"), "the fence once closed");
            assertTrue(!out.contains("defined before"), "the last paragraph may still grow:\n" + out);
            assertEquals(0, s.end());
            String all = s.out.toString();
            assertTrue(all.contains("A link to the site[1] defined before it."), all);
            assertTrue(all.contains("[1] https://example.com/"), "the reference from an earlier part resolves:\n" + all);
        }
    }

    @Test
    void aStreamPrintsAsTheWholeTextWould() throws Exception {
        String text = "# T\n\nOne *two*\nthree.\n\n- a\n- b\n\n  more of b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n> quote\n\nend\n";
        StringWriter whole = new StringWriter();
        FakeEnvironment env = new FakeEnvironment(dir).stdin(text);
        env.stdinTerminal = false;
        new FolioCommand(env, Pipeline.markdown(), Optional::empty)
                .execute(new PrintWriter(whole), new PrintWriter(new StringWriter()), "-p", "--color=never", "--width=40");
        try (Session s = new Session("-p", "--color=never", "--width=40")) {
            for (String piece : text.split("(?<=\n)")) {
                s.write(piece);
                Thread.sleep(30); // a writer that pauses between lines
            }
            assertEquals(0, s.end());
            assertEquals(whole.toString(), s.out.toString());
        }
    }
}
