package dev.folio.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A terminal for {@link BackgroundQuery}: it answers once it is asked (when the question is
 * flushed), after a delay, or never. What folio writes is kept for inspection.
 */
final class FakeTerminal implements AutoCloseable {
    private final PipedOutputStream toFolio = new PipedOutputStream();
    private final PipedInputStream input;
    private final ByteArrayOutputStream asked = new ByteArrayOutputStream();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-terminal");
        t.setDaemon(true);
        return t;
    });
    private final String answer;
    private final long delayMillis;

    /** @param answer what the terminal sends back once asked, or null to stay silent */
    FakeTerminal(String answer, long delayMillis) {
        this.answer = answer;
        this.delayMillis = delayMillis;
        try {
            input = new PipedInputStream(toFolio, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream in() {
        return input;
    }

    OutputStream out() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                asked.write(b);
            }

            @Override
            public void flush() {
                if (answer != null) {
                    clock.schedule(this::answer, delayMillis, TimeUnit.MILLISECONDS);
                }
            }

            private void answer() {
                try {
                    toFolio.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    toFolio.flush();
                } catch (IOException e) {
                    // folio stopped listening: as a real terminal, the answer is lost
                }
            }
        };
    }

    String asked() {
        return asked.toString(StandardCharsets.ISO_8859_1);
    }

    /** Bytes folio left unread: on a real terminal they would reach the shell or the screen. */
    int unread() throws IOException {
        return input.available();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
