package dev.folio.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream still being written ({@code llm … | folio}, {@code tail -f log.md | folio}), read on a
 * thread of its own so that what has arrived can be shown while more comes. Holds every byte read
 * so far, refusing more than {@code maxSize} like {@link InputReader}; readers take snapshots.
 */
public final class GrowingInput {
    private final String name;
    private final long limit;
    private byte[] buffer = new byte[8 * 1024];
    private int length;
    private boolean ended;
    private InputException failure;

    private GrowingInput(String name, ByteSize maxSize) {
        this.name = name;
        this.limit = maxSize.bytes();
    }

    /**
     * What has arrived: its bytes, whether the stream has ended (with or without a failure), and
     * why it failed (over the size limit, a read error), or null.
     */
    public record Snapshot(byte[] bytes, boolean ended, InputException failure) {
        /**
         * The bytes up to the last whole UTF-8 character: a multi-byte character cut by a chunk
         * boundary would otherwise make the text look like another encoding. All of them once ended.
         */
        public byte[] whole() {
            if (ended) {
                return bytes;
            }
            int end = bytes.length;
            for (int back = 1; back <= Math.min(3, bytes.length); back++) {
                int b = bytes[bytes.length - back] & 0xFF;
                if (b < 0x80) {
                    break; // ASCII: nothing cut
                }
                if (b >= 0xC0) { // the lead byte of the last character: is it complete?
                    int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    if (back < needed) {
                        end = bytes.length - back;
                    }
                    break;
                }
            }
            return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
        }
    }

    /** Starts reading {@code in} on a daemon thread; {@code name} is how messages call it. */
    public static GrowingInput start(InputStream in, String name, ByteSize maxSize) {
        GrowingInput input = new GrowingInput(name, maxSize);
        Thread reader = new Thread(() -> input.readAll(in), "folio stdin");
        reader.setDaemon(true);
        reader.start();
        return input;
    }

    private void readAll(InputStream in) {
        byte[] chunk = new byte[64 * 1024];
        try {
            while (true) {
                int n = in.read(chunk);
                if (n < 0) {
                    break;
                }
                if (!append(chunk, n)) {
                    return;
                }
            }
            finish(null);
        } catch (IOException e) {
            finish(new InputException(name, "cannot be read: " + e.getMessage(), e));
        }
    }

    /** False when the limit is passed (the stream then ends with that failure). */
    private synchronized boolean append(byte[] chunk, int n) {
        if (length + (long) n > limit) {
            ended = true;
            failure = new InputException(name, "is over the " + ByteSize.format(limit) + " limit (--max-size)");
            notifyAll();
            return false;
        }
        if (length + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(length + (long) n, buffer.length * 2L)));
        }
        System.arraycopy(chunk, 0, buffer, length, n);
        length += n;
        notifyAll();
        return true;
    }

    private synchronized void finish(InputException why) {
        ended = true;
        failure = why;
        notifyAll();
    }

    /**
     * Waits until more than {@code known} bytes have arrived, the stream ended, or {@code millis}
     * passed, and returns what has arrived.
     */
    public synchronized Snapshot await(int known, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (length <= known && !ended) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return new Snapshot(Arrays.copyOf(buffer, length), ended, failure);
    }

    /**
     * Waits until more than {@code known} bytes have arrived or the stream ended, and returns
     * what has arrived: each call to a reader that follows the stream is news ({@code known} -1:
     * at once).
     */
    public synchronized Snapshot awaitMore(int known) throws InterruptedException {
        while (length <= known && !ended) {
            wait();
        }
        return new Snapshot(Arrays.copyOf(buffer, length), ended, failure);
    }

    /** Waits for the end of the stream and returns all of it. */
    public synchronized Snapshot awaitEnd() throws InterruptedException {
        while (!ended) {
            wait();
        }
        return new Snapshot(Arrays.copyOf(buffer, length), true, failure);
    }

    /** Waits up to {@code millis} for the end of the stream; true when it ended (it was written at once, or is a file). */
    public synchronized boolean endsWithin(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!ended) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
