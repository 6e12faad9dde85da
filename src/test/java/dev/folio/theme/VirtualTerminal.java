package dev.folio.theme;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A terminal for {@link BackgroundQuery} on a virtual clock: it answers a given time after it is
 * asked (when the question is flushed), or never, and time passes only when the query waits. No
 * test depends on how fast or loaded the machine is. What folio writes is kept for inspection.
 */
final class VirtualTerminal implements BackgroundQuery.Clock {
    private final byte[] answer;
    private final long delayNanos;
    private final ByteArrayOutputStream asked = new ByteArrayOutputStream();
    private long now;
    private long askedAt = -1;
    private int read;

    /** @param answer what the terminal sends back once asked, or null to stay silent */
    VirtualTerminal(String answer, long delayMillis) {
        this.answer = answer == null ? null : answer.getBytes(StandardCharsets.ISO_8859_1);
        this.delayNanos = delayMillis * 1_000_000;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleep(long millis) {
        now += millis * 1_000_000;
    }

    /** Virtual milliseconds since the question was asked. */
    long millisWaited() {
        return (now - Math.max(0, askedAt)) / 1_000_000;
    }

    private int available() {
        boolean answered = answer != null && askedAt >= 0 && now >= askedAt + delayNanos;
        return answered ? answer.length - read : 0;
    }

    InputStream in() {
        return new InputStream() {
            @Override
            public int available() {
                return VirtualTerminal.this.available();
            }

            @Override
            public int read() {
                return available() > 0 ? answer[read++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = Math.min(length, available());
                System.arraycopy(answer, read, buffer, offset, n);
                read += n;
                return n;
            }
        };
    }

    OutputStream out() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                asked.write(b);
            }

            @Override
            public void flush() {
                askedAt = now;
            }
        };
    }

    String asked() {
        return asked.toString(StandardCharsets.ISO_8859_1);
    }

    /** Bytes folio left unread, once the answer has come: on a real terminal they would reach the shell. */
    int unread() {
        return answer == null ? 0 : answer.length - read;
    }
}
